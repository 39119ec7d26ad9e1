import { LabError } from '@aliquot/domain';
import {
  idFromReference,
  isLabResourceType,
  parseSearch,
  searchBundle,
  toFhirDevice,
  toFhirDiagnosticReport,
  toFhirObservation,
  toFhirPatient,
  toFhirServiceRequest,
  toFhirSpecimen,
  type Decoded,
  type FhirBundle,
  type FhirMappingContext,
  type LabResource,
  type LabResourceType,
  type ParsedSearch,
  type Reference,
} from '@aliquot/codecs/fhir';
import {
  searchDeviceRows,
  searchObservationRows,
  searchOrderItemRows,
  searchPatientRows,
  searchSpecimenRows,
  type Executor,
  type PageRequest,
} from '@aliquot/storage';
import { requirePermission, type Actor, type LabContext } from '../use-case.js';
import {
  observationConditions,
  orderItemConditions,
  patientConditions,
  specimenConditions,
} from './fhir-criteria.js';
import {
  deviceFacts,
  observationFacts,
  orderItemFacts,
  patientFacts,
  reportFacts,
  specimenFacts,
} from './fhir-facts.js';

/** Where the FHIR API is served and how the lab names things. */
export interface FhirEndpoint {
  /** e.g. http://127.0.0.1:8080/fhir/R4 */
  readonly baseUrl: string;
  readonly mapping: FhirMappingContext;
}

interface Found {
  readonly resources: LabResource[];
  readonly total?: number;
  readonly hasNext: boolean;
}

/** One page of resources of the searched type, computed from the tables by the type's repository. */
async function find(db: Executor, search: ParsedSearch, mapping: FhirMappingContext): Promise<Found> {
  const { systems } = mapping;
  const page: PageRequest = {
    limit: search.count,
    offset: search.offset,
    total: search.total !== 'none',
    ...(search.sort ? { sort: { descending: search.sort.descending } } : {}),
  };
  const type = search.resourceType;
  switch (type) {
    case 'Patient': {
      const found = await searchPatientRows(db, patientConditions(search.criteria, systems), page);
      return { ...found, resources: found.rows.map((r) => toFhirPatient(patientFacts(r), mapping)) };
    }
    case 'Observation': {
      const found = await searchObservationRows(db, observationConditions(search.criteria, systems), page);
      return { ...found, resources: found.rows.map((r) => toFhirObservation(observationFacts(r), mapping)) };
    }
    case 'ServiceRequest': {
      const conditions = orderItemConditions(search.criteria, systems, false);
      const found = await searchOrderItemRows(db, conditions, { ...page, sortOn: 'authored' });
      return { ...found, resources: found.rows.map((r) => toFhirServiceRequest(orderItemFacts(r), mapping)) };
    }
    case 'DiagnosticReport': {
      const conditions = orderItemConditions(search.criteria, systems, true);
      const found = await searchOrderItemRows(db, conditions, { ...page, sortOn: 'effective' });
      return { ...found, resources: found.rows.map((r) => toFhirDiagnosticReport(reportFacts(r), mapping)) };
    }
    case 'Specimen': {
      const found = await searchSpecimenRows(db, specimenConditions(search.criteria, systems), page);
      return { ...found, resources: found.rows.map((r) => toFhirSpecimen(specimenFacts(r), mapping)) };
    }
    case 'Device': {
      // Devices are named by the instrument code: as their id, or as an identifier value.
      const codes = search.criteria.map((c) =>
        c.type === 'token'
          ? c.values.flatMap((v) =>
              v.code !== undefined &&
              (c.name === '_id' || v.system === undefined || v.system === systems.instrument)
                ? [v.code]
                : [],
            )
          : [],
      );
      const wanted =
        codes.length === 0 ? undefined : codes.reduce((a, b) => a.filter((code) => b.includes(code)));
      const found = await searchDeviceRows(db, wanted, page);
      return { ...found, resources: found.rows.map((r) => toFhirDevice(deviceFacts(r), mapping)) };
    }
    default:
      return type satisfies never;
  }
}

