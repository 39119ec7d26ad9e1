/**
 * The FHIR R4 API of a real server, driven by fhir-kit-client (a FHIR client we did not write): it
 * reads the CapabilityStatement, reads and searches the patient's resources, follows paging links,
 * includes report results and places an order; bad requests get an OperationOutcome naming the problem.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'fhir-kit-client';
import { orderItemId } from '@aliquot/codecs/fhir';
import {
  buildReportedPatient,
  startTestLab,
  validateFhir,
  type ReportedPatient,
  type TestLab,
} from '@aliquot/testkit';

type Staff = 'mls' | 'poct';
let lab: TestLab<Staff>;
let day: ReportedPatient;
let fhir: Client;
let base: string;

interface Entry {
  resource: { resourceType: string; id: string; [element: string]: unknown };
  search: { mode: string };
}
interface Bundle {
  resourceType: 'Bundle';
  total?: number;
  link: { relation: string; url: string }[];
  entry?: Entry[];
}

beforeAll(async () => {
  lab = await startTestLab({ users: { mls: ['mls'], poct: ['poct-operator'] } });
  day = await buildReportedPatient(lab.server.lab, {
    id: 'mls',
    username: 'mls',
    displayName: 'mls',
    roles: ['mls'],
  });
  base = `${lab.url}/fhir/R4`;
  fhir = new Client({ baseUrl: base, customHeaders: { authorization: `Bearer ${lab.tokens.mls}` } });
});
afterAll(() => lab.close());

const raw = async (path: string, init: { token?: string; method?: string; body?: unknown } = {}) => {
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body === undefined ? {} : { 'content-type': 'application/fhir+json' }),
    },
    ...(init.body === undefined
      ? {}
      : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: (await response.json()) as {
      resourceType: string;
      issue?: { diagnostics?: string; expression?: string[] }[];
    },
  };
};

describe('fhir-kit-client reads our FHIR API', () => {
  it('the CapabilityStatement answers without signing in, and validates', async () => {
    const anonymous = new Client({ baseUrl: base });
    const statement = (await anonymous.capabilityStatement()) as unknown as {
      fhirVersion: string;
      rest: { resource: { type: string }[] }[];
    };
    expect(statement.fhirVersion).toBe('4.0.1');
    expect(statement.rest[0]?.resource.map((r) => r.type)).toEqual([
      'Patient',
      'ServiceRequest',
      'Specimen',
      'Observation',
      'DiagnosticReport',
      'Device',
    ]);
    expect(validateFhir(statement)).toEqual({ medplum: [], fhirJs: [] });
  });

  it('reads the patient, with the MRN and the clinical sex as gender', async () => {
    const patient = (await fhir.read({ resourceType: 'Patient', id: day.patientId })) as Record<
      string,
      unknown
    >;
    expect(patient).toMatchObject({ resourceType: 'Patient', gender: 'female', birthDate: '1958-11-02' });
    expect(validateFhir(patient)).toEqual({ medplum: [], fhirJs: [] });
  });

  it('reads the critical potassium', async () => {
    const potassium = (await fhir.read({ resourceType: 'Observation', id: day.analyses.K ?? '' })) as Record<
      string,
      unknown
    >;
    expect(potassium).toMatchObject({ status: 'final', valueQuantity: { value: 6.4, code: 'mmol/L' } });
  });

  it('searches a potassium trend by patient and LOINC code', async () => {
    const bundle = (await fhir.search({
      resourceType: 'Observation',
      searchParams: { patient: day.patientId, code: 'http://loinc.org|2823-3' },
    })) as unknown as Bundle;
    expect(bundle.total).toBe(1);
    expect(bundle.entry?.[0]?.resource.id).toBe(day.analyses.K);
  });

  it('searches by a collection-date range (repeated date parameters are ANDed)', async () => {
    const bundle = (await fhir.search({
      resourceType: 'Observation',
      searchParams: {
        subject: `Patient/${day.patientId}`,
        date: ['ge2026-03-02', 'lt2026-03-03'],
        status: 'final',
      },
    })) as unknown as Bundle;
    // 30 results, less the held creatinine and the corrected sodium.
    expect(bundle.total).toBe(28);
  });

  it('follows next and previous links page by page', async () => {
    const first = (await fhir.search({
      resourceType: 'Observation',
      searchParams: { patient: day.patientId, _count: 12, _sort: '-date' },
    })) as unknown as Bundle;
    const second = (await fhir.nextPage({ bundle: first as never })) as unknown as Bundle;
    const third = (await fhir.nextPage({ bundle: second as never })) as unknown as Bundle;
    expect([first, second, third].map((b) => b.entry?.length)).toEqual([12, 12, 6]);
    expect(third.link.some((l) => l.relation === 'next')).toBe(false);
    const back = (await fhir.prevPage({ bundle: third as never })) as unknown as Bundle;
    expect(back.entry?.map((e) => e.resource.id)).toEqual(second.entry?.map((e) => e.resource.id));
    const ids = [first, second, third].flatMap((b) => b.entry?.map((e) => e.resource.id) ?? []);
    expect(new Set(ids).size).toBe(30);
  });

  it('searches reports with their results included, every resource valid', async () => {
    const bundle = (await fhir.search({
      resourceType: 'DiagnosticReport',
      searchParams: { patient: day.patientId, category: 'LAB', _include: 'DiagnosticReport:result' },
    })) as unknown as Bundle;
    const modes = bundle.entry?.map((e) => `${e.resource.resourceType}:${e.search.mode}`) ?? [];
    expect(modes.filter((m) => m === 'DiagnosticReport:match')).toHaveLength(4);
    expect(modes.filter((m) => m === 'Observation:include')).toHaveLength(30);
    expect(validateFhir(bundle)).toEqual({ medplum: [], fhirJs: [] });
  });

  it('searches specimens by accession and includes their patient', async () => {
    const bundle = (await fhir.search({
      resourceType: 'Specimen',
      searchParams: { accession: day.specimens.urine.accession, _include: 'Specimen:patient' },
    })) as unknown as Bundle;
    expect(bundle.entry?.map((e) => e.resource.resourceType)).toEqual(['Specimen', 'Patient']);
  });

  it('registers a Patient: clinical sex as gender, gender identity kept apart, the EHR MRN kept', async () => {
    const created = (await fhir.create({
      resourceType: 'Patient',
      body: {
        resourceType: 'Patient',
        identifier: [
          {
            type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] },
            system: 'urn:oid:1.2.36.146.595.217.0.1',
            value: 'EHR-55821',
          },
        ],
        name: [{ use: 'official', family: 'Moreau', given: ['Sasha', 'Lee'] }],
        gender: 'male',
        birthDate: '1990-06-15',
        extension: [
          {
            url: 'http://hl7.org/fhir/StructureDefinition/individual-genderIdentity',
            extension: [{ url: 'value', valueCodeableConcept: { text: 'non-binary' } }],
          },
        ],
      },
    })) as unknown as Record<string, unknown> & { id: string };
    const read = (await fhir.read({ resourceType: 'Patient', id: created.id })) as unknown as Record<
      string,
      unknown
    >;
    expect(read).toMatchObject({
      gender: 'male',
      birthDate: '1990-06-15',
      name: [{ family: 'Moreau', given: ['Sasha', 'Lee'] }],
      extension: [{ extension: [{ valueCodeableConcept: { text: 'non-binary' } }] }],
      identifier: [
        { system: 'urn:aliquot:mrn', value: 'EHR-55821' },
        { system: 'urn:oid:1.2.36.146.595.217.0.1', value: 'EHR-55821' },
      ],
    });
    expect(validateFhir(read)).toEqual({ medplum: [], fhirJs: [] });
    const rest = await lab.api<{ clinicalSex: string; genderIdentity: string }>(
      'mls',
      `/api/patients/${created.id}`,
    );
    expect(rest.body).toMatchObject({ clinicalSex: 'male', genderIdentity: 'non-binary' });
  });

  it('creates a ServiceRequest: 201, a Location, and the order in the lab', async () => {
    const created = (await fhir.create({
      resourceType: 'ServiceRequest',
      body: {
        resourceType: 'ServiceRequest',
        status: 'active',
        intent: 'order',
        priority: 'routine',
        code: { coding: [{ system: 'http://loinc.org', code: '3016-3' }] },
        subject: { reference: `Patient/${day.patientId}` },
      },
    })) as unknown as { id: string; code: { coding: { code: string }[] } };
    expect(created.code.coding.map((c) => c.code)).toEqual(['3016-3', 'TSH']);
    const order = created.id.split('.')[0] ?? '';
    const reply = await lab.api<{ orderables: string[] }>('mls', `/api/orders/${order}`);
    expect(reply.body.orderables).toEqual(['TSH']);
  });
});

describe('bad requests get an OperationOutcome naming the problem', () => {
  it('an unknown search parameter is 400 and names the parameter', async () => {
    const reply = await raw(`/Observation?patient=${day.patientId}&valeu=6.4`, { token: lab.tokens.mls });
    expect(reply.status).toBe(400);
    expect(reply.type).toBe('application/fhir+json; charset=utf-8');
    expect(reply.body.resourceType).toBe('OperationOutcome');
    expect(reply.body.issue?.[1]?.expression).toEqual(['valeu']);
  });

  it('a malformed date is 400 and names the parameter', async () => {
    const reply = await raw('/Observation?date=ge2026-02-30', { token: lab.tokens.mls });
    expect(reply.status).toBe(400);
    expect(reply.body.issue?.[1]).toMatchObject({ expression: ['date'] });
  });

  it('an invalid resource is 422 and names each element', async () => {
    const reply = await raw('/Patient', {
      token: lab.tokens.mls,
      method: 'POST',
      body: { resourceType: 'Patient', name: [{ given: ['Ana'] }] },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.issue?.slice(1).map((i) => i.expression?.[0])).toEqual([
      'Patient.identifier',
      'Patient.name.family',
      'Patient.birthDate',
    ]);
  });

  it('an order for an unknown code is 422 with the reason, and nothing is ordered', async () => {
    const reply = await raw('/ServiceRequest', {
      token: lab.tokens.mls,
      method: 'POST',
      body: {
        resourceType: 'ServiceRequest',
        status: 'active',
        intent: 'order',
        code: { coding: [{ system: 'urn:aliquot:test-code', code: 'VITD' }] },
        subject: { reference: `Patient/${day.patientId}` },
      },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.issue?.[1]).toMatchObject({
      diagnostics: 'unknown test or panel code VITD in urn:aliquot:test-code',
      expression: ['ServiceRequest.code'],
    });
  });

  it('a body that is not JSON is 400', async () => {
    expect(
      (await raw('/Patient', { token: lab.tokens.mls, method: 'POST', body: '{"resourceType":' })).status,
    ).toBe(400);
  });

  it('without a token: 401; an unknown id: 404; a type we do not serve: 404; creating a DiagnosticReport: 405', async () => {
    expect((await raw(`/Patient/${day.patientId}`)).status).toBe(401);
    expect(
      (await raw('/Patient/00000000-0000-4000-8000-000000000000', { token: lab.tokens.mls })).status,
    ).toBe(404);
    expect((await raw('/Encounter', { token: lab.tokens.mls })).status).toBe(404);
    const report = await raw('/DiagnosticReport', {
      token: lab.tokens.mls,
      method: 'POST',
      body: { resourceType: 'DiagnosticReport' },
    });
    expect([report.status, report.type]).toEqual([405, 'application/fhir+json; charset=utf-8']);
  });

  it('a POCT operator may read a ServiceRequest but not register a patient: 403', async () => {
    const read = await raw(`/ServiceRequest/${orderItemId(day.orderId, 'BMP')}`, { token: lab.tokens.poct });
    expect(read.status).toBe(200);
    const create = await raw('/Patient', {
      token: lab.tokens.poct,
      method: 'POST',
      body: {
        resourceType: 'Patient',
        identifier: [
          {
            type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] },
            value: 'P-1',
          },
        ],
        name: [{ family: 'Diaz' }],
        birthDate: '1990-01-01',
      },
    });
    expect(create.status).toBe(403);
  });
});
