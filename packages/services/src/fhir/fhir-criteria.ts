import { SpecimenType } from '@aliquot/domain';
import {
  FhirSystem,
  boundRange,
  parseOrderItemId,
  reportableStatusesFor,
  specimenTypeCoding,
  type LabSystems,
  ObservationStatus,
  type SearchCriterion,
  type TokenValue,
} from '@aliquot/codecs/fhir';
import type {
  ObservationCondition,
  OrderItemCondition,
  PatientCondition,
  SpecimenCondition,
  TimeRange,
} from '@aliquot/storage';

/**
 * FHIR search criteria, already parsed against the parameter table, as conditions on our tables.
 * A value that cannot name anything of ours (an id that is no UUID, a code in a system we do not use)
 * matches nothing, as FHIR expects, rather than failing the search.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const uuids = (ids: readonly string[]): string[] => ids.filter((id) => UUID.test(id));

type Criterion<T extends SearchCriterion['type']> = Extract<SearchCriterion, { type: T }>;

const ids = (c: SearchCriterion): string[] =>
  c.type === 'reference'
    ? uuids(c.ids)
    : c.type === 'token'
      ? uuids(c.values.flatMap((v) => v.code ?? []))
      : [];

const ranges = (c: SearchCriterion): TimeRange[] => (c.type === 'date' ? c.values.map(boundRange) : []);

/** The codes of `values` in `system`; a value without a system belongs to every system. */
const codesIn = (values: readonly TokenValue[], system: string): string[] =>
  values.flatMap((v) =>
    v.code !== undefined && (v.system === undefined || v.system === system) ? [v.code] : [],
  );

const tokens = (c: SearchCriterion): readonly TokenValue[] => (c.type === 'token' ? c.values : []);

/** Whether a token parameter asks for our one category, in its system or none. */
const asksFor = (c: SearchCriterion, system: string, code: string): boolean =>
  tokens(c).some((v) => v.code === code && (v.system === undefined || v.system === system));

const isObservationStatus = (code: string | undefined): code is ObservationStatus =>
  (Object.values(ObservationStatus) as (string | undefined)[]).includes(code);

const itemIds = (c: SearchCriterion) =>
  (c.type === 'reference' ? c.ids : []).flatMap((id) => parseOrderItemId(id) ?? []);

export function observationConditions(
  criteria: readonly SearchCriterion[],
  systems: LabSystems,
): ObservationCondition[] {
  return criteria.flatMap((c): ObservationCondition | [] => {
    switch (c.name) {
      case '_id':
        return { kind: 'id', ids: ids(c) };
      case 'patient':
      case 'subject':
        return { kind: 'patient', ids: ids(c) };
      case 'code':
        return {
          kind: 'code',
          testCodes: codesIn(tokens(c), systems.testCode),
          loincs: codesIn(tokens(c), FhirSystem.loinc),
        };
      case 'date':
        return { kind: 'date', ranges: ranges(c) };
      case 'status':
        return {
          kind: 'status',
          statuses: tokens(c).flatMap((v) =>
            isObservationStatus(v.code) ? reportableStatusesFor(v.code) : [],
          ),
        };
      case 'category':
        return asksFor(c, FhirSystem.observationCategory, 'laboratory') ? [] : { kind: 'id', ids: [] };
      case 'specimen':
        return { kind: 'specimen', ids: ids(c) };
      case 'based-on':
        return { kind: 'order-item', items: itemIds(c) };
      case 'device':
        return { kind: 'device', ids: (c as Criterion<'reference'>).ids };
      default:
        throw new Error(`Observation search parameter ${c.name} has no condition`);
    }
  });
}

/** ServiceRequest and DiagnosticReport are both order items; `report` says which one is asked. */
/** An order-item condition nothing meets. */
const NOTHING_ITEM: OrderItemCondition = { kind: 'item', items: [] };

