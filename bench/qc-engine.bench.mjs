// QC engine throughput: Westgard points evaluated per second with a realistic history, and PBRTQC
// updates per second for SMA, MM and EWMA. Build first: `npx tsc -b`. No assertions; figures only.
// There is no JavaScript peer library for Westgard multirules or PBRTQC to run beside it.
import {
  WestgardRuleSets,
  createPbrtqcState,
  createSeededRandom,
  evaluateRun,
  nextPbrtqc,
  sampleNormal,
  simulateBiasDetection,
  westgardRuleOrder,
} from '../packages/engines/dist/qc/index.js';

const random = createSeededRandom(20250303);
const levels = [
  { level: 'L1', mean: 5.1, sd: 0.15 },
  { level: 'L2', mean: 120, sd: 3.2 },
  { level: 'L3', mean: 410, sd: 11 },
];

function runObservations(runIndex, levelCount) {
  return levels.slice(0, levelCount).map((target, levelIndex) => ({
    id: `r${runIndex}-${target.level}`,
    runId: `r${runIndex}`,
    level: target.level,
    lotId: 'lot-1',
    value: sampleNormal(random, target.mean, target.sd),
    targetMean: target.mean,
    targetSd: target.sd,
    measuredAt: new Date(Date.UTC(2025, 0, 1) + runIndex * 8 * 3_600_000 + levelIndex * 60_000).toISOString(),
  }));
}

/** `runs` earlier runs, every 25th rejected, as a lab's database would return them. */
function historyOf(runs, levelCount) {
  return Array.from({ length: runs }, (_, index) =>
    runObservations(index, levelCount).map((o) => ({
      ...o,
      status: index % 25 === 24 ? 'rejected' : 'accepted',
    })),
  ).flat();
}

function time(seconds, work) {
  for (let i = 0; i < 200; i += 1) work(i); // warm-up
  let iterations = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    for (let i = 0; i < 50; i += 1) work(iterations + i);
    iterations += 50;
    elapsed = performance.now() - started;
  }
  return { iterations, seconds: elapsed / 1000 };
}

const westgardCases = [
  { name: 'full rule set, 2 levels, 90 runs of history', rules: westgardRuleOrder, levelCount: 2, runs: 90 },
  { name: 'full rule set, 3 levels, 90 runs of history', rules: westgardRuleOrder, levelCount: 3, runs: 90 },
  {
    name: 'full rule set, 2 levels, 365 runs of history',
    rules: westgardRuleOrder,
    levelCount: 2,
    runs: 365,
  },
  {
    name: 'full rule set, 2 levels, 2000 runs of history',
    rules: westgardRuleOrder,
    levelCount: 2,
    runs: 2000,
  },
  {
    name: '1-3s/2-2s/R-4s/4-1s/10x, 2 levels, 90 runs',
    rules: WestgardRuleSets.twoLevelMultirule,
    levelCount: 2,
    runs: 90,
  },
];

const westgardRows = westgardCases.map(({ name, rules, levelCount, runs }) => {
  const history = historyOf(runs, levelCount);
  const candidates = Array.from({ length: 64 }, (_, index) => runObservations(runs + index, levelCount));
  const config = { rules, resetAtControlLotChange: true };
  const { iterations, seconds } = time(1.5, (i) => {
    evaluateRun({ run: candidates[i % candidates.length], history, config });
  });
  return {
    case: name,
    'runs/s': Math.round(iterations / seconds),
    'QC points/s': Math.round((iterations * levelCount) / seconds),
    'µs/run': Number(((seconds * 1e6) / iterations).toFixed(1)),
  };
});
console.log('\nWestgard multirule evaluation (one new run against its history)');
console.table(westgardRows);

const patients = Array.from({ length: 200_000 }, () => sampleNormal(random, 140, 2.5));
const truncation = { low: 120, high: 160, mode: 'truncate' };
const pbrtqcCases = [
  { name: 'SMA N=20', calculation: { method: 'sma', blockSize: 20 } },
  { name: 'SMA N=50', calculation: { method: 'sma', blockSize: 50 } },
  { name: 'MM N=20', calculation: { method: 'mm', blockSize: 20 } },
  { name: 'MM N=50', calculation: { method: 'mm', blockSize: 50 } },
  { name: 'EWMA λ=0.05', calculation: { method: 'ewma', lambda: 0.05, startValue: 140 } },
];

const pbrtqcRows = pbrtqcCases.map(({ name, calculation }) => {
  const settings = { calculation, truncation, controlLimits: { lower: 138.8, upper: 141.2 } };
  let state = createPbrtqcState(settings);
  let alarms = 0;
  const started = performance.now();
  for (const value of patients) {
    const step = nextPbrtqc(state, value);
    state = step.state;
    if (step.alarm) alarms += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  return { procedure: name, 'updates/s': Math.round(patients.length / seconds), alarms };
});
console.log(
  `\nPBRTQC updates (${patients.length} sodium-like results, truncation 120–160, pure next(state, value))`,
);
console.table(pbrtqcRows);

const simulationStarted = performance.now();
const report = simulateBiasDetection({
  results: patients.slice(0, 20_000),
  bias: { kind: 'percent', amount: 2 },
  settings: {
    calculation: { method: 'sma', blockSize: 20 },
    truncation,
    controlLimits: { lower: 138.6, upper: 141.4 },
  },
  introductions: 1000,
  random: createSeededRandom(7),
});
const simulationSeconds = (performance.now() - simulationStarted) / 1000;
console.log('\nBias-detection simulation (SMA N=20, +2 %, 1000 introductions over 20 000 results)');
console.table([
  {
    seconds: Number(simulationSeconds.toFixed(2)),
    ANPed: report.anped === undefined ? '-' : Number(report.anped.toFixed(1)),
    MNPed: report.mnped ?? '-',
    '95NPed': report.p95nped ?? '-',
    detected: report.detected,
    'false-alarm rate': Number(report.falseAlarmRate.toFixed(4)),
  },
]);
