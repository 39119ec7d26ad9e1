// Autoverification throughput: results judged per second by the engine alone, with the starter rule set
// and a one-year result history per patient held in memory. Build first: npx tsc -b
// Prints figures; asserts nothing.
import { evaluate, replay, starterRuleSet } from '../packages/engines/dist/autoverification/index.js';

const PATIENTS = Number(process.env.AV_BENCH_PATIENTS ?? 2000);
const ROUNDS = Number(process.env.AV_BENCH_ROUNDS ?? 5);
const now = new Date('2026-11-20T10:00:00Z');
const DAY = 86_400_000;

// A deterministic generator, so every run judges the same results.
let seed = 20261120;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const gauss = () => Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());

const any = (low, high) => [{ sex: 'any', low, high }];
const kost = (low, high) => ({ low, high, source: 'Kost 1990' });
const def = (code, name, discipline, specimenType, unit, referenceIntervals, extra = {}) => ({
  code,
  name,
  discipline,
  specimenType,
  container: specimenType === 'WB-EDTA' ? 'EDTA' : 'SST',
  valueKind: 'numeric',
  unit,
  referenceIntervals,
  ...extra,
});
const chem = (code, name, unit, ri, extra) => def(code, name, 'chemistry', 'SER/PLAS', unit, ri, extra);
const heme = (code, name, unit, ri, extra) => def(code, name, 'hematology', 'WB-EDTA', unit, ri, extra);

/** [definition, mean, sd] for the panels the bench draws: a BMP and a CBC. */
const panels = {
  BMP: [
    [
      chem('NA', 'Sodium', 'mmol/L', any(136, 145), {
        measuringRange: { low: 80, high: 180 },
        critical: kost(120, 158),
        delta: { method: 'absolute', limit: 8, windowHours: 72 },
      }),
      140,
      2.5,
    ],
    [
      chem('K', 'Potassium', 'mmol/L', any(3.5, 5.1), {
        measuringRange: { low: 1.5, high: 10 },
        critical: kost(2.8, 6.2),
        delta: { method: 'rcv', limit: 11.3, windowHours: 48 },
        variation: { cvi: 3.9, cva: 1.2, source: 'EFLM' },
        serumIndexLimits: { hemolysis: 90, source: 'insert' },
      }),
      4.2,
      0.35,
    ],
    [
      chem('CL', 'Chloride', 'mmol/L', any(98, 107), {
        measuringRange: { low: 60, high: 140 },
        critical: kost(75, 126),
      }),
      103,
      2.5,
    ],
    [
      chem('CO2', 'CO2, total', 'mmol/L', any(22, 29), {
        measuringRange: { low: 5, high: 45 },
        critical: kost(11, 40),
      }),
      25,
      2,
    ],
    [
      chem('BUN', 'Urea nitrogen', 'mg/dL', any(7, 20), {
        measuringRange: { low: 2, high: 150, maxDilution: 5 },
        critical: kost(undefined, 104),
      }),
      14,
      3,
    ],
    [
      chem(
        'CREA',
        'Creatinine',
        'mg/dL',
        [
          { sex: 'female', low: 0.59, high: 1.04 },
          { sex: 'male', low: 0.74, high: 1.35 },
        ],
        {
          measuringRange: { low: 0.1, high: 25 },
          critical: kost(undefined, 7.4),
          delta: { method: 'percent', limit: 50, windowHours: 72 },
        },
      ),
      0.9,
      0.12,
    ],
    [
      chem('GLU', 'Glucose', 'mg/dL', any(70, 99), {
        measuringRange: { low: 2, high: 750, maxDilution: 10 },
        critical: kost(46, 484),
      }),
      105,
      25,
    ],
    [
      chem('CA', 'Calcium', 'mg/dL', any(8.6, 10.3), {
        measuringRange: { low: 1, high: 20 },
        critical: kost(6.6, 12.9),
      }),
      9.4,
      0.35,
    ],
  ],
  CBC: [
    [
      heme('WBC', 'WBC', '10*3/uL', any(4, 11), {
        measuringRange: { low: 0, high: 400 },
        critical: kost(2, 37),
      }),
      7,
      1.8,
    ],
    [
      heme('RBC', 'RBC', '10*6/uL', [
        { sex: 'female', low: 4, high: 5.2 },
        { sex: 'male', low: 4.5, high: 5.9 },
      ]),
      4.7,
      0.3,
    ],
    [
      heme(
        'HGB',
        'Hemoglobin',
        'g/dL',
        [
          { sex: 'female', low: 12, high: 15.5 },
          { sex: 'male', low: 13.5, high: 17.5 },
        ],
        {
          measuringRange: { low: 0, high: 25 },
          critical: kost(6.6, 19.9),
          delta: { method: 'absolute', limit: 2.5, windowHours: 72 },
        },
      ),
      14,
      0.8,
    ],
    [
      heme(
        'HCT',
        'Hematocrit',
        '%',
        [
          { sex: 'female', low: 36, high: 46 },
          { sex: 'male', low: 41, high: 53 },
        ],
        { critical: kost(18, 61) },
      ),
      42,
      2.4,
    ],
    [heme('MCV', 'MCV', 'fL', any(80, 100)), 90, 0.6],
    [heme('MCH', 'MCH', 'pg', any(27, 33)), 30, 0.8],
    [heme('MCHC', 'MCHC', 'g/dL', any(32, 36)), 33.5, 0.6],
    [heme('RDW', 'RDW', '%', any(11.5, 14.5)), 13, 0.5],
    [
      heme('PLT', 'Platelets', '10*3/uL', any(150, 400), {
        measuringRange: { low: 0, high: 5000 },
        critical: kost(37, 910),
        delta: { method: 'percent', limit: 50, windowHours: 72 },
      }),
      250,
      30,
    ],
  ],
};

