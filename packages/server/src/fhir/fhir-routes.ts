import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { LabError } from '@aliquot/domain';
import {
  CREATABLE,
  capabilityStatement,
  defaultMappingContext,
  errorOutcome,
  isFhirId,
  isLabResourceType,
  type LabResourceType,
} from '@aliquot/codecs/fhir';
import {
  authenticate,
  createFhirPatient,
  createFhirPoctObservation,
  createFhirServiceRequest,
  readFhir,
  searchFhir,
  type FhirEndpoint,
} from '@aliquot/services';
import type { App, AppEnv, ServerInfo } from '../app-env.js';
import { renderError } from '../http-error.js';
import { labSettingsFromEnvironment } from '../lab-identity.js';

/** Where the FHIR API lives. @see https://hl7.org/fhir/R4/http.html#root */
export const FHIR_BASE_PATH = '/fhir/R4';
export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

const fhirJson = (
  c: Context,
  body: unknown,
  status: ContentfulStatusCode = 200,
  headers: Record<string, string> = {},
) => c.body(JSON.stringify(body), status, { ...headers, 'content-type': FHIR_JSON });

/** The FHIR base URL as the client reached it, for fullUrl and paging links. */
const endpointOf = (c: Context): FhirEndpoint => ({
  baseUrl: `${new URL(c.req.url).origin}${FHIR_BASE_PATH}`,
  mapping: { ...defaultMappingContext, labName: labSettingsFromEnvironment().lab.name },
});

function resourceType(c: Context): LabResourceType {
  const type = c.req.param('type') ?? '';
  if (!isLabResourceType(type)) {
    throw LabError.notFound(
      'Resource type',
      `${type} (this server has Patient, ServiceRequest, Specimen, Observation, DiagnosticReport, Device)`,
    );
  }
  return type;
}

/** The query as a client sent it: every parameter in order, repeats kept (they are ANDed). */
const queryOf = (c: Context): [string, string][] => [...new URL(c.req.url).searchParams.entries()];

async function bodyOf(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new HTTPException(400, { message: 'the body is not JSON' });
  }
}

/**
 * The FHIR R4 API: read, search and (Patient, ServiceRequest, point-of-care Observation) create,
 * computed from the lab's tables by the services on every request. Every route but the CapabilityStatement needs a bearer token, as
 * under /api; every answer, errors included, is application/fhir+json.
 * @see https://hl7.org/fhir/R4/http.html
 */
export function fhirApi(info: ServerInfo): Hono<AppEnv> {
  const fhir = new Hono<AppEnv>();
  fhir.onError((error, c) => {
    const response = renderError(error, c);
    response.headers.set('content-type', FHIR_JSON);
    return response;
  });

  fhir.use('*', async (c, next) => {
    if (c.req.method === 'GET' && c.req.path === `${FHIR_BASE_PATH}/metadata`) return next();
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    if (!match?.[1]) {
      throw new LabError(
        'unauthenticated',
        'sign in first: send Authorization: Bearer <token> from POST /api/auth/login',
      );
    }
    c.set('actor', await authenticate(info.lab, match[1]));
    return next();
  });

  fhir.get('/metadata', (c) =>
    fhirJson(
      c,
      capabilityStatement({
        baseUrl: endpointOf(c).baseUrl,
        version: info.version,
        date: info.startedAt.toISOString(),
      }),
    ),
  );

  fhir.get('/:type', async (c) => {
    const type = resourceType(c);
    const found = await searchFhir(info.lab, c.get('actor'), type, queryOf(c), endpointOf(c));
    if (!found.ok)
      return fhirJson(c, errorOutcome('invalid', `the ${type} search is not valid`, found.issues), 400);
    return fhirJson(c, found.value);
  });

  fhir.get('/:type/:id', async (c) => {
    const type = resourceType(c);
    const id = c.req.param('id');
    if (!isFhirId(id)) throw LabError.notFound(type, id);
    return fhirJson(c, await readFhir(info.lab, c.get('actor'), type, id, endpointOf(c)));
  });

  fhir.post('/:type', async (c) => {
    const type = resourceType(c);
    if (!CREATABLE.includes(type)) {
      throw new HTTPException(405, {
        message: `${type} is computed from the lab's records; create ${CREATABLE.join(' or ')}`,
      });
    }
    const body = await bodyOf(c);
    const endpoint = endpointOf(c);
    if (type === 'Observation') {
      // A point-of-care reading; a patient-generated one is answered with an OperationOutcome.
      const taken = await createFhirPoctObservation(info.lab, c.get('actor'), body, endpoint);
      return fhirJson(c, taken.resource, 201, taken.location ? { location: taken.location } : {});
    }
    const created =
      type === 'Patient'
        ? await createFhirPatient(info.lab, c.get('actor'), body, endpoint)
        : await createFhirServiceRequest(info.lab, c.get('actor'), body, endpoint);
    return fhirJson(c, created, 201, { location: `${endpoint.baseUrl}/${type}/${created.id ?? ''}` });
  });

  fhir.all('*', (c) => {
    throw LabError.notFound('FHIR interaction', `${c.req.method} ${c.req.path}`);
  });
  return fhir;
}

/** Mounts the FHIR API at /fhir/R4 beside the REST API. */
export function fhirRoutes(app: App, info: ServerInfo): void {
  app.route(FHIR_BASE_PATH, fhirApi(info));
}
