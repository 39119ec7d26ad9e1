import {
  fromFhirObservation,
  idFromReference,
  type FhirObservation,
  type FhirOperationOutcome,
  type LabResource,
  type Reference,
} from '@aliquot/codecs/fhir';
import { LabError, type LabErrorIssue } from '@aliquot/domain';
import { readFhir, type FhirEndpoint } from '../fhir/fhir-search-service.js';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { receivePoctReading, type PoctIntakeOutcome, type PoctReading } from './poct-intake-service.js';

/**
 * A point-of-care reading posted as a FHIR Observation with a Device: the device in
 * `Observation.device` (`Device/<code>`, or an identifier holding its code or serial number), the
 * operator in `performer` (`Practitioner/<id>` or an identifier), the patient in `subject`
 * (`Patient/<id>`, or an identifier holding the MRN), the time in `effectiveDateTime`.
 * @see https://hl7.org/fhir/R4/observation.html (device, performer); shared/domain/workflow.md §10
 */

const deviceOf = (ref: Reference | undefined): string | undefined =>
  idFromReference(ref?.reference, 'Device') ?? ref?.identifier?.value ?? undefined;

function operatorOf(performers: readonly Reference[] | undefined): string | undefined {
  for (const p of performers ?? []) {
    const id =
      idFromReference(p.reference, 'Practitioner') ?? idFromReference(p.reference, 'PractitionerRole');
    if (id) return id;
    if (p.identifier?.value) return p.identifier.value;
  }
  return undefined;
}

/** Reads the Observation into a reading, or says every reason it cannot. */
export function readPoctObservation(body: unknown, endpoint: FhirEndpoint): PoctReading {
  const observation = body as FhirObservation | null;
  if (observation?.resourceType !== 'Observation')
    throw LabError.invalid('the body must be an Observation', [
      { location: 'resourceType', message: 'expected Observation' },
    ]);
  const read = fromFhirObservation(observation, endpoint.mapping);
  if (!read.ok) throw LabError.invalid('the Observation cannot be taken', read.issues);
  const issues: LabErrorIssue[] = [];
  const device = deviceOf(observation.device);
  if (!device)
    issues.push({
      location: 'Observation.device',
      message: 'name the point-of-care device (Device/<code> or its identifier)',
    });
  const at = read.value.effectiveAt ?? observation.issued;
  const observedAt = at === undefined ? undefined : new Date(at);
  if (observedAt === undefined || Number.isNaN(observedAt.getTime()))
    issues.push({
      location: 'Observation.effectiveDateTime',
      message: 'when the reading was taken is required',
    });
  const mrn = observation.subject?.identifier?.value;
  if (!read.value.patientId && !mrn)
    issues.push({
      location: 'Observation.subject',
      message: 'name the patient (Patient/<id> or an identifier with the MRN)',
    });
  if (issues.length > 0 || !device || !observedAt)
    throw LabError.invalid('the Observation cannot be taken', issues);
  const operatorId = operatorOf(observation.performer);
  const codes = (observation.code.coding ?? []).map((c) => c.code).filter((c): c is string => !!c);
  return {
    channel: 'fhir',
    device,
    ...(operatorId ? { operatorId } : {}),
    patient: read.value.patientId ? { id: read.value.patientId } : { ...(mrn ? { mrn } : {}) },
    codes,
    value: read.value.value,
    ...(read.value.unit ? { unit: read.value.unit } : {}),
    observedAt,
  };
}

/** A refused reading as the error the API answers with: a lock-out is 403 or 409, anything else 422. */
export function refusalError(outcome: PoctIntakeOutcome): LabError {
  const why = `the point-of-care reading is refused: ${outcome.reading.refusal ?? 'no reason recorded'}`;
  const issue = [{ location: 'Observation', message: `kept as reading ${outcome.reading.id}` }];
  switch (outcome.notified) {
    case 'operator-locked-out':
      return new LabError('forbidden', why, issue);
    case 'device-locked-out':
      return new LabError('rule-violation', why, issue);
    case 'discordant':
    case 'unknown-source':
    case undefined:
      return LabError.invalid(why, issue);
    default:
      return outcome.notified satisfies never;
  }
}

/**
 * Takes a posted Observation (needs `poct:test`). A professional reading answers with the lab's
 * Observation it became; a patient-generated one (a patient's own device) is kept apart from lab
 * results, so the answer is an OperationOutcome saying where it is kept. A refused reading is kept
 * with its reason (the coordinator told of lock-outs) and answered with the error.
 */
export async function createFhirPoctObservation(
  lab: LabContext,
  actor: Actor,
  body: unknown,
  endpoint: FhirEndpoint,
): Promise<{ readonly resource: LabResource | FhirOperationOutcome; readonly location?: string }> {
  const reading = readPoctObservation(body, endpoint);
  const outcome = await runUseCase(lab, actor, 'poct:test', (uow) => receivePoctReading(uow, actor, reading));
  if (outcome.reading.outcome === 'refused') throw refusalError(outcome);
  if (outcome.analysisId) {
    const resource = await readFhir(lab, actor, 'Observation', outcome.analysisId, endpoint);
    return { resource, location: `${endpoint.baseUrl}/Observation/${outcome.analysisId}` };
  }
  return {
    resource: {
      resourceType: 'OperationOutcome',
      issue: [
        {
          severity: 'information',
          code: 'informational',
          diagnostics: `kept as patient-generated reading ${outcome.reading.id} (GET /api/poct/readings?patientId=${outcome.reading.patientId ?? ''}); it is not a lab result`,
        },
      ],
    },
  };
}
