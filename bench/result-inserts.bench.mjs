// Durable result inserts, one commit (one fsync) per transaction: single rows one after another, single
// rows from 20 concurrent writers, and batches of 100 rows per transaction — on the embedded PostgreSQL
// and on the PostgreSQL 15 server at 127.0.0.1:5432 when it is up. Prints rows/s and commit latency.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import {
  connect,
  ensureDatabase,
  migrateToLatest,
  startEmbeddedPostgres,
} from '../packages/storage/dist/index.js';

const ROWS = 2000;

async function prepare(db) {
  const patient = await db
    .insertInto('patients')
    .values({
      mrn: `B${Date.now()}`,
      family_name: 'Bench',
      given_name: 'Mark',
      birth_date: '1970-01-01',
      clinical_sex: 'male',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('orderables')
    .values({ code: 'K', kind: 'test', name: 'Potassium' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('test_definitions')
    .values({
      code: 'K',
      name: 'Potassium',
      discipline: 'chemistry',
      unit: 'mmol/L',
      definition: {},
      updated_by: 'bench',
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const order = await db
    .insertInto('orders')
    .values({
      order_number: `B${Date.now()}`,
      patient_id: patient.id,
      priority: 'routine',
      ordered_by: 'bench',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const specimen = await db
    .insertInto('specimens')
    .values({
      accession_number: `B${Date.now()}`,
      order_id: order.id,
      patient_id: patient.id,
      specimen_type: 'SER/PLAS',
      container: 'LIHEP',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const analysis = await db
    .insertInto('analyses')
    .values({ specimen_id: specimen.id, order_id: order.id, test_code: 'K' })
    .returning('id')
    .executeTakeFirstOrThrow();
  let version = 0;
  return () => ({
    analysis_id: analysis.id,
    version: ++version,
    value: { kind: 'numeric', value: 4.2 },
    numeric_value: 4.2,
    unit: 'mmol/L',
    flags: [],
    status: 'pending',
    source: 'instrument',
    instrument_id: 'CHEM1',
    entered_by: 'bench',
    detail: {},
  });
}

const percentile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(2);

async function measure(db, mode) {
  const next = await prepare(db);
  const latencies = [];
  const commit = async (rows) => {
    const t = performance.now();
    await db.transaction().execute((tx) => tx.insertInto('results').values(rows).execute());
    latencies.push(performance.now() - t);
  };
  const t0 = performance.now();
  if (mode === 'single') for (let i = 0; i < ROWS; i++) await commit([next()]);
  if (mode === 'concurrent') {
    let left = ROWS;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (left-- > 0) await commit([next()]);
      }),
    );
  }
  if (mode === 'batched')
    for (let i = 0; i < ROWS / 100; i++) await commit(Array.from({ length: 100 }, next));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    'rows/s': Math.round(ROWS / seconds),
    'commits/s': Math.round(latencies.length / seconds),
    'commit p50 ms': percentile(latencies, 0.5),
    'commit p99 ms': percentile(latencies, 0.99),
  };
}

async function server(name, maintenanceUrl) {
  const dbName = `aliquot_bench_${process.pid}`;
  const url = await ensureDatabase(maintenanceUrl, dbName);
  const db = connect(url, 25);
  await migrateToLatest(db);
  const rows = [];
  for (const mode of ['single', 'concurrent', 'batched'])
    rows.push({ server: name, mode, ...(await measure(db, mode)) });
  const settings =
    await sql`select current_setting('fsync') as fsync, current_setting('synchronous_commit') as sync`.execute(
      db,
    );
  const { fsync, sync } = settings.rows[0];
  for (const row of rows) row['fsync/sync commit'] = `${fsync}/${sync}`;
  await db.destroy();
  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${dbName}`);
  await admin.end();
  return rows;
}

const home = await mkdtemp(path.join(tmpdir(), 'aliquot-inserts-'));
await chmod(home, 0o755);
const embedded = await startEmbeddedPostgres({ dataDir: path.join(home, 'data') });
const table = await server('embedded PostgreSQL', embedded.url);
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
  table.push(...(await server('PostgreSQL 15 server', external)));
} else console.log('PostgreSQL server at 127.0.0.1:5432 not reachable: skipped');
console.log(`${ROWS} result rows per mode; Node ${process.version}`);
console.table(table);
