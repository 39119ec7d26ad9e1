/**
 * Point-of-care testing through a running server: the coordinator registers a ward glucose meter and
 * its nurses over the REST API; readings arrive as FHIR Observations with their Device and as an ORU
 * from the meters' data manager over MLLP (sent by @medplum/hl7, a peer we did not write); a reading
 * from a decertified nurse is refused with the reason and the coordinator sees it in the list.
 */
import { Hl7Message as MedplumMessage } from '@medplum/core';
import { Hl7Client } from '@medplum/hl7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Patient, PoctNotification, PoctOperator, PoctReadingRecord } from '@aliquot/services';
import { startTestLab, validateFhir, type TestLab } from '@aliquot/testkit';

type Staff = 'sup' | 'rn' | 'mls';
let lab: TestLab<Staff>;
let patient: Patient;
let client: Hl7Client;

const fhir = async <T>(as: Staff, path: string, body?: unknown) => {
  const response = await fetch(`${lab.url}/fhir/R4${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${lab.tokens[as]}`, 'content-type': 'application/fhir+json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    status: response.status,
    body: (await response.json()) as T,
    location: response.headers.get('location'),
  };
};

const glucose = (operator: string, value: number, device = 'GM-ICU-01') => ({
  resourceType: 'Observation',
  status: 'final',
  category: [
    {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }],
    },
  ],
  code: {
    coding: [
      {
        system: 'http://loinc.org',
        code: '41653-7',
        display: 'Glucose [Mass/volume] in Capillary blood by Glucometer',
      },
    ],
  },
  subject: { reference: `Patient/${patient.id}` },
  effectiveDateTime: new Date().toISOString(),
  performer: [{ identifier: { value: operator } }],
  device: { reference: `Device/${device}` },
  valueQuantity: { value, unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' },
});

beforeAll(async () => {
  // The validators index the R4 definitions on first use (seconds): before any connection is idle.
  validateFhir({ resourceType: 'Patient' });
  lab = await startTestLab({ users: { sup: ['supervisor'], rn: ['poct-operator'], mls: ['mls'] } });
  const created = await lab.api<Patient>('mls', '/api/patients', {
    body: {
      mrn: 'ICU-7731',
      familyName: 'Moreau',
      givenName: 'Lucie',
      birthDate: '1949-10-02',
      clinicalSex: 'female',
    },
  });
  patient = created.body;
  const device = await lab.api('sup', '/api/poct/devices/GM-ICU-01', {
    method: 'PUT',
    body: {
      deviceType: 'glucose-meter',
      kind: 'professional',
      model: 'StatStrip',
      serialNumber: 'SS-44120',
      location: 'ICU',
      dataManager: 'NOVA-DM',
      tests: [{ deviceCode: '41653-7', testCode: 'GLU' }],
      qcIntervalHours: 24,
    },
  });
  expect(device.status).toBe(200);
  await lab.api('rn', '/api/poct/devices/GM-ICU-01/qc', { body: { outcome: 'pass' } });
  for (const [id, name] of [
    ['RN2001', 'Nurse Ida Berg'],
    ['RN2002', 'Nurse Tom Reyes'],
  ] as const) {
    await lab.api('sup', `/api/poct/operators/${id}`, { method: 'PUT', body: { name } });
    await lab.api('sup', `/api/poct/operators/${id}/certifications`, {
      body: { deviceType: 'glucose-meter', certifiedOn: '2025-01-01', expiresOn: '2030-12-31' },
    });
  }
  client = new Hl7Client({ host: '127.0.0.1', port: lab.mllpPort });
}, 120_000);
afterAll(async () => {
  await client.close();
  await lab.close();
});

