/**
 * Properties that must hold for any input, checked with fast-check. They follow from the definitions
 * (z-scores, the Westgard rules of Clin Chem 1981;27:493 and CLSI C24, the PBRTQC statistics), not from
 * stored outputs. z-values are drawn as k/10 + 0.05 so no value sits exactly on a limit, where rounding
 * after a change of units could legitimately tip it either way.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ControlObservation, HistoricalObservation } from './control-observation.js';
import { zScore } from './control-observation.js';
import { combineSummaries, mean, sampleStandardDeviation, summarize } from './qc-statistics.js';
import { westgardRuleOrder, type WestgardRule } from './westgard-rule-catalog.js';
import { evaluateRun, evaluateSequences, type RunEvaluation } from './westgard-evaluator.js';
import { buildControlSequences } from './westgard-sequences.js';
import { createPbrtqcState, nextPbrtqc, type PbrtqcCalculation } from './moving-average-qc.js';
import { createSeededRandom, randomIndex } from './seeded-random.js';

const levels = ['L1', 'L2', 'L3'] as const;
type Level = (typeof levels)[number];
type Scale = Record<Level, { readonly mean: number; readonly sd: number }>;
const baseScale: Scale = { L1: { mean: 5, sd: 0.2 }, L2: { mean: 120, sd: 4 }, L3: { mean: 900, sd: 35 } };

/** A z that is never exactly on a limit (0, ±1, ±2, ±3). */
const offLimitZ = (bound: number) =>
  fc.integer({ min: -bound * 10, max: bound * 10 - 1 }).map((k) => k / 10 + 0.05);
/** A run: a z for each level of the test, 2 or 3 levels. */
const runZs = (levelCount: 2 | 3, bound = 4) =>
  fc.array(offLimitZ(bound), { minLength: levelCount, maxLength: levelCount });
const scenario = fc.constantFrom(2 as const, 3 as const).chain((levelCount) =>
  fc.record({
    levelCount: fc.constant(levelCount),
    history: fc.array(runZs(levelCount), { maxLength: 14 }),
    current: runZs(levelCount),
  }),
);

function observations(
  runs: readonly (readonly number[])[],
  scale: Scale,
  firstRun = 0,
): HistoricalObservation[] {
  return runs.flatMap((zs, runIndex) =>
    zs.map((z, levelIndex) => {
      const level = levels[levelIndex] ?? 'L1';
      const target = scale[level];
      const run = firstRun + runIndex;
      return {
        id: `r${run}-${level}`,
        runId: `r${run}`,
        level,
        lotId: 'lot-1',
        value: target.mean + z * target.sd,
        targetMean: target.mean,
        targetSd: target.sd,
        measuredAt: new Date(Date.UTC(2025, 0, 1, run, levelIndex)).toISOString(),
        status: 'accepted' as const,
      };
    }),
  );
}

function evaluateScenario(
  history: readonly (readonly number[])[],
  current: readonly number[],
  rules: readonly WestgardRule[],
  scale: Scale = baseScale,
): RunEvaluation {
  const run: ControlObservation[] = observations([current], scale, history.length).map(
    ({ status: _s, ...o }) => o,
  );
  return evaluateRun({
    run,
    history: observations(history, scale),
    config: { rules, resetAtControlLotChange: true },
  });
}

const meanRules: readonly WestgardRule[] = ['6x', '8x', '9x', '10x', '12x'];
const limitRules = westgardRuleOrder.filter((rule) => !meanRules.includes(rule));

describe('z-scores', () => {
  it('are unchanged by a change of units (value, mean and SD scaled by a > 0 and shifted by b)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        (value, centre, sd, a, b) => {
          const z = zScore(value, centre, sd);
          expect(zScore(a * value + b, a * centre + b, a * sd)).toBeCloseTo(z, 6);
        },
      ),
    );
  });
});

