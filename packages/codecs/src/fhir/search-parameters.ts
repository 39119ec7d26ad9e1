import type { LabResourceType } from './fhir-types.js';

/**
 * The search parameters Aliquot answers, per resource type: one table that the search parser checks
 * requests against and the CapabilityStatement is written from, so the two cannot disagree.
 * @see https://hl7.org/fhir/R4/search.html
 */
export const SearchParamType = {
  token: 'token',
  reference: 'reference',
  date: 'date',
  string: 'string',
} as const;
export type SearchParamType = (typeof SearchParamType)[keyof typeof SearchParamType];

export interface SearchParameterDefinition {
  readonly name: string;
  readonly type: SearchParamType;
  /** For references: the resource type referred to. */
  readonly target?: LabResourceType;
  readonly documentation: string;
}

const id = { name: '_id', type: 'token', documentation: 'Logical id of the resource' } as const;
const patient = {
  name: 'patient',
  type: 'reference',
  target: 'Patient',
  documentation: 'The patient (Patient/{id} or {id})',
} as const;
const subject = { ...patient, name: 'subject', documentation: 'The subject: a Patient' } as const;

export const searchParameters: Readonly<Record<LabResourceType, readonly SearchParameterDefinition[]>> = {
  Patient: [
    id,
    { name: 'identifier', type: 'token', documentation: 'MRN or another identifier (system|value)' },
    { name: 'family', type: 'string', documentation: 'Start of the family name' },
    { name: 'given', type: 'string', documentation: 'Start of a given name' },
    { name: 'name', type: 'string', documentation: 'Start of the family or a given name' },
    { name: 'birthdate', type: 'date', documentation: 'Birth date' },
    { name: 'gender', type: 'token', documentation: 'Administrative gender, from the sex for clinical use' },
  ],
  ServiceRequest: [
    id,
    patient,
    subject,
    { name: 'code', type: 'token', documentation: 'LOINC or lab code of the orderable (system|code)' },
    { name: 'status', type: 'token', documentation: 'active | revoked | completed' },
    { name: 'intent', type: 'token', documentation: 'Always order' },
    { name: 'priority', type: 'token', documentation: 'routine | asap | stat' },
    { name: 'authored', type: 'date', documentation: 'When the order was placed' },
    {
      name: 'requisition',
      type: 'token',
      documentation: 'The lab order number shared by the items of one order',
    },
    { name: 'identifier', type: 'token', documentation: 'Placer or filler order number' },
    {
      name: 'specimen',
      type: 'reference',
      target: 'Specimen',
      documentation: 'A specimen serving the request',
    },
  ],
  Specimen: [
    id,
    patient,
    subject,
    { name: 'accession', type: 'token', documentation: 'Accession number' },
    { name: 'type', type: 'token', documentation: 'HL7 0487 or lab specimen type code' },
    { name: 'collected', type: 'date', documentation: 'Collection time' },
    { name: 'status', type: 'token', documentation: 'available | unavailable | unsatisfactory' },
    {
      name: 'parent',
      type: 'reference',
      target: 'Specimen',
      documentation: 'The specimen an aliquot came from',
    },
  ],
  Observation: [
    id,
    patient,
    subject,
    { name: 'code', type: 'token', documentation: 'LOINC or lab test code (system|code)' },
    { name: 'date', type: 'date', documentation: 'Effective time: when the specimen was collected' },
    { name: 'status', type: 'token', documentation: 'preliminary | final | corrected | cancelled' },
    { name: 'category', type: 'token', documentation: 'Always laboratory' },
    { name: 'specimen', type: 'reference', target: 'Specimen', documentation: 'The specimen measured' },
    {
      name: 'based-on',
      type: 'reference',
      target: 'ServiceRequest',
      documentation: 'The order item fulfilled',
    },
    { name: 'device', type: 'reference', target: 'Device', documentation: 'The instrument that measured it' },
  ],
  DiagnosticReport: [
    id,
    patient,
    subject,
    { name: 'code', type: 'token', documentation: 'LOINC or lab code of the panel or test (system|code)' },
    { name: 'date', type: 'date', documentation: 'Effective time: when the first specimen was collected' },
    {
      name: 'status',
      type: 'token',
      documentation: 'registered | preliminary | partial | final | corrected | cancelled',
    },
    { name: 'category', type: 'token', documentation: 'Always LAB (v2-0074)' },
    { name: 'specimen', type: 'reference', target: 'Specimen', documentation: 'A specimen reported on' },
    {
      name: 'based-on',
      type: 'reference',
      target: 'ServiceRequest',
      documentation: 'The order item reported',
    },
    {
      name: 'result',
      type: 'reference',
      target: 'Observation',
      documentation: 'An observation in the report',
    },
  ],
  Device: [id, { name: 'identifier', type: 'token', documentation: 'Instrument id (system|value)' }],
};

/** The `_include` values each type answers: `Type:parameter` of its reference parameters. */
export const includes: Readonly<Record<LabResourceType, readonly string[]>> = {
  Patient: [],
  ServiceRequest: ['ServiceRequest:patient', 'ServiceRequest:subject', 'ServiceRequest:specimen'],
  Specimen: ['Specimen:patient', 'Specimen:subject', 'Specimen:parent'],
  Observation: [
    'Observation:patient',
    'Observation:subject',
    'Observation:specimen',
    'Observation:based-on',
    'Observation:device',
  ],
  DiagnosticReport: [
    'DiagnosticReport:patient',
    'DiagnosticReport:subject',
    'DiagnosticReport:result',
    'DiagnosticReport:specimen',
    'DiagnosticReport:based-on',
  ],
  Device: [],
};

/** Parameters that shape the answer rather than select resources. */
export const resultParameters = ['_count', '_offset', '_include', '_total', '_sort', '_format'] as const;

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

export const isLabResourceType = (type: string): type is LabResourceType =>
  Object.prototype.hasOwnProperty.call(searchParameters, type);
