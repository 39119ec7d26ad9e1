/**
 * Worked Westgard sequences: for every rule, runs that must reject and near misses that must not.
 *
 * These cases are written by the Aliquot team from the rule definitions (Westgard JO et al., Clin Chem
 * 1981;27:493–501; CLSI C24; westgard.com "Westgard Rules and Multirules" and lesson 73) and the scope
 * rules of shared/domain/qc.md §2. They are not copied from a published validation set.
 *
 * Each level has its own target (L1 100 ± 5, L2 250 ± 12, L3 400 ± 20); the cases are written in z so
 * they read like a z-chart. Runs are one hour apart, the last run listed is the one being evaluated.
 */
import { describe, expect, it } from 'vitest';
import { LabError } from '@aliquot/domain';
import type { ControlObservation, HistoricalObservation, ObservationStatus } from './control-observation.js';
import { westgardRuleOrder, WestgardRuleSets, type WestgardRule } from './westgard-rule-catalog.js';
import { evaluateRun, type RunEvaluation } from './westgard-evaluator.js';
import { replayRuns } from './westgard-replay.js';
import { describeViolation } from './westgard-violation-text.js';

const targets = { L1: { mean: 100, sd: 5 }, L2: { mean: 250, sd: 12 }, L3: { mean: 400, sd: 20 } } as const;
type Level = keyof typeof targets;

interface RunSpec {
  /** z per level; an array gives replicates (N = 4 is two levels × two). */
  readonly z: Partial<Record<Level, number | readonly number[]>>;
  readonly status?: ObservationStatus;
  /** One lot for every level, or a lot per level (others stay on lot-A). */
  readonly lot?: string | Partial<Record<Level, string>>;
  /** Hours after the first run; defaults to the run's position. */
  readonly hour?: number;
  readonly id?: string;
}

const run = (z: RunSpec['z'], options: Omit<RunSpec, 'z'> = {}): RunSpec => ({ z, ...options });
const start = Date.parse('2025-03-03T06:00:00Z');

function observationsOf(spec: RunSpec, index: number): HistoricalObservation[] {
  const runId = spec.id ?? `run-${index + 1}`;
  const hour = spec.hour ?? index;
  return (Object.keys(targets) as Level[]).flatMap((level, levelIndex) => {
    const given = spec.z[level];
    if (given === undefined) return [];
    const replicates = typeof given === 'number' ? [given] : given;
    return replicates.map((z, replicate) => ({
      id: `${runId}-${level}${replicates.length > 1 ? `-${replicate + 1}` : ''}`,
      runId,
      level,
      lotId: (typeof spec.lot === 'object' ? spec.lot[level] : spec.lot) ?? 'lot-A',
      value: targets[level].mean + z * targets[level].sd,
      targetMean: targets[level].mean,
      targetSd: targets[level].sd,
      measuredAt: new Date(start + hour * 3_600_000 + (replicate * 10 + levelIndex) * 60_000).toISOString(),
      status: spec.status ?? 'accepted',
    }));
  });
}

/** Evaluates the last run against the earlier ones as history. */
function evaluate(
  rules: readonly WestgardRule[],
  runs: readonly RunSpec[],
  options: { readonly resetAtControlLotChange?: boolean } = {},
): RunEvaluation {
  const observations = runs.map(observationsOf);
  const current: ControlObservation[] = (observations.at(-1) ?? []).map(
    ({ status: _status, ...rest }) => rest,
  );
  return evaluateRun({
    run: current,
    history: observations.slice(0, -1).flat(),
    config: { rules, resetAtControlLotChange: options.resetAtControlLotChange ?? true },
  });
}

const fired = (evaluation: RunEvaluation): string[] => [...new Set(evaluation.violations.map((v) => v.rule))];
const allRules = westgardRuleOrder;
const violation = (evaluation: RunEvaluation, rule: WestgardRule) =>
  evaluation.violations.find((v) => v.rule === rule);
/** n runs with the same z per level. */
const repeat = (n: number, z: RunSpec['z']): RunSpec[] => Array.from({ length: n }, () => run(z));

