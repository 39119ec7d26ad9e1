import { LabError } from '@aliquot/domain';
import {
  createPbrtqcState,
  nextPbrtqc,
  validatePbrtqcProcedure,
  type ControlLimits,
  type PbrtqcProcedure,
} from './moving-average-qc.js';

export interface DerivedControlLimits extends ControlLimits {
  /** Statistics the limits were taken from (one per included result after warm-up). */
  readonly statisticCount: number;
  /** Share of those statistics outside the limits: close to the target when data suffice. */
  readonly observedFalseAlarmRate: number;
  /** False when the stable period has too few statistics to place limits at this rate (fewer than 5 per tail). */
  readonly adequate: boolean;
}

/** The moving statistic at every result of a series, once warmed up (no limits applied). */
export function pbrtqcStatistics(results: readonly number[], procedure: PbrtqcProcedure): number[] {
  let state = createPbrtqcState({ ...procedure, controlLimits: { lower: -Infinity, upper: Infinity } });
  const statistics: number[] = [];
  for (const value of results) {
    const step = nextPbrtqc(state, value);
    state = step.state;
    if (step.statistic !== undefined) statistics.push(step.statistic);
  }
  return statistics;
}

/**
 * Control limits from a stable period for a target false-alarm rate α (per statistic evaluated): with
 * the n statistics sorted and k = ⌊n·α/2⌋, the limits are the (k+1)-th smallest and the (k+1)-th largest,
 * so at most k statistics lie beyond each limit and the rate on the stable data never exceeds α. This is
 * the empirical approach recommended for PBRTQC: optimise on the lab's own data (qc.md §8).
 *
 * @see van Rossum HH, Kemperman H. Clin Chem Lab Med 2017;55:218 (moving average optimisation).
 */
export function deriveControlLimits(
  stableResults: readonly number[],
  procedure: PbrtqcProcedure,
  falseAlarmRate: number,
): DerivedControlLimits {
  validatePbrtqcProcedure(procedure);
  if (!(falseAlarmRate > 0 && falseAlarmRate < 1)) {
    throw LabError.invalid(`A false-alarm rate must be in (0, 1), not ${falseAlarmRate}`);
  }
  const statistics = pbrtqcStatistics(stableResults, procedure);
  if (statistics.length === 0) {
    throw LabError.invalid('The stable period is too short to compute the statistic even once');
  }
  const sorted = [...statistics].sort((a, b) => a - b);
  const k = Math.floor((sorted.length * falseAlarmRate) / 2);
  const lower = sorted[k] ?? Number.NaN;
  const upper = sorted[sorted.length - 1 - k] ?? Number.NaN;
  const outside = statistics.filter((statistic) => statistic < lower || statistic > upper).length;
  return {
    lower,
    upper,
    statisticCount: statistics.length,
    observedFalseAlarmRate: outside / statistics.length,
    adequate: (statistics.length * falseAlarmRate) / 2 >= 5,
  };
}
