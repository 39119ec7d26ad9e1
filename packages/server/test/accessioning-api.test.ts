/**
 * The accessioning path through the HTTP API of a real server on the embedded PostgreSQL: register a
 * patient, order a BMP, receive the specimen, read its timeline — and the refusals a person meets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestLab, type TestLab } from '@aliquot/testkit';
import type { Order, Patient, SpecimenTimeline } from '@aliquot/services';

type Staff = 'admin' | 'mls' | 'pbt';
let lab: TestLab<Staff>;
let patientId: string;
let accession: string;

beforeAll(async () => {
  lab = await startTestLab({ users: { admin: ['admin'], mls: ['mls'], pbt: ['phlebotomist'] } });
  const patient = await lab.api<Patient>('mls', '/api/patients', {
    body: {
      mrn: 'MRN-2001',
      familyName: 'Nguyen',
      givenName: 'Linh',
      birthDate: '1961-07-04',
      clinicalSex: 'female',
    },
  });
  patientId = patient.body.id;
  const order = await lab.api<Order>('mls', '/api/orders', {
    body: { patientId, orderables: ['BMP'], priority: 'stat' },
  });
  accession = order.body.specimens[0]!.accessionNumber;
});
afterAll(() => lab.close());

describe('the system routes', () => {
  it('health answers without signing in and names the database', async () => {
    const health = await lab.api<{ status: string; database: { kind: string; version: string } }>(
      undefined,
      '/api/health',
    );
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', database: { kind: 'server' } });
    expect(health.body.database.version).toMatch(/^PostgreSQL \d+/);
  });

  it('the OpenAPI document describes the routes and their bearer security', async () => {
    const doc = await lab.api<{
      openapi: string;
      paths: Record<string, unknown>;
      components: { securitySchemes: Record<string, unknown> };
    }>(undefined, '/api/openapi.json');
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/patients', '/api/orders', '/api/specimens/{accession}/receive']),
    );
    expect(doc.body.components.securitySchemes.Bearer).toEqual({ type: 'http', scheme: 'bearer' });
  });

  it('any other route refuses a request without a token', async () => {
    const reply = await lab.api(undefined, '/api/patients');
    expect(reply.status).toBe(401);
    expect(reply.body.resourceType).toBe('OperationOutcome');
  });

  it('a wrong password is refused without saying which part was wrong', async () => {
    const reply = await lab.api(undefined, '/api/auth/login', {
      body: { username: 'mls', password: 'nope' },
    });
    expect(reply.status).toBe(401);
    expect(reply.body.issue[0]?.diagnostics).toBe('the username or password is wrong');
  });
});

describe('ordering a BMP for a registered patient', () => {
  it('creates one specimen with the eight BMP analyses', async () => {
    const timeline = await lab.api<SpecimenTimeline>('mls', `/api/specimens/${accession}`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.state).toBe('ordered');
    expect(timeline.body.analyses.map((a) => a.testCode).sort()).toEqual(
      ['BUN', 'CA', 'CL', 'CO2', 'CREA', 'GLU', 'K', 'NA'].sort(),
    );
  });

  it('an unknown test code is refused naming the code, and no order is written', async () => {
    const before = await lab.api<{ total: number }>('mls', `/api/orders?patientId=${patientId}`);
    const reply = await lab.api('mls', '/api/orders', { body: { patientId, orderables: ['BMP', 'XYZ'] } });
    expect(reply.status).toBe(422);
    expect(reply.body.issue[1]).toMatchObject({
      diagnostics: 'unknown test or panel code XYZ',
      expression: ['orderables'],
    });
    const after = await lab.api<{ total: number }>('mls', `/api/orders?patientId=${patientId}`);
    expect(after.body.total).toBe(before.body.total);
  });

  it('an order for a patient that does not exist is refused', async () => {
    const reply = await lab.api('mls', '/api/orders', {
      body: { patientId: '7d0c2f3e-0000-4000-8000-000000000000', orderables: ['BMP'] },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.issue[1]?.diagnostics).toMatch(/does not exist; register the patient first/);
  });

  it('a missing field is refused naming the field', async () => {
    const reply = await lab.api('mls', '/api/patients', {
      body: { mrn: 'X1', givenName: 'A', birthDate: '2001-01-01', clinicalSex: 'female' },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.issue.some((i) => i.expression?.[0] === 'familyName')).toBe(true);
  });
});

describe('receiving the specimen at the accessioning desk', () => {
  it('is refused when only one identifier on the label matches', async () => {
    const reply = await lab.api('mls', `/api/specimens/${accession}/receive`, {
      body: { mrn: 'MRN-2001', birthDate: '1961-07-05' },
    });
    expect(reply.status).toBe(409);
    expect(reply.body.issue[0]?.diagnostics).toMatch(
      /two patient identifiers must match the record; only MRN matches/,
    );
  });

  it('is accepted with MRN and birth date, and the timeline shows collection and receipt', async () => {
    const reply = await lab.api<SpecimenTimeline>('mls', `/api/specimens/${accession}/receive`, {
      body: { mrn: 'MRN-2001', birthDate: '1961-07-04' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.state).toBe('received');
    expect(reply.body.events.map((e) => e.kind)).toEqual(['ordered', 'collected', 'received']);
    expect(reply.body.events[2]?.actor).toBe('mls');
  });

  it('is refused a second time', async () => {
    const reply = await lab.api('mls', `/api/specimens/${accession}/receive`, {
      body: { mrn: 'MRN-2001', birthDate: '1961-07-04' },
    });
    expect(reply.status).toBe(409);
    expect(reply.body.issue[0]?.diagnostics).toBe(
      `Specimen ${accession}: the specimen has already been received`,
    );
  });

  it('takes a potassium result, flags it high, holds it for review and keeps both versions when it is re-entered', async () => {
    await lab.api('mls', `/api/specimens/${accession}/results`, {
      body: { testCode: 'K', value: { kind: 'numeric', value: 5.6 }, unit: 'mmol/L' },
    });
    const reply = await lab.api<SpecimenTimeline>('mls', `/api/specimens/${accession}/results`, {
      body: { testCode: 'K', value: { kind: 'numeric', value: 5.4 } },
    });
    const potassium = reply.body.analyses.find((a) => a.testCode === 'K');
    expect(potassium?.results.map((r) => [r.version, r.status, r.flags])).toEqual([
      [1, 'superseded', ['H']],
      // Judged at once: a manual entry has no instrument QC on record, so autoverification holds it.
      [2, 'held', ['H']],
    ]);
  });

  it('a potassium in the wrong unit is refused', async () => {
    const reply = await lab.api('mls', `/api/specimens/${accession}/results`, {
      body: { testCode: 'NA', value: { kind: 'numeric', value: 140 }, unit: 'mg/dL' },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.issue[0]?.diagnostics).toBe('Sodium is reported in mmol/L; the result came in mg/dL');
  });
});

describe('roles', () => {
  const edit = {
    code: 'K',
    name: 'Potassium',
    discipline: 'chemistry',
    specimenType: 'SER/PLAS',
    container: 'LIHEP',
    valueKind: 'numeric',
    unit: 'mmol/L',
    referenceIntervals: [{ sex: 'any', low: 3.5, high: 5.1 }],
  };

  it('a phlebotomist is refused a catalog edit', async () => {
    const reply = await lab.api('pbt', '/api/catalog/tests/K', { method: 'PUT', body: edit });
    expect(reply.status).toBe(403);
    expect(reply.body.issue[0]?.diagnostics).toMatch(/needs the catalog:write permission/);
  });

  it('an admin saving a unit that is not UCUM is told so', async () => {
    const reply = await lab.api('admin', '/api/catalog/tests/K', {
      method: 'PUT',
      body: { ...edit, unit: 'mEq/litre' },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.issue.some((i) => i.expression?.[0]?.endsWith('unit'))).toBe(true);
  });

  it('an admin edit keeps the previous version', async () => {
    const saved = await lab.api('admin', '/api/catalog/tests/K', {
      method: 'PUT',
      body: { ...edit, decimals: 2 },
    });
    expect(saved.status).toBe(200);
    const history = await lab.api<{ items: { version: number }[] }>('admin', '/api/catalog/tests/K/history');
    expect(history.body.items.map((i) => i.version)).toEqual([2, 1]);
  });
});

describe('the audit trail', () => {
  it('shows who received the specimen, with the state before and after', async () => {
    const trail = await lab.api<{
      items: { actor: string; action: string; before: unknown; after: unknown }[];
    }>('admin', `/api/audit/specimen/${accession}`);
    expect(trail.status).toBe(200);
    const receipt = trail.body.items.find((i) => i.action === 'specimen.received');
    expect(receipt).toMatchObject({
      actor: 'mls',
      before: { state: 'collected' },
      after: { state: 'received' },
    });
  });

  it('is an unbroken hash chain', async () => {
    const check = await lab.api<{ ok: boolean; entries: number }>('admin', '/api/audit/verify');
    expect(check.body.ok).toBe(true);
    expect(check.body.entries).toBeGreaterThan(5);
  });

  it('is not open to a phlebotomist', async () => {
    expect((await lab.api('pbt', '/api/audit/verify')).status).toBe(403);
  });
});
