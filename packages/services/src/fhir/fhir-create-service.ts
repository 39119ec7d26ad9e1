import { LabError, type LabErrorIssue } from '@aliquot/domain';
import {
  fromFhirPatient,
  fromFhirServiceRequest,
  orderItemId,
  type FhirPatient,
  type FhirServiceRequest,
  type LabResource,
  type TestCodes,
} from '@aliquot/codecs/fhir';
import { orderablesWithLoinc, resolveOrderables, type Tx } from '@aliquot/storage';
import { placeOrder } from '../order-service.js';
import { registerPatient } from '../patient-service.js';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { readFhir, type FhirEndpoint } from './fhir-search-service.js';

/**
 * Creating resources through FHIR runs the same use cases as the REST API (the same permissions,
 * checks, audit), after the resource is read into their input. An inbound resource that cannot be
 * taken whole is refused with every reason, and nothing is written.
 * @see https://hl7.org/fhir/R4/http.html#create
 */

function mustBe<T extends LabResource['resourceType']>(body: unknown, type: T): void {
  const resourceType = (body as { resourceType?: unknown } | null)?.resourceType;
  if (resourceType !== type) {
    throw LabError.invalid(`the body must be a ${type} resource`, [
      { location: 'resourceType', message: `expected ${type}, got ${JSON.stringify(resourceType ?? null)}` },
    ]);
  }
}

export async function createFhirPatient(
  lab: LabContext,
  actor: Actor,
  body: unknown,
  endpoint: FhirEndpoint,
): Promise<LabResource> {
  mustBe(body, 'Patient');
  const read = fromFhirPatient(body as FhirPatient, endpoint.mapping);
  if (!read.ok) throw LabError.invalid('the Patient cannot be registered', read.issues);
  const patient = await registerPatient(lab, actor, {
    ...read.value,
    identifiers: read.value.identifiers.map((i) => ({ ...i })),
  });
  return readFhir(lab, actor, 'Patient', patient.id, endpoint);
}

/** The one orderable a code names: the lab's own code, else the single test or panel with the LOINC code. */
async function orderableFor(tx: Tx, codes: TestCodes, systemName: string): Promise<string> {
  const unknown = (message: string): LabError =>
    LabError.invalid('the ServiceRequest cannot be ordered', [{ location: 'ServiceRequest.code', message }]);
  if (codes.code) {
    const { missing } = await resolveOrderables(tx, [codes.code]);
    if (missing.length > 0) throw unknown(`unknown test or panel code ${codes.code} in ${systemName}`);
    return codes.code;
  }
  const candidates = codes.loinc ? await orderablesWithLoinc(tx, codes.loinc) : [];
  if (candidates.length === 0)
    throw unknown(`no test or panel of the catalog has LOINC ${codes.loinc ?? '(none)'}`);
  if (candidates.length > 1) {
    throw unknown(
      `LOINC ${codes.loinc ?? ''} names ${candidates.join(', ')}; send the lab's code in ${systemName}`,
    );
  }
  return candidates[0] ?? '';
}

/** placeOrder's fields, as the ServiceRequest elements they came from. */
const elementOf: Readonly<Record<string, string>> = {
  patientId: 'ServiceRequest.subject',
  orderables: 'ServiceRequest.code',
  priority: 'ServiceRequest.priority',
  orderingProviderId: 'ServiceRequest.requester',
};

const asElements = (issues: readonly LabErrorIssue[]): LabErrorIssue[] =>
  issues.map((i) => ({ ...i, ...(i.location ? { location: elementOf[i.location] ?? i.location } : {}) }));

/**
 * Orders what a ServiceRequest asks for: one orderable (found by the lab's code or its LOINC code),
 * for a registered patient, with the requester found by NPI among the lab's providers. Unknown codes
 * and unknown requesters are refused with the reason.
 */
export async function createFhirServiceRequest(
  lab: LabContext,
  actor: Actor,
  body: unknown,
  endpoint: FhirEndpoint,
): Promise<LabResource> {
  mustBe(body, 'ServiceRequest');
  const read = fromFhirServiceRequest(body as FhirServiceRequest, endpoint.mapping);
  if (!read.ok) throw LabError.invalid('the ServiceRequest cannot be ordered', read.issues);
  const intake = read.value;
  const { code, providerId } = await runUseCase(lab, actor, 'read', async ({ tx }) => {
    const found = await orderableFor(tx, intake.orderable, endpoint.mapping.systems.testCode);
    if (!intake.requesterNpi) return { code: found, providerId: undefined };
    const provider = await tx
      .selectFrom('providers')
      .select('id')
      .where('npi', '=', intake.requesterNpi)
      .executeTakeFirst();
    if (!provider) {
      throw LabError.invalid('the ServiceRequest cannot be ordered', [
        {
          location: 'ServiceRequest.requester',
          message: `no provider with NPI ${intake.requesterNpi} is registered`,
        },
      ]);
    }
    return { code: found, providerId: provider.id };
  });
  try {
    const order = await placeOrder(lab, actor, {
      patientId: intake.patientId,
      orderables: [code],
      priority: intake.priority,
      ...(providerId ? { orderingProviderId: providerId } : {}),
      ...(intake.placerOrderNumber ? { placerOrderNumber: intake.placerOrderNumber } : {}),
      ...(intake.clinicalInfo ? { clinicalInfo: intake.clinicalInfo } : {}),
    });
    return await readFhir(lab, actor, 'ServiceRequest', orderItemId(order.id, code), endpoint);
  } catch (error) {
    if (error instanceof LabError && error.code === 'invalid') {
      throw new LabError(error.code, error.message, asElements(error.issues));
    }
    throw error;
  }
}
