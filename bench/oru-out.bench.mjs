// Results out to the EHR: ORU^R01 messages (LRI-shaped, a BMP of 8 OBX each, or one OBX) built by the
// codec alone; built and sent over MLLP on loopback to a listener that acknowledges AA (ours, and
// @medplum/hl7's server as a peer we did not write), one message at a time as the outbound worker
// sends them; and the whole path on the embedded PostgreSQL — released results' notifications put
// into journaled messages, claimed, sent, and marked sent on the AA (one commit per acknowledged
// message). Prints messages/s and the ACK round trip (message handed to the MLLP client to its ACK
// matched; both ends in this process) p50/p99.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { Hl7Server } from '@medplum/hl7';
import { buildOruR01, newControlId } from '../packages/codecs/dist/hl7v2/index.js';
import { acknowledge, MllpClient, MllpServer } from '../packages/interfaces/dist/index.js';
import { claimEhrMessages, queueResultReports, settleEhrMessage } from '../packages/services/dist/index.js';
import {
  connect,
  ensureDatabase,
  migrateToLatest,
  startEmbeddedPostgres,
} from '../packages/storage/dist/index.js';

const BMP = [
  ['NA', 'Sodium', '2951-2', 140, 'mmol/L', '136-145'],
  ['K', 'Potassium', '2823-3', 4.1, 'mmol/L', '3.5-5.1'],
  ['CL', 'Chloride', '2075-0', 102, 'mmol/L', '98-107'],
  ['CO2', 'Carbon dioxide, total', '2028-9', 25, 'mmol/L', '22-29'],
  ['BUN', 'Urea nitrogen', '3094-0', 14, 'mg/dL', '7-20'],
  ['CREA', 'Creatinine', '2160-0', 0.9, 'mg/dL', '0.6-1.1'],
  ['GLU', 'Glucose', '2345-7', 96, 'mg/dL', '70-99'],
  ['CA', 'Calcium, total', '17861-6', 9.4, 'mg/dL', '8.6-10.3'],
];
const at = new Date();

function report(tests) {
  return {
    header: {
      sendingApplication: 'ALIQUOT',
      sendingFacility: 'CENTRAL LAB',
      receivingApplication: 'EPIC',
      receivingFacility: 'GENERAL HOSPITAL',
      controlId: newControlId(),
      at,
    },
    patient: {
      mrn: 'MRN-1',
      assigningAuthority: 'GH',
      familyName: 'Bench',
      givenName: 'Mark',
      birthDate: '1970-01-01',
      sex: 'male',
    },
    orders: [
      {
        placerOrderNumber: 'PL-1',
        fillerOrderNumber: 'ORD26000001',
        fillerNamespace: 'CENTRAL LAB',
        service: { code: 'BMP', name: 'Basic metabolic panel', loinc: '24321-2' },
        orderingProvider: { id: '1234567893', familyName: 'Hale', givenName: 'Ruth' },
        reportedAt: at,
        status: 'F',
        specimen: {
          accession: 'A260000001',
          typeCode: 'PLAS',
          typeText: 'Plasma',
          collectedAt: at,
          receivedAt: at,
        },
        observations: tests.map(([code, name, loinc, value, unit, range]) => ({
          test: { code, name, loinc },
          value: { kind: 'numeric', value },
          unit,
          referenceRange: range,
          flags: ['N'],
          status: 'F',
          observedAt: at,
          analyzedAt: at,
          equipment: 'CHEM-1',
          notes: [],
        })),
      },
    ],
  };
}

const pct = (sorted, p) =>
  sorted.length === 0
    ? 0
    : Number(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(2));
const rows = [];

// 1. The codec alone.
for (const [label, tests] of [
  ['BMP, 8 OBX', BMP],
  ['one OBX', BMP.slice(0, 1)],
]) {
  const n = 20_000;
  let bytes = 0;
  for (let i = 0; i < 2_000; i++) bytes += buildOruR01(report(tests)).toString().length; // warm-up
  bytes = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) bytes += buildOruR01(report(tests)).toString().length;
  const ms = performance.now() - t0;
  rows.push({
    what: `built (codec), ${label}`,
    messages: n,
    'msg/s': Math.round(n / (ms / 1000)),
    'bytes/msg': Math.round(bytes / n),
    'ACK p50 ms': '',
    'ACK p99 ms': '',
  });
}

// 2. Built and sent over MLLP to a local listener, one at a time as the worker sends.
async function sendAll(label, port, n) {
  const client = new MllpClient({ host: '127.0.0.1', port, ackTimeoutMs: 10_000 });
  for (let i = 0; i < 200; i++) await client.send(buildOruR01(report(BMP)).toString()); // warm-up
  const latencies = [];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const text = buildOruR01(report(BMP)).toString();
    const sent = performance.now();
    const ack = await client.send(text);
    latencies.push(performance.now() - sent);
    if (ack.code !== 'AA') throw new Error(`${label}: ${ack.code}`);
  }
  const ms = performance.now() - t0;
  await client.close();
  latencies.sort((a, b) => a - b);
  rows.push({
    what: `built + sent, ${label}`,
    messages: n,
    'msg/s': Math.round(n / (ms / 1000)),
    'bytes/msg': '',
    'ACK p50 ms': pct(latencies, 0.5),
    'ACK p99 ms': pct(latencies, 0.99),
  });
}

const ours = new MllpServer({ handler: async (inbound) => acknowledge(inbound) });
const oursPort = (await ours.listen(0, '127.0.0.1')).port;
await sendAll('our MLLP listener', oursPort, 5_000);
await ours.close();

