import type { CodeableConcept, LabResource, Quantity, Reference } from '@aliquot/codecs/fhir';

/**
 * What Aliquot models of each resource type, for the corpus mapping test: the top-level elements it
 * reads or writes, a view of the meaning it keeps of them, and the paths of values it drops.
 */

export type MappedType = Exclude<LabResource['resourceType'], 'Device'>;

export const MODELLED_KEYS: Readonly<Record<MappedType, readonly string[]>> = {
  Observation: [
    'id',
    'meta',
    'status',
    'category',
    'code',
    'subject',
    'effectiveDateTime',
    'effectivePeriod',
    'issued',
    'valueQuantity',
    'valueCodeableConcept',
    'valueString',
    'dataAbsentReason',
    'interpretation',
    'referenceRange',
    'specimen',
    'basedOn',
    'device',
    'component',
  ],
  DiagnosticReport: [
    'id',
    'status',
    'category',
    'code',
    'subject',
    'effectiveDateTime',
    'effectivePeriod',
    'issued',
    'specimen',
    'result',
    'basedOn',
  ],
  Specimen: [
    'id',
    'accessionIdentifier',
    'status',
    'type',
    'subject',
    'receivedTime',
    'parent',
    'request',
    'collection',
    'container',
  ],
  ServiceRequest: [
    'id',
    'identifier',
    'requisition',
    'status',
    'intent',
    'priority',
    'code',
    'subject',
    'authoredOn',
    'requester',
    'specimen',
    'note',
  ],
  Patient: ['id', 'identifier', 'name', 'gender', 'birthDate', 'extension'],
};

type Json = Record<string, unknown>;

const LOINC = 'http://loinc.org';
/** The interpretation codes that are HL7 0078 abnormal flags, the ones a result carries. */
const FLAGS = ['L', 'H', 'LL', 'HH', '<', '>', 'N', 'A', 'AA'];
const UCUM = 'http://unitsofmeasure.org';

const loincOf = (concept: unknown): string | undefined =>
  (concept as CodeableConcept | undefined)?.coding?.find((c) => c.system === LOINC)?.code;
const ref = (reference: unknown): string | undefined => (reference as Reference | undefined)?.reference;
const refs = (list: unknown): string[] =>
  ((list as Reference[] | undefined) ?? []).flatMap((r) => (r.reference ? [r.reference] : []));
const quantity = (q: Quantity | undefined) =>
  q?.value === undefined
    ? undefined
    : compact({ value: q.value, comparator: q.comparator, ucum: q.system === UCUM ? q.code : undefined });

/** Drops undefined and empty-array members, so a view states only what the resource says. */
function compact(view: Json): Json {
  return Object.fromEntries(
    Object.entries(view).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

/** The meaning we keep, comparable between an example and its round trip (the trip may add to it). */
export function modelledView(resource: LabResource): Json {
  const r = resource as unknown as Json;
  switch (resource.resourceType) {
    case 'Observation': {
      const value = resource.valueCodeableConcept?.coding?.[0];
      return compact({
        status: resource.status,
        loinc: loincOf(resource.code),
        subject: ref(resource.subject),
        effective: resource.effectiveDateTime ?? resource.effectivePeriod?.start,
        issued: resource.issued,
        quantity: quantity(resource.valueQuantity),
        coded: value && compact({ system: value.system, code: value.code }),
        text: resource.valueString,
        interpretation: (resource.interpretation ?? []).flatMap((i) =>
          (i.coding ?? [])
            .filter((c) => c.system?.endsWith('v3-ObservationInterpretation') && FLAGS.includes(c.code ?? ''))
            .map((c) => c.code),
        ),
        ranges: (resource.referenceRange ?? []).map((range) =>
          compact({ low: range.low?.value, high: range.high?.value, text: range.text }),
        ),
        specimen: ref(resource.specimen),
        basedOn: refs(resource.basedOn),
      });
    }
    case 'DiagnosticReport':
      return compact({
        // Our report status is computed from its results; without any it can only be registered.
        status: resource.result?.length ? resource.status : undefined,
        loinc: loincOf(resource.code),
        subject: ref(resource.subject),
        effective: resource.effectiveDateTime ?? resource.effectivePeriod?.start,
        issued: resource.issued,
        specimen: refs(resource.specimen),
        result: refs(resource.result),
        basedOn: refs(resource.basedOn),
      });
    case 'Specimen':
      return compact({
        accession: resource.accessionIdentifier?.value,
        status: resource.status,
        subject: ref(resource.subject),
        received: resource.receivedTime,
        collected: resource.collection?.collectedDateTime,
        parent: refs(resource.parent),
        request: refs(resource.request),
      });
    case 'ServiceRequest':
      return compact({
        status: resource.status,
        loinc: loincOf(resource.code),
        subject: ref(resource.subject),
        authoredOn: resource.authoredOn,
        priority: resource.priority,
        specimen: refs(resource.specimen).filter((s) => !s.startsWith('#')),
        note: resource.note?.map((n) => n.text).join('\n'),
      });
    case 'Patient': {
      const name = resource.name?.find((n) => n.use === 'official') ?? resource.name?.[0];
      return compact({
        identifiers: (resource.identifier ?? []).flatMap((i) =>
          i.system && i.value ? [`${i.system}|${i.value}`] : [],
        ),
        family: name?.family,
        given: name?.given,
        birthDate: resource.birthDate,
        gender: resource.gender,
      });
    }
    case 'Device':
      return r;
    default:
      return resource satisfies never;
  }
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `b` says everything `a` says (and maybe more). */
function covers(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.every((x) => b.some((y) => covers(x, y)));
  if (isObject(a)) return isObject(b) && Object.entries(a).every(([k, v]) => covers(v, b[k]));
  return a === b;
}

/** Paths of the values in `a` that `b` does not carry. Array members are matched, not indexed. */
function diff(a: unknown, b: unknown, at: string, out: string[]): void {
  if (covers(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    a.forEach((x, i) => {
      if (b.some((y) => covers(x, y))) return;
      // Compare with the member of `b` that keeps most of it.
      let best: string[] | undefined;
      for (const y of b.length > 0 ? b : [undefined]) {
        const lost: string[] = [];
        diff(x, y, `${at}[${i}]`, lost);
        if (!best || lost.length < best.length) best = lost;
      }
      out.push(...(best ?? []));
    });
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const [k, v] of Object.entries(a)) diff(v, b[k], `${at}.${k}`, out);
    return;
  }
  out.push(at);
}

export function lostPaths(source: LabResource, back: LabResource, type: MappedType): string[] {
  const out: string[] = [];
  const a = source as unknown as Json;
  const b = back as unknown as Json;
  for (const key of MODELLED_KEYS[type]) if (key in a) diff(a[key], b[key], key, out);
  return out;
}

/** Paths of the meaning an example states (its modelled view) that its round trip does not. */
export function meaningLost(source: LabResource, back: LabResource): string[] {
  const out: string[] = [];
  diff(modelledView(source), modelledView(back), 'view', out);
  return out;
}
