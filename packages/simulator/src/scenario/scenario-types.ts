import type { SickCondition } from '../biology/conditions.js';
import type { AnalyzerProfile } from '../analyzers/analyzer-profile.js';
import type { FaultKind, MeasurementFaultKind, SpecimenFaultKind } from '../faults/fault-kinds.js';

/**
 * A scenario: a stretch of a lab's day as data. The schema is documented field by field in
 * packages/simulator/scenarios/README.md and checked by `parseScenario` when a file is loaded.
 */
export interface Scenario {
  readonly name: string;
  readonly description: string;
  /** The same seed gives the same patients, orders, faults and measurements. */
  readonly seed: number;
  /** Length of the simulated stretch, in hours of simulation time. */
  readonly durationHours: number;
  /** Simulation minutes per wall-clock minute unless `--speed` says otherwise (60: an hour a minute). */
  readonly speed: number;
  readonly orders: OrderArrivals;
  readonly population: ScenarioPopulation;
  /** The analyzers on the bench: default profiles by code, each optionally changed. */
  readonly analyzers: readonly AnalyzerSetting[];
  readonly faults: ScenarioFaults;
  readonly staff: StaffBehaviour;
  readonly poct: PoctSettings;
}

export interface OrderArrivals {
  /** How the virtual EHR sends orders: HL7 OML^O21 over MLLP (default), or the REST API. */
  readonly via: 'hl7' | 'rest';
  /** New orders per simulation hour; `profile` overrides it from the hours it names. */
  readonly perHour: number;
  readonly profile?: readonly { readonly fromHour: number; readonly perHour: number }[];
  /** Share of orders for a patient already seen in the run (repeat draws; 0–1). */
  readonly returningShare: number;
  /**
   * Patients drawn once before the run starts, so delta checks have a history to compare with (as a
   * real lab's database has): their results go through the analyzers first and are not scored.
   */
  readonly historyPatients: number;
}

export interface ScenarioPopulation {
  readonly sickShare: number;
  readonly criticalShareOfSick: number;
  readonly conditionWeights?: Partial<Readonly<Record<SickCondition, number>>>;
}

/** A default analyzer by code, with any of its figures changed. */
export type AnalyzerSetting = { readonly code: string } & Partial<
  Pick<AnalyzerProfile, 'imprecision' | 'biasPercent' | 'tubesPerHour' | 'runMinutes'>
> & { readonly qcEveryMinutes?: number };

export interface ScenarioFaults {
  /** Per-tube probabilities of the pre-analytical faults, and of an over-range analyte. */
  readonly tubeRates: Partial<Readonly<Record<SpecimenFaultKind | 'over-range', number>>>;
  /** Per-measurement probabilities of the analytical faults. */
  readonly measurementRates: Partial<Readonly<Record<Exclude<MeasurementFaultKind, 'over-range'>, number>>>;
  /** Systematic errors on an analyzer from a given hour. */
  readonly analyzerEvents: readonly AnalyzerEventSetting[];
  /** Faults placed on the first eligible tube after a given hour. */
  readonly scripted: readonly ScriptedFault[];
}

export interface AnalyzerEventSetting {
  readonly kind: typeof FaultKind.qcShift | typeof FaultKind.qcDrift;
  readonly analyzer: string;
  readonly tests: readonly string[];
  readonly atHour: number;
  /** Shift: size in analytical SDs; drift: SDs per hour. Signed. */
  readonly sizeSd: number;
}

export interface ScriptedFault {
  readonly kind: SpecimenFaultKind | 'over-range';
  readonly atHour: number;
}

export interface StaffBehaviour {
  /**
   * Minutes (simulation time) the virtual technologist takes to phone a critical value once Aliquot
   * has opened its call; absent means nobody calls, so the score shows calls opened but not made.
   */
  readonly criticalCallMinutes?: number;
  /**
   * Minutes (simulation time) before a technologist works a QC hold: corrective action, QC again,
   * lift once accepted. Absent means 20; a hold is never left for the whole run.
   */
  readonly qcResponseMinutes?: number;
}

export interface PoctSettings {
  /** Point-of-care glucose results per simulation hour (0 for none). */
  readonly resultsPerHour: number;
  /** Share of them from an operator whose certification has lapsed. */
  readonly uncertifiedShare: number;
}
