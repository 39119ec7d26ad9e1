// Autoverification through the service with storage: results recorded and judged per second on the
// embedded PostgreSQL, each in the transaction that records it (context from the database: patient
// history, other results of the specimen, QC state from quality control; decision, release or hold,
// requests and audit written before commit). Starter catalog and starter rule set; accepted QC on the
// analyzer; one earlier BMP per patient so delta checks have history. Build first: npx tsc -b
// Also counts the statements sent to PostgreSQL per message (a round trip each). Prints figures;
// asserts nothing.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { ensureDatabase, migrateToLatest, startEmbeddedPostgres } from '../packages/storage/dist/index.js';
import {
  commandLine,
  createControlLot,
  createControlMaterial,
  enterQcRun,
  ensureStarterRuleSet,
  placeOrder,
  receiveSpecimen,
  recordResults,
  registerPatient,
  runUseCase,
  seedCatalog,
  setManufacturerTarget,
} from '../packages/services/dist/index.js';

const PATIENTS = Number(process.env.AV_SERVICE_BENCH_PATIENTS ?? 150);
const INSTRUMENT = 'CHEM-1';

let seed = 20261121;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const gauss = () => Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());

/** BMP analytes: [code, unit, patient mean, patient SD, control L1 mean, L1 SD, L2 mean, L2 SD]. */
const BMP = [
  ['NA', 'mmol/L', 140, 2.5, 140, 1.2, 160, 1.5],
  ['K', 'mmol/L', 4.2, 0.35, 4.0, 0.08, 6.5, 0.12],
  ['CL', 'mmol/L', 103, 2.5, 100, 1.5, 120, 2],
  ['CO2', 'mmol/L', 25, 2, 24, 1, 35, 1.2],
  ['BUN', 'mg/dL', 14, 3, 15, 0.6, 60, 2],
  ['CREA', 'mg/dL', 0.9, 0.15, 1.0, 0.04, 5.0, 0.15],
  ['GLU', 'mg/dL', 95, 12, 90, 3, 300, 8],
  ['CA', 'mg/dL', 9.4, 0.3, 9.2, 0.15, 12.5, 0.2],
];

const analyzer = {
  id: 'bench-interface',
  username: 'interface:CHEM-1',
  displayName: 'CHEM-1',
  roles: ['mlt'],
};
const desk = { id: 'bench-desk', username: 'desk', displayName: 'Desk', roles: ['mlt'] };

async function acceptQc(lab) {
  const material = await createControlMaterial(lab, desk, {
    code: 'BENCH',
    name: 'Bench control',
    manufacturer: 'X',
  });
  const lot = async (level, number) =>
    (
      await createControlLot(lab, desk, {
        materialId: material.id,
        level,
        lotNumber: number,
        expiresOn: '2099-12-31',
      })
    ).id;
  const l1 = await lot('L1', '1');
  const l2 = await lot('L2', '2');
  for (const [code, , , , m1, s1, m2, s2] of BMP) {
    await setManufacturerTarget(lab, desk, {
      instrumentCode: INSTRUMENT,
      testCode: code,
      lotId: l1,
      mean: m1,
      sd: s1,
    });
    await setManufacturerTarget(lab, desk, {
      instrumentCode: INSTRUMENT,
      testCode: code,
      lotId: l2,
      mean: m2,
      sd: s2,
    });
    await enterQcRun(lab, desk, {
      instrumentCode: INSTRUMENT,
      testCode: code,
      measuredAt: new Date(Date.now() - 10 * 60_000),
      values: [
        { lotId: l1, value: m1 },
        { lotId: l2, value: m2 },
      ],
    });
  }
}

async function specimenFor(lab, patient, orderables) {
  const order = await placeOrder(lab, desk, { patientId: patient.id, orderables, priority: 'routine' });
  const accession = order.specimens[0].accessionNumber;
  await receiveSpecimen(lab, desk, accession, { mrn: patient.mrn, birthDate: patient.birthDate });
  return accession;
}

