import type { GroundTruthLedger, ResultTruth } from '../ground-truth/ground-truth.js';
import type { LabOutcomes, ResultOutcome } from './lab-outcomes.js';
import type {
  CleanScore,
  CriticalScore,
  ErrorScore,
  Percentiles,
  QcEventScore,
  ScoreReport,
  Tally,
} from './score-report.js';

export interface RunFacts {
  readonly scenario: string;
  readonly seed: number;
  readonly speed: number;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly simulatedHours: number;
  readonly patients: number;
  readonly orders: number;
  readonly tubes: number;
  readonly notes: readonly string[];
}

/** Nearest-rank percentiles of a sample. */
export function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number): number | null =>
    sorted.length === 0
      ? null
      : (sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? null);
  return { count: sorted.length, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: sorted.at(-1) ?? null };
}

const key = (accession: string, testCode: string, replicate: number): string =>
  `${accession}|${testCode}|${replicate}`;
const minutesBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 60_000;
const rate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function tally(
  truths: readonly ResultTruth[],
  outcome: (t: ResultTruth) => ResultOutcome | undefined,
): Tally {
  let heldBeforeRelease = 0;
  let released = 0;
  let notStored = 0;
  for (const t of truths) {
    const o = outcome(t);
    if (!o || o.status === 'not-stored') notStored++;
    else if (o.status === 'released') released++;
    else heldBeforeRelease++;
  }
  return { injected: truths.length, heldBeforeRelease, released, notStored };
}

function errorScore(
  erroneous: readonly ResultTruth[],
  outcome: (t: ResultTruth) => ResultOutcome | undefined,
): ErrorScore {
  const total = tally(erroneous, outcome);
  const kinds = new Set(erroneous.flatMap((t) => t.faults));
  const byKind: Record<string, Tally> = {};
  for (const kind of [...kinds].sort())
    byKind[kind] = tally(
      erroneous.filter((t) => t.faults.includes(kind)),
      outcome,
    );
  const byTube = new Map<string, boolean>();
  for (const t of erroneous) {
    const o = outcome(t);
    const held = o !== undefined && o.status !== 'released' && o.status !== 'not-stored';
    byTube.set(t.accession, (byTube.get(t.accession) ?? false) || held);
  }
  const releasedExamples = erroneous
    .filter((t) => outcome(t)?.status === 'released')
    .slice(0, 25)
    .map((t) => ({
      accession: t.accession,
      testCode: t.testCode,
      faults: t.faults.join(', '),
      sent: t.sent,
      ...(t.trueValue === undefined ? {} : { trueValue: Number(t.trueValue.toPrecision(4)) }),
    }));
  return {
    ...total,
    caughtRate: rate(total.heldBeforeRelease, total.heldBeforeRelease + total.released),
    byKind,
    tubes: { injected: byTube.size, anyHeld: [...byTube.values()].filter(Boolean).length },
    releasedExamples,
  };
}

function cleanScore(
  results: readonly ResultTruth[],
  outcome: (t: ResultTruth) => ResultOutcome | undefined,
): CleanScore {
  const clean = results.filter((t) => t.faults.length === 0);
  const reasons = new Map<string, number>();
  let autoverified = 0;
  let held = 0;
  let notStored = 0;
  let criticalAmongHeld = 0;
  for (const t of clean) {
    const o = outcome(t);
    if (!o || o.status === 'not-stored') notStored++;
    else if (o.status === 'released' && o.autoverified) autoverified++;
    else {
      held++;
      if (t.critical) criticalAmongHeld++;
      for (const r of o.holdReasons) reasons.set(r, (reasons.get(r) ?? 0) + 1);
    }
  }
  return {
    total: clean.length,
    autoverified,
    held,
    notStored,
    autoverifiedRate: rate(autoverified, autoverified + held),
    criticalAmongHeld,
    holdReasons: [...reasons].sort((a, b) => b[1] - a[1]).map(([reason, count]) => ({ reason, count })),
    faultWithinAllowableError: results.filter((t) => t.faults.length > 0 && !t.erroneous).length,
  };
}

function criticalScore(results: readonly ResultTruth[], outcomes: LabOutcomes, speed: number): CriticalScore {
  const critical = results.filter((t) => t.critical);
  const calls = new Map(outcomes.criticalCalls.map((c) => [`${c.accession}|${c.testCode}`, c]));
  const minutes: number[] = [];
  const missed: { accession: string; testCode: string; sent: string }[] = [];
  let callOpened = 0;
  let called = 0;
  for (const t of critical) {
    const call = calls.get(`${t.accession}|${t.testCode}`);
    if (!call) {
      missed.push({ accession: t.accession, testCode: t.testCode, sent: t.sent });
      continue;
    }
    callOpened++;
    if (call.completedAt) {
      called++;
      minutes.push(Math.max(0, minutesBetween(t.sentAt, call.completedAt)));
    }
  }
  const scale = Number.isFinite(speed) ? speed : 1;
  return {
    injected: critical.length,
    callOpened,
    called,
    missed,
    minutesToCall: percentiles(minutes),
    simMinutesToCall: percentiles(minutes.map((m) => m * scale)),
  };
}

