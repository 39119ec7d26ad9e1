import type { LabResourceType } from './fhir-types.js';
import { includes, searchParameters } from './search-parameters.js';

/**
 * Resource types a client may create, besides reading and searching every served type. An Observation
 * is created only as a point-of-care reading with its Device (the lab's own results come from its
 * instruments and benches).
 */
export const CREATABLE: readonly LabResourceType[] = ['Patient', 'ServiceRequest', 'Observation'];

export interface FhirCapabilityStatement {
  readonly resourceType: 'CapabilityStatement';
  readonly status: 'active';
  readonly date: string;
  readonly kind: 'instance';
  readonly software: { readonly name: string; readonly version: string };
  readonly implementation: { readonly description: string; readonly url: string };
  readonly fhirVersion: '4.0.1';
  readonly format: readonly string[];
  readonly rest: readonly {
    readonly mode: 'server';
    readonly documentation: string;
    readonly security: { readonly description: string };
    readonly resource: readonly {
      readonly type: LabResourceType;
      readonly interaction: readonly { readonly code: 'read' | 'search-type' | 'create' }[];
      readonly searchInclude?: readonly string[];
      readonly searchParam: readonly {
        readonly name: string;
        readonly type: string;
        readonly documentation: string;
      }[];
    }[];
  }[];
}

/**
 * What this server does, written from the same table the search parser checks requests against.
 * @see https://hl7.org/fhir/R4/capabilitystatement.html
 */
export function capabilityStatement(options: {
  readonly baseUrl: string;
  readonly version: string;
  readonly date: string;
}): FhirCapabilityStatement {
  const types = Object.keys(searchParameters) as LabResourceType[];
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: options.date,
    kind: 'instance',
    software: { name: 'Aliquot', version: options.version },
    implementation: {
      description: 'Aliquot laboratory information system: FHIR R4 view of the lab',
      url: options.baseUrl,
    },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        documentation:
          'Resources are computed from the lab database on every request. Unknown search parameters are refused with 400.',
        security: {
          description:
            'Send Authorization: Bearer <token> from POST /api/auth/login; only /metadata answers without one.',
        },
        resource: types.map((type) => ({
          type,
          interaction: [
            { code: 'read' as const },
            { code: 'search-type' as const },
            ...(CREATABLE.includes(type) ? [{ code: 'create' as const }] : []),
          ],
          ...(includes[type].length > 0 ? { searchInclude: includes[type] } : {}),
          searchParam: searchParameters[type].map((p) => ({
            name: p.name,
            type: p.type,
            documentation: p.documentation,
          })),
        })),
      },
    ],
  };
}
