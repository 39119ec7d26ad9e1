/**
 * The part of FHIR R4 (4.0.1) that Aliquot reads and writes, as plain JSON types. Only the elements
 * we map are declared; a resource read from outside may carry more, which the readers ignore.
 * @see https://hl7.org/fhir/R4/datatypes.html
 */

export interface Coding {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
}

export interface CodeableConcept {
  readonly coding?: readonly Coding[];
  readonly text?: string;
}

/** @see https://hl7.org/fhir/R4/datatypes.html#Quantity */
export interface Quantity {
  readonly value?: number;
  readonly comparator?: '<' | '<=' | '>=' | '>';
  readonly unit?: string;
  readonly system?: string;
  readonly code?: string;
}

export interface Range {
  readonly low?: Quantity;
  readonly high?: Quantity;
}

export interface Period {
  readonly start?: string;
  readonly end?: string;
}

export interface Identifier {
  readonly use?: 'usual' | 'official' | 'temp' | 'secondary' | 'old';
  readonly type?: CodeableConcept;
  readonly system?: string;
  readonly value?: string;
}

/** @see https://hl7.org/fhir/R4/references.html */
export interface Reference {
  readonly reference?: string;
  readonly identifier?: Identifier;
  readonly display?: string;
}

export interface Annotation {
  readonly text: string;
}

export interface Extension {
  readonly url: string;
  readonly extension?: readonly Extension[];
  readonly valueCodeableConcept?: CodeableConcept;
  readonly valueString?: string;
}

export interface Meta {
  readonly versionId?: string;
  readonly lastUpdated?: string;
}

export interface HumanName {
  readonly use?: string;
  readonly family?: string;
  readonly given?: readonly string[];
  readonly text?: string;
}

interface ResourceBase {
  readonly id?: string;
  readonly meta?: Meta;
}

/** @see https://hl7.org/fhir/R4/patient.html */
export interface FhirPatient extends ResourceBase {
  readonly resourceType: 'Patient';
  readonly extension?: readonly Extension[];
  readonly identifier?: readonly Identifier[];
  readonly name?: readonly HumanName[];
  readonly gender?: 'male' | 'female' | 'other' | 'unknown';
  readonly birthDate?: string;
}

/** @see https://hl7.org/fhir/R4/servicerequest.html */
export interface FhirServiceRequest extends ResourceBase {
  readonly resourceType: 'ServiceRequest';
  readonly identifier?: readonly Identifier[];
  readonly requisition?: Identifier;
  readonly status: string;
  readonly intent: string;
  readonly category?: readonly CodeableConcept[];
  readonly priority?: string;
  readonly code?: CodeableConcept;
  readonly subject: Reference;
  readonly authoredOn?: string;
  readonly requester?: Reference;
  readonly specimen?: readonly Reference[];
  readonly note?: readonly Annotation[];
}

/** @see https://hl7.org/fhir/R4/specimen.html */
export interface FhirSpecimen extends ResourceBase {
  readonly resourceType: 'Specimen';
  readonly accessionIdentifier?: Identifier;
  readonly status?: 'available' | 'unavailable' | 'unsatisfactory' | 'entered-in-error';
  readonly type?: CodeableConcept;
  readonly subject?: Reference;
  readonly receivedTime?: string;
  readonly parent?: readonly Reference[];
  readonly request?: readonly Reference[];
  readonly collection?: { readonly collectedDateTime?: string };
  readonly container?: readonly { readonly type?: CodeableConcept }[];
  readonly condition?: readonly CodeableConcept[];
  readonly note?: readonly Annotation[];
}

export interface ObservationReferenceRange {
  readonly low?: Quantity;
  readonly high?: Quantity;
  readonly type?: CodeableConcept;
  readonly appliesTo?: readonly CodeableConcept[];
  readonly age?: Range;
  readonly text?: string;
}

export interface ObservationComponent {
  readonly code: CodeableConcept;
  readonly valueQuantity?: Quantity;
  readonly valueCodeableConcept?: CodeableConcept;
  readonly valueString?: string;
}

/** @see https://hl7.org/fhir/R4/observation.html */
export interface FhirObservation extends ResourceBase {
  readonly resourceType: 'Observation';
  readonly basedOn?: readonly Reference[];
  readonly status: string;
  readonly category?: readonly CodeableConcept[];
  readonly code: CodeableConcept;
  readonly subject?: Reference;
  readonly effectiveDateTime?: string;
  readonly effectivePeriod?: Period;
  readonly issued?: string;
  readonly performer?: readonly Reference[];
  readonly valueQuantity?: Quantity;
  readonly valueCodeableConcept?: CodeableConcept;
  readonly valueString?: string;
  readonly dataAbsentReason?: CodeableConcept;
  readonly interpretation?: readonly CodeableConcept[];
  readonly note?: readonly Annotation[];
  readonly specimen?: Reference;
  readonly device?: Reference;
  readonly referenceRange?: readonly ObservationReferenceRange[];
  readonly component?: readonly ObservationComponent[];
}

/** @see https://hl7.org/fhir/R4/diagnosticreport.html */
export interface FhirDiagnosticReport extends ResourceBase {
  readonly resourceType: 'DiagnosticReport';
  readonly identifier?: readonly Identifier[];
  readonly basedOn?: readonly Reference[];
  readonly status: string;
  readonly category?: readonly CodeableConcept[];
  readonly code: CodeableConcept;
  readonly subject?: Reference;
  readonly effectiveDateTime?: string;
  readonly effectivePeriod?: Period;
  readonly issued?: string;
  readonly performer?: readonly Reference[];
  readonly specimen?: readonly Reference[];
  readonly result?: readonly Reference[];
  readonly conclusion?: string;
}

/** @see https://hl7.org/fhir/R4/device.html */
export interface FhirDevice extends ResourceBase {
  readonly resourceType: 'Device';
  readonly identifier?: readonly Identifier[];
  readonly status?: 'active' | 'inactive' | 'entered-in-error' | 'unknown';
  readonly manufacturer?: string;
  readonly deviceName?: readonly { readonly name: string; readonly type: string }[];
  readonly modelNumber?: string;
  readonly serialNumber?: string;
}

export interface OutcomeIssue {
  readonly severity: 'fatal' | 'error' | 'warning' | 'information';
  readonly code: string;
  readonly diagnostics?: string;
  readonly expression?: readonly string[];
}

/** @see https://hl7.org/fhir/R4/operationoutcome.html */
export interface FhirOperationOutcome extends ResourceBase {
  readonly resourceType: 'OperationOutcome';
  readonly issue: readonly OutcomeIssue[];
}

/** The resources Aliquot serves. */
export type LabResource =
  FhirPatient | FhirServiceRequest | FhirSpecimen | FhirObservation | FhirDiagnosticReport | FhirDevice;

export type LabResourceType = LabResource['resourceType'];

export interface BundleEntry {
  readonly fullUrl: string;
  readonly resource: LabResource;
  readonly search: { readonly mode: 'match' | 'include' };
}

/** @see https://hl7.org/fhir/R4/bundle.html */
export interface FhirBundle {
  readonly resourceType: 'Bundle';
  readonly id?: string;
  readonly meta?: Meta;
  readonly type: 'searchset';
  readonly total?: number;
  readonly link: readonly { readonly relation: string; readonly url: string }[];
  readonly entry: readonly BundleEntry[];
}
