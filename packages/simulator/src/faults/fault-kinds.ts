/**
 * The errors the simulated lab can inject, each recorded as ground truth with the results it spoils.
 * Where an error happens decides what it touches: a whole tube (pre-analytical), one measurement
 * (analytical), an analyzer over a span of time (QC shift and drift), or a point-of-care device.
 */
export const FaultKind = {
  /** Systematic error that starts at once on an analyzer × analyte. */
  qcShift: 'qc-shift',
  /** Systematic error that grows with time on an analyzer × analyte. */
  qcDrift: 'qc-drift',
  /** One gross error in one measurement (a fibrin strand, a micro-bubble), without a flag. */
  randomError: 'random-error',
  /** The tube labelled for one patient holds another patient's blood. */
  wrongBloodInTube: 'wrong-blood-in-tube',
  /** In-vitro hemolysis: potassium, LDH, AST… released; the analyzer reports the H index. */
  hemolysis: 'hemolysis',
  /** K2-EDTA carried over from a lavender tube: potassium up, calcium and ALP chelated. */
  edtaContamination: 'edta-contamination',
  /** Drawn above a saline drip: chloride and sodium towards 154, everything else diluted. */
  salineContamination: 'iv-saline-contamination',
  /** Drawn above a dextrose drip: glucose very high, everything else diluted. */
  dextroseContamination: 'iv-dextrose-contamination',
  /** Measured after the analyte's stability: potassium leaks out of cells, glucose is consumed. */
  agedSpecimen: 'aged-specimen',
  /** The analyzer flags the measurement (clot, short sample, bubble) and its value is wrong. */
  instrumentErrorFlag: 'instrument-error-flag',
  /** The true value is above the analytical measurement range: not reportable without dilution. */
  overRange: 'over-range',
  /** A point-of-care result from an operator whose certification has lapsed. */
  uncertifiedOperator: 'poct-uncertified-operator',
} as const;
export type FaultKind = (typeof FaultKind)[keyof typeof FaultKind];

/** Faults that spoil a whole tube. */
export const SPECIMEN_FAULTS = [
  FaultKind.wrongBloodInTube,
  FaultKind.hemolysis,
  FaultKind.edtaContamination,
  FaultKind.salineContamination,
  FaultKind.dextroseContamination,
  FaultKind.agedSpecimen,
] as const;
export type SpecimenFaultKind = (typeof SPECIMEN_FAULTS)[number];

/** Faults that spoil one measurement. */
export const MEASUREMENT_FAULTS = [
  FaultKind.randomError,
  FaultKind.instrumentErrorFlag,
  FaultKind.overRange,
] as const;
export type MeasurementFaultKind = (typeof MEASUREMENT_FAULTS)[number];

/** What was done to a tube, as recorded in the ground truth. */
export interface SpecimenFault {
  readonly kind: SpecimenFaultKind;
  /** For a WBIT: the patient whose blood is in the tube. */
  readonly sourcePatientKey?: string;
  /** Hemolysis index (mg/dL free haemoglobin), contaminant fraction, or age in minutes. */
  readonly magnitude: number;
  readonly description: string;
}

/** A systematic error on an analyzer × analyte, in multiples of the analytical SD. */
export interface AnalyzerBias {
  readonly kind: typeof FaultKind.qcShift | typeof FaultKind.qcDrift;
  readonly analyzer: string;
  readonly testCodes: readonly string[];
  /** Simulation minute it starts. */
  readonly startMinute: number;
  /** Shift: its size; drift: size per hour. In analytical SDs, signed. */
  readonly sizeSd: number;
  /** Simulation minute it was put right (recalibration after a QC hold); open-ended when absent. */
  readonly endMinute?: number;
}

/** The bias in SDs an analyzer event puts on a test at a simulation minute; 0 when none applies. */
export function biasAt(
  events: readonly AnalyzerBias[],
  analyzer: string,
  testCode: string,
  minute: number,
): number {
  let total = 0;
  for (const event of events) {
    if (event.analyzer !== analyzer || minute < event.startMinute || !event.testCodes.includes(testCode))
      continue;
    if (event.endMinute !== undefined && minute >= event.endMinute) continue;
    total += event.kind === 'qc-shift' ? event.sizeSd : (event.sizeSd * (minute - event.startMinute)) / 60;
  }
  return total;
}