const value = ([, , mean, sd]) => Math.round((mean + sd * gauss()) * 100) / 100;

/** One analyzer message: the eight BMP results of a specimen, recorded and judged in one transaction. */
function message(lab, accession) {
  return runUseCase(lab, analyzer, 'result:enter', async (uow) => {
    const results = await recordResults(
      uow,
      analyzer,
      BMP.map((analyte) => ({
        accession,
        input: {
          testCode: analyte[0],
          value: { kind: 'numeric', value: value(analyte) },
          unit: analyte[1],
          source: 'instrument',
          instrumentId: INSTRUMENT,
        },
      })),
    );
    return results.map((result) => result.status);
  });
}

const percentile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** Statements sent to PostgreSQL (begin and commit included) since the count was last reset. */
let statements = 0;

async function measure(label, lab, accessions, concurrency) {
  statements = 0;
  const latencies = [];
  const tally = { final: 0, held: 0 };
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < accessions.length) {
        const accession = accessions[next++];
        const t = performance.now();
        for (const status of await message(lab, accession)) tally[status] = (tally[status] ?? 0) + 1;
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const sent = statements;
  const results = accessions.length * BMP.length;
  latencies.sort((a, b) => a - b);
  return {
    mode: label,
    results,
    'results/s': Math.round(results / seconds),
    'message p50 ms': percentile(latencies, 0.5).toFixed(1),
    'message p99 ms': percentile(latencies, 0.99).toFixed(1),
    'per result ms': ((seconds * 1000 * concurrency) / results).toFixed(2),
    'queries/message': (sent / accessions.length).toFixed(1),
    released: `${((100 * tally.final) / results).toFixed(1)}%`,
  };
}

const home = await mkdtemp(path.join(tmpdir(), 'aliquot-av-service-'));
await chmod(home, 0o755);
const embedded = await startEmbeddedPostgres({ dataDir: path.join(home, 'data') });
try {
  const url = await ensureDatabase(embedded.url, 'aliquot_av_bench');
  const db = new Kysely({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 10 }) }),
    log: (event) => {
      if (event.level === 'query') statements += 1;
    },
  });
  await migrateToLatest(db);
  const lab = { db, now: () => new Date() };
  await seedCatalog(lab, commandLine);
  await ensureStarterRuleSet(lab);
  await acceptQc(lab);
  const patients = [];
  for (let i = 0; i < PATIENTS; i++) {
    patients.push(
      await registerPatient(lab, desk, {
        mrn: `BENCH-${i}`,
        familyName: `Patient${i}`,
        givenName: 'Bench',
        birthDate: `19${50 + (i % 40)}-0${1 + (i % 9)}-15`,
        clinicalSex: i % 2 === 0 ? 'female' : 'male',
      }),
    );
  }
  // Warm-up and history: one BMP per patient, judged and (mostly) released.
  const history = [];
  for (const patient of patients) history.push(await specimenFor(lab, patient, ['BMP']));
  await measure('warm-up (history)', lab, history, 1);
  const rows = [];
  for (const concurrency of [1, 4]) {
    const accessions = [];
    for (const patient of patients) accessions.push(await specimenFor(lab, patient, ['BMP']));
    rows.push({
      ...(await measure(
        `BMP messages, ${concurrency} link${concurrency > 1 ? 's' : ''}`,
        lab,
        accessions,
        concurrency,
      )),
    });
  }
  const counts = await db
    .selectFrom('result_decisions')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  console.log(
    `${PATIENTS} patients, ${BMP.length} results per message, ${counts?.n} decisions stored; starter rule set; ` +
      `embedded PostgreSQL (fsync on); Node ${process.version}`,
  );
  console.table(rows);
  await db.destroy();
} finally {
  await embedded.stop();
  await rm(home, { recursive: true, force: true });
}