describe('1-2s: one value beyond ±2 SD is a warning only', () => {
  it('a level-1 value at +2.5 SD warns by 1-2s and the run is accepted with a warning', () => {
    const evaluation = evaluate(['1-2s', ...WestgardRuleSets.twoLevelMultirule], [run({ L1: 2.5, L2: 0.4 })]);
    expect(evaluation.decision).toBe('warn');
    expect(evaluation.violations).toEqual([
      expect.objectContaining({ rule: '1-2s', role: 'warning', errorKind: 'undetermined', side: 'high' }),
    ]);
    expect(violation(evaluation, '1-2s')?.observationIds).toEqual(['run-1-L1']);
  });

  it('1-2s never rejects, even when both levels are beyond 2 SD and it is the only rule', () => {
    expect(evaluate(['1-2s'], [run({ L1: 2.6, L2: -2.7 })]).decision).toBe('warn');
  });

  it('a value exactly at +2.0 SD is not beyond the limit and does not warn', () => {
    expect(evaluate(['1-2s'], [run({ L1: 2, L2: 0 })]).decision).toBe('accept');
  });
});

describe('1-3s: one value beyond ±3 SD rejects (random error)', () => {
  it('a level-2 value at +3.2 SD rejects by 1-3s', () => {
    const evaluation = evaluate(WestgardRuleSets.twoLevelMultirule, [run({ L1: 0.3, L2: 3.2 })]);
    expect(evaluation.decision).toBe('reject');
    expect(evaluation.violations).toEqual([
      expect.objectContaining({ rule: '1-3s', errorKind: 'random', scope: 'within-run', levels: ['L2'] }),
    ]);
  });

  it('a level-1 value at −3.1 SD rejects by 1-3s on the low side', () => {
    expect(violation(evaluate(['1-3s'], [run({ L1: -3.1, L2: 0 })]), '1-3s')?.side).toBe('low');
  });

  it('near miss: +2.9 SD does not reject by 1-3s', () => {
    expect(fired(evaluate(['1-3s'], [run({ L1: 2.9, L2: 0 })]))).toEqual([]);
  });

  it('near miss: a +3.5 SD value in the previous run does not reject this run (1-3s looks within the run)', () => {
    const evaluation = evaluate(['1-3s'], [run({ L1: 3.5, L2: 0 }), run({ L1: 0.2, L2: 0.1 })]);
    expect(evaluation.decision).toBe('accept');
  });
});

