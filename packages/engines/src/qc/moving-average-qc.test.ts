/**
 * Patient-based real-time QC (shared/domain/qc.md §8): moving average, moving median and EWMA over
 * truncated patient results, control limits from a stable period, and bias-detection simulation. The
 * worked figures are computed by hand from the definitions; the simulated ones are checked against what
 * the statistics imply (limits near mean ± z·σ/√N, larger biases found sooner), not against stored output.
 */
import { describe, expect, it } from 'vitest';
import { LabError } from '@aliquot/domain';
import {
  createPbrtqcState,
  nextPbrtqc,
  type PbrtqcSettings,
  type PbrtqcState,
  type PbrtqcStep,
} from './moving-average-qc.js';
import { deriveControlLimits } from './pbrtqc-control-limits.js';
import { simulateBiasDetection } from './pbrtqc-simulation.js';
import { createSeededRandom, sampleNormal } from './seeded-random.js';

/** Feeds results one at a time and returns every step. */
function feed(settings: PbrtqcSettings, results: readonly number[]): PbrtqcStep[] {
  let state: PbrtqcState = createPbrtqcState(settings);
  return results.map((value) => {
    const step = nextPbrtqc(state, value);
    state = step.state;
    return step;
  });
}

const wide = { lower: -1e9, upper: 1e9 };
const potassium = [4.0, 4.2, 3.8, 4.4, 4.1, 4.6];

