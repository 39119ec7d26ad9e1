// QC through the services on the embedded PostgreSQL: control points evaluated per second (manual runs
// of two levels, instrument observations one at a time, and eight analyzers at once), and PBRTQC
// updates per second (one patient result per transaction, and 100 per transaction). Every point is a
// durable commit with its audit entries, history look-up, Westgard evaluation and, on a rejection, the
// hold with its look-back list. Build first: `npm run build`. Figures only; the engine alone is
// bench/qc-engine.bench.mjs.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  connect,
  ensureDatabase,
  migrateToLatest,
  startEmbeddedPostgres,
} from '../packages/storage/dist/index.js';
import {
  commandLine,
  configurePbrtqc,
  createControlLot,
  createControlMaterial,
  decideQcRules,
  enterQcRun,
  observePatientResult,
  recordQcObservationFromInstrument,
  runUseCase,
  seedCatalog,
  setManufacturerTarget,
} from '../packages/services/dist/index.js';
import { createSeededRandom, sampleNormal, westgardRuleOrder } from '../packages/engines/dist/qc/index.js';

const mlt = { id: 'bench', username: 'bench', displayName: 'Bench MLT', roles: ['mlt', 'supervisor'] };
const random = createSeededRandom(20250304);
const levels = [
  { level: 'L1', lot: 'B1001', mean: 90, sd: 3 },
  { level: 'L2', lot: 'B1002', mean: 300, sd: 8 },
];

const percentile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);

async function timed(count, perItem, work) {
  const latencies = [];
  const t0 = performance.now();
  await work(async (step) => {
    const t = performance.now();
    await step();
    latencies.push(performance.now() - t);
  });
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    'items/s': Math.round((count * perItem) / seconds),
    'commits/s': Math.round(latencies.length / seconds),
    'commit p50 ms': percentile(latencies, 0.5),
    'commit p99 ms': percentile(latencies, 0.99),
  };
}

async function controls(lab, instruments) {
  const material = await createControlMaterial(lab, mlt, { code: 'BENCH', name: 'Bench chemistry control' });
  const lots = [];
  for (const level of levels) {
    const lot = await createControlLot(lab, mlt, {
      materialId: material.id,
      level: level.level,
      lotNumber: level.lot,
      expiresOn: '2099-12-31',
      specimenId: `QC-${level.lot}`,
    });
    for (const instrumentCode of instruments) {
      await setManufacturerTarget(lab, mlt, {
        instrumentCode,
        testCode: 'GLU',
        lotId: lot.id,
        mean: level.mean,
        sd: level.sd,
      });
      await decideQcRules(lab, mlt, {
        instrumentCode,
        testCode: 'GLU',
        biasPercent: 1,
        cvPercent: 3,
        decisionLevel: 126,
        decision: { choice: 'override', rules: westgardRuleOrder, reason: 'benchmark: every rule' },
      });
    }
    lots.push({ ...level, id: lot.id });
  }
  return lots;
}