describe('2-2s: two consecutive values beyond the same 2 SD limit reject (systematic error)', () => {
  it('level 1 at +2.3 and level 2 at +2.6 in one run reject by 2-2s within the run', () => {
    const evaluation = evaluate(['2-2s'], [run({ L1: 2.3, L2: 2.6 })]);
    expect(evaluation.violations).toEqual([
      expect.objectContaining({
        rule: '2-2s',
        scope: 'within-run',
        side: 'high',
        errorKind: 'systematic',
        observationIds: ['run-1-L1', 'run-1-L2'],
        levels: ['L1', 'L2'],
      }),
    ]);
  });

  it('both levels below −2 SD in one run reject by 2-2s within the run', () => {
    expect(violation(evaluate(['2-2s'], [run({ L1: -2.2, L2: -2.4 })]), '2-2s')?.side).toBe('low');
  });

  it('two consecutive level-1 values above +2 SD in two runs reject by 2-2s across runs', () => {
    const evaluation = evaluate(['2-2s'], [run({ L1: 2.4, L2: 0.5 }), run({ L1: 2.2, L2: 0.3 })]);
    expect(evaluation.violations).toEqual([
      expect.objectContaining({
        rule: '2-2s',
        scope: 'across-runs-within-level',
        observationIds: ['run-1-L1', 'run-2-L1'],
        runIds: ['run-1', 'run-2'],
      }),
    ]);
  });

  it('two level-1 replicates above +2 SD in a run of N = 4 reject by 2-2s within the run', () => {
    const evaluation = evaluate(['2-2s'], [run({ L1: [2.1, 2.4], L2: [0.2, -0.4] })]);
    expect(violation(evaluation, '2-2s')).toMatchObject({ scope: 'within-run', levels: ['L1'] });
  });

  it('near miss: +2.1 and −2.1 in one run are on opposite sides and do not reject by 2-2s', () => {
    expect(fired(evaluate(['2-2s'], [run({ L1: 2.1, L2: -2.1 })]))).toEqual([]);
  });

  it('near miss: +2.1 then −2.1 on level 1 in two runs do not reject by 2-2s', () => {
    expect(fired(evaluate(['2-2s'], [run({ L1: 2.1, L2: 0 }), run({ L1: -2.1, L2: 0 })]))).toEqual([]);
  });

  it('near miss: level 2 high in one run and level 1 high in the next are not a 2-2s (different levels, different runs)', () => {
    const evaluation = evaluate(['2-2s'], [run({ L1: 0.1, L2: 2.5 }), run({ L1: 2.3, L2: 0.2 })]);
    expect(fired(evaluation)).toEqual([]);
  });

  it('near miss: values of exactly +2.0 SD are not beyond the limit', () => {
    expect(fired(evaluate(['2-2s'], [run({ L1: 2, L2: 2 })]))).toEqual([]);
  });

  it('a rejected run between two high level-1 values is skipped, so the two are consecutive', () => {
    const runs = [
      run({ L1: 2.4, L2: 0 }),
      run({ L1: -0.5, L2: 3.4 }, { status: 'rejected' }),
      run({ L1: 2.3, L2: 0 }),
    ];
    expect(violation(evaluate(['2-2s'], runs), '2-2s')?.observationIds).toEqual(['run-1-L1', 'run-3-L1']);
  });

  it('near miss: a high level-1 value from a rejected run does not build a 2-2s', () => {
    const runs = [run({ L1: 2.4, L2: 3.5 }, { status: 'rejected' }), run({ L1: 2.3, L2: 0 })];
    expect(fired(evaluate(['2-2s'], runs))).toEqual([]);
  });

  it('a value excluded by a person does not take part either', () => {
    const runs = [run({ L1: 2.4, L2: 0 }, { status: 'excluded' }), run({ L1: 2.3, L2: 0 })];
    expect(fired(evaluate(['2-2s'], runs))).toEqual([]);
  });
});

describe('R-4s: within one run, one value above +2 SD and another below −2 SD reject (random error)', () => {
  it('level 1 at +2.1 and level 2 at −2.1 in one run reject by R-4s', () => {
    const evaluation = evaluate(WestgardRuleSets.twoLevelMultirule, [run({ L1: 2.1, L2: -2.1 })]);
    expect(evaluation.decision).toBe('reject');
    expect(evaluation.violations).toEqual([
      expect.objectContaining({ rule: 'R-4s', side: 'both', errorKind: 'random', levels: ['L1', 'L2'] }),
    ]);
  });

  it('near miss: +2.5 on level 1 in one run and −2.5 on level 1 in the next do not reject by R-4s (never across runs)', () => {
    const evaluation = evaluate(allRules, [run({ L1: 2.5, L2: 0.2 }), run({ L1: -2.5, L2: 0.1 })]);
    expect(fired(evaluation)).not.toContain('R-4s');
    expect(evaluation.decision).toBe('warn');
  });

  it('near miss: +2.5 on level 2 in one run and −2.4 on level 1 in the next do not reject by R-4s', () => {
    const evaluation = evaluate(allRules, [run({ L1: 0.2, L2: 2.5 }), run({ L1: -2.4, L2: 0.1 })]);
    expect(fired(evaluation)).not.toContain('R-4s');
  });

  it('near miss: +1.9 and −2.5 (a range of 4.4 SD) do not reject by R-4s: both limits must be crossed', () => {
    expect(fired(evaluate(['R-4s'], [run({ L1: 1.9, L2: -2.5 })]))).toEqual([]);
  });
});

