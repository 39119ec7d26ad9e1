// The simulated lab flat out against the built `aliquot serve` (its own process), on the embedded
// PostgreSQL and on the PostgreSQL 15 server at 127.0.0.1:5432 when it is up (a scratch database).
// Orders are placed first through the REST API (patients, orders, collection, receipt: not timed);
// then the virtual analyzers run flat out — host query, measurement, results over ASTM and MLLP — and
// everything is timed from their first byte to the last release: journaled before each ACK,
// autoverified, stored, released, and sent to the virtual EHR as ORU^R01.
// Prints results/s acknowledged and released, p50/p99 from a result's acknowledgment (received and
// journaled) to its release, release to the EHR's receipt, and peak memory of Aliquot and the simulator.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  CatalogView,
  EhrResultListener,
  FaultPlanner,
  GroundTruthLedger,
  LabApiClient,
  PatientBiology,
  PopulationGenerator,
  RestOrderEntry,
  SimClock,
  SimRandom,
  SpecimenDesk,
  VirtualAnalyzer,
  analyteModels,
  chooseOrder,
  defaultAnalyzers,
  percentiles,
  prepareSimulatedLab,
  readLabOutcomes,
  runOrder,
  settleLab,
  transportFor,
} from '../packages/simulator/dist/index.js';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 400);
const ORDER_CONCURRENCY = 16;
const PG_URL = process.env.ALIQUOT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CLI = fileURLToPath(new URL('../packages/cli/dist/main.js', import.meta.url));
const ADMIN_PASSWORD = 'bench-admin-password-1';