describe('moving average (SMA) of potassium results', () => {
  const settings: PbrtqcSettings = { calculation: { method: 'sma', blockSize: 5 }, controlLimits: wide };

  it('a moving average of 5 reports its first mean, 4.1 mmol/L, on the fifth result', () => {
    const steps = feed(settings, potassium);
    expect(steps.slice(0, 4).map((step) => step.statistic)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(steps[4]?.statistic).toBeCloseTo(4.1, 12);
  });

  it('the sixth result drops the first from the window: mean of 4.2, 3.8, 4.4, 4.1, 4.6 = 4.22', () => {
    expect(feed(settings, potassium)[5]?.statistic).toBeCloseTo(4.22, 12);
  });

  it('a haemolysed 7.2 outside the truncation limits 3.0–5.5 is dropped and does not move the average', () => {
    const truncated = { ...settings, truncation: { low: 3.0, high: 5.5, mode: 'truncate' as const } };
    const steps = feed(truncated, [...potassium.slice(0, 5), 7.2]);
    expect(steps[5]).toMatchObject({ included: false });
    expect(steps[5]?.statistic).toBeUndefined();
    expect(steps[5]?.state).toMatchObject({ resultsSeen: 6, resultsIncluded: 5 });
  });

  it('winsorizing clips the 7.2 to 5.5 instead: the window holds 4.2, 3.8, 4.4, 4.1, 5.5', () => {
    const winsorized = { ...settings, truncation: { low: 3.0, high: 5.5, mode: 'winsorize' as const } };
    const last = feed(winsorized, [...potassium.slice(0, 5), 7.2]).at(-1);
    expect(last?.state.window).toEqual([4.2, 3.8, 4.4, 4.1, 5.5]);
    expect(last?.statistic).toBeCloseTo(4.4, 12);
  });

  it('a result that is not a number is dropped', () => {
    expect(feed(settings, [Number.NaN])[0]).toMatchObject({ included: false });
  });
});

describe('moving median (MM) of sodium results', () => {
  const settings: PbrtqcSettings = { calculation: { method: 'mm', blockSize: 5 }, controlLimits: wide };

  it('a single wild 180 mmol/L does not move the median of 140, 139, 141, 180, 140', () => {
    expect(feed(settings, [140, 139, 141, 180, 140]).at(-1)?.statistic).toBe(140);
  });

  it('an even block takes the mean of the middle two: 139, 141, 143, 137 → 140', () => {
    const even = { ...settings, calculation: { method: 'mm' as const, blockSize: 4 } };
    expect(feed(even, [139, 141, 143, 137]).at(-1)?.statistic).toBe(140);
  });

  it('the window slides: after 150, 150, 150 the median follows the new values', () => {
    expect(
      feed(settings, [140, 139, 141, 180, 140, 150, 150, 150])
        .map((step) => step.statistic)
        .slice(4),
    ).toEqual([140, 141, 150, 150]);
  });
});

describe('EWMA', () => {
  it('with λ 0.2 started at the stable mean 140: 145 → 141, then 145 → 141.8', () => {
    const settings: PbrtqcSettings = {
      calculation: { method: 'ewma', lambda: 0.2, startValue: 140 },
      controlLimits: wide,
    };
    const [first, second] = feed(settings, [145, 145]);
    expect(first?.statistic).toBeCloseTo(141, 12);
    expect(second?.statistic).toBeCloseTo(141.8, 12);
  });

  it('without a start value the first result starts it and it is reported after the span 2/λ − 1 = 9 results', () => {
    const settings: PbrtqcSettings = { calculation: { method: 'ewma', lambda: 0.2 }, controlLimits: wide };
    const steps = feed(
      settings,
      Array.from({ length: 10 }, () => 140),
    );
    expect(steps.findIndex((step) => step.statistic !== undefined)).toBe(8);
  });
});

describe('alarms', () => {
  const settings: PbrtqcSettings = {
    calculation: { method: 'sma', blockSize: 3 },
    controlLimits: { lower: 3.8, upper: 4.4 },
  };

  it('a moving average of 4.6 above the upper limit 4.4 raises a high alarm on the third result', () => {
    const alarm = feed(settings, [4.5, 4.6, 4.7])[2]?.alarm;
    expect(alarm).toMatchObject({ side: 'high', limit: 4.4, resultNumber: 3 });
    expect(alarm?.statistic).toBeCloseTo(4.6, 12);
  });

  it('a moving average of 3.6 below the lower limit raises a low alarm', () => {
    expect(feed(settings, [3.5, 3.6, 3.7])[2]?.alarm).toMatchObject({ side: 'low', limit: 3.8 });
  });

  it('no alarm while the average stays within the limits', () => {
    expect(feed(settings, potassium).some((step) => step.alarm !== undefined)).toBe(false);
  });
});

describe('the step function is pure', () => {
  it('a frozen state can be stepped and is left as it was', () => {
    const settings: PbrtqcSettings = { calculation: { method: 'mm', blockSize: 3 }, controlLimits: wide };
    const state = feed(settings, [1, 2, 3]).at(-1)?.state;
    if (state === undefined) throw new Error('no state');
    const frozen = Object.freeze({
      ...state,
      window: Object.freeze([...state.window]),
      sorted: Object.freeze([...state.sorted]),
    });
    const next = nextPbrtqc(frozen, 0);
    expect(frozen.window).toEqual([1, 2, 3]);
    expect(next.state.window).toEqual([2, 3, 0]);
    expect(next.state.sorted).toEqual([0, 2, 3]);
  });
});

describe('settings that make no sense are refused', () => {
  it.each([
    ['a block size of 0', { calculation: { method: 'sma', blockSize: 0 }, controlLimits: wide }],
    ['a λ of 0', { calculation: { method: 'ewma', lambda: 0 }, controlLimits: wide }],
    ['a λ above 1', { calculation: { method: 'ewma', lambda: 1.5 }, controlLimits: wide }],
    [
      'truncation limits the wrong way round',
      {
        calculation: { method: 'sma', blockSize: 5 },
        truncation: { low: 6, high: 3, mode: 'truncate' },
        controlLimits: wide,
      },
    ],
    [
      'control limits the wrong way round',
      { calculation: { method: 'sma', blockSize: 5 }, controlLimits: { lower: 5, upper: 4 } },
    ],
  ] as const)('%s', (_, settings) => {
    expect(() => createPbrtqcState(settings as PbrtqcSettings)).toThrow(LabError);
  });
});

/** Sodium-like patient results: normal around 140 mmol/L with SD 2.5, from a seeded generator. */
function sodium(count: number, seed: number): number[] {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, () => sampleNormal(random, 140, 2.5));
}

describe('control limits from a stable period', () => {
  it('a moving average of 20 at a 1 % false-alarm rate gets limits near 140 ± 2.576 × 2.5 / √20', () => {
    const limits = deriveControlLimits(
      sodium(20_000, 11),
      { calculation: { method: 'sma', blockSize: 20 } },
      0.01,
    );
    const halfWidth = (2.576 * 2.5) / Math.sqrt(20);
    expect(limits.lower).toBeGreaterThan(140 - halfWidth - 0.3);
    expect(limits.lower).toBeLessThan(140 - halfWidth + 0.3);
    expect(limits.upper).toBeGreaterThan(140 + halfWidth - 0.3);
    expect(limits.upper).toBeLessThan(140 + halfWidth + 0.3);
    expect(limits.observedFalseAlarmRate).toBeLessThanOrEqual(0.01);
    expect(limits.observedFalseAlarmRate).toBeGreaterThan(0.009);
    expect(limits).toMatchObject({ statisticCount: 20_000 - 19, adequate: true });
  });

  it('100 results are too few to place limits at a 1-in-1000 rate: the limits are flagged inadequate', () => {
    expect(
      deriveControlLimits(
        sodium(100, 3),
        { calculation: { method: 'ewma', lambda: 0.1, startValue: 140 } },
        0.001,
      ).adequate,
    ).toBe(false);
  });

  it('a stable period shorter than the block is refused', () => {
    expect(() =>
      deriveControlLimits([140, 141], { calculation: { method: 'sma', blockSize: 5 } }, 0.01),
    ).toThrow(LabError);
  });
});