describe('4-1s: four consecutive values beyond the same 1 SD limit reject (systematic error)', () => {
  it('all four observations of a run of N = 4 above +1 SD reject by 4-1s within the run', () => {
    const evaluation = evaluate(['4-1s'], [run({ L1: [1.2, 1.5], L2: [1.1, 1.3] })]);
    expect(violation(evaluation, '4-1s')).toMatchObject({ scope: 'within-run', levels: ['L1', 'L2'] });
  });

  it('four consecutive level-1 values above +1 SD over four runs reject by 4-1s across runs within the level', () => {
    const runs = [
      run({ L1: 1.2, L2: 0.1 }),
      run({ L1: 1.4, L2: -0.3 }),
      run({ L1: 1.1, L2: 0.2 }),
      run({ L1: 1.3, L2: 0 }),
    ];
    const evaluation = evaluate(['4-1s'], runs);
    expect(evaluation.violations).toEqual([
      expect.objectContaining({
        rule: '4-1s',
        scope: 'across-runs-within-level',
        observationIds: ['run-1-L1', 'run-2-L1', 'run-3-L1', 'run-4-L1'],
      }),
    ]);
  });

  it('two levels below −1 SD in two runs reject by 4-1s across runs and levels', () => {
    const evaluation = evaluate(['4-1s'], [run({ L1: -1.2, L2: -1.5 }), run({ L1: -1.1, L2: -1.3 })]);
    expect(violation(evaluation, '4-1s')).toMatchObject({
      scope: 'across-runs-and-levels',
      side: 'low',
      observationIds: ['run-1-L1', 'run-1-L2', 'run-2-L1', 'run-2-L2'],
    });
  });

  it('near miss: +1.2, +1.4, +1.1 then +0.9 on level 1 do not reject by 4-1s', () => {
    const runs = [
      run({ L1: 1.2, L2: 0 }),
      run({ L1: 1.4, L2: 0 }),
      run({ L1: 1.1, L2: 0 }),
      run({ L1: 0.9, L2: 0 }),
    ];
    expect(fired(evaluate(['4-1s'], runs))).toEqual([]);
  });

  it('near miss: three values above +1 SD and one below −1 SD are not on the same side', () => {
    expect(fired(evaluate(['4-1s'], [run({ L1: 1.2, L2: 1.5 }), run({ L1: 1.1, L2: -1.3 })]))).toEqual([]);
  });
});

describe('2of3-2s: two of three consecutive values beyond the same 2 SD limit reject (systematic error)', () => {
  it('levels 1 and 3 above +2 SD in a three-level run reject by 2of3-2s within the run', () => {
    const evaluation = evaluate(['2of3-2s'], [run({ L1: 2.2, L2: 0.4, L3: 2.5 })]);
    expect(evaluation.violations).toEqual([
      expect.objectContaining({
        rule: '2of3-2s',
        scope: 'within-run',
        observationIds: ['run-1-L1', 'run-1-L3'],
      }),
    ]);
  });

  it('level 2 at +2.3, +0.5 and +2.4 over three runs rejects by 2of3-2s across runs within the level', () => {
    const runs = [
      run({ L1: 0, L2: 2.3, L3: 0 }),
      run({ L1: 0, L2: 0.5, L3: 0 }),
      run({ L1: 0, L2: 2.4, L3: 0 }),
    ];
    expect(violation(evaluate(['2of3-2s'], runs), '2of3-2s')).toMatchObject({
      scope: 'across-runs-within-level',
      observationIds: ['run-1-L2', 'run-3-L2'],
    });
  });

  it('near miss: one of three beyond +2 SD does not reject by 2of3-2s', () => {
    expect(fired(evaluate(['2of3-2s'], [run({ L1: 2.2, L2: 1.9, L3: 0.4 })]))).toEqual([]);
  });

  it('near miss: +2.3 and −2.4 are beyond opposite limits and do not reject by 2of3-2s', () => {
    expect(fired(evaluate(['2of3-2s'], [run({ L1: 2.3, L2: 0.1, L3: -2.4 })]))).toEqual([]);
  });

  it('near miss: two earlier values beyond +2 SD are not judged again when the new value is in control', () => {
    const runs = [
      run({ L1: 0, L2: 2.5, L3: 0 }),
      run({ L1: 0, L2: 2.6, L3: 0 }),
      run({ L1: 0, L2: 0.3, L3: 0 }),
    ];
    expect(fired(evaluate(['2of3-2s'], runs))).toEqual([]);
  });
});