const rows = [];
const home = await mkdtemp(path.join(tmpdir(), 'aliquot-qc-bench-'));
await chmod(home, 0o755);
const embedded = await startEmbeddedPostgres({ dataDir: path.join(home, 'data') });
const db = connect(await ensureDatabase(embedded.url, 'aliquot_qc_bench'), 20);
try {
  await migrateToLatest(db);
  let clock = Date.now() - 400 * 86_400_000;
  const lab = { db, now: () => new Date() };
  await seedCatalog(lab, commandLine);
  const analyzers = Array.from({ length: 8 }, (_, i) => `CHEM-${i + 1}`);
  const lots = await controls(lab, ['BENCH-MANUAL', ...analyzers]);
  const value = (lot) => Math.round(sampleNormal(random, lot.mean, lot.sd) * 10) / 10;

  const RUNS = 400;
  rows.push({
    path: 'manual run (2 levels), full rule set',
    ...(await timed(RUNS, 2, async (commit) => {
      for (let i = 0; i < RUNS; i += 1) {
        clock += 8 * 3_600_000;
        await commit(() =>
          enterQcRun(lab, mlt, {
            instrumentCode: 'BENCH-MANUAL',
            testCode: 'GLU',
            measuredAt: new Date(clock),
            values: lots.map((lot) => ({ lotId: lot.id, value: value(lot) })),
          }),
        );
      }
    })),
  });

  const fromAnalyzer = (instrumentCode, lot, at) =>
    runUseCase(lab, mlt, 'result:enter', (uow) =>
      recordQcObservationFromInstrument(uow, {
        instrumentCode,
        specimenId: `QC-${lot.lot}`,
        testCode: 'GLU',
        value: value(lot),
        unit: 'mg/dL',
        measuredAt: at,
      }),
    );

  const POINTS = 800;
  const start = Date.now() - 200 * 86_400_000;
  rows.push({
    path: 'instrument observation, one analyzer',
    ...(await timed(POINTS, 1, async (commit) => {
      for (let i = 0; i < POINTS; i += 1) {
        const at = new Date(start + Math.floor(i / 2) * 8 * 3_600_000 + (i % 2) * 60_000);
        await commit(() => fromAnalyzer('CHEM-1', lots[i % 2], at));
      }
    })),
  });
  rows.push({
    path: 'instrument observation, 8 analyzers at once',
    ...(await timed(POINTS, 1, async (commit) => {
      await Promise.all(
        analyzers
          .slice(1)
          .concat('CHEM-1')
          .map(async (instrumentCode, a) => {
            for (let i = 0; i < POINTS / analyzers.length; i += 1) {
              const at = new Date(
                start + 140 * 86_400_000 + Math.floor(i / 2) * 8 * 3_600_000 + (i % 2) * 60_000 + a,
              );
              await commit(() => fromAnalyzer(instrumentCode, lots[i % 2], at));
            }
          }),
      );
    })),
  });

  const observe = (uow, instrumentCode) =>
    observePatientResult(uow, {
      instrumentCode,
      testCode: 'GLU',
      value: sampleNormal(random, 100, 12),
      resultId: randomUUID(),
    });
  for (const [name, calculation] of [
    ['SMA N=20', { method: 'sma', blockSize: 20 }],
    ['MM N=50', { method: 'mm', blockSize: 50 }],
    ['EWMA λ=0.1', { method: 'ewma', lambda: 0.1, startValue: 100 }],
  ]) {
    // Wide limits: a benchmark of the update, not of alarms.
    await configurePbrtqc(lab, mlt, {
      instrumentCode: 'CHEM-2',
      testCode: 'GLU',
      procedure: { calculation, truncation: { low: 40, high: 250, mode: 'truncate' } },
      controlLimits: { lower: 50, upper: 150 },
    });
    const UPDATES = 1500;
    rows.push({
      path: `PBRTQC ${name}, one result per transaction`,
      ...(await timed(UPDATES, 1, async (commit) => {
        for (let i = 0; i < UPDATES; i += 1) {
          await commit(() => runUseCase(lab, mlt, 'result:enter', (uow) => observe(uow, 'CHEM-2')));
        }
      })),
    });
    const BATCHES = 30;
    rows.push({
      path: `PBRTQC ${name}, 100 results per transaction`,
      ...(await timed(BATCHES, 100, async (commit) => {
        for (let b = 0; b < BATCHES; b += 1) {
          await commit(() =>
            runUseCase(lab, mlt, 'result:enter', async (uow) => {
              for (let i = 0; i < 100; i += 1) await observe(uow, 'CHEM-2');
            }),
          );
        }
      })),
    });
  }
  const { rows: runs } = await db
    .selectFrom('qc_runs')
    .select((eb) => ['decision', eb.fn.countAll().as('n')])
    .groupBy('decision')
    .execute()
    .then((r) => ({ rows: r }));
  console.log(
    `runs by decision: ${runs.map((r) => `${r.decision} ${r.n}`).join(', ')}; Node ${process.version}`,
  );
  console.table(rows);
} finally {
  await db.destroy();
  await embedded.stop();
  await rm(home, { recursive: true, force: true });
}
