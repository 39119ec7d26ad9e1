// Instrument traffic end to end, through the built server: ASTM (E1381 frames over TCP) and HL7 (MLLP)
// result messages of eight results each (a BMP), over one connection and over 20 at once, into the
// journal (acknowledged only once committed) and processed into results — on the embedded PostgreSQL
// and on the PostgreSQL 15 server at 127.0.0.1:5432 when it is up (a scratch database on each).
// Prints messages/s to the ACK, messages/s and results/s processed, and p50/p99 from the last byte of
// a message leaving the instrument to its ACK arriving (loopback, so it bounds the server's own time).
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { startServer } from '../packages/server/dist/index.js';
import { ensureDatabase, startEmbeddedPostgres } from '../packages/storage/dist/index.js';
import { MllpClient } from '../packages/interfaces/dist/index.js';
import { AstmWireClient } from '../packages/testkit/dist/index.js';

const BMP = ['NA', 'K', 'CL', 'CO2', 'BUN', 'CREA', 'GLU', 'CA'];
const VALUES = { NA: '140', K: '4.1', CL: '102', CO2: '25', BUN: '14', CREA: '0.9', GLU: '96', CA: '9.4' };
const UNITS = {
  NA: 'mmol/L',
  K: 'mmol/L',
  CL: 'mmol/L',
  CO2: 'mmol/L',
  BUN: 'mg/dL',
  CREA: 'mg/dL',
  GLU: 'mg/dL',
  CA: 'mg/dL',
};
const MESSAGES = {
  one: Number(process.env.BENCH_ONE ?? 100),
  twenty: Number(process.env.BENCH_TWENTY ?? 300),
};
const mappings = BMP.map((code) => ({ instrumentCode: code, testCode: code }));
const instruments = [
  {
    code: 'B-ASTM',
    name: 'Bench ASTM',
    protocol: 'astm',
    transport: 'tcp-server',
    senderIds: ['BENCHASTM'],
    testCodes: mappings,
  },
  {
    code: 'B-HL7',
    name: 'Bench HL7',
    protocol: 'hl7',
    transport: 'tcp-server',
    senderIds: ['BENCHHL7'],
    testCodes: mappings,
  },
];

/** Received specimens with a BMP each, written in bulk (the use cases would dominate the setup time). */
async function seedSpecimens(db, prefix, n) {
  const patient = await db
    .insertInto('patients')
    .values({
      mrn: `${prefix}-P`,
      family_name: 'Bench',
      given_name: 'Mark',
      birth_date: '1970-01-01',
      clinical_sex: 'male',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const accessions = [];
  for (let start = 0; start < n; start += 500) {
    const count = Math.min(500, n - start);
    const orders = await db
      .insertInto('orders')
      .values(
        Array.from({ length: count }, (_, i) => ({
          order_number: `${prefix}-O${start + i}`,
          patient_id: patient.id,
          priority: 'routine',
          ordered_by: 'bench',
        })),
      )
      .returning('id')
      .execute();
    const specimens = await db
      .insertInto('specimens')
      .values(
        orders.map((o, i) => ({
          accession_number: `${prefix}${start + i}`,
          order_id: o.id,
          patient_id: patient.id,
          specimen_type: 'SER/PLAS',
          container: 'LIHEP',
          state: 'received',
        })),
      )
      .returning(['id', 'order_id', 'accession_number'])
      .execute();
    const at = new Date();
    await db
      .insertInto('specimen_events')
      .values(
        specimens.flatMap((s) =>
          ['ordered', 'collected', 'received'].map((kind) => ({
            specimen_id: s.id,
            kind,
            at,
            actor: 'bench',
            detail: {},
          })),
        ),
      )
      .execute();
    await db
      .insertInto('analyses')
      .values(
        specimens.flatMap((s) =>
          BMP.map((test_code) => ({ specimen_id: s.id, order_id: s.order_id, test_code, panel_code: 'BMP' })),
        ),
      )
      .execute();
    accessions.push(...specimens.map((s) => s.accession_number));
  }
  return accessions;
}

const stamp = '20261121120000';
const astmText = (accession, i) =>
  `H|\\^&|||BENCHASTM|||||ALIQUOT||P|LIS2-A2|${stamp}\rP|1\rO|1|${accession}||^^^BMP|R||||||N||||||||||||||F\r` +
  BMP.map((c, j) => `R|${j + 1}|^^^${c}|${VALUES[c]}|${UNITS[c]}||N||F||OP${i % 7}||${stamp}|BENCH\r`).join(
    '',
  ) +
  'L|1|N\r';
const hl7Text = (accession, i) =>
  `MSH|^~\\&|BENCHHL7|LAB|ALIQUOT|LAB|${stamp}||OUL^R22^OUL_R22|B${i}-${accession}|P|2.5.1\rSPM|1|${accession}||SER\r` +
  BMP.map(
    (c, j) =>
      `OBR|${j + 1}|${accession}||${c}\rOBX|1|NM|${c}^${c}^L||${VALUES[c]}|${UNITS[c]}|||||F|||${stamp}\r`,
  ).join('');

/** Sends messages over `connections` links at once; returns ACK latencies and the time to the last ACK. */
async function drive(server, protocol, accessions, connections) {
  const per = Math.ceil(accessions.length / connections);
  const latencies = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async (_, c) => {
      const mine = accessions.slice(c * per, (c + 1) * per);
      if (protocol === 'astm') {
        const client = await AstmWireClient.connect(server.astmPort);
        for (const [i, accession] of mine.entries()) {
          await client.send(astmText(accession, i));
          latencies.push(client.ackLatencies.at(-1));
        }
        await client.close();
      } else {
        const client = new MllpClient({ host: '127.0.0.1', port: server.mllpPort });
        for (const [i, accession] of mine.entries()) {
          const text = hl7Text(accession, i);
          const sent = performance.now();
          const ack = await client.send(text);
          latencies.push(performance.now() - sent);
          if (ack.code !== 'AA') throw new Error(`${accession}: ${ack.code}`);
        }
        await client.close();
      }
    }),
  );
  return { latencies, acked: performance.now() - t0, t0 };
}