describe('3-1s: three consecutive values beyond the same 1 SD limit reject (systematic error)', () => {
  it('all three levels below −1 SD in one run reject by 3-1s within the run', () => {
    const evaluation = evaluate(['3-1s'], [run({ L1: -1.2, L2: -1.5, L3: -1.1 })]);
    expect(violation(evaluation, '3-1s')).toMatchObject({ scope: 'within-run', side: 'low' });
  });

  it('level 2 above +1 SD in three consecutive runs rejects by 3-1s across runs within the level', () => {
    const runs = [
      run({ L1: 0, L2: 1.3, L3: 0 }),
      run({ L1: 0, L2: 1.6, L3: 0 }),
      run({ L1: 0, L2: 1.2, L3: 0 }),
    ];
    expect(violation(evaluate(['3-1s'], runs), '3-1s')?.scope).toBe('across-runs-within-level');
  });

  it('near miss: +1.3, +1.6 then exactly +1.0 do not reject by 3-1s', () => {
    const runs = [
      run({ L1: 0, L2: 1.3, L3: 0 }),
      run({ L1: 0, L2: 1.6, L3: 0 }),
      run({ L1: 0, L2: 1, L3: 0 }),
    ];
    expect(fired(evaluate(['3-1s'], runs))).toEqual([]);
  });
});

describe('mean rules: N consecutive values on the same side of the mean reject (systematic error)', () => {
  const cases = [
    { rule: '6x', levels: 3, runs: 2 },
    { rule: '8x', levels: 2, runs: 4 },
    { rule: '9x', levels: 3, runs: 3 },
    { rule: '10x', levels: 2, runs: 5 },
    { rule: '12x', levels: 2, runs: 6 },
  ] as const;
  const side = (levels: number, z: number): RunSpec['z'] =>
    levels === 3 ? { L1: z, L2: z * 1.5, L3: z / 2 } : { L1: z, L2: z * 1.5 };

  for (const { rule, levels, runs } of cases) {
    const count = levels * runs;
    it(`${count} values above the mean (${runs} runs × ${levels} levels) reject by ${rule} across runs and levels`, () => {
      const evaluation = evaluate([rule], repeat(runs, side(levels, 0.4)));
      expect(violation(evaluation, rule)).toMatchObject({ scope: 'across-runs-and-levels', side: 'high' });
      expect(violation(evaluation, rule)?.observationIds).toHaveLength(count);
    });

    it(`near miss: ${count - 1} values below the mean do not reject by ${rule}`, () => {
      const history = [run({ L1: 0.5 }), ...repeat(runs - 1, side(levels, -0.4))];
      const current = levels === 3 ? run({ L1: -0.3, L2: -0.2 }) : run({ L1: -0.3 });
      expect(fired(evaluate([rule], [...history, current]))).toEqual([]);
    });
  }

  it('ten level-1 values above the mean over ten runs reject by 10x within the level while level 2 alternates', () => {
    const runs = Array.from({ length: 10 }, (_, index) => run({ L1: 0.6, L2: index % 2 === 0 ? 0.5 : -0.5 }));
    expect(violation(evaluate(['10x'], runs), '10x')).toMatchObject({
      scope: 'across-runs-within-level',
      levels: ['L1'],
    });
  });

  it('10x must not fire on 9: nine level-1 values above the mean are not enough', () => {
    const runs = Array.from({ length: 9 }, (_, index) => run({ L1: 0.6, L2: index % 2 === 0 ? 0.5 : -0.5 }));
    expect(fired(evaluate(['10x'], runs))).toEqual([]);
    expect(fired(evaluate(['9x'], runs))).toEqual(['9x']);
  });

  it('near miss: a value exactly on the mean breaks a run of ten', () => {
    const runs = [
      ...repeat(2, { L1: 0.5, L2: 0.5 }),
      run({ L1: 0, L2: 0.5 }),
      ...repeat(2, { L1: 0.5, L2: 0.5 }),
    ];
    expect(fired(evaluate(['10x'], runs))).toEqual([]);
  });

  it('a streak longer than the rule is reported once, with every point that belongs to it', () => {
    const evaluation = evaluate(['6x'], repeat(4, { L1: 0.4, L2: 0.7 }));
    expect(evaluation.violations).toHaveLength(1);
    expect(evaluation.violations[0]?.observationIds).toHaveLength(7);
  });
});