describe('bias-detection simulation', () => {
  const flat = Array.from({ length: 200 }, () => 10);
  const tight = { lower: 9.5, upper: 10.5 };

  it.each([
    ['moving average of 3', { method: 'sma', blockSize: 3 }],
    ['moving median of 3', { method: 'mm', blockSize: 3 }],
    ['EWMA λ 0.5', { method: 'ewma', lambda: 0.5, startValue: 10 }],
  ] as const)(
    'on steady results of 10 with limits 9.5–10.5, a +1 bias is found by the %s on the 2nd biased result',
    (_, calculation) => {
      const report = simulateBiasDetection({
        results: flat,
        bias: { kind: 'absolute', amount: 1 },
        settings: { calculation, controlLimits: tight },
        introductions: 200,
        random: createSeededRandom(1),
      });
      expect(new Set(report.npeds)).toEqual(new Set([2]));
      expect(report).toMatchObject({ anped: 2, mnped: 2, p95nped: 2, falseAlarms: 0, falseAlarmRate: 0 });
      expect(report.detected + report.undetected).toBe(200);
    },
  );

  it('a +10 % bias on results of 10 is the same as a +1 absolute bias', () => {
    const input = {
      results: flat,
      settings: { calculation: { method: 'sma', blockSize: 3 }, controlLimits: tight },
      introductions: 50,
    } as const;
    const percent = simulateBiasDetection({
      ...input,
      bias: { kind: 'percent', amount: 10 },
      random: createSeededRandom(9),
    });
    const absolute = simulateBiasDetection({
      ...input,
      bias: { kind: 'absolute', amount: 1 },
      random: createSeededRandom(9),
    });
    expect(percent).toEqual(absolute);
  });

  describe('on sodium-like results with limits derived at a 0.2 % false-alarm rate', () => {
    const history = sodium(6_000, 42);
    const procedure = { calculation: { method: 'sma', blockSize: 20 } } as const;
    const limits = deriveControlLimits(history.slice(0, 3_000), procedure, 0.002);
    const settings: PbrtqcSettings = {
      ...procedure,
      controlLimits: { lower: limits.lower, upper: limits.upper },
    };
    const simulate = (percent: number, seed = 7) =>
      simulateBiasDetection({
        results: history.slice(3_000),
        bias: { kind: 'percent', amount: percent },
        settings,
        introductions: 300,
        random: createSeededRandom(seed),
      });

    it('a +3 % bias is found every time, sooner than a +1 % bias on average', () => {
      const large = simulate(3);
      const small = simulate(1);
      expect(large.undetected).toBe(0);
      expect(large.anped).toBeDefined();
      expect(small.anped).toBeDefined();
      expect(large.anped ?? Infinity).toBeLessThan(small.anped ?? 0);
    });

    it('the median NPed is not above the 95th percentile, and every NPed counts at least the first biased result', () => {
      const report = simulate(1);
      expect(report.mnped ?? Infinity).toBeLessThanOrEqual(report.p95nped ?? 0);
      expect(report.npeds[0] ?? 0).toBeGreaterThanOrEqual(1);
    });

    it('the false-alarm rate on the unbiased results is small and comes from the same limits', () => {
      const report = simulate(1);
      expect(report.falseAlarmRate).toBeLessThan(0.02);
      expect(report.statisticsEvaluated).toBe(3_000 - 19);
    });

    it('the same seed gives the same report', () => {
      expect(simulate(1, 123)).toEqual(simulate(1, 123));
    });
  });

  it('too few results to warm up, or no introductions, are refused', () => {
    const settings: PbrtqcSettings = { calculation: { method: 'sma', blockSize: 50 }, controlLimits: tight };
    const base = {
      results: flat.slice(0, 20),
      bias: { kind: 'absolute', amount: 1 },
      settings,
      random: createSeededRandom(1),
    } as const;
    expect(() => simulateBiasDetection({ ...base, introductions: 10 })).toThrow(/warm up/);
    expect(() => simulateBiasDetection({ ...base, results: flat, introductions: 0 })).toThrow(LabError);
  });
});
