/**
 * The bench's dashboard and its live feed, on a real server: a critical potassium shows up held and
 * as an open call with its clock, and every change reaches a connected screen as a server-sent event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabDashboard, Order, Patient } from '@aliquot/services';
import { startTestLab, type TestLab } from '@aliquot/testkit';

let lab: TestLab<'mls'>;
let accession: string;

beforeAll(async () => {
  lab = await startTestLab({ users: { mls: ['mls'] } });
  const patient = await lab.api<Patient>('mls', '/api/patients', {
    body: {
      mrn: 'MRN-D1',
      familyName: 'Santos',
      givenName: 'Rui',
      birthDate: '1955-03-14',
      clinicalSex: 'male',
    },
  });
  const order = await lab.api<Order>('mls', '/api/orders', {
    body: { patientId: patient.body.id, orderables: ['K'], priority: 'stat' },
  });
  accession = order.body.specimens[0]!.accessionNumber;
});
afterAll(() => lab.close());

/** Reads server-sent events from the stream until `until` accepts one, or fails after 10 s. */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  until: (event: { event: string; data: string }) => boolean,
): Promise<{ event: string; data: string }[]> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const seen: { event: string; data: string }[] = [];
  let buffer = '';
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data !== undefined) {
        seen.push({ event, data });
        if (until({ event, data })) {
          await reader.cancel();
          return seen;
        }
      }
    }
  }
  await reader.cancel();
  throw new Error(`the awaited event did not come; saw ${JSON.stringify(seen)}`);
}

describe('the live feed', () => {
  it('tells a connected screen that a specimen was received', async () => {
    const response = await fetch(`${lab.url}/api/events`, {
      headers: { authorization: `Bearer ${lab.tokens.mls}` },
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = readEvents(
      response.body!,
      (e) => e.event === 'changed' && e.data.includes('specimen_events'),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await lab.api('mls', `/api/specimens/${accession}/receive`, {
      body: { mrn: 'MRN-D1', birthDate: '1955-03-14' },
    });
    const seen = await events;
    expect(seen[0]?.event).toBe('ready');
    expect(seen.at(-1)?.event).toBe('changed');
  });

  it('refuses a screen that has not signed in', async () => {
    expect((await fetch(`${lab.url}/api/events`)).status).toBe(401);
  });
});

describe('the dashboard', () => {
  it('shows a critical potassium held for review and as an open call', async () => {
    await lab.api('mls', `/api/specimens/${accession}/results`, {
      body: { testCode: 'K', value: { kind: 'numeric', value: 6.9 }, unit: 'mmol/L' },
    });
    const reply = await lab.api<LabDashboard>('mls', '/api/dashboard');
    expect(reply.status).toBe(200);
    expect(reply.body.heldForReview).toBeGreaterThanOrEqual(1);
    expect(reply.body.openCriticalCalls).toEqual([
      expect.objectContaining({
        accessionNumber: accession,
        testCode: 'K',
        mrn: 'MRN-D1',
        patientName: 'Santos, Rui',
      }),
    ]);
    expect(reply.body.inFlight).toBeGreaterThanOrEqual(1);
  });
});