/** The element each `_include` follows. @see https://hl7.org/fhir/R4/search.html#include */
const includeElement: Readonly<Record<string, string>> = {
  patient: 'subject',
  subject: 'subject',
  specimen: 'specimen',
  'based-on': 'basedOn',
  device: 'device',
  result: 'result',
  parent: 'parent',
};

function referencesOf(resource: LabResource, element: string): Reference[] {
  const value = (resource as unknown as Record<string, unknown>)[element];
  if (Array.isArray(value)) return value as Reference[];
  return value && typeof value === 'object' ? [value] : [];
}

/** The resources the matches refer to through the requested `_include`s, each fetched once per type. */
async function included(
  db: Executor,
  matches: readonly LabResource[],
  includes: readonly string[],
  mapping: FhirMappingContext,
): Promise<LabResource[]> {
  const wanted = new Map<LabResourceType, Set<string>>();
  for (const include of includes) {
    const element = includeElement[include.split(':')[1] ?? ''];
    if (!element) continue;
    for (const match of matches) {
      for (const reference of referencesOf(match, element)) {
        const [type] = reference.reference?.split('/') ?? [];
        if (!type || !isLabResourceType(type)) continue;
        const id = idFromReference(reference.reference, type);
        if (id) wanted.set(type, (wanted.get(type) ?? new Set()).add(id));
      }
    }
  }
  const found: LabResource[] = [];
  for (const [resourceType, ids] of wanted) {
    const search: ParsedSearch = {
      resourceType,
      criteria: [{ name: '_id', type: 'token', values: [...ids].map((code) => ({ code })) }],
      count: ids.size,
      offset: 0,
      includes: [],
      total: 'none',
    };
    found.push(...(await find(db, search, mapping)).resources);
  }
  return found;
}

/**
 * A FHIR search: the query is checked against the type's parameters first (problems come back with
 * the parameter they are about), then answered as a searchset Bundle computed from the tables.
 * @see https://hl7.org/fhir/R4/http.html#search
 */
export async function searchFhir(
  lab: LabContext,
  actor: Actor,
  resourceType: LabResourceType,
  query: readonly (readonly [string, string])[],
  endpoint: FhirEndpoint,
): Promise<Decoded<FhirBundle>> {
  const parsed = parseSearch(resourceType, query);
  if (!parsed.ok) return parsed;
  const search = parsed.value;
  // A read changes nothing and writes no audit entry, so it needs no transaction of its own: the
  // page and its count run side by side on two pooled connections (each statement sees committed
  // data, as it would inside a read-committed transaction).
  requirePermission(actor, 'read');
  const found = await find(lab.db, search, endpoint.mapping);
  const extra = await included(lab.db, found.resources, search.includes, endpoint.mapping);
  const bundle = searchBundle({
    baseUrl: endpoint.baseUrl,
    resourceType,
    query: query.filter(([key]) => key !== '_count' && key !== '_offset'),
    offset: search.offset,
    count: search.count,
    matches: found.resources,
    included: extra,
    ...(found.total !== undefined ? { total: found.total } : {}),
    hasNext: found.hasNext,
  });
  return { ok: true, value: bundle };
}

/** A FHIR read: the resource with this id, or not-found. @see https://hl7.org/fhir/R4/http.html#read */
export async function readFhir(
  lab: LabContext,
  actor: Actor,
  resourceType: LabResourceType,
  id: string,
  endpoint: FhirEndpoint,
): Promise<LabResource> {
  requirePermission(actor, 'read');
  const search: ParsedSearch = {
    resourceType,
    criteria: [{ name: '_id', type: 'token', values: [{ code: id }] }],
    count: 1,
    offset: 0,
    includes: [],
    total: 'none',
  };
  const [resource] = (await find(lab.db, search, endpoint.mapping)).resources;
  if (!resource) throw LabError.notFound(resourceType, id);
  return resource;
}