const probe = new MllpServer({ handler: async (inbound) => acknowledge(inbound) });
const medplumPort = (await probe.listen(0, '127.0.0.1')).port;
await probe.close();
const medplum = new Hl7Server((connection) =>
  connection.addEventListener('message', ({ message }) => connection.send(message.buildAck())),
);
medplum.start(medplumPort);
await sendAll('@medplum/hl7 Hl7Server', medplumPort, 5_000);
await medplum.stop({ forceDrainTimeoutMs: 100 });

// 3. The whole path: notifications of released results → journaled ORU → MLLP → AA → marked sent.
async function seed(db, specimens) {
  const patient = await db
    .insertInto('patients')
    .values({
      mrn: 'BENCH-P',
      family_name: 'Bench',
      given_name: 'Mark',
      birth_date: '1970-01-01',
      clinical_sex: 'male',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const now = new Date();
  for (let s = 0; s < specimens; s++) {
    const order = await db
      .insertInto('orders')
      .values({
        order_number: `BO${s}`,
        placer_order_number: `PL${s}`,
        patient_id: patient.id,
        priority: 'routine',
        ordered_by: 'bench',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('order_items').values({ order_id: order.id, orderable_code: 'BMP' }).execute();
    const specimen = await db
      .insertInto('specimens')
      .values({
        accession_number: `BA${s}`,
        order_id: order.id,
        patient_id: patient.id,
        specimen_type: 'SER/PLAS',
        container: 'LIHEP',
        state: 'released',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('specimen_events')
      .values([
        { specimen_id: specimen.id, kind: 'collected', at: now, actor: 'bench', detail: {} },
        { specimen_id: specimen.id, kind: 'received', at: now, actor: 'bench', detail: {} },
      ])
      .execute();
    const analyses = await db
      .insertInto('analyses')
      .values(
        BMP.map(([code]) => ({
          specimen_id: specimen.id,
          order_id: order.id,
          test_code: code,
          panel_code: 'BMP',
          status: 'released',
        })),
      )
      .returning(['id', 'test_code'])
      .execute();
    const results = await db
      .insertInto('results')
      .values(
        analyses.map((a) => {
          const t = BMP.find(([code]) => code === a.test_code);
          return {
            analysis_id: a.id,
            version: 1,
            value: { kind: 'numeric', value: t[3] },
            numeric_value: t[3],
            unit: t[4],
            flags: [],
            status: 'final',
            source: 'instrument',
            instrument_id: 'CHEM-1',
            entered_by: 'bench',
            observed_at: now,
            detail: {},
          };
        }),
      )
      .returning('id')
      .execute();
    await db
      .insertInto('result_notifications')
      .values(results.map((r) => ({ result_id: r.id, kind: 'new', created_at: now, sent_at: null })))
      .execute();
  }
}

const home = await mkdtemp(path.join(tmpdir(), 'aliquot-oru-'));
await chmod(home, 0o755);
const embedded = await startEmbeddedPostgres({ dataDir: path.join(home, 'data') });
try {
  const db = connect(await ensureDatabase(embedded.url, 'oru_bench'), 5);
  await migrateToLatest(db);
  const { seedCatalog, commandLine } = await import('../packages/services/dist/index.js');
  const lab = { db, now: () => new Date() };
  await seedCatalog(lab, commandLine);
  const SPECIMENS = 500;
  await seed(db, SPECIMENS);
  const listener = new MllpServer({ handler: async (inbound) => acknowledge(inbound) });
  const port = (await listener.listen(0, '127.0.0.1')).port;
  const client = new MllpClient({ host: '127.0.0.1', port, ackTimeoutMs: 10_000 });
  const destination = { host: '127.0.0.1', port, receivingApplication: 'EPIC', receivingFacility: 'GH' };
  const latencies = [];
  const t0 = performance.now();
  let queued = 0;
  for (;;) {
    queued += (await queueResultReports(lab, destination, 400)).length;
    const claimed = await claimEhrMessages(lab, 50);
    if (claimed.length === 0) break;
    for (const row of claimed) {
      const sent = performance.now();
      const ack = await client.send(row.raw);
      latencies.push(performance.now() - sent);
      await settleEhrMessage(
        lab,
        row.id,
        ack.code === 'AA' ? { ok: true } : { ok: false, error: ack.code, retry: false },
      );
    }
  }
  const ms = performance.now() - t0;
  const unsent = await sql`select count(*) as n from result_notifications where sent_at is null`.execute(db);
  const twice =
    await sql`select count(*) as n from (select notification_id from result_notification_messages group by 1 having count(*) > 1) x`.execute(
      db,
    );
  if (Number(unsent.rows[0].n) !== 0 || Number(twice.rows[0].n) !== 0)
    throw new Error('a notification was left unsent or sent twice');
  latencies.sort((a, b) => a - b);
  rows.push({
    what: `journal → MLLP → AA → sent (embedded PostgreSQL), ${SPECIMENS * BMP.length} results`,
    messages: queued,
    'msg/s': Math.round(queued / (ms / 1000)),
    'bytes/msg': '',
    'ACK p50 ms': pct(latencies, 0.5),
    'ACK p99 ms': pct(latencies, 0.99),
  });
  await client.close();
  await listener.close();
  await db.destroy();
} finally {
  await embedded.stop();
  await rm(home, { recursive: true, force: true });
}

console.log(`ORU^R01 out (LRI-shaped, MLLP on loopback, one message in flight); Node ${process.version}`);
console.table(rows);