describe('Westgard evaluation', () => {
  it('gives the same decision and violations when each level is reported in other units', () => {
    const unitChange = fc.record({
      factor: fc.double({ min: 0.01, max: 100, noNaN: true }),
      shift: fc.double({ min: -500, max: 500, noNaN: true }),
    });
    fc.assert(
      fc.property(scenario, unitChange, ({ history, current }, { factor, shift }) => {
        const scaled: Scale = {
          L1: { mean: baseScale.L1.mean * factor + shift, sd: baseScale.L1.sd * factor },
          L2: { mean: baseScale.L2.mean * factor + shift, sd: baseScale.L2.sd * factor },
          L3: { mean: baseScale.L3.mean * factor + shift, sd: baseScale.L3.sd * factor },
        };
        const before = evaluateScenario(history, current, westgardRuleOrder);
        const after = evaluateScenario(history, current, westgardRuleOrder, scaled);
        expect(after.decision).toBe(before.decision);
        expect(after.violations).toEqual(before.violations);
      }),
    );
  });

  it('never rejects a run entirely within ±1 SD by the limit rules, whatever the accepted history', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.array(offLimitZ(1), { minLength: 3, maxLength: 3 }),
        ({ history, levelCount }, inside) => {
          const evaluation = evaluateScenario(history, inside.slice(0, levelCount), limitRules);
          expect(evaluation.decision).toBe('accept');
        },
      ),
    );
  });

  it('accepts a first run of the lot within ±1 SD even with the full rule set', () => {
    fc.assert(
      fc.property(fc.array(offLimitZ(1), { minLength: 2, maxLength: 3 }), (inside) => {
        expect(evaluateScenario([], inside, westgardRuleOrder).decision).toBe('accept');
      }),
    );
  });

  it('never rejects on history alone: every violation involves an observation of the new run', () => {
    fc.assert(
      fc.property(scenario, ({ history, current }) => {
        const evaluation = evaluateScenario(history, current, westgardRuleOrder);
        const runIds = new Set(evaluation.zScores.map((entry) => entry.id));
        for (const violation of evaluation.violations) {
          expect(violation.observationIds.some((id) => runIds.has(id))).toBe(true);
        }
      }),
    );
  });

  it('does not depend on the order in which the history was entered', () => {
    fc.assert(
      fc.property(scenario, fc.integer(), ({ history, current }, seed) => {
        const run = observations([current], baseScale, history.length).map(({ status: _s, ...o }) => o);
        const ordered = observations(history, baseScale);
        const shuffled = [...ordered];
        const random = createSeededRandom(seed);
        for (let i = shuffled.length - 1; i > 0; i -= 1) {
          const j = randomIndex(random, i + 1);
          [shuffled[i], shuffled[j]] = [
            shuffled[j] as HistoricalObservation,
            shuffled[i] as HistoricalObservation,
          ];
        }
        const config = { rules: westgardRuleOrder, resetAtControlLotChange: true };
        expect(evaluateRun({ run, history: shuffled, config })).toEqual(
          evaluateRun({ run, history: ordered, config }),
        );
      }),
    );
  });

  it('1-2s alone never rejects, and adding it to a rule set never changes whether a run is rejected', () => {
    const ruleSet = fc.subarray([...westgardRuleOrder.filter((rule) => rule !== '1-2s')]);
    fc.assert(
      fc.property(scenario, ruleSet, ({ history, current }, rules) => {
        expect(evaluateScenario(history, current, ['1-2s']).decision).not.toBe('reject');
        const without = evaluateScenario(history, current, rules).decision === 'reject';
        const withWarning = evaluateScenario(history, current, ['1-2s', ...rules]).decision === 'reject';
        expect(withWarning).toBe(without);
      }),
    );
  });

  it('a mean rule Nx never fires while fewer than N observations exist', () => {
    fc.assert(
      fc.property(scenario, ({ history, current, levelCount }) => {
        const total = (history.length + 1) * levelCount;
        const fired = evaluateScenario(history, current, meanRules).violations.map(
          (violation) => violation.rule,
        );
        for (const rule of fired) expect(Number.parseInt(rule, 10)).toBeLessThanOrEqual(total);
      }),
    );
  });
});

