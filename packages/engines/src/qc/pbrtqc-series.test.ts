/** The PBRTQC chart series (qc.md §8): the moving statistic at each result, worked by hand. */
import { describe, expect, it } from 'vitest';
import { pbrtqcSeries } from './pbrtqc-series.js';

describe('a moving average of 3 glucose results with limits 95–105 and truncation at 50–200', () => {
  const settings = {
    calculation: { method: 'sma', blockSize: 3 },
    truncation: { low: 50, high: 200, mode: 'truncate' },
    controlLimits: { lower: 95, upper: 105 },
  } as const;
  const series = pbrtqcSeries([100, 98, 250, 102, 112, 116], settings);

  it('warms up for three included results, skips the truncated 250, then averages the last three', () => {
    expect(series.map((p) => p.statistic)).toEqual([undefined, undefined, undefined, 100, 104, 110]);
    expect(series[2]).toEqual({ resultNumber: 3, value: 250, included: false });
  });

  it('marks the statistic above the upper limit as a high alarm on the result that moved it there', () => {
    expect(series.map((p) => p.alarm)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'high',
    ]);
  });
});