async function processed(db, instrument, expected) {
  for (;;) {
    const { rows } = await sql`select count(*) filter (where state = 'processed') as done,
      count(*) filter (where state not in ('processed', 'accepted')) as bad
      from message_journal where instrument_code = ${instrument} and direction = 'in'`.execute(db);
    if (Number(rows[0].bad) > 0)
      throw new Error(`${rows[0].bad} messages of ${instrument} were not processed`);
    if (Number(rows[0].done) >= expected) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const pct = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);

async function run(name, maintenanceUrl) {
  const dbName = `aliquot_ibench_${process.pid}`;
  const url = await ensureDatabase(maintenanceUrl, dbName);
  const server = await startServer({
    port: 0,
    dataDir: '',
    databaseUrl: url,
    firstAdmin: false,
    astmPort: 0,
    mllpPort: 0,
    instruments,
    log: () => {},
  });
  const db = server.database.db;
  const rows = [];
  let batch = 0;
  for (const protocol of ['astm', 'hl7']) {
    for (const [label, connections, count] of [
      ['1 connection', 1, MESSAGES.one],
      ['20 connections', 20, MESSAGES.twenty],
    ]) {
      const accessions = await seedSpecimens(db, `B${++batch}X`, count);
      const instrument = protocol === 'astm' ? 'B-ASTM' : 'B-HL7';
      const before = Number(
        (
          await sql`select count(*) as n from message_journal where instrument_code = ${instrument} and state = 'processed'`.execute(
            db,
          )
        ).rows[0].n,
      );
      const { latencies, acked, t0 } = await drive(server, protocol, accessions, connections);
      await processed(db, instrument, before + count);
      const done = performance.now() - t0;
      latencies.sort((a, b) => a - b);
      process.stderr.write(
        `${name} ${protocol} ${label}: ${count} acked in ${Math.round(acked)} ms, processed in ${Math.round(done)} ms\n`,
      );
      rows.push({
        server: name,
        protocol: protocol === 'astm' ? 'ASTM E1381/TCP' : 'HL7 MLLP',
        links: label,
        messages: count,
        'journaled msg/s': Math.round(count / (acked / 1000)),
        'processed msg/s': Math.round(count / (done / 1000)),
        'results/s': Math.round((count * BMP.length) / (done / 1000)),
        'ACK p50 ms': pct(latencies, 0.5),
        'ACK p99 ms': pct(latencies, 0.99),
      });
    }
  }
  const results = await sql`select count(*) as n, max(version) as v from results`.execute(db);
  if (Number(results.rows[0].v) !== 1) throw new Error('a result was recorded twice');
  await server.close();
  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${dbName}`);
  await admin.end();
  return rows;
}

const home = await mkdtemp(path.join(tmpdir(), 'aliquot-instruments-'));
await chmod(home, 0o755);
const embedded = await startEmbeddedPostgres({ dataDir: path.join(home, 'data') });
const table = await run('embedded PostgreSQL', embedded.url);
await embedded.stop();
await rm(home, { recursive: true, force: true });
const external = 'postgres://postgres@127.0.0.1:5432/test';
const probe = new pg.Client({ connectionString: external, connectionTimeoutMillis: 2000 });
if (
  await probe.connect().then(
    () => true,
    () => false,
  )
) {
  await probe.end();
  table.push(...(await run('PostgreSQL 15 server', external)));
} else console.log('PostgreSQL server at 127.0.0.1:5432 not reachable: skipped');
console.log(`BMP result messages (8 results each), journaled before each ACK; Node ${process.version}`);
console.table(table);
