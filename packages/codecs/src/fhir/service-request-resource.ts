import type { Priority } from '@aliquot/domain';
import type { CodeableConcept, FhirServiceRequest, Reference } from './fhir-types.js';
import { FhirSystem, idFromReference, referenceTo, type FhirMappingContext } from './fhir-systems.js';
import {
  identifierOfType,
  testCodesOf,
  testConcept,
  typedIdentifier,
  type Decoded,
  type TestCodes,
} from './fhir-concepts.js';
import type { OrderItemFacts, ProviderFacts } from './lab-facts.js';

/** @see https://hl7.org/fhir/R4/valueset-servicerequest-category.html */
const LABORATORY_PROCEDURE: CodeableConcept = {
  coding: [{ system: FhirSystem.snomed, code: '108252007', display: 'Laboratory procedure' }],
  text: 'Laboratory procedure',
};

/**
 * An order item's request status: revoked when the order was cancelled; completed once every analysis
 * it brought is released or cancelled (and at least one was released) or the order is complete;
 * active otherwise.
 * @see https://hl7.org/fhir/R4/valueset-request-status.html
 */
export function serviceRequestStatus(item: Pick<OrderItemFacts, 'orderStatus' | 'analysisStatuses'>) {
  switch (item.orderStatus) {
    case 'cancelled':
      return 'revoked' as const;
    case 'complete':
      return 'completed' as const;
    case 'active': {
      const statuses = item.analysisStatuses;
      const done =
        statuses.length > 0 &&
        statuses.every((s) => s === 'released' || s === 'cancelled') &&
        statuses.some((s) => s === 'released');
      return done ? ('completed' as const) : ('active' as const);
    }
    default:
      return item.orderStatus satisfies never;
  }
}

function requester(provider: ProviderFacts): Reference {
  const display = [provider.familyName, provider.givenName].filter(Boolean).join(', ');
  return provider.npi
    ? { identifier: { system: FhirSystem.npi, value: provider.npi }, display }
    : { display };
}

/**
 * One orderable of an order as a ServiceRequest (intent order): its code (LOINC and the lab's), the
 * order number as the requisition that groups the items of one order, the placer's number, priority,
 * subject, requester (by NPI), the specimens that serve it and when it was ordered.
 * @see https://hl7.org/fhir/R4/servicerequest.html
 */
export function toFhirServiceRequest(item: OrderItemFacts, context: FhirMappingContext): FhirServiceRequest {
  const { systems } = context;
  return {
    resourceType: 'ServiceRequest',
    id: item.id,
    identifier: [
      ...(item.placerOrderNumber
        ? [typedIdentifier('PLAC', 'Placer Identifier', systems.placerOrderNumber, item.placerOrderNumber)]
        : []),
      typedIdentifier('FILL', 'Filler Identifier', systems.orderNumber, item.orderNumber),
    ],
    requisition: { system: systems.orderNumber, value: item.orderNumber },
    status: serviceRequestStatus(item),
    intent: 'order',
    category: [LABORATORY_PROCEDURE],
    priority: item.priority,
    code: testConcept(item.orderable, systems),
    subject: referenceTo('Patient', item.patientId),
    authoredOn: item.orderedAt,
    ...(item.requester ? { requester: requester(item.requester) } : {}),
    ...(item.specimenIds.length > 0
      ? { specimen: item.specimenIds.map((id) => referenceTo('Specimen', id)) }
      : {}),
    ...(item.clinicalInfo ? { note: [{ text: item.clinicalInfo }] } : {}),
  };
}

/** What a ServiceRequest from outside says, in our terms. */
export interface ServiceRequestReading {
  readonly id?: string;
  readonly orderNumber?: string;
  readonly placerOrderNumber?: string;
  readonly orderable: TestCodes;
  readonly orderStatus?: OrderItemFacts['orderStatus'];
  readonly intent: string;
  readonly priority?: Priority;
  readonly patientId?: string;
  readonly orderedAt?: string;
  readonly requester?: { readonly npi?: string; readonly display?: string };
  readonly specimenIds: readonly string[];
  readonly clinicalInfo?: string;
}

/** FHIR request statuses with a counterpart in an order's status. */
function orderStatusOf(status: string): OrderItemFacts['orderStatus'] | undefined {
  switch (status) {
    case 'active':
      return 'active';
    case 'revoked':
      return 'cancelled';
    case 'completed':
      return 'complete';
    default:
      return undefined;
  }
}

/**
 * FHIR priorities onto ours: urgent, which we do not have, is read as asap (sooner than routine, not
 * stat); no priority is routine. @see https://hl7.org/fhir/R4/valueset-request-priority.html
 */