function qcEventScores(
  ledger: GroundTruthLedger,
  outcomes: LabOutcomes,
  outcome: (t: ResultTruth) => ResultOutcome | undefined,
  speed: number,
): QcEventScore[] {
  const scale = Number.isFinite(speed) ? speed : 1;
  return ledger.analyzerEvents.map((event) => {
    const holds = outcomes.qcHolds
      .filter(
        (h) => h.analyzer === event.analyzer && event.tests.includes(h.testCode) && h.at >= event.startedAt,
      )
      .sort((a, b) => a.at.localeCompare(b.at));
    const detectedAt = holds[0]?.at ?? null;
    const affected = ledger.results.filter(
      (t) =>
        t.analyzer === event.analyzer &&
        t.faults.includes(event.kind) &&
        t.erroneous &&
        event.tests.includes(t.testCode),
    );
    return {
      kind: event.kind,
      analyzer: event.analyzer,
      tests: event.tests,
      sizeSd: event.sizeSd,
      startedAt: event.startedAt,
      detectedAt,
      simMinutesToDetect: detectedAt
        ? Number((minutesBetween(event.startedAt, detectedAt) * scale).toFixed(1))
        : null,
      qcRunsSinceStart: ledger.qcRuns.filter((r) => r.analyzer === event.analyzer && r.at >= event.startedAt)
        .length,
      correctedAt: event.endedAt ?? null,
      erroneousReleased: affected.filter((t) => outcome(t)?.status === 'released').length,
      erroneousHeld: affected.filter((t) => {
        const s = outcome(t)?.status;
        return s !== undefined && s !== 'released' && s !== 'not-stored';
      }).length,
    };
  });
}

function poctScore(ledger: GroundTruthLedger): ScoreReport['poct'] {
  const meters = ledger.poct.filter((p) => p.operator !== '(wearable)');
  const uncertified = meters.filter((p) => !p.operatorCertified);
  const certified = meters.filter((p) => p.operatorCertified);
  const delivered = ledger.poct.filter((p) => p.delivered).length;
  return {
    generated: ledger.poct.length,
    delivered,
    uncertifiedOperator: uncertified.length,
    uncertifiedRefused: uncertified.filter((p) => p.outcome === 'refused').length,
    certifiedAccepted: certified.filter((p) => p.outcome === 'accepted').length,
    certified: certified.length,
    patientGeneratedKeptApart: ledger.poct.filter((p) => p.outcome === 'kept-apart').length,
    note:
      delivered === 0 && ledger.poct.length > 0
        ? 'readings were generated but not sent (no point-of-care link)'
        : 'readings posted as FHIR Observations with their Device and performer',
  };
}

/** Reads Aliquot's outcomes against the ground truth. Pure: the same inputs give the same report. */
export function scoreRun(ledger: GroundTruthLedger, outcomes: LabOutcomes, facts: RunFacts): ScoreReport {
  const byKey = new Map(outcomes.results.map((o) => [key(o.accession, o.testCode, o.replicate), o]));
  const outcome = (t: ResultTruth): ResultOutcome | undefined =>
    byKey.get(key(t.accession, t.testCode, t.replicate));
  const scored = ledger.results.filter((t) => !t.warmUp);
  const errors = errorScore(
    scored.filter((t) => t.erroneous),
    outcome,
  );
  const clean = cleanScore(scored, outcome);
  const critical = criticalScore(scored, outcomes, facts.speed);
  const scale = Number.isFinite(facts.speed) ? facts.speed : 1;
  const tat: number[] = [];
  for (const t of scored) {
    const o = outcome(t);
    const received = outcomes.receivedAt.get(t.accession);
    if (o?.status === 'released' && o.releasedAt && received)
      tat.push(minutesBetween(received, o.releasedAt));
  }
  let resultsToEhr: ScoreReport['resultsToEhr'] = null;
  if (outcomes.deliveredToEhr) {
    const arrived = new Map<string, string>();
    for (const d of outcomes.deliveredToEhr) {
      const k = `${d.accession}|${d.testCode}`;
      if (!arrived.has(k)) arrived.set(k, d.receivedAt);
    }
    const released = outcomes.results.filter((o) => o.status === 'released' && o.releasedAt);
    const lags = released.flatMap((o) => {
      const at = arrived.get(`${o.accession}|${o.testCode}`);
      return at && o.releasedAt ? [Math.max(0, minutesBetween(o.releasedAt, at))] : [];
    });
    resultsToEhr = {
      released: released.length,
      delivered: lags.length,
      minutesAfterRelease: percentiles(lags),
    };
  }
  const targets = [
    { name: 'erroneous results held before release', target: 0.95, actual: errors.caughtRate },
    { name: 'clean results autoverified', target: 0.85, actual: clean.autoverifiedRate },
    { name: 'critical values called', target: 1, actual: rate(critical.called, critical.injected) },
  ].map((t) => ({ ...t, met: t.actual !== null && t.actual >= t.target }));
  return {
    scenario: facts.scenario,
    seed: facts.seed,
    speed: facts.speed,
    startedAt: facts.startedAt,
    finishedAt: facts.finishedAt,
    simulatedHours: facts.simulatedHours,
    volumes: {
      patients: facts.patients,
      orders: facts.orders,
      tubes: facts.tubes,
      results: scored.length,
      warmUpResults: ledger.results.length - scored.length,
      qcRuns: ledger.qcRuns.length,
    },
    errors,
    clean,
    critical,
    turnaround: { receiptToRelease: percentiles(tat), simMinutes: percentiles(tat.map((m) => m * scale)) },
    resultsToEhr,
    qcEvents: qcEventScores(ledger, outcomes, outcome, facts.speed),
    poct: poctScore(ledger),
    targets,
    notes: [...facts.notes, ...outcomes.gaps],
  };
}