describe('a glucose posted as a FHIR Observation with its Device', () => {
  it('is taken: 201 with the lab Observation it became, which both validators accept', async () => {
    const reply = await fhir<{ resourceType: string; id: string; valueQuantity?: { value: number } }>(
      'rn',
      '/Observation',
      glucose('RN2001', 131),
    );
    expect(reply.status).toBe(201);
    expect(reply.body.resourceType).toBe('Observation');
    expect(reply.body.valueQuantity?.value).toBe(131);
    expect(reply.location).toMatch(/\/fhir\/R4\/Observation\//);
    expect(validateFhir(reply.body)).toEqual({ medplum: [], fhirJs: [] });
  });

  it('from a nurse decertified for the meter, is refused 403 with the reason; the coordinator is told', async () => {
    const operators = await lab.api<{ items: PoctOperator[] }>('sup', '/api/poct/operators');
    const certification = operators.body.items.find((o) => o.id === 'RN2002')?.certifications[0]?.id;
    const revoked = await lab.api(
      'sup',
      `/api/poct/operators/RN2002/certifications/${certification}/revoke`,
      {
        body: { reason: 'observed skipping the patient ID check' },
      },
    );
    expect(revoked.status).toBe(200);
    const reply = await fhir<{ resourceType: string; issue: { diagnostics: string }[] }>(
      'rn',
      '/Observation',
      glucose('RN2002', 95),
    );
    expect(reply.status).toBe(403);
    expect(reply.body.resourceType).toBe('OperationOutcome');
    expect(reply.body.issue[0]?.diagnostics).toMatch(
      /refused: operator RN2002 \(Nurse Tom Reyes\) was decertified for glucose-meter on .*: observed skipping the patient ID check$/,
    );
    const list = await lab.api<{ items: PoctNotification[] }>('sup', '/api/poct/notifications');
    expect(list.body.items[0]).toMatchObject({
      kind: 'operator-locked-out',
      operatorId: 'RN2002',
      deviceCode: 'GM-ICU-01',
    });
    const refused = await lab.api<{ items: PoctReadingRecord[] }>(
      'sup',
      '/api/poct/readings?outcome=refused',
    );
    expect(refused.body.items[0]?.operatorId).toBe('RN2002');
  });

  it('refuses the Observation without a device as invalid (422), naming Observation.device', async () => {
    const { device: _device, ...noDevice } = glucose('RN2001', 100);
    const reply = await fhir<{ issue: { expression?: string[] }[] }>('rn', '/Observation', noDevice);
    expect(reply.status).toBe(422);
    expect(reply.body.issue.flatMap((i) => i.expression ?? [])).toContain('Observation.device');
  });

  it('is not for bench staff: an MLS may not post point-of-care readings (403)', async () => {
    expect((await fhir('mls', '/Observation', glucose('RN2001', 100))).status).toBe(403);
  });
});

describe("the meters' data manager sends an ORU^R01 over MLLP", () => {
  const oru = (controlId: string, operator: string) =>
    [
      `MSH|^~\\&|NOVA-DM|ICU|ALIQUOT|LAB|20260302101500||ORU^R01^ORU_R01|${controlId}|P|2.5.1`,
      'PID|1||ICU-7731^^^GH^MR||Moreau^Lucie||19491002|F',
      'OBR|1|||41653-7^Glucose POC^LN',
      `OBX|1|NM|41653-7^Glucose POC^LN||118|mg/dL|70-99|H|||F|||${new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14)}+0000||${operator}^Berg^Ida||SS-44120`,
    ].join('\r');

  it('gets AA for a reading by a certified nurse, taken as a lab result', async () => {
    const ack = await client.sendAndWait(MedplumMessage.parse(oru('DM-1', 'RN2001')));
    expect(ack.getSegment('MSA')?.getField(1)?.toString(), ack.toString()).toBe('AA');
    const taken = await lab.api<{ items: PoctReadingRecord[] }>('sup', '/api/poct/readings?outcome=accepted');
    expect(taken.body.items.find((r) => r.channel === 'hl7')).toMatchObject({
      deviceCode: 'GM-ICU-01',
      operatorId: 'RN2001',
    });
  });

  it('gets AE with ERR at OBX-16 for a reading by the decertified nurse', async () => {
    const ack = await client.sendAndWait(MedplumMessage.parse(oru('DM-2', 'RN2002')));
    expect(ack.getSegment('MSA')?.getField(1)?.toString()).toBe('AE');
    expect(ack.getSegment('ERR')?.getField(2)?.toString()).toBe('OBX^1^16^1');
    expect(ack.getSegment('ERR')?.getField(8)?.toString()).toContain('decertified');
  });
});