function priorityOf(priority: string | undefined): Priority | undefined {
  switch (priority) {
    case undefined:
    case 'routine':
      return 'routine';
    case 'urgent':
    case 'asap':
      return 'asap';
    case 'stat':
      return 'stat';
    default:
      return undefined;
  }
}

/**
 * Reads what we model of a ServiceRequest: identifiers (PLAC, or untyped as the placer's; FILL), requisition, status, intent,
 * priority, code, subject, authoredOn, requester (by NPI or display), specimens and notes. Encounter,
 * occurrence, performer, reason, supporting info and contained resources are not modelled.
 */
export function readServiceRequest(
  request: FhirServiceRequest,
  context: FhirMappingContext,
): ServiceRequestReading {
  const { systems } = context;
  // An identifier without a type is the sender's own: the placer's order number.
  const placer =
    identifierOfType(request.identifier, 'PLAC')?.value ??
    request.identifier?.find((i) => !i.type && i.value)?.value;
  const filler = identifierOfType(request.identifier, 'FILL')?.value ?? request.requisition?.value;
  const orderStatus = orderStatusOf(request.status);
  const priority = priorityOf(request.priority);
  const patientId = idFromReference(request.subject.reference, 'Patient');
  const npi =
    request.requester?.identifier?.system === FhirSystem.npi ? request.requester.identifier.value : undefined;
  const display = request.requester?.display;
  const note = request.note?.map((n) => n.text).join('\n');
  return {
    ...(request.id ? { id: request.id } : {}),
    ...(filler ? { orderNumber: filler } : {}),
    ...(placer ? { placerOrderNumber: placer } : {}),
    orderable: testCodesOf(request.code, systems),
    ...(orderStatus ? { orderStatus } : {}),
    intent: request.intent,
    ...(priority ? { priority } : {}),
    ...(patientId ? { patientId } : {}),
    ...(request.authoredOn ? { orderedAt: request.authoredOn } : {}),
    ...(npi || display ? { requester: { ...(npi ? { npi } : {}), ...(display ? { display } : {}) } } : {}),
    specimenIds: (request.specimen ?? []).flatMap((r) => idFromReference(r.reference, 'Specimen') ?? []),
    ...(note ? { clinicalInfo: note } : {}),
  };
}

/** What placing an order takes, read from a ServiceRequest; the orderable is still to be found. */
export interface OrderIntake {
  readonly patientId: string;
  readonly orderable: TestCodes;
  readonly priority: Priority;
  readonly placerOrderNumber?: string;
  readonly requesterNpi?: string;
  readonly clinicalInfo?: string;
}

const ORDER_INTENTS = new Set(['order', 'original-order', 'reflex-order', 'filler-order', 'instance-order']);

/**
 * Reads a ServiceRequest to create: it must be an active order (not a proposal or plan) for a Patient
 * by literal reference, with a LOINC or lab code. The placer number is the identifier typed PLAC, else
 * the requisition.
 */
export function fromFhirServiceRequest(
  request: FhirServiceRequest,
  context: FhirMappingContext,
): Decoded<OrderIntake> {
  const reading = readServiceRequest(request, context);
  const issues: { location: string; message: string }[] = [];
  if (request.status !== 'active') {
    issues.push({
      location: 'ServiceRequest.status',
      message: `only an active request can be ordered (got ${request.status})`,
    });
  }
  if (!ORDER_INTENTS.has(request.intent)) {
    issues.push({ location: 'ServiceRequest.intent', message: `intent ${request.intent} is not an order` });
  }
  if (!reading.patientId) {
    issues.push({
      location: 'ServiceRequest.subject',
      message: 'the subject must be a reference Patient/{id}',
    });
  }
  if (!reading.orderable.code && !reading.orderable.loinc) {
    issues.push({
      location: 'ServiceRequest.code',
      message: `the code needs a coding in ${FhirSystem.loinc} or ${context.systems.testCode}`,
    });
  }
  if (!reading.priority) {
    issues.push({ location: 'ServiceRequest.priority', message: `unknown priority ${request.priority}` });
  }
  if (issues.length > 0 || !reading.patientId || !reading.priority) return { ok: false, issues };
  const placer = reading.placerOrderNumber ?? request.requisition?.value;
  return {
    ok: true,
    value: {
      patientId: reading.patientId,
      orderable: reading.orderable,
      priority: reading.priority,
      ...(placer ? { placerOrderNumber: placer } : {}),
      ...(reading.requester?.npi ? { requesterNpi: reading.requester.npi } : {}),
      ...(reading.clinicalInfo ? { clinicalInfo: reading.clinicalInfo } : {}),
    },
  };
}
