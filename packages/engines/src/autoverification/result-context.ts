import type { ClinicalSex, ResultValue, SpecimenType, TestDefinition } from '@aliquot/domain';
import type { ClinicalContext } from '../delta/index.js';

/**
 * Everything the engine may look at to judge one result. The caller assembles it; the engine reads it
 * and nothing else (no clock, no database).
 */

export const AnalysisStatus = { active: 'active', cancelled: 'cancelled' } as const;
export type AnalysisStatus = (typeof AnalysisStatus)[keyof typeof AnalysisStatus];

export interface ResultUnderReview {
  readonly id?: string;
  readonly testCode: string;
  /** The reported value: already multiplied by `dilutionFactor` when the specimen was diluted. */
  readonly value: ResultValue;
  readonly unit?: string;
  readonly instrumentId?: string;
  /** Analyzer error and data alarms (normalised codes), not the normal/abnormal interpretation flags. */
  readonly instrumentFlags?: readonly string[];
  /** 1 for the first measurement, 2 for the first rerun, … */
  readonly replicate?: number;
  /** The dilution applied before this measurement; 1 (none) unless given. */
  readonly dilutionFactor?: number;
  readonly method?: string;
  readonly measuredAt?: Date;
  /** The status of the ordered analysis this result belongs to. */
  readonly analysisStatus?: AnalysisStatus;
}

/** Another result of the same specimen. */
export interface SpecimenResult {
  readonly testCode: string;
  readonly value: ResultValue;
  readonly unit?: string;
}

export interface SerumIndices {
  readonly hemolysis?: number;
  readonly icterus?: number;
  readonly lipemia?: number;
}

export interface SpecimenUnderReview {
  readonly id?: string;
  readonly type: SpecimenType;
  readonly collectedAt?: Date;
  readonly serumIndices?: SerumIndices;
  readonly results: readonly SpecimenResult[];
}

/** An earlier result of the patient, for delta checks; `at` is its collection time. */
export interface PriorResult {
  readonly value: number;
  readonly at: Date;
  readonly specimenType: SpecimenType;
  readonly method?: string;
  readonly resultId?: string;
}

export interface PatientUnderReview {
  readonly id?: string;
  readonly sex?: ClinicalSex;
  /** ISO date, YYYY-MM-DD. */
  readonly birthDate?: string;
  /** Dialysis sessions, transfusions, surgery, infusions: they explain changes between results. */
  readonly contexts?: readonly ClinicalContext[];
  /** Earlier results by test code (order does not matter). */
  readonly history: Readonly<Record<string, readonly PriorResult[]>>;
}

export const QcStatus = {
  accepted: 'accepted',
  warning: 'warning',
  rejected: 'rejected',
  none: 'none',
} as const;
export type QcStatus = (typeof QcStatus)[keyof typeof QcStatus];

/** QC of this test on this instrument, as the QC engine last judged it. */
export interface QcState {
  readonly status: QcStatus;
  readonly lastAcceptedAt?: Date;
  readonly reason?: string;
  /** Patient-based real-time QC (moving averages) is alarming. */
  readonly pbrtqcAlarm?: boolean;
}

export interface ResultContext {
  readonly result: ResultUnderReview;
  readonly definition: TestDefinition;
  readonly specimen: SpecimenUnderReview;
  readonly patient: PatientUnderReview;
  /** Absent when no QC has been recorded: treated as status 'none'. */
  readonly qc?: QcState;
  readonly now: Date;
}