export function orderItemConditions(
  criteria: readonly SearchCriterion[],
  systems: LabSystems,
  report: boolean,
): OrderItemCondition[] {
  return criteria.flatMap((c): OrderItemCondition | [] => {
    switch (c.name) {
      case '_id':
        return { kind: 'item', items: tokens(c).flatMap((v) => parseOrderItemId(v.code ?? '') ?? []) };
      case 'based-on':
        return { kind: 'item', items: itemIds(c) };
      case 'patient':
      case 'subject':
        return { kind: 'patient', ids: ids(c) };
      case 'code':
        return {
          kind: 'code',
          codes: codesIn(tokens(c), systems.testCode),
          loincs: codesIn(tokens(c), FhirSystem.loinc),
        };
      case 'authored':
        return { kind: 'authored', ranges: ranges(c) };
      case 'date':
        return { kind: 'effective', ranges: ranges(c) };
      case 'status':
        return report
          ? { kind: 'report-status', statuses: tokens(c).flatMap((v) => v.code ?? []) }
          : { kind: 'request-status', statuses: tokens(c).flatMap((v) => v.code ?? []) };
      case 'intent':
        return asksFor(c, 'http://hl7.org/fhir/request-intent', 'order') ? [] : NOTHING_ITEM;
      case 'category':
        return asksFor(c, FhirSystem.diagnosticServiceSection, 'LAB') ? [] : NOTHING_ITEM;
      case 'priority':
        return { kind: 'priority', values: tokens(c).flatMap((v) => v.code ?? []) };
      case 'requisition':
        return { kind: 'order-number', values: codesIn(tokens(c), systems.orderNumber) };
      case 'identifier':
        return { kind: 'any-number', values: tokens(c).flatMap((v) => v.code ?? []) };
      case 'specimen':
        return { kind: 'specimen', ids: ids(c) };
      case 'result':
        return { kind: 'result', ids: ids(c) };
      default:
        throw new Error(`order-item search parameter ${c.name} has no condition`);
    }
  });
}

export function patientConditions(
  criteria: readonly SearchCriterion[],
  systems: LabSystems,
): PatientCondition[] {
  return criteria.map((c): PatientCondition => {
    switch (c.name) {
      case '_id':
        return { kind: 'id', ids: ids(c) };
      case 'identifier':
        return {
          kind: 'identifier',
          mrnSystem: systems.mrn,
          identifiers: tokens(c).flatMap((v) =>
            v.code === undefined ? [] : [{ value: v.code, ...(v.system ? { system: v.system } : {}) }],
          ),
        };
      case 'family':
      case 'given':
      case 'name':
        return {
          kind: 'name',
          part: c.name === 'name' ? 'any' : c.name,
          values: c.type === 'string' ? c.values : [],
          exact: c.type === 'string' && c.exact,
        };
      case 'birthdate':
        return { kind: 'birthdate', ranges: ranges(c) };
      case 'gender':
        return { kind: 'sex', values: tokens(c).flatMap((v) => v.code ?? []) };
      default:
        throw new Error(`Patient search parameter ${c.name} has no condition`);
    }
  });
}

/** FHIR specimen statuses as lifecycle states. @see specimenStatus in the FHIR codec */
const statesFor: Readonly<Record<string, readonly string[]>> = {
  available: [
    'collected',
    'received',
    'centrifuged',
    'aliquoted',
    'loaded',
    'resulted',
    'verified',
    'released',
    'stored',
  ],
  unsatisfactory: ['rejected'],
  unavailable: ['disposed'],
};

/** Our specimen types behind a type code: the lab's own, or the HL7 0487 code they are sent as. */
function specimenTypesFor(values: readonly TokenValue[], systems: LabSystems): string[] {
  return values.flatMap((v) => {
    if (v.code === undefined) return [];
    const own = v.system === undefined || v.system === systems.specimenType ? [v.code] : [];
    const v2 =
      v.system === undefined || v.system === FhirSystem.specimenType
        ? Object.values(SpecimenType).filter(
            (type) =>
              specimenTypeCoding(type, 'SST')?.code === v.code ||
              specimenTypeCoding(type, 'LIHEP')?.code === v.code,
          )
        : [];
    return [...new Set([...own, ...v2])];
  });
}

export function specimenConditions(
  criteria: readonly SearchCriterion[],
  systems: LabSystems,
): SpecimenCondition[] {
  return criteria.map((c): SpecimenCondition => {
    switch (c.name) {
      case '_id':
        return { kind: 'id', ids: ids(c) };
      case 'patient':
      case 'subject':
        return { kind: 'patient', ids: ids(c) };
      case 'accession':
        return { kind: 'accession', values: codesIn(tokens(c), systems.accession) };
      case 'type':
        return { kind: 'type', types: specimenTypesFor(tokens(c), systems) };
      case 'collected':
        return { kind: 'collected', ranges: ranges(c) };
      case 'status':
        return { kind: 'state', states: tokens(c).flatMap((v) => statesFor[v.code ?? ''] ?? []) };
      case 'parent':
        return { kind: 'parent', ids: ids(c) };
      default:
        throw new Error(`Specimen search parameter ${c.name} has no condition`);
    }
  });
}