/** A bench lab: four chemistry analyzers, two haematology, one immunoassay (HL7). */
function benchAnalyzers() {
  const d = new Map(defaultAnalyzers().map((a) => [a.code, a]));
  const copy = (code, n) => {
    const base = d.get(code);
    const copyCode = `${code.split('-')[0]}-${n}`;
    return {
      ...base,
      code: copyCode,
      senderId: `${base.senderId}${n}`,
      qc: { ...base.qc, specimenId: `QC-${copyCode}-L{level}` },
    };
  };
  return [1, 2, 3, 4]
    .map((n) => copy('CHEM-1', n))
    .concat(
      [1, 2].map((n) => copy('HEME-1', n)),
      [d.get('IMMUNO-1')],
    );
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function peakRssMb(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** Starts `aliquot serve` in its own process; resolves once its health endpoint answers. */
async function startAliquot({ databaseUrl, dataDir, ehrPort }) {
  const [port, astmPort, mllpPort] = [await freePort(), await freePort(), await freePort()];
  const config = path.join(dataDir, '..', 'aliquot.json');
  await writeFile(
    config,
    JSON.stringify({
      ehr: { host: '127.0.0.1', port: ehrPort, receivingApplication: 'SIMEHR', receivingFacility: 'WARDS' },
    }),
  );
  const env = { ...process.env, ALIQUOT_ADMIN_PASSWORD: ADMIN_PASSWORD };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  const child = spawn(
    process.execPath,
    [
      CLI,
      'serve',
      '--port',
      String(port),
      '--astm-port',
      String(astmPort),
      '--mllp-port',
      String(mllpPort),
      '--data',
      dataDir,
      '--config',
      config,
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`aliquot serve exited: ${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      if (i > 600) throw new Error(`aliquot serve did not answer: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    astmPort,
    mllpPort,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** Places the orders (collection and receipt too) with the tubes waiting on the analyzers' racks. */
async function placeOrders(ctx, view, population, random) {
  const patients = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: ORDER_CONCURRENCY }, async () => {
      while (next < ORDERS) {
        const i = next++;
        const patient = population.next();
        patients.push(patient);
        const orderRandom = random.fork(`order-${i}`);
        const request = chooseOrder(patient, orderRandom, view.orderables);
        await runOrder(ctx, { patient, request, warmUp: false, minute: i, random: orderRandom });
      }
    }),
  );
}

async function runOn(name, databaseUrl) {
  const scratch = await mkdtemp(path.join(tmpdir(), 'aliquot-e2e-'));
  await chmod(scratch, 0o755);
  const inbox = new EhrResultListener();
  const ehrPort = await inbox.listen(0);
  const server = await startAliquot({ databaseUrl, dataDir: path.join(scratch, 'data'), ehrPort });
  try {
    const admin = await LabApiClient.signIn(server.url, 'admin', ADMIN_PASSWORD);
    const profiles = benchAnalyzers();
    const random = new SimRandom(2026);
    const { staff } = await prepareSimulatedLab(admin, profiles, random.fork('accounts'));
    const catalog = await staff.technologist.catalog();
    // Ordered, collected and received through the REST API: only what the analyzers run is timed.
    const view = new CatalogView(catalog.tests, catalog.panels);
    const models = analyteModels(catalog.tests);
    const ledger = new GroundTruthLedger();
    const clock = new SimClock(Number.POSITIVE_INFINITY);
    const planner = new FaultPlanner(
      { tubeRates: {}, measurementRates: {}, analyzerEvents: [], scripted: [] },
      random.fork('faults'),
    );
    const analyzers = new Map(
      profiles.map((p) => [
        p.code,
        new VirtualAnalyzer(
          p,
          transportFor(p, { host: '127.0.0.1', astmPort: server.astmPort, mllpPort: server.mllpPort }),
          {
            catalog: view.tests,
            ledger,
            clock,
            planner,
            events: [],
            random: random.fork(p.code),
            serumIndices: false,
            log: (line) => console.log(`  ! ${line}`),
          },
        ),
      ]),
    );
    const biology = new Map();
    const ctx = {
      catalog: view,
      profiles,
      analyzers,
      orderEntry: new RestOrderEntry(staff.ehr),
      desk: new SpecimenDesk(staff.phlebotomist, staff.receiver),
      planner,
      ledger,
      clock,
      biologyOf: (p) =>
        biology.get(p.key) ??
        biology.set(p.key, new PatientBiology(p, models, random.fork(p.key))).get(p.key),
      drawnAt: new Map(),
      otherPatient: () => undefined,
      counters: { orders: 0, tubes: 0 },
    };
    const population = new PopulationGenerator(
      {
        settings: { sickShare: 0.25, criticalShareOfSick: 0.1 },
        models,
        mrnPrefix: `B${Date.now().toString(36)}`,
        today: new Date(),
      },
      random.fork('people'),
    );
    const since = new Date();
    await placeOrders(ctx, view, population, random);
    const t0 = Date.now();
    const running = [...analyzers.values()].map((a) => a.start());
    while ([...analyzers.values()].some((a) => a.queued > 0)) await new Promise((r) => setTimeout(r, 50));
    await Promise.all([...analyzers.values()].map((a) => a.stop()));
    await Promise.all(running);
    const lastAck = Date.now();
    await Promise.all([...analyzers.values()].map((a) => a.transport.close()));
    await settleLab(staff.technologist, ledger);
    const outcomes = await readLabOutcomes(staff.technologist, ledger, since);
    const byKey = new Map(outcomes.results.map((o) => [`${o.accession}|${o.testCode}|${o.replicate}`, o]));
    const latencies = [];
    let lastRelease = t0;
    for (const t of ledger.results) {
      const o = byKey.get(`${t.accession}|${t.testCode}|${t.replicate}`);
      if (o?.status !== 'released' || !o.releasedAt) continue;
      const released = Date.parse(o.releasedAt);
      lastRelease = Math.max(lastRelease, released);
      latencies.push(released - Date.parse(t.acknowledgedAt));
    }
    const delivered = new Map(
      inbox.received.map((r) => [`${r.accession}|${r.testCode}`, Date.parse(r.receivedAt)]),
    );
    const toEhr = outcomes.results
      .filter((o) => o.status === 'released' && o.releasedAt && delivered.has(`${o.accession}|${o.testCode}`))
      .map((o) => (delivered.get(`${o.accession}|${o.testCode}`) ?? 0) - Date.parse(o.releasedAt));
    const lat = percentiles(latencies);
    const ehr = percentiles(toEhr);
    return {
      name,
      tubes: ctx.counters.tubes,
      results: ledger.results.length,
      ackedPerSecond: ledger.results.length / ((lastAck - t0) / 1000),
      released: latencies.length,
      releasedPerSecond: latencies.length / ((lastRelease - t0) / 1000),
      p50: lat.p50,
      p99: lat.p99,
      ehr: `${toEhr.length} (${ehr.p50 ?? '—'}/${ehr.p99 ?? '—'} ms)`,
      aliquotMb: await peakRssMb(server.pid),
      simulatorMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await server.stop();
    await inbox.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

async function withScratchDatabase(work) {
  const name = `aliquot_e2e_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
  }
}

const rows = [];
rows.push(await runOn('embedded PostgreSQL', undefined));
if (await reachable(PG_URL))
  rows.push(await withScratchDatabase((url) => runOn('PostgreSQL 15 server', url)));
else console.log(`(the PostgreSQL server at ${PG_URL} is not reachable: embedded only)`);

const f = (n, d = 0) => (n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(d));
console.log(
  `\nEnd to end, ${ORDERS} orders, ${benchAnalyzers().length} analyzers flat out (ASTM host query + results, HL7 OUL^R22)`,
);
console.log(
  '| server | tubes | results | acked results/s | released | released results/s | ack→release p50 ms | p99 ms | to EHR (p50/p99) | Aliquot peak RSS MB | simulator peak RSS MB |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.tubes} | ${r.results} | ${f(r.ackedPerSecond, 1)} | ${r.released} | ${f(r.releasedPerSecond, 1)} | ${f(r.p50)} | ${f(r.p99)} | ${r.ehr} | ${f(r.aliquotMb)} | ${f(r.simulatorMb)} |`,
  );
}
