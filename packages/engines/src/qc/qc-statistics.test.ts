/**
 * Statistics and target establishment for control lots (CLSI C24; shared/domain/qc.md §4). The worked
 * figures are computed by hand from the definitions (mean, sample SD with n − 1, CV = SD/mean × 100).
 */
import { describe, expect, it } from 'vitest';
import { LabError } from '@aliquot/domain';
import {
  coefficientOfVariation,
  combineSummaries,
  cumulativeSummary,
  mean,
  quantile,
  sampleStandardDeviation,
  summarize,
} from './qc-statistics.js';
import { zScore } from './control-observation.js';
import { establishControlTarget, type TargetValue } from './control-target-establishment.js';

describe('mean, sample SD and CV', () => {
  const values = [2, 4, 4, 4, 5, 5, 7, 9];

  it('2, 4, 4, 4, 5, 5, 7, 9 have mean 5 and sample SD √(32/7) = 2.138', () => {
    expect(mean(values)).toBe(5);
    expect(sampleStandardDeviation(values)).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it('the CV is SD / mean × 100: 2.138 / 5 = 42.76 %', () => {
    expect(summarize(values).cvPercent).toBeCloseTo((Math.sqrt(32 / 7) / 5) * 100, 10);
  });

  it('a CV is undefined (NaN) when the mean is zero', () => {
    expect(coefficientOfVariation(1, 0)).toBeNaN();
  });

  it('a single value has a mean but an SD of 0 in a summary, and no sample SD on its own', () => {
    expect(summarize([4.2])).toMatchObject({ n: 1, mean: 4.2, sd: 0 });
    expect(() => sampleStandardDeviation([4.2])).toThrow(LabError);
  });

  it('the mean of no values is refused, and so is a value that is not a number', () => {
    expect(() => mean([])).toThrow(LabError);
    expect(() => mean([1, Number.NaN])).toThrow(/not a finite number/);
  });

  it('a potassium control of 4.6 against a target of 4.0 ± 0.2 mmol/L has z = +3', () => {
    expect(zScore(4.6, 4.0, 0.2)).toBeCloseTo(3, 12);
  });

  it('a z-score against an SD of 0 is refused', () => {
    expect(() => zScore(4.6, 4.0, 0)).toThrow(/positive/);
  });
});

describe('cumulative mean and SD of a control lot', () => {
  const january = [101, 99, 100.5, 98.7, 102.2, 100.1];
  const february = [100.9, 97.8, 101.4, 99.9];

  it('adding February to January gives the same mean and SD as all values at once', () => {
    const cumulative = cumulativeSummary(summarize(january), february);
    const direct = summarize([...january, ...february]);
    expect(cumulative.n).toBe(10);
    expect(cumulative.mean).toBeCloseTo(direct.mean, 12);
    expect(cumulative.sd).toBeCloseTo(direct.sd, 12);
  });

  it('combining with an empty summary changes nothing, and the first month starts the cumulative', () => {
    const first = summarize(january);
    expect(combineSummaries(first, { n: 0, mean: 0, sd: 0, cvPercent: Number.NaN })).toBe(first);
    expect(cumulativeSummary(undefined, january)).toEqual(first);
    expect(cumulativeSummary(first, [])).toBe(first);
  });
});

describe('quantiles (type 7, as R and NumPy)', () => {
  it('the median of 1, 2, 3, 4 is 2.5 and the 95th percentile of 1…20 is 19.05', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(
      quantile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        0.95,
      ),
    ).toBeCloseTo(19.05, 12);
  });

  it('a probability outside [0, 1] is refused', () => {
    expect(() => quantile([1, 2], 1.5)).toThrow(LabError);
  });
});

describe('establishing the target of a new control lot', () => {
  const parallel = (count: number, runs = count, status: TargetValue['status'] = 'accepted'): TargetValue[] =>
    Array.from({ length: count }, (_, i) => ({
      value: 5.0 + ((i % 5) - 2) * 0.05,
      runId: `run-${i % runs}`,
      status,
    }));

  it('20 values from 20 runs give an established target with the sample mean and SD', () => {
    const values = parallel(20);
    const target = establishControlTarget(values);
    const summary = summarize(values.map((value) => value.value));
    expect(target).toMatchObject({
      status: 'established',
      n: 20,
      runCount: 20,
      sdSource: 'observed',
      shortfalls: [],
    });
    expect(target.status !== 'insufficient' && target.mean).toBeCloseTo(summary.mean, 12);
    expect(target.status !== 'insufficient' && target.sd).toBeCloseTo(summary.sd, 12);
  });

  it('12 values from 12 runs give a provisional target, flagged with what is missing', () => {
    expect(establishControlTarget(parallel(12))).toMatchObject({
      status: 'provisional',
      shortfalls: ['12 of 20 values', '12 of 20 runs'],
    });
  });

  it('20 values from only 10 runs are provisional: the runs must be separate', () => {
    expect(establishControlTarget(parallel(20, 10))).toMatchObject({
      status: 'provisional',
      shortfalls: ['10 of 20 runs'],
    });
  });

  it('5 values are not enough for even a provisional target', () => {
    expect(establishControlTarget(parallel(5)).status).toBe('insufficient');
  });

  it('values from rejected runs are left out and do not move the mean', () => {
    const values = [...parallel(20), { value: 9.9, runId: 'run-x', status: 'rejected' as const }];
    const target = establishControlTarget(values);
    expect(target).toMatchObject({ status: 'established', n: 20, excludedCount: 1 });
    expect(target.status !== 'insufficient' && target.mean).toBeCloseTo(5.0, 12);
  });

  it('a lab that keeps the long-term CV of 2 % applies it to the new mean of 5.0: SD 0.1', () => {
    const target = establishControlTarget(parallel(20), {
      minimumValues: 20,
      minimumRuns: 20,
      minimumProvisionalValues: 10,
      longTermCvPercent: 2,
    });
    expect(target).toMatchObject({ sdSource: 'long-term-cv' });
    expect(target.status !== 'insufficient' && target.cvPercent).toBeCloseTo(2, 10);
    expect(target.status !== 'insufficient' && target.sd).toBeCloseTo(0.1, 12);
  });
});
