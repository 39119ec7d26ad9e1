import type { ClinicalSex, Container, Discipline, OrderableKind, SpecimenType, ValueKind } from './codes.js';

/**
 * A reference interval for one partition of patients. Ages are in days so newborn and paediatric
 * partitions fit; an absent bound is open.
 */
export interface ReferenceInterval {
  readonly sex: ClinicalSex | 'any';
  readonly ageFromDays?: number;
  /** Exclusive upper age bound in days. */
  readonly ageToDays?: number;
  readonly low?: number;
  readonly high?: number;
  /** For coded and text results: the expected value, e.g. "Negative". */
  readonly text?: string;
}

/** Critical (panic) limits: a result at or beyond them must be called to a caregiver. */
export interface CriticalLimits {
  readonly low?: number;
  readonly high?: number;
  /** Where the limits come from, e.g. "Kost 1990" or the lab's own list. */
  readonly source: string;
}

/** Analytical measurement range and how far a validated dilution may extend it. */
export interface MeasuringRange {
  readonly low: number;
  readonly high: number;
  /** Largest validated dilution factor; the clinically reportable range ends at high × maxDilution. */
  readonly maxDilution?: number;
}

export const DeltaMethod = {
  absolute: 'absolute',
  percent: 'percent',
  /** Reference change value from biological variation: flag when |Δ%| exceeds it. */
  rcv: 'rcv',
  /** Change per hour. */
  rate: 'rate',
} as const;
export type DeltaMethod = (typeof DeltaMethod)[keyof typeof DeltaMethod];

export interface DeltaCheckSetting {
  readonly method: DeltaMethod;
  /** Threshold in the test's unit (absolute), percent (percent, rcv) or unit per hour (rate). */
  readonly limit: number;
  /** Only a previous result this recent is compared. */
  readonly windowHours: number;
}

/** Biological and analytical variation, in percent, for RCV delta checks and sigma metrics. */
export interface Variation {
  /** Within-subject biological variation CVi %. */
  readonly cvi?: number;
  /** Typical analytical CV %; the lab replaces it with its own long-term QC CV. */
  readonly cva?: number;
  readonly source: string;
}

/** Total allowable error: percent and/or absolute, whichever is greater. */
export interface AllowableError {
  readonly percent?: number;
  readonly absolute?: number;
  readonly source: string;
}

/** Per-analyte serum-index thresholds above which the result is held (assay- and platform-specific). */
export interface SerumIndexLimits {
  readonly hemolysis?: number;
  readonly icterus?: number;
  readonly lipemia?: number;
  readonly source: string;
}

/** Turnaround-time targets in minutes, receipt to verified result. */
export interface TurnaroundTargets {
  readonly statMinutes?: number;
  readonly routineMinutes?: number;
}

/** A test the lab performs: its definition, apart from any instance of it on a specimen (an analysis). */
export interface TestDefinition {
  /** The lab's own short code, e.g. "K". Unique among orderables. */
  readonly code: string;
  readonly loinc?: string;
  readonly name: string;
  readonly discipline: Discipline;
  readonly specimenType: SpecimenType;
  readonly container: Container;
  readonly valueKind: ValueKind;
  /** UCUM unit; absent for unitless coded or text results. */
  readonly unit?: string;
  readonly decimals?: number;
  /** Calculated by the LIS from other results (anion gap, eGFR, LDL-C), never measured. */
  readonly calculated?: boolean;
  /** For coded results: the permitted answers, e.g. neg, trace, 1+. */
  readonly answers?: readonly string[];
  readonly referenceIntervals: readonly ReferenceInterval[];
  readonly critical?: CriticalLimits;
  readonly measuringRange?: MeasuringRange;
  readonly delta?: DeltaCheckSetting;
  readonly variation?: Variation;
  readonly allowableError?: AllowableError;
  readonly serumIndexLimits?: SerumIndexLimits;
  /** Specimen stability before analysis, in minutes. */
  readonly stabilityMinutes?: number;
  readonly turnaround?: TurnaroundTargets;
}

/** A panel orders several tests under one code, e.g. BMP. */
export interface PanelDefinition {
  readonly code: string;
  readonly loinc?: string;
  readonly name: string;
  /** Test codes, in report order. */
  readonly members: readonly string[];
}

export interface Orderable {
  readonly code: string;
  readonly kind: OrderableKind;
  readonly name: string;
}

/** Age in whole days on a date, from an ISO birth date (YYYY-MM-DD); reference intervals partition by it. */
export function ageInDays(birthDate: string, on: Date): number {
  const born = Date.parse(`${birthDate}T00:00:00Z`);
  return Math.floor((on.getTime() - born) / 86_400_000);
}

/**
 * The reference interval that applies to a patient: the first partition matching sex (an exact sex
 * partition wins over 'any') and age.
 */
export function referenceIntervalFor(
  test: Pick<TestDefinition, 'referenceIntervals'>,
  sex: ClinicalSex,
  ageDays: number | undefined,
): ReferenceInterval | undefined {
  const fits = (ri: ReferenceInterval): boolean =>
    ageDays === undefined
      ? ri.ageFromDays === undefined && ri.ageToDays === undefined
      : (ri.ageFromDays ?? 0) <= ageDays && ageDays < (ri.ageToDays ?? Number.POSITIVE_INFINITY);
  return (
    test.referenceIntervals.find((ri) => ri.sex === sex && fits(ri)) ??
    test.referenceIntervals.find((ri) => ri.sex === 'any' && fits(ri))
  );
}