describe('control-lot changes and measurement order', () => {
  const oldLot = repeat(4, { L1: 0.5, L2: 0.6 }).map((spec) => ({ ...spec, lot: 'lot-A' }));
  const newLotRun = run({ L1: 0.4, L2: 0.3 }, { lot: 'lot-B' });

  it('sequences reset at a control-lot change when the lab says so: 10x does not span the change', () => {
    expect(fired(evaluate(['10x'], [...oldLot, newLotRun], { resetAtControlLotChange: true }))).toEqual([]);
  });

  it('without the reset, 10x counts across the lot change', () => {
    expect(fired(evaluate(['10x'], [...oldLot, newLotRun], { resetAtControlLotChange: false }))).toEqual([
      '10x',
    ]);
  });

  it('with the reset, a high level-1 value on the old lot and one on the new lot are not a 2-2s', () => {
    const runs = [run({ L1: 2.4, L2: 0 }, { lot: 'lot-A' }), run({ L1: 2.3, L2: 0 }, { lot: 'lot-B' })];
    expect(fired(evaluate(['2-2s'], runs, { resetAtControlLotChange: true }))).toEqual([]);
    expect(fired(evaluate(['2-2s'], runs, { resetAtControlLotChange: false }))).toEqual(['2-2s']);
  });

  it('after both levels change lot in one run, two runs on the new lot below −1 SD still reject by 4-1s', () => {
    const runs = [
      run({ L1: 1.5, L2: 1.4 }, { lot: 'lot-A' }),
      run({ L1: -1.2, L2: -1.5 }, { lot: 'lot-B' }),
      run({ L1: -1.1, L2: -1.3 }, { lot: 'lot-B' }),
    ];
    expect(violation(evaluate(['4-1s'], runs), '4-1s')?.observationIds).toEqual([
      'run-2-L1',
      'run-2-L2',
      'run-3-L1',
      'run-3-L2',
    ]);
  });

  it('when only level 1 changes lot, level 2 keeps its sequence: two high level-2 values still reject by 2-2s', () => {
    const runs = [run({ L1: 0.2, L2: 2.4 }), run({ L1: 0.1, L2: 2.3 }, { lot: { L1: 'lot-B' } })];
    expect(violation(evaluate(['2-2s'], runs), '2-2s')?.observationIds).toEqual(['run-1-L2', 'run-2-L2']);
  });

  it('when only level 1 changes lot, the pooled series restarts: 4-1s does not reach back across the change', () => {
    const runs = [run({ L1: 1.2, L2: 1.4 }), run({ L1: 1.1, L2: 1.3 }, { lot: { L1: 'lot-B' } })];
    expect(fired(evaluate(['4-1s'], runs))).toEqual([]);
    expect(fired(evaluate(['4-1s'], runs, { resetAtControlLotChange: false }))).toEqual(['4-1s']);
  });

  it('consecutive means consecutive in measurement time, not in the order the history was entered', () => {
    const runs = [
      run({ L1: 2.4, L2: 0 }, { hour: 2 }),
      run({ L1: 0.1, L2: 0 }, { hour: 1 }),
      run({ L1: 2.3, L2: 0 }, { hour: 3 }),
    ];
    expect(violation(evaluate(['2-2s'], runs), '2-2s')?.observationIds).toEqual(['run-1-L1', 'run-3-L1']);
  });

  it('a run measured before later history is judged in its place in time', () => {
    const runs = [
      run({ L1: 2.4, L2: 0 }, { hour: 0 }),
      run({ L1: 0.1, L2: 0 }, { hour: 5 }),
      run({ L1: 2.3, L2: 0 }, { hour: 1 }),
    ];
    expect(violation(evaluate(['2-2s'], runs), '2-2s')?.observationIds).toEqual(['run-1-L1', 'run-3-L1']);
  });
});

