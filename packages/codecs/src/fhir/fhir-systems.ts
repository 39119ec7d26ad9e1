/**
 * Code systems and identifier systems: the external ones by their canonical URLs, and the lab's own
 * (MRN, accession, order number, test codes…) as a set a deployment may replace with its own URIs.
 * @see https://hl7.org/fhir/R4/terminologies-systems.html
 */
export const FhirSystem = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  ucum: 'http://unitsofmeasure.org',
  npi: 'http://hl7.org/fhir/sid/us-npi',
  hgvs: 'http://varnomen.hgvs.org',
  hgnc: 'http://www.genenames.org',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  diagnosticServiceSection: 'http://terminology.hl7.org/CodeSystem/v2-0074',
  specimenType: 'http://terminology.hl7.org/CodeSystem/v2-0487',
  specimenCondition: 'http://terminology.hl7.org/CodeSystem/v2-0493',
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  referenceRangeMeaning: 'http://terminology.hl7.org/CodeSystem/referencerange-meaning',
  dataAbsentReason: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
} as const;
export type FhirSystem = (typeof FhirSystem)[keyof typeof FhirSystem];

/** @see https://hl7.org/fhir/extensions/StructureDefinition-individual-genderIdentity.html */
export const GENDER_IDENTITY_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/individual-genderIdentity';
/** The R4 core predecessor, still read on input. @see https://hl7.org/fhir/R4/extension-patient-genderidentity.html */
export const R4_GENDER_IDENTITY_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/patient-genderIdentity';

/** The lab's own naming authorities. */
export interface LabSystems {
  readonly mrn: string;
  readonly accession: string;
  /** The filler (lab) order number. */
  readonly orderNumber: string;
  /** The placer (EHR) order number when the order came with none of its own system. */
  readonly placerOrderNumber: string;
  /** Test and panel codes of the lab's catalog. */
  readonly testCode: string;
  readonly specimenType: string;
  readonly container: string;
  /** Answers of coded tests (neg, trace, 1+…) that carry no system of their own. */
  readonly answer: string;
  readonly instrument: string;
}

export const defaultLabSystems: LabSystems = {
  mrn: 'urn:aliquot:mrn',
  accession: 'urn:aliquot:accession',
  orderNumber: 'urn:aliquot:order-number',
  placerOrderNumber: 'urn:aliquot:placer-order-number',
  testCode: 'urn:aliquot:test-code',
  specimenType: 'urn:aliquot:specimen-type',
  container: 'urn:aliquot:container',
  answer: 'urn:aliquot:answer',
  instrument: 'urn:aliquot:instrument',
};

/** What every mapping needs beyond the data: the lab's systems and its name as the performer. */
export interface FhirMappingContext {
  readonly systems: LabSystems;
  /** The performing laboratory, shown as Observation.performer and DiagnosticReport.performer. */
  readonly labName: string;
}

export const defaultMappingContext: FhirMappingContext = {
  systems: defaultLabSystems,
  labName: 'Aliquot clinical laboratory',
};

/** A FHIR reference `Type/id`. */
export const referenceTo = (type: string, id: string): { reference: string } => ({
  reference: `${type}/${id}`,
});

/** The id of a literal reference of the given type (`Patient/123` → `123`), absolute URLs included. */
export function idFromReference(reference: string | undefined, type: string): string | undefined {
  if (!reference) return undefined;
  const match = new RegExp(`(?:^|/)${type}/([A-Za-z0-9\\-.]{1,64})(?:/_history/[^/]+)?$`).exec(reference);
  return match?.[1];
}

/** Whether a string is a valid FHIR resource id. @see https://hl7.org/fhir/R4/datatypes.html#id */
export const isFhirId = (id: string): boolean => /^[A-Za-z0-9\-.]{1,64}$/.test(id);
