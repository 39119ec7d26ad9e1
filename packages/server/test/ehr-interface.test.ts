/**
 * The EHR interface end to end, over real TCP with peers we did not write: @medplum/hl7's client, as
 * the hospital's EHR, sends an OML^O21 to the MLLP listener of a running server and gets AA; the
 * specimen is received, resulted and released, and @medplum/hl7's server, listening as the EHR, gets
 * the ORU^R01 with the placer order number it sent, then the correction as a correction. Bad input is
 * answered AE/AR with the reason and journaled.
 */
import { createServer } from 'node:net';
import { Hl7Message as MedplumMessage } from '@medplum/core';
import { Hl7Client, Hl7Server } from '@medplum/hl7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHl7Message, readLabOrders, type Hl7Message } from '@aliquot/codecs/hl7v2';
import type { JournalEntry, Order, Patient, SpecimenTimeline } from '@aliquot/services';
import { startTestLab, type TestLab } from '@aliquot/testkit';

type Staff = 'admin' | 'mls' | 'sup';
let lab: TestLab<Staff>;
let ehr: Hl7Server;
let client: Hl7Client;
const received: Hl7Message[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const elements = {
  'direct-observation': true,
  'monitoring-reporting': true,
  'record-review': true,
  'maintenance-observation': true,
  'blind-samples': true,
  'problem-solving': true,
};

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  ms = 20_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const msa = (ack: MedplumMessage) => ({
  code: ack.getSegment('MSA')?.getField(1)?.toString() ?? '',
  controlId: ack.getSegment('MSA')?.getField(2)?.toString() ?? '',
});

beforeAll(async () => {
  const port = await freePort();
  ehr = new Hl7Server((connection) => {
    connection.addEventListener('message', ({ message }: { message: MedplumMessage }) => {
      received.push(parseHl7Message(message.toString()));
      connection.send(message.buildAck());
    });
  });
  ehr.start(port);
  lab = await startTestLab({
    users: { admin: ['admin'], mls: ['mls'], sup: ['supervisor'] },
    ehr: { host: '127.0.0.1', port, receivingApplication: 'EPIC', receivingFacility: 'GENERAL HOSPITAL' },
  });
  const staff = await lab.api<{ items: { id: string; username: string }[] }>('admin', '/api/users');
  const mls = staff.body.items.find((u) => u.username === 'mls')?.id ?? '';
  await lab.api('sup', `/api/staff/${mls}/certifications`, {
    body: { body: 'ASCP', credential: 'MLS', number: 'MLS-1', expiresOn: '2030-12-31' },
  });
  for (const assessedOn of [daysAgo(500), daysAgo(320), daysAgo(30)])
    await lab.api('sup', `/api/staff/${mls}/competencies`, {
      body: { discipline: 'chemistry', assessedOn, assessor: 'R. Diaz', elements },
    });
  client = new Hl7Client({ host: '127.0.0.1', port: lab.mllpPort });
}, 120_000);
afterAll(async () => {
  await client.close();
  await lab.close();
  await ehr.stop({ forceDrainTimeoutMs: 100 });
});

const oml = (controlId: string, placer: string) =>
  [
    `MSH|^~\\&|EPIC|GENERAL HOSPITAL|ALIQUOT|LAB|20260302080000||OML^O21^OML_O21|${controlId}|P|2.5.1`,
    'PID|1||EHR-4471^^^GH^MR||Lindqvist^Maja||19660219|F',
    `ORC|NW|${placer}^EPIC|||||^^^^^R||20260302075500|||1457382910^Okonkwo^Chidi`,
    `OBR|1|${placer}^EPIC||2823-3^Potassium^LN|||20260302075000`,
  ].join('\r');

describe('an EHR we did not write orders a potassium', () => {
  let accession = '';
  let resultId = '';

  it('@medplum/hl7 sends an OML^O21 to our MLLP listener and gets AA for it', async () => {
    const ack = await client.sendAndWait(MedplumMessage.parse(oml('EPIC-OML-1', 'EP-88301')));
    expect(msa(ack)).toEqual({ code: 'AA', controlId: 'EPIC-OML-1' });
    const patients = await lab.api<{ items: Patient[] }>('mls', '/api/patients?q=EHR-4471');
    const orders = await lab.api<{ items: Order[] }>(
      'mls',
      `/api/orders?patientId=${patients.body.items[0]?.id}`,
    );
    expect(orders.body.items[0]?.placerOrderNumber).toBe('EP-88301');
    accession = orders.body.items[0]?.specimens[0]?.accessionNumber ?? '';
    expect(accession).not.toBe('');
  });

  it('the order message and our answer are in the journal', async () => {
    const journal = await lab.api<{ items: JournalEntry[] }>('mls', '/api/journal?connection=mllp-listener');
    const inbound = journal.body.items.find((e) => e.controlId === 'EPIC-OML-1');
    expect(inbound).toMatchObject({ direction: 'in', messageType: 'OML^O21', state: 'processed' });
    expect(journal.body.items.find((e) => e.replyTo === inbound?.id)?.messageType).toBe('ACK^O21');
  });

  it('once received, resulted and released, the EHR gets an ORU^R01 with OBX-11 F and its placer number', async () => {
    await lab.api('mls', `/api/specimens/${accession}/receive`, {
      body: { mrn: 'EHR-4471', birthDate: '1966-02-19' },
    });
    const entered = await lab.api<SpecimenTimeline>('mls', `/api/specimens/${accession}/results`, {
      body: { testCode: 'K', value: { kind: 'numeric', value: 4.2 } },
    });
    resultId = entered.body.analyses.find((a) => a.testCode === 'K')?.results.at(-1)?.id ?? '';
    const release = await lab.api('mls', `/api/results/${resultId}/release`, { body: { reason: 'checked' } });
    expect(release.status).toBe(200);
    lab.server.resultsOut?.kick();
    const oru = await until('the ORU', () => received.find((m) => m.value('MSH-9.1') === 'ORU'));
    const order = readLabOrders(oru).patients[0]?.orders[0];
    expect(oru.raw('MSH-9')).toBe('ORU^R01^ORU_R01');
    expect(oru.value('MSH-5')).toBe('EPIC');
    expect(oru.value('PID-3')).toBe('EHR-4471');
    expect(order?.obr?.placerOrderNumber?.entityId).toBe('EP-88301');
    expect(order?.obr?.resultStatus).toBe('F');
    expect(
      order?.observations.map((o) => [
        o.obx.observationCode,
        o.obx.value,
        o.obx.unitsCode,
        o.obx.resultStatus,
      ]),
    ).toEqual([['2823-3', '4.2', 'mmol/L', 'F']]);
    expect(order?.specimens[0]?.spm.fillerSpecimenId?.entityId).toBe(accession);
  });

  it('the message is acknowledged in the journal and the result is not reported again', async () => {
    await until('the acknowledgment', async () => {
      const out = await lab.api<{ items: JournalEntry[] }>('mls', '/api/journal?connection=ehr');
      return out.body.items.find((e) => e.state === 'acknowledged');
    });
    lab.server.resultsOut?.kick();
    await lab.server.resultsOut?.idle();
    expect(received.filter((m) => m.value('MSH-9.1') === 'ORU')).toHaveLength(1);
  });

  it('a correction reaches the EHR as a correction (OBX-11 C, OBR-25 C) with the value it replaces', async () => {
    const corrected = await lab.api('mls', `/api/results/${resultId}/correct`, {
      body: { value: { kind: 'numeric', value: 5.4 }, reason: 'wrong specimen position on the rack' },
    });
    expect(corrected.status).toBe(201);
    lab.server.resultsOut?.kick();
    const oru = await until('the corrected ORU', () => {
      const all = received.filter((m) => m.value('MSH-9.1') === 'ORU');
      return all.length > 1 ? all[1] : undefined;
    });
    const order = readLabOrders(oru).patients[0]?.orders[0];
    expect(order?.obr?.resultStatus).toBe('C');
    expect(order?.observations[0]?.obx.resultStatus).toBe('C');
    expect(order?.observations[0]?.obx.value).toBe('5.4');
    expect(order?.observations[0]?.notes[0]?.text).toContain('previously reported 4.2 mmol/L');
  });
});

describe('bad input from an EHR', () => {
  it('an order of unknown HL7 version 3.0 is rejected AR with ERR 203 at MSH-12, and journaled', async () => {
    const text = oml('EPIC-BAD-1', 'EP-1').replace('|P|2.5.1', '|P|3.0');
    const ack = await client.sendAndWait(MedplumMessage.parse(text));
    expect(msa(ack).code).toBe('AR');
    expect(ack.getSegment('ERR')?.getField(3)?.getComponent(1)).toBe('203');
    const journal = await lab.api<{ items: JournalEntry[] }>('mls', '/api/journal?connection=mllp-listener');
    expect(journal.body.items.find((e) => e.controlId === 'EPIC-BAD-1')).toMatchObject({ state: 'failed' });
  });

  it('an order without a birth date gets AE naming PID-7, and nothing is ordered', async () => {
    const text = oml('EPIC-BAD-2', 'EP-2').replace(
      'PID|1||EHR-4471^^^GH^MR||Lindqvist^Maja||19660219|F',
      'PID|1||EHR-9^^^GH^MR||Nobody^No||',
    );
    const ack = await client.sendAndWait(MedplumMessage.parse(text));
    expect(msa(ack).code).toBe('AE');
    const err = ack.getSegment('ERR');
    expect(err?.getField(2)?.toString()).toBe('PID^1^7^1');
    expect(err?.getField(8)?.toString()).toContain('PID-7');
    const patients = await lab.api<{ items: Patient[] }>('mls', '/api/patients?q=EHR-9');
    expect(patients.body.items).toEqual([]);
  });
});