describe('a whole run under the standard rule sets', () => {
  it('a chemistry run with both levels within ±1 SD after a quiet week is accepted', () => {
    const week = Array.from({ length: 7 }, (_, index) =>
      run({ L1: index % 2 ? 0.4 : -0.6, L2: index % 3 ? 0.2 : -0.3 }),
    );
    const evaluation = evaluate(WestgardRuleSets.twoLevelMultirule, [...week, run({ L1: 0.8, L2: -0.4 })]);
    expect(evaluation).toMatchObject({ decision: 'accept', violations: [] });
    expect(evaluation.zScores.map((entry) => entry.z)).toEqual([
      expect.closeTo(0.8, 10),
      expect.closeTo(-0.4, 10),
    ]);
  });

  it('a run can break several rules at once: 1-3s, R-4s and 2-2s across runs are all listed, within-run first', () => {
    const evaluation = evaluate(WestgardRuleSets.twoLevelMultirule, [
      run({ L1: 0, L2: -2.2 }),
      run({ L1: 3.3, L2: -2.5 }),
    ]);
    expect(evaluation.violations.map((v) => `${v.rule} ${v.scope}`)).toEqual([
      '1-3s within-run',
      'R-4s within-run',
      '2-2s across-runs-within-level',
    ]);
  });

  it('a violation can be read as one sentence', () => {
    const evaluation = evaluate(['2-2s'], [run({ L1: 2.4, L2: 0.5 }), run({ L1: 2.2, L2: 0.3 })]);
    const [first] = evaluation.violations;
    expect(first && describeViolation(first)).toBe(
      '2-2s rejects (systematic error): two consecutive values beyond the same ±2 SD limit — above the mean, ' +
        'across runs within level L1 (2 values).',
    );
  });
});

describe('replaying a day of runs', () => {
  it('a run rejected by 1-3s keeps its points out of the sequences that follow', () => {
    const observations = [run({ L1: 2.4, L2: 0 }), run({ L1: 3.5, L2: 0.2 }), run({ L1: 2.3, L2: 0.1 })]
      .flatMap(observationsOf)
      .map(({ status: _status, ...rest }) => rest);
    const replay = replayRuns(observations, {
      rules: WestgardRuleSets.twoLevelMultirule,
      resetAtControlLotChange: true,
    });
    expect(replay.runs.map((outcome) => outcome.evaluation.decision)).toEqual(['accept', 'reject', 'reject']);
    expect(replay.runs[2]?.evaluation.violations[0]?.observationIds).toEqual(['run-1-L1', 'run-3-L1']);
    expect(replay.history.filter((o) => o.status === 'rejected').map((o) => o.id)).toEqual([
      'run-2-L1',
      'run-2-L2',
      'run-3-L1',
      'run-3-L2',
    ]);
  });
});

describe('input that cannot be judged is refused', () => {
  it('a target SD of zero is refused as invalid', () => {
    const bad = observationsOf(run({ L1: 0 }), 0).map((observation) => ({ ...observation, targetSd: 0 }));
    expect(() =>
      evaluateRun({ run: bad, history: [], config: { rules: ['1-3s'], resetAtControlLotChange: true } }),
    ).toThrow(LabError);
  });

  it('an observation that is both in the run and in its history is refused', () => {
    const observations = observationsOf(run({ L1: 0, L2: 0 }), 0);
    const config = { rules: ['1-3s'], resetAtControlLotChange: true } as const;
    expect(() => evaluateRun({ run: observations, history: observations, config })).toThrow(/appears twice/);
  });

  it('a run whose observations carry different run ids is refused', () => {
    const observations = [...observationsOf(run({ L1: 0 }), 0), ...observationsOf(run({ L2: 0 }), 1)];
    const config = { rules: ['1-3s'], resetAtControlLotChange: true } as const;
    expect(() => evaluateRun({ run: observations, history: [], config })).toThrow(/share its run id/);
  });

  it('an unknown rule code is refused', () => {
    const config = { rules: ['7t' as WestgardRule], resetAtControlLotChange: true };
    expect(() => evaluateRun({ run: observationsOf(run({ L1: 0 }), 0), history: [], config })).toThrow(
      /Unknown/,
    );
  });

  it('an empty run is refused', () => {
    expect(() =>
      evaluateRun({ run: [], history: [], config: { rules: ['1-3s'], resetAtControlLotChange: true } }),
    ).toThrow(/at least one/);
  });
});