/** One patient: baselines, a year of BMPs every two weeks and CBCs every four, and today's two specimens. */
function patient(index) {
  const sex = random() < 0.5 ? 'female' : 'male';
  const birthDate = `${1940 + Math.floor(random() * 60)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
  const baseline = new Map();
  for (const members of Object.values(panels)) {
    for (const [definition, mean, sd] of members) baseline.set(definition.code, mean + gauss() * sd * 0.5);
  }
  const history = {};
  const draw = (code, sd) => Number((baseline.get(code) + gauss() * sd * 0.5).toFixed(2));
  for (const [panel, members] of Object.entries(panels)) {
    const everyDays = panel === 'BMP' ? 14 : 28;
    for (let day = 365; day >= 1; day -= everyDays) {
      const at = new Date(now.getTime() - day * DAY + Math.floor(random() * 8) * 3_600_000);
      for (const [definition, , sd] of members) {
        (history[definition.code] ??= []).push({
          value: draw(definition.code, sd),
          at,
          specimenType: definition.specimenType,
        });
      }
    }
  }
  const contexts = [];
  for (const [panel, members] of Object.entries(panels)) {
    const values = new Map(members.map(([definition, , sd]) => [definition.code, draw(definition.code, sd)]));
    // A few specimens with the usual problems: hemolysis, a glucose above the AMR, a wrong-blood MCV.
    const indices = { hemolysis: random() < 0.04 ? 150 : Math.floor(random() * 30), icterus: 2, lipemia: 20 };
    if (panel === 'BMP' && random() < 0.01) values.set('GLU', 812);
    if (panel === 'CBC' && random() < 0.01) values.set('MCV', values.get('MCV') + 6);
    const collectedAt = new Date(now.getTime() - (20 + Math.floor(random() * 90)) * 60_000);
    const specimenResults = [...values].map(([code, value]) => ({
      testCode: code,
      value: { kind: 'numeric', value },
    }));
    for (const [definition] of members) {
      contexts.push({
        result: {
          id: `P${index}-${definition.code}`,
          testCode: definition.code,
          value: { kind: 'numeric', value: values.get(definition.code) },
          unit: definition.unit,
          instrumentId: panel === 'BMP' ? 'CHEM-1' : 'HEME-1',
          instrumentFlags: [],
          replicate: 1,
          dilutionFactor: 1,
          measuredAt: now,
          analysisStatus: 'active',
        },
        definition,
        specimen: {
          id: `S${index}-${panel}`,
          type: definition.specimenType,
          collectedAt,
          serumIndices: indices,
          results: specimenResults,
        },
        patient: { id: `P${index}`, sex, birthDate, history },
        qc: { status: 'accepted', lastAcceptedAt: new Date(now.getTime() - 3 * 3_600_000) },
        now,
      });
    }
  }
  return { contexts, priorResults: Object.values(history).reduce((total, list) => total + list.length, 0) };
}

const built = Array.from({ length: PATIENTS }, (_, index) => patient(index));
const contexts = built.flatMap((p) => p.contexts);
const priorResults = built.reduce((total, p) => total + p.priorResults, 0);

// Warm up the JIT and the engine's per-test rule cache.
for (const context of contexts.slice(0, 2000)) evaluate(starterRuleSet, context);

const rates = [];
let dispositions = {};
for (let round = 0; round < ROUNDS; round++) {
  dispositions = {};
  const started = performance.now();
  for (const context of contexts) {
    const kind = evaluate(starterRuleSet, context).disposition.kind;
    dispositions[kind] = (dispositions[kind] ?? 0) + 1;
  }
  rates.push(contexts.length / ((performance.now() - started) / 1000));
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)];

const replayStarted = performance.now();
const report = replay(starterRuleSet, starterRuleSet, contexts.slice(0, 5000));
const replayRate = (2 * report.cases) / ((performance.now() - replayStarted) / 1000);

const format = (n) => Math.round(n).toLocaleString('en-US');
console.log(
  `autoverification engine, starter rule set (${starterRuleSet.rules.length} rules), node ${process.version}`,
);
console.log(
  `patients ${format(PATIENTS)}, prior results in memory ${format(priorResults)} (1 year: BMP every 14 d, CBC every 28 d)`,
);
console.log(`results judged per round ${format(contexts.length)}, rounds ${ROUNDS}`);
console.table({
  'evaluate (median round)': { 'results/s': format(median) },
  'evaluate (slowest round)': { 'results/s': format(rates[0]) },
  'evaluate (fastest round)': { 'results/s': format(rates[rates.length - 1]) },
  'replay, two rule sets': { 'results/s': format(replayRate) },
});
console.log('dispositions (last round):', dispositions);
console.log(`autoverified: ${((100 * (dispositions.release ?? 0)) / contexts.length).toFixed(1)}%`);