describe('looking back only as far as the rules can reach', () => {
  /** A long history: levels sometimes missing, lots changing, some runs rejected, positive drift for streaks. */
  const longScenario = fc.record({
    runs: fc.array(
      fc.record({
        zs: fc.array(
          fc.option(
            fc.integer({ min: -25, max: 35 }).map((k) => k / 10 + 0.05),
            { freq: 4 },
          ),
          {
            minLength: 3,
            maxLength: 3,
          },
        ),
        lotStep: fc.boolean(),
        rejected: fc.boolean(),
      }),
      { minLength: 1, maxLength: 45 },
    ),
    currentAt: fc.double({ min: 0, max: 1, noNaN: true }),
    current: fc.array(
      fc.integer({ min: -25, max: 35 }).map((k) => k / 10 + 0.05),
      { minLength: 1, maxLength: 3 },
    ),
    reset: fc.boolean(),
    rules: fc.subarray([...westgardRuleOrder], { minLength: 1 }),
  });

  it('gives the same evaluation as the whole history, for any history, lot changes and rule set', () => {
    fc.assert(
      fc.property(longScenario, ({ runs, currentAt, current, reset, rules }) => {
        let lot = 0;
        const history: HistoricalObservation[] = runs.flatMap(({ zs, lotStep, rejected }, runIndex) => {
          if (lotStep && runIndex % 4 === 0) lot += 1;
          return zs.flatMap((z, levelIndex) => {
            const level = levels[levelIndex] ?? 'L1';
            return z === null
              ? []
              : [
                  {
                    id: `h${runIndex}-${level}`,
                    runId: `h${runIndex}`,
                    level,
                    lotId: `lot-${(lot + levelIndex * (runIndex % 2)) % 3}`,
                    value: baseScale[level].mean + z * baseScale[level].sd,
                    targetMean: baseScale[level].mean,
                    targetSd: baseScale[level].sd,
                    measuredAt: new Date(Date.UTC(2025, 0, 1, runIndex, levelIndex)).toISOString(),
                    status: rejected && runIndex % 3 === 0 ? ('rejected' as const) : ('accepted' as const),
                  },
                ];
          });
        });
        const hour = currentAt * runs.length + 0.5;
        const run: ControlObservation[] = current.map((z, levelIndex) => {
          const level = levels[levelIndex] ?? 'L1';
          return {
            id: `new-${level}`,
            runId: 'new',
            level,
            lotId: `lot-${lot % 3}`,
            value: baseScale[level].mean + z * baseScale[level].sd,
            targetMean: baseScale[level].mean,
            targetSd: baseScale[level].sd,
            measuredAt: new Date(Date.UTC(2025, 0, 1) + hour * 3_600_000 + levelIndex * 60_000).toISOString(),
          };
        });
        const whole = evaluateSequences(
          buildControlSequences(run, history, { resetAtControlLotChange: reset }),
          rules,
        );
        expect(evaluateRun({ run, history, config: { rules, resetAtControlLotChange: reset } })).toEqual(
          whole,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('summary statistics', () => {
  const values = fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 2, maxLength: 60 });

  it('the cumulative summary of two parts equals the summary of all values', () => {
    fc.assert(
      fc.property(values, values, (first, second) => {
        const combined = combineSummaries(summarize(first), summarize(second));
        const direct = summarize([...first, ...second]);
        expect(combined.mean).toBeCloseTo(direct.mean, 6);
        expect(combined.sd).toBeCloseTo(direct.sd, 6);
      }),
    );
  });

  it('SD scales with the unit and ignores a shift: sd(a·x + b) = |a|·sd(x)', () => {
    fc.assert(
      fc.property(
        values,
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        (xs, a, b) => {
          const transformed = xs.map((x) => a * x + b);
          const expected = Math.abs(a) * sampleStandardDeviation(xs);
          expect(Math.abs(sampleStandardDeviation(transformed) - expected)).toBeLessThanOrEqual(
            1e-6 * (1 + expected),
          );
        },
      ),
    );
  });
});

describe('patient-based QC statistics', () => {
  const results = fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { minLength: 1, maxLength: 80 });
  const blockSize = fc.integer({ min: 1, max: 12 });

  function lastStatistic(
    calculation: PbrtqcCalculation,
    values: readonly number[],
    truncation?: { low: number; high: number; mode: 'truncate' | 'winsorize' },
  ) {
    let state = createPbrtqcState({
      calculation,
      truncation,
      controlLimits: { lower: -Infinity, upper: Infinity },
    });
    let statistic: number | undefined;
    for (const value of values) {
      const step = nextPbrtqc(state, value);
      state = step.state;
      statistic = step.statistic;
    }
    return { state, statistic };
  }

  it('the moving average is the mean of the last N included results', () => {
    fc.assert(
      fc.property(results, blockSize, (values, n) => {
        const { statistic } = lastStatistic({ method: 'sma', blockSize: n }, values);
        if (values.length < n) expect(statistic).toBeUndefined();
        else expect(statistic).toBeCloseTo(mean(values.slice(-n)), 8);
      }),
    );
  });

  it('the moving median is the median of the last N included results', () => {
    fc.assert(
      fc.property(results, blockSize, (values, n) => {
        const { statistic } = lastStatistic({ method: 'mm', blockSize: n }, values);
        if (values.length < n) return;
        const sorted = values.slice(-n).sort((a, b) => a - b);
        const middle = Math.floor(n / 2);
        const expected =
          n % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
        expect(statistic).toBe(expected);
      }),
    );
  });

  it('the EWMA stays between the smallest and largest value it has seen (with its start value)', () => {
    fc.assert(
      fc.property(results, fc.double({ min: 0.01, max: 1, noNaN: true }), (values, lambda) => {
        const { state } = lastStatistic({ method: 'ewma', lambda, startValue: 150 }, values);
        expect(state.ewma).toBeGreaterThanOrEqual(Math.min(150, ...values) - 1e-9);
        expect(state.ewma).toBeLessThanOrEqual(Math.max(150, ...values) + 1e-9);
      }),
    );
  });

  it('winsorizing keeps every value in the window within the truncation limits, truncating drops the rest', () => {
    fc.assert(
      fc.property(results, blockSize, (values, n) => {
        const limits = { low: 50, high: 200 };
        const winsorized = lastStatistic({ method: 'sma', blockSize: n }, values, {
          ...limits,
          mode: 'winsorize',
        });
        expect(winsorized.state.window.every((value) => value >= 50 && value <= 200)).toBe(true);
        expect(winsorized.state.resultsIncluded).toBe(values.length);
        const truncated = lastStatistic({ method: 'sma', blockSize: n }, values, {
          ...limits,
          mode: 'truncate',
        });
        expect(truncated.state.resultsIncluded).toBe(
          values.filter((value) => value >= 50 && value <= 200).length,
        );
      }),
    );
  });
});
