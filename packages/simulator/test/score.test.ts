import { describe, expect, it } from 'vitest';
import { GroundTruthLedger, type ResultTruth } from '../src/ground-truth/ground-truth.js';
import type { LabOutcomes, ResultOutcome } from '../src/scoring/lab-outcomes.js';
import { percentiles, scoreRun } from '../src/scoring/score.js';
import { formatScore } from '../src/scoring/score-text.js';

const t0 = Date.parse('2026-11-21T08:00:00Z');
const at = (minutes: number): string => new Date(t0 + minutes * 60_000).toISOString();

function truth(accession: string, testCode: string, extra: Partial<ResultTruth> = {}): ResultTruth {
  return {
    accession,
    testCode,
    patientKey: 'P0001',
    analyzer: 'CHEM-1',
    replicate: 1,
    sent: '4.1',
    trueValue: 4.1,
    faults: [],
    erroneous: false,
    critical: false,
    warmUp: false,
    sentAt: at(0),
    acknowledgedAt: at(0),
    simMinute: 0,
    ...extra,
  };
}

function outcome(
  accession: string,
  testCode: string,
  status: ResultOutcome['status'],
  extra: Partial<ResultOutcome> = {},
): ResultOutcome {
  return {
    accession,
    testCode,
    replicate: 1,
    status,
    autoverified: status === 'released',
    holdReasons: [],
    ...(status === 'released' ? { releasedAt: at(20) } : {}),
    ...extra,
  };
}

const facts = {
  scenario: 'unit',
  seed: 1,
  speed: 60,
  startedAt: at(0),
  finishedAt: at(60),
  simulatedHours: 1,
  patients: 3,
  orders: 3,
  tubes: 4,
  notes: [],
};

describe('the score of a run', () => {
  const ledger = new GroundTruthLedger();
  ledger.results.push(
    truth('A1', 'NA'),
    truth('A1', 'K', { faults: ['hemolysis'], erroneous: true, sent: '5.6' }),
    truth('A2', 'K', { faults: ['hemolysis'], erroneous: true, sent: '5.4' }),
    truth('A2', 'NA'),
    truth('A3', 'GLU', { critical: true, sent: '512' }),
    truth('A3', 'MCV', { faults: ['wrong-blood-in-tube'], erroneous: true }),
    truth('A4', 'CA', { faults: ['hemolysis'], erroneous: false }),
    truth('A0', 'NA', { warmUp: true }),
  );
  ledger.tubes.set('A1', { patientKey: 'P0001', faults: ['hemolysis'], warmUp: false });
  const outcomes: LabOutcomes = {
    results: [
      outcome('A1', 'NA', 'released'),
      outcome('A1', 'K', 'held', { holdReasons: ['hil.hemolysis-raises'] }),
      outcome('A2', 'K', 'released'),
      outcome('A2', 'NA', 'held', { holdReasons: ['delta.chemistry'] }),
      outcome('A3', 'GLU', 'held', { holdReasons: ['critical.limits'] }),
      outcome('A3', 'MCV', 'held', { holdReasons: ['delta.mcv-wbit'] }),
    ],
    criticalCalls: [
      { accession: 'A3', testCode: 'GLU', detectedAt: at(1), completedAt: at(7), status: 'completed' },
    ],
    qcHolds: [],
    receivedAt: new Map([['A1', at(-10)]]),
    gaps: [],
  };
  const report = scoreRun(ledger, outcomes, facts);

  it('counts erroneous results held and released, per fault, leaving warm-up results out', () => {
    expect(report.errors).toMatchObject({ injected: 3, heldBeforeRelease: 2, released: 1, notStored: 0 });
    expect(report.errors.caughtRate).toBeCloseTo(2 / 3);
    expect(report.errors.byKind.hemolysis).toEqual({
      injected: 2,
      heldBeforeRelease: 1,
      released: 1,
      notStored: 0,
    });
    expect(report.errors.releasedExamples).toEqual([
      { accession: 'A2', testCode: 'K', faults: 'hemolysis', sent: '5.4', trueValue: 4.1 },
    ]);
    expect(report.volumes.warmUpResults).toBe(1);
  });

  it('counts clean results autoverified and held, with the reasons, and a fault within allowable error apart', () => {
    expect(report.clean).toMatchObject({
      total: 3,
      autoverified: 1,
      held: 2,
      criticalAmongHeld: 1,
      notStored: 0,
    });
    expect(report.clean.holdReasons.map((r) => r.reason)).toEqual(['delta.chemistry', 'critical.limits']);
    expect(report.clean.faultWithinAllowableError).toBe(1);
  });

  it('finds the call for each critical value and times it from the result to the completed call', () => {
    expect(report.critical).toMatchObject({ injected: 1, callOpened: 1, called: 1, missed: [] });
    expect(report.critical.minutesToCall.p50).toBe(7);
    expect(report.critical.simMinutesToCall.p50).toBe(420);
  });

  it('measures turnaround from receipt to release, and checks the targets', () => {
    expect(report.turnaround.receiptToRelease).toMatchObject({ count: 1, p50: 30 });
    expect(report.targets.map((t) => [t.name, t.met])).toEqual([
      ['erroneous results held before release', false],
      ['clean results autoverified', false],
      ['critical values called', true],
    ]);
  });

  it('prints a report a person can read', () => {
    const text = formatScore(report);
    expect(text).toContain('held before release: 66.7 %');
    expect(text).toContain('released: A2 K sent 5.4 (true 4.1) — hemolysis');
    expect(text).toContain('NOT MET clean results autoverified: 33.3 %');
  });

  it('takes nearest-rank percentiles', () => {
    expect(percentiles([5, 1, 3, 2, 4])).toEqual({ count: 5, p50: 3, p90: 5, p99: 5, max: 5 });
    expect(percentiles([])).toEqual({ count: 0, p50: null, p90: null, p99: null, max: null });
  });
});
