// FHIR Observation searches on a lab with one million observations: a scratch database on the embedded
// PostgreSQL is bulk-loaded with SQL (generate_series) — patients, orders, specimens with their event
// timelines, analyses, results with releases, holds and corrections — then a real Aliquot server
// answers searches over HTTP from 8 concurrent clients. Prints searches/s and p50/p99 latency per
// search. Set FHIR_BENCH_OBSERVATIONS to load fewer (or more) observations.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import {
  connect,
  ensureDatabase,
  migrateToLatest,
  startEmbeddedPostgres,
} from '../packages/storage/dist/index.js';
import { commandLine, createUser, seedCatalog } from '../packages/services/dist/index.js';
import { startServer } from '../packages/server/dist/index.js';
import { loadLab } from './fhir-bench-load.mjs';

const OBSERVATIONS = Number(process.env.FHIR_BENCH_OBSERVATIONS ?? 1_000_000);
const CLIENTS = 8;
const REQUESTS = 400;
const SEQUENTIAL = 100;

const percentile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function measure(base, token, name, makeQuery) {
  const headers = { authorization: `Bearer ${token}`, accept: 'application/fhir+json' };
  const search = async (i) => {
    const t = performance.now();
    const response = await fetch(`${base}/fhir/R4/${makeQuery(i)}`, { headers });
    const body = await response.json();
    if (response.status !== 200)
      throw new Error(`${name}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
    return { ms: performance.now() - t, entries: body.entry.length, total: body.total };
  };
  for (let i = 0; i < 20; i++) await search(i + 100_000);
  // One client alone: the time a search takes when it does not queue behind others.
  const alone = [];
  for (let i = 0; i < SEQUENTIAL; i++) alone.push((await search(i + 200_000)).ms);
  alone.sort((a, b) => a - b);
  const results = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < REQUESTS) results.push(await search(next++));
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  const totals = results.map((r) => r.total).filter((t) => t !== undefined);
  return {
    search: name,
    '1 client p50 ms': percentile(alone, 0.5).toFixed(1),
    '1 client p99 ms': percentile(alone, 0.99).toFixed(1),
    [`${CLIENTS} clients searches/s`]: Math.round(results.length / seconds),
    [`${CLIENTS} clients p50 ms`]: percentile(latencies, 0.5).toFixed(1),
    [`${CLIENTS} clients p99 ms`]: percentile(latencies, 0.99).toFixed(1),
    'entries/page': (results.reduce((s, r) => s + r.entries, 0) / results.length).toFixed(1),
    'mean total': totals.length ? Math.round(totals.reduce((s, t) => s + t, 0) / totals.length) : 'not asked',
  };
}

const home = await mkdtemp(path.join(tmpdir(), 'aliquot-fhir-bench-'));
await chmod(home, 0o755);
const embedded = await startEmbeddedPostgres({ dataDir: path.join(home, 'data') });
const url = await ensureDatabase(embedded.url, 'aliquot_fhir_bench');
const db = connect(url, 4);
await migrateToLatest(db);
const lab = { db, now: () => new Date() };
await seedCatalog(lab, commandLine);
const loaded = await loadLab(db, OBSERVATIONS);
const patients = (await sql`select id from patients order by mrn`.execute(db)).rows.map((r) => r.id);
const items = (
  await sql`select order_id, orderable_code from order_items order by order_id limit 5000`.execute(db)
).rows;
await createUser(lab, commandLine, {
  username: 'bench',
  displayName: 'Bench',
  password: 'bench-password-1',
  roles: ['mls'],
});
await db.destroy();

const server = await startServer({ port: 0, dataDir: '', databaseUrl: url, firstAdmin: false });
const login = await fetch(`${server.url}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'bench', password: 'bench-password-1' }),
});
const { token } = await login.json();

// A patient, a code and a day, picked by a fixed stride so every run asks the same questions.
const patient = (i) => patients[(i * 7919) % patients.length];
const codes = ['2823-3', '2951-2', '718-7', '777-3', '2093-3', '1742-6'];
const code = (i) => codes[i % codes.length];
const day = (i) => new Date(Date.UTC(2024, 0, 1) + ((i * 37) % 730) * 86_400_000).toISOString().slice(0, 10);
const item = (i) => {
  const row = items[(i * 31) % items.length];
  return `${row.order_id}.${row.orderable_code}`;
};

const table = [];
for (const [name, query] of [
  ["a patient's results", (i) => `Observation?patient=${patient(i)}&_count=50`],
  [
    "a patient's potassium trend",
    (i) => `Observation?patient=${patient(i)}&code=http://loinc.org|${code(i)}&_sort=-date`,
  ],
  [
    'a patient since a date, newest first',
    (i) => `Observation?subject=Patient/${patient(i)}&date=ge${day(i)}&_sort=-date&_count=20`,
  ],
  [
    'final lab results, no total',
    (i) => `Observation?patient=${patient(i)}&status=final&category=laboratory&_count=100&_total=none`,
  ],
  [
    'one analyte on one day, all patients',
    (i) => `Observation?code=http://loinc.org|${code(i)}&date=${day(i)}&_count=50`,
  ],
  ['results of one order item', (i) => `Observation?based-on=ServiceRequest/${item(i)}`],
  [
    'reports with results included',
    (i) => `DiagnosticReport?patient=${patient(i)}&_include=DiagnosticReport:result&_count=10`,
  ],
]) {
  table.push(await measure(server.url, token, name, query));
}
await server.close();
await embedded.stop();
await rm(home, { recursive: true, force: true });
console.log(
  `${loaded.toLocaleString()} observations on the embedded PostgreSQL; per search ${SEQUENTIAL} from one HTTP client, then ${REQUESTS} from ${CLIENTS} concurrent clients; Node ${process.version}; ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}`,
);
console.table(table);
