/**
 * The lab's code sets. Each is an `as const` object (for values at run time) plus a union type of the
 * same name (for the compiler).
 */

/** Order priority. @see HL7 v2 OBR-5/TQ1-9; FHIR ServiceRequest.priority */
export const Priority = { stat: 'stat', asap: 'asap', routine: 'routine' } as const;
export type Priority = (typeof Priority)[keyof typeof Priority];

/**
 * Sex for clinical use: the one reference intervals and critical limits are chosen by. Kept apart from
 * gender identity, which is recorded as the patient states it and never used to pick a range.
 * @see HL7 Gender Harmony "sex parameter for clinical use"
 */
export const ClinicalSex = { female: 'female', male: 'male', unknown: 'unknown' } as const;
export type ClinicalSex = (typeof ClinicalSex)[keyof typeof ClinicalSex];

/** Staff roles; what each may do is in `permissions.ts`. @see shared/domain/workflow.md §9 */
export const Role = {
  phlebotomist: 'phlebotomist',
  mlt: 'mlt',
  mls: 'mls',
  supervisor: 'supervisor',
  pathologist: 'pathologist',
  poctOperator: 'poct-operator',
  admin: 'admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const Discipline = {
  chemistry: 'chemistry',
  hematology: 'hematology',
  coagulation: 'coagulation',
  urinalysis: 'urinalysis',
  immunoassay: 'immunoassay',
  bloodGas: 'blood-gas',
  molecular: 'molecular',
} as const;
export type Discipline = (typeof Discipline)[keyof typeof Discipline];

/** The kind of value a test reports. */
export const ValueKind = {
  numeric: 'numeric',
  text: 'text',
  coded: 'coded',
  /** e.g. a variant from a molecular panel: gene, HGVS, allele fraction. */
  structured: 'structured',
} as const;
export type ValueKind = (typeof ValueKind)[keyof typeof ValueKind];

/** Abnormal flags. @see HL7 table 0078; FHIR v3-ObservationInterpretation */
export const AbnormalFlag = {
  low: 'L',
  high: 'H',
  criticalLow: 'LL',
  criticalHigh: 'HH',
  belowRange: '<',
  aboveRange: '>',
  normal: 'N',
  abnormal: 'A',
  criticalAbnormal: 'AA',
} as const;
export type AbnormalFlag = (typeof AbnormalFlag)[keyof typeof AbnormalFlag];

/**
 * Where a result stands. A result is never overwritten: a correction is a new version.
 * @see HL7 table 0085 (OBX-11) and FHIR Observation.status
 */
export const ResultStatus = {
  /** Received from an instrument or entered, awaiting verification (OBX-11 R, FHIR preliminary). */
  pending: 'pending',
  /** Held by autoverification or a person for review (FHIR preliminary). */
  held: 'held',
  /** Released to the record (OBX-11 F, FHIR final). */
  final: 'final',
  /** A released result replaced by a correction (OBX-11 C, FHIR corrected). */
  corrected: 'corrected',
  /** Superseded by a later version before release; kept for audit. */
  superseded: 'superseded',
  /** Cannot be obtained (OBX-11 X, FHIR cancelled). */
  cancelled: 'cancelled',
} as const;
export type ResultStatus = (typeof ResultStatus)[keyof typeof ResultStatus];

/** Orderable kinds: a single test or a panel of tests. */
export const OrderableKind = { test: 'test', panel: 'panel' } as const;
export type OrderableKind = (typeof OrderableKind)[keyof typeof OrderableKind];

/** Specimen types used by the starter catalog. @see HL7 table 0487 */
export const SpecimenType = {
  serumOrPlasma: 'SER/PLAS',
  serum: 'SER',
  plasma: 'PLAS',
  wholeBloodEdta: 'WB-EDTA',
  plateletPoorPlasma: 'PPP',
  urine: 'UR',
  arterialBlood: 'BLDA',
  wholeBlood: 'WB',
} as const;
export type SpecimenType = (typeof SpecimenType)[keyof typeof SpecimenType];

/** Tube / container types. @see shared/domain/workflow.md §2 (CLSI GP41 order of draw) */
export const Container = {
  sst: 'SST',
  red: 'RED',
  lithiumHeparin: 'LIHEP',
  edta: 'EDTA',
  citrate: 'CIT',
  fluorideOxalate: 'FLOX',
  urineCup: 'URINE-CUP',
  bloodGasSyringe: 'ABG-SYRINGE',
} as const;
export type Container = (typeof Container)[keyof typeof Container];
