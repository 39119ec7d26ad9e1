import type { SpecimenEventKind } from '@aliquot/domain';
import type { CodeableConcept, FhirSpecimen } from './fhir-types.js';
import {
  FhirSystem,
  idFromReference,
  referenceTo,
  type FhirMappingContext,
  type LabSystems,
} from './fhir-systems.js';
import type { SpecimenFacts } from './lab-facts.js';

/**
 * Our specimen types as HL7 table 0487 codes. SER/PLAS (serum or plasma, whichever the tube gives) is
 * decided by the container: a serum tube gives serum, anything else plasma. EDTA whole blood is whole
 * blood, its additive being the container's business.
 * @see https://terminology.hl7.org/CodeSystem-v2-0487.html
 */
const table0487: Readonly<Record<string, { code: string; display: string }>> = {
  SER: { code: 'SER', display: 'Serum' },
  PLAS: { code: 'PLAS', display: 'Plasma' },
  PPP: { code: 'PPP', display: 'Plasma, Platelet poor' },
  UR: { code: 'UR', display: 'Urine' },
  BLDA: { code: 'BLDA', display: 'Blood arterial' },
  WB: { code: 'WB', display: 'Blood, Whole' },
  'WB-EDTA': { code: 'WB', display: 'Blood, Whole' },
  BLD: { code: 'BLD', display: 'Whole blood' },
  BLDV: { code: 'BLDV', display: 'Blood venous' },
};

const SERUM_TUBES = new Set(['SST', 'RED']);

export function specimenTypeCoding(specimenType: string, container: string) {
  if (specimenType === 'SER/PLAS') return SERUM_TUBES.has(container) ? table0487.SER : table0487.PLAS;
  return table0487[specimenType];
}

function specimenTypeConcept(specimenType: string, container: string, systems: LabSystems): CodeableConcept {
  const v2 = specimenTypeCoding(specimenType, container);
  return {
    coding: [
      ...(v2 ? [{ system: FhirSystem.specimenType, ...v2 }] : []),
      { system: systems.specimenType, code: specimenType },
    ],
    text: v2?.display ?? specimenType,
  };
}

/** Rejection reasons with a specimen condition code. @see https://terminology.hl7.org/CodeSystem-v2-0493.html */
const conditions: Readonly<Record<string, { code: string; display: string }>> = {
  hemolyzed: { code: 'HEM', display: 'Hemolyzed' },
  clotted: { code: 'CLOT', display: 'Clotted' },
  contaminated: { code: 'CON', display: 'Contaminated' },
};

/**
 * Physical availability from the lifecycle: nothing before collection (there is no tube yet),
 * unsatisfactory once rejected, unavailable once disposed of, available otherwise.
 * @see https://hl7.org/fhir/R4/valueset-specimen-status.html
 */
export function specimenStatus(state: SpecimenEventKind, rejected: boolean): FhirSpecimen['status'] {
  if (rejected) return 'unsatisfactory';
  switch (state) {
    case 'ordered':
      return undefined;
    case 'rejected':
      return 'unsatisfactory';
    case 'disposed':
      return 'unavailable';
    case 'collected':
    case 'received':
    case 'centrifuged':
    case 'aliquoted':
    case 'loaded':
    case 'resulted':
    case 'verified':
    case 'released':
    case 'stored':
      return 'available';
    default:
      return state satisfies never;
  }
}

/**
 * A specimen (tube or aliquot): accession number, type (HL7 0487 and the lab's code), container,
 * collection and receipt times from its timeline, status, the parent of an aliquot, the requests it
 * serves, and the condition and reason of a rejection.
 * @see https://hl7.org/fhir/R4/specimen.html
 */
export function toFhirSpecimen(specimen: SpecimenFacts, context: FhirMappingContext): FhirSpecimen {
  const { systems } = context;
  const status = specimenStatus(specimen.state, specimen.rejection !== undefined);
  const condition = specimen.rejection && conditions[specimen.rejection.reason];
  return {
    resourceType: 'Specimen',
    id: specimen.id,
    accessionIdentifier: { system: systems.accession, value: specimen.accessionNumber },
    ...(status ? { status } : {}),
    type: specimenTypeConcept(specimen.specimenType, specimen.container, systems),
    subject: referenceTo('Patient', specimen.patientId),
    ...(specimen.receivedAt ? { receivedTime: specimen.receivedAt } : {}),
    ...(specimen.parentId ? { parent: [referenceTo('Specimen', specimen.parentId)] } : {}),
    ...(specimen.requestIds.length > 0
      ? { request: specimen.requestIds.map((id) => referenceTo('ServiceRequest', id)) }
      : {}),
    ...(specimen.collectedAt ? { collection: { collectedDateTime: specimen.collectedAt } } : {}),
    container: [
      {
        type: { coding: [{ system: systems.container, code: specimen.container }], text: specimen.container },
      },
    ],
    ...(condition
      ? { condition: [{ coding: [{ system: FhirSystem.specimenCondition, ...condition }] }] }
      : {}),
    ...(specimen.rejection
      ? {
          note: [
            {
              text: `Rejected: ${specimen.rejection.reason}${specimen.rejection.comment ? ` (${specimen.rejection.comment})` : ''}`,
            },
          ],
        }
      : {}),
  };
}

/** What a Specimen from outside says, in our terms. */
export interface SpecimenReading {
  readonly id?: string;
  readonly accessionNumber?: string;
  readonly specimenType?: string;
  readonly container?: string;
  readonly patientId?: string;
  readonly parentId?: string;
  readonly status?: FhirSpecimen['status'];
  readonly collectedAt?: string;
  readonly receivedAt?: string;
  readonly requestIds: readonly string[];
}

/**
 * Reads what we model of a Specimen: accession identifier, type (the lab's code, else the HL7 0487
 * code), container type, subject, status, parent, requests, collection and receipt times. Collector,
 * quantities, body site, method, processing, additives and other identifiers are not modelled; a
 * type in SNOMED CT only has no counterpart in our specimen types.
 */
export function readSpecimen(specimen: FhirSpecimen, context: FhirMappingContext): SpecimenReading {
  const { systems } = context;
  const code = (system: string) => specimen.type?.coding?.find((c) => c.system === system)?.code;
  const specimenType = code(systems.specimenType) ?? code(FhirSystem.specimenType);
  const container = specimen.container
    ?.map((c) => c.type?.coding?.find((coding) => coding.system === systems.container)?.code)
    .find((c) => c !== undefined);
  const patientId = idFromReference(specimen.subject?.reference, 'Patient');
  const parentId = specimen.parent?.map((p) => idFromReference(p.reference, 'Specimen')).find((id) => id);
  return {
    ...(specimen.id ? { id: specimen.id } : {}),
    ...(specimen.accessionIdentifier?.value ? { accessionNumber: specimen.accessionIdentifier.value } : {}),
    ...(specimenType ? { specimenType } : {}),
    ...(container ? { container } : {}),
    ...(patientId ? { patientId } : {}),
    ...(parentId ? { parentId } : {}),
    ...(specimen.status ? { status: specimen.status } : {}),
    ...(specimen.collection?.collectedDateTime ? { collectedAt: specimen.collection.collectedDateTime } : {}),
    ...(specimen.receivedTime ? { receivedAt: specimen.receivedTime } : {}),
    requestIds: (specimen.request ?? []).flatMap((r) => idFromReference(r.reference, 'ServiceRequest') ?? []),
  };
}
