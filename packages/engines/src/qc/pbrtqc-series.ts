import { createPbrtqcState, nextPbrtqc, type PbrtqcSettings } from './moving-average-qc.js';

/** One patient result of a PBRTQC chart, and the moving statistic after it. */
export interface PbrtqcSeriesPoint {
  /** 1-based position of the result in the series. */
  readonly resultNumber: number;
  readonly value: number;
  /** False when truncation dropped the result. */
  readonly included: boolean;
  /** Undefined while the statistic warms up, or when the result was dropped. */
  readonly statistic?: number;
  /** The side of the control limits the statistic fell beyond, if it did. */
  readonly alarm?: 'high' | 'low';
}

/**
 * The moving statistic of a monitor's settings at every result of a series, with the results whose
 * statistic lies beyond the control limits marked: what a PBRTQC chart draws (qc.md §8). A monitor
 * restarts after its hold is lifted; this recomputation does not, so it shows how the statistic ran
 * through the whole series.
 */
export function pbrtqcSeries(values: readonly number[], settings: PbrtqcSettings): PbrtqcSeriesPoint[] {
  let state = createPbrtqcState(settings);
  return values.map((value, index) => {
    const step = nextPbrtqc(state, value);
    state = step.state;
    return {
      resultNumber: index + 1,
      value,
      included: step.included,
      ...(step.statistic === undefined ? {} : { statistic: step.statistic }),
      ...(step.alarm === undefined ? {} : { alarm: step.alarm.side }),
    };
  });
}
