/**
 * The FHIR view of one patient's morning, computed from the tables of a real embedded PostgreSQL:
 * every resource validates, statuses follow the results' workflow, and searches find what a clinician
 * asks for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultMappingContext,
  orderItemId,
  type FhirBundle,
  type FhirDiagnosticReport,
  type FhirObservation,
  type LabResource,
  type LabResourceType,
} from '@aliquot/codecs/fhir';
import {
  buildReportedPatient,
  createTestDatabase,
  embeddedServer,
  validateFhir,
  type ReportedPatient,
  type TestDatabase,
} from '@aliquot/testkit';
import { commandLine, seedCatalog, type Actor, type LabContext } from '../index.js';
import { createFhirServiceRequest, readFhir, searchFhir, type FhirEndpoint } from './index.js';

const endpoint: FhirEndpoint = { baseUrl: 'http://lab.test/fhir/R4', mapping: defaultMappingContext };
const mls: Actor = { id: 'mls-1', username: 'mls', displayName: 'Bench MLS', roles: ['mls'] };

let database: TestDatabase;
let lab: LabContext;
let day: ReportedPatient;

beforeAll(async () => {
  database = await createTestDatabase(embeddedServer());
  lab = { db: database.db, now: () => new Date('2026-03-02T12:00:00Z') };
  await seedCatalog(lab, commandLine);
  day = await buildReportedPatient(lab, mls);
});
afterAll(() => database.drop());

async function search(type: LabResourceType, query: [string, string][]): Promise<FhirBundle> {
  const found = await searchFhir(lab, mls, type, query, endpoint);
  if (!found.ok) throw new Error(JSON.stringify(found.issues));
  return found.value;
}

const resources = <T extends LabResource>(bundle: FhirBundle, type: T['resourceType']): T[] =>
  bundle.entry.map((e) => e.resource).filter((r): r is T => r.resourceType === type);

const observation = async (testCode: string): Promise<FhirObservation> =>
  (await readFhir(lab, mls, 'Observation', day.analyses[testCode] ?? '', endpoint)) as FhirObservation;

describe('every resource of the patient passes both validators', () => {
  it.each(['Patient', 'ServiceRequest', 'Specimen', 'Observation', 'DiagnosticReport'] as const)(
    '%s, each one and the searchset',
    async (type) => {
      const bundle = await search(type, [
        [type === 'Patient' ? '_id' : 'patient', day.patientId],
        ['_count', '100'],
      ]);
      expect(bundle.entry.length).toBeGreaterThan(0);
      expect(validateFhir(bundle)).toEqual({ medplum: [], fhirJs: [] });
      for (const entry of bundle.entry) {
        expect([entry.resource.resourceType, entry.resource.id, validateFhir(entry.resource)]).toEqual([
          entry.resource.resourceType,
          entry.resource.id,
          { medplum: [], fhirJs: [] },
        ]);
      }
    },
  );

  it('Device, from the instrument ids the results carry', async () => {
    const bundle = await search('Device', []);
    expect(bundle.entry.map((e) => e.resource.id)).toEqual(
      expect.arrayContaining(['cobas-c503-1', 'sysmex-xn-1']),
    );
    for (const entry of bundle.entry)
      expect(validateFhir(entry.resource)).toEqual({ medplum: [], fhirJs: [] });
  });
});

describe('an Observation follows its result through verification', () => {
  it('a released critical potassium is final, interpreted HH, measured on the chemistry analyzer', async () => {
    const potassium = await observation('K');
    expect(potassium).toMatchObject({
      status: 'final',
      valueQuantity: { value: 6.4, code: 'mmol/L', system: 'http://unitsofmeasure.org' },
      interpretation: [{ coding: [{ code: 'HH' }] }],
      effectiveDateTime: '2026-03-02T08:05:00.000Z',
      issued: '2026-03-02T09:00:00.000Z',
      device: { reference: 'Device/cobas-c503-1' },
      specimen: { reference: `Specimen/${day.specimens.chemistry.id}` },
      basedOn: [{ reference: `ServiceRequest/${orderItemId(day.orderId, 'BMP')}` }],
    });
  });

  it('a creatinine held for review is preliminary, with the female reference range', async () => {
    const creatinine = await observation('CREA');
    expect(creatinine.status).toBe('preliminary');
    expect(creatinine.referenceRange?.[0]).toMatchObject({ low: { value: 0.59 }, high: { value: 1.04 } });
  });

  it('the corrected sodium is corrected, 138, and keeps the 183 it replaces', async () => {
    const sodium = await observation('NA');
    expect(sodium).toMatchObject({
      status: 'corrected',
      valueQuantity: { value: 138 },
      meta: { versionId: '2' },
    });
    expect(sodium.note?.[0]?.text).toBe('Corrected result: replaces 183 mmol/L (version 1).');
    expect(sodium.interpretation?.[0]?.coding?.[0]?.code).toBe('N');
  });

  it('a positive urine nitrite is coded, against the expected answer neg', async () => {
    const nitrite = await observation('UNIT');
    expect(nitrite.valueCodeableConcept?.coding?.[0]?.code).toBe('pos');
    expect(nitrite.referenceRange?.[0]?.text).toBe('neg');
  });

  it('an EGFR variant carries its HGVS and allele fraction', async () => {
    const variant = await observation('CTDNA-EGFR');
    expect(variant.component?.find((c) => c.code.coding?.[0]?.code === '81258-6')?.valueQuantity?.value).toBe(
      0.034,
    );
  });
});

describe('reports take their status from their observations', () => {
  it.each([
    ['BMP', 'partial'],
    ['CBC', 'final'],
    ['UA', 'final'],
    ['CTDNA', 'partial'],
  ])('%s is %s', async (code, status) => {
    const report = (await readFhir(
      lab,
      mls,
      'DiagnosticReport',
      orderItemId(day.orderId, code),
      endpoint,
    )) as FhirDiagnosticReport;
    expect(report.status).toBe(status);
  });

  it('a search by status finds exactly the reports whose computed status it names', async () => {
    const partial = await search('DiagnosticReport', [
      ['patient', day.patientId],
      ['status', 'partial'],
    ]);
    expect(partial.entry.map((e) => e.resource.id).sort()).toEqual(
      [orderItemId(day.orderId, 'BMP'), orderItemId(day.orderId, 'CTDNA')].sort(),
    );
  });

  it('_include=DiagnosticReport:result brings the CBC observations in report order', async () => {
    const bundle = await search('DiagnosticReport', [
      ['_id', orderItemId(day.orderId, 'CBC')],
      ['_include', 'DiagnosticReport:result'],
    ]);
    expect(bundle.entry.map((e) => e.search.mode)).toEqual(['match', ...Array<string>(9).fill('include')]);
    const report = resources<FhirDiagnosticReport>(bundle, 'DiagnosticReport')[0];
    expect(report?.result?.[0]?.reference).toBe(`Observation/${day.analyses.WBC}`);
  });
});

describe('searching observations as a clinician would', () => {
  const ids = (bundle: FhirBundle) => bundle.entry.map((e) => e.resource.id);

  it('a potassium trend by LOINC code', async () => {
    const bundle = await search('Observation', [
      ['patient', day.patientId],
      ['code', 'http://loinc.org|2823-3'],
    ]);
    expect(ids(bundle)).toEqual([day.analyses.K]);
  });

  it('by the lab code, or by a code without a system', async () => {
    expect(
      ids(
        await search('Observation', [
          ['code', 'urn:aliquot:test-code|K'],
          ['patient', day.patientId],
        ]),
      ),
    ).toEqual([day.analyses.K]);
    expect(
      ids(
        await search('Observation', [
          ['code', '2823-3'],
          ['patient', day.patientId],
        ]),
      ),
    ).toEqual([day.analyses.K]);
  });

  it('preliminary results only', async () => {
    const bundle = await search('Observation', [
      ['patient', day.patientId],
      ['status', 'preliminary'],
    ]);
    expect(ids(bundle)).toEqual([day.analyses.CREA]);
  });

  it('by collection date, with prefixes', async () => {
    const on = await search('Observation', [
      ['patient', day.patientId],
      ['date', '2026-03-02'],
      ['_total', 'accurate'],
    ]);
    expect(on.total).toBe(30);
    const before = await search('Observation', [
      ['patient', day.patientId],
      ['date', 'lt2026-03-02T08:05'],
    ]);
    expect(before.total).toBe(0);
    const after = await search('Observation', [
      ['patient', day.patientId],
      ['date', 'ge2026-03-02T08:05'],
    ]);
    expect(after.total).toBe(30);
  });

  it('by specimen and by the order item fulfilled, in category laboratory', async () => {
    const urine = await search('Observation', [
      ['specimen', `Specimen/${day.specimens.urine.id}`],
      ['category', 'laboratory'],
    ]);
    expect(urine.total).toBe(12);
    const cbc = await search('Observation', [
      ['based-on', `ServiceRequest/${orderItemId(day.orderId, 'CBC')}`],
    ]);
    expect(cbc.total).toBe(9);
    const vitals = await search('Observation', [
      ['patient', day.patientId],
      ['category', 'vital-signs'],
    ]);
    expect(vitals.total).toBe(0);
  });

  it('pages with next and previous links that carry the query', async () => {
    const first = await search('Observation', [
      ['patient', day.patientId],
      ['_count', '10'],
      ['_sort', '-date'],
    ]);
    expect(first.entry).toHaveLength(10);
    expect(first.link.map((l) => l.relation)).toEqual(['self', 'next']);
    const next = new URL(first.link[1]?.url ?? '');
    expect(next.searchParams.get('_offset')).toBe('10');
    const second = await search('Observation', [...next.searchParams.entries()]);
    expect(second.link.map((l) => l.relation)).toEqual(['self', 'previous', 'next']);
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(20);
  });

  it('a misspelt parameter is refused, naming it, rather than widening the search', async () => {
    const found = await searchFhir(lab, mls, 'Observation', [['patinet', day.patientId]], endpoint);
    expect(found.ok).toBe(false);
    expect(found.ok ? [] : found.issues.map((i) => i.location)).toEqual(['patinet']);
  });
});

describe('ordering through a ServiceRequest', () => {
  const request = (code: { system: string; code: string }) => ({
    resourceType: 'ServiceRequest',
    status: 'active',
    intent: 'order',
    priority: 'urgent',
    code: { coding: [code] },
    subject: { reference: `Patient/${day.patientId}` },
    requester: { identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: '1234567893' } },
    identifier: [
      {
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'PLAC' }] },
        value: 'EHR-9001',
      },
    ],
  });

  it('places an order for the panel its LOINC code names, as asap, by the requester found by NPI', async () => {
    const created = await createFhirServiceRequest(
      lab,
      mls,
      request({ system: 'http://loinc.org', code: '24331-1' }),
      endpoint,
    );
    expect(created).toMatchObject({
      resourceType: 'ServiceRequest',
      status: 'active',
      priority: 'asap',
      code: { coding: [{ code: '24331-1' }, { code: 'LIPID' }] },
      identifier: [{ value: 'EHR-9001' }, {}],
      requester: { identifier: { value: '1234567893' }, display: 'Hale, Marcus' },
    });
    expect(validateFhir(created)).toEqual({ medplum: [], fhirJs: [] });
  });

  it('refuses an unknown code with the reason, and writes nothing', async () => {
    const before = await lab.db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      createFhirServiceRequest(lab, mls, request({ system: 'http://loinc.org', code: '99999-9' }), endpoint),
    ).rejects.toMatchObject({
      code: 'invalid',
      issues: [
        { location: 'ServiceRequest.code', message: 'no test or panel of the catalog has LOINC 99999-9' },
      ],
    });
    const after = await lab.db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
