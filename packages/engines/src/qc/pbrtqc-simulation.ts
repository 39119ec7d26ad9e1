import { LabError } from '@aliquot/domain';
import {
  createPbrtqcState,
  nextPbrtqc,
  pbrtqcWarmUp,
  type PbrtqcCalculation,
  type PbrtqcSettings,
  type PbrtqcState,
} from './moving-average-qc.js';
import { quantile } from './qc-statistics.js';
import { randomIndex, type RandomSource } from './seeded-random.js';

export const BiasKind = { absolute: 'absolute', percent: 'percent' } as const;
export type BiasKind = (typeof BiasKind)[keyof typeof BiasKind];

/** A systematic error added to every result from the introduction point on. */
export interface SimulatedBias {
  readonly kind: BiasKind;
  /** In the result's unit (absolute) or percent of each result (percent); the sign gives the direction. */
  readonly amount: number;
}

export interface BiasDetectionInput {
  /** Historical patient results of one instrument × test, in time order. */
  readonly results: readonly number[];
  readonly bias: SimulatedBias;
  readonly settings: PbrtqcSettings;
  /** How many introduction points to simulate (e.g. 1000). */
  readonly introductions: number;
  /** Uniform [0, 1) numbers; pass `createSeededRandom(seed)` for reproducible figures. */
  readonly random: RandomSource;
  /** Give up on an introduction after this many biased results (default 1000): it counts as undetected. */
  readonly maxResultsAfterIntroduction?: number;
}

export interface BiasDetectionReport {
  readonly introductions: number;
  readonly detected: number;
  /** Introductions with no alarm within the look-ahead or before the data ran out. */
  readonly undetected: number;
  /** Average number of patient results from bias introduction to detection (detected cases). */
  readonly anped: number | undefined;
  /** Median NPed. */
  readonly mnped: number | undefined;
  /** 95th percentile of NPed. */
  readonly p95nped: number | undefined;
  /** NPed of each detected introduction, ascending. */
  readonly npeds: readonly number[];
  /** Alarms on the unbiased results ÷ statistics evaluated on them. */
  readonly falseAlarmRate: number;
  readonly falseAlarms: number;
  readonly statisticsEvaluated: number;
}

/**
 * Included results to feed before an introduction point so the statistic is in its steady state: N for
 * SMA/MM; for EWMA, enough results for the start value to weigh under 1 % ((1 − λ)^k < 0.01).
 */
export function simulationWarmUp(calculation: PbrtqcCalculation): number {
  switch (calculation.method) {
    case 'sma':
    case 'mm':
      return calculation.blockSize;
    case 'ewma': {
      const fade = calculation.lambda >= 1 ? 0 : Math.ceil(Math.log(0.01) / Math.log(1 - calculation.lambda));
      return Math.max(1, pbrtqcWarmUp(calculation), fade);
    }
    default:
      return calculation satisfies never;
  }
}

function applyBias(value: number, bias: SimulatedBias): number {
  switch (bias.kind) {
    case 'absolute':
      return value + bias.amount;
    case 'percent':
      return value * (1 + bias.amount / 100);
    default:
      return bias.kind satisfies never;
  }
}

function falseAlarms(results: readonly number[], settings: PbrtqcSettings) {
  let state: PbrtqcState = createPbrtqcState(settings);
  let alarms = 0;
  let evaluated = 0;
  for (const value of results) {
    const step = nextPbrtqc(state, value);
    state = step.state;
    if (step.statistic !== undefined) evaluated += 1;
    if (step.alarm !== undefined) alarms += 1;
  }
  return { alarms, evaluated };
}

/** `counts[i]`: results before index i that pass truncation (what fills the window). */
function includedBefore(results: readonly number[], settings: PbrtqcSettings): number[] {
  const counts = [0];
  let state = createPbrtqcState(settings);
  for (const value of results) {
    const step = nextPbrtqc(state, value);
    state = step.state;
    counts.push((counts.at(-1) ?? 0) + (step.included ? 1 : 0));
  }
  return counts;
}

/**
 * Simulates bias detection on the lab's own results, as PBRTQC should be optimised and verified
 * (IFCC WG-PBRTQC): at random introduction points the statistic is warmed up on unbiased results, then
 * every following result carries the bias until the first alarm. Reports ANPed, MNPed and 95NPed over the
 * detected introductions, and the false-alarm rate on the unbiased results.
 *
 * @see Badrick T et al. Clin Chem 2019;65:962 (PBRTQC review and recommendations).
 * @see Zhou Q et al. CCLM 2022 (ANPed, MNPed, 95NPed); qc.md §8.
 */
export function simulateBiasDetection(input: BiasDetectionInput): BiasDetectionReport {
  const { results, bias, settings, random } = input;
  const lookAhead = input.maxResultsAfterIntroduction ?? 1000;
  if (!Number.isInteger(input.introductions) || input.introductions < 1) {
    throw LabError.invalid(`The number of introductions must be a positive whole number`);
  }
  if (!Number.isFinite(bias.amount)) throw LabError.invalid('A simulated bias must be a finite number');
  const warmUp = simulationWarmUp(settings.calculation);
  const counts = includedBefore(results, settings);
  const first = counts.findIndex((count) => count >= warmUp);
  if (first < 0 || first >= results.length) {
    throw LabError.invalid(`Too few results to warm up (${warmUp} included results) and introduce a bias`);
  }
  const npeds: number[] = [];
  for (let round = 0; round < input.introductions; round += 1) {
    const introduction = first + randomIndex(random, results.length - first);
    const needed = (counts[introduction] ?? 0) - warmUp;
    let start = introduction;
    while (start > 0 && (counts[start] ?? 0) > needed) start -= 1;
    let state = createPbrtqcState(settings);
    for (let index = start; index < introduction; index += 1) {
      state = nextPbrtqc(state, results[index] ?? Number.NaN).state;
    }
    const end = Math.min(results.length, introduction + lookAhead);
    for (let index = introduction; index < end; index += 1) {
      const step = nextPbrtqc(state, applyBias(results[index] ?? Number.NaN, bias));
      state = step.state;
      if (step.alarm !== undefined) {
        npeds.push(index - introduction + 1);
        break;
      }
    }
  }
  npeds.sort((a, b) => a - b);
  const background = falseAlarms(results, settings);
  const sum = npeds.reduce((total, nped) => total + nped, 0);
  const some = npeds.length > 0;
  return {
    introductions: input.introductions,
    detected: npeds.length,
    undetected: input.introductions - npeds.length,
    anped: some ? sum / npeds.length : undefined,
    mnped: some ? quantile(npeds, 0.5) : undefined,
    p95nped: some ? quantile(npeds, 0.95) : undefined,
    npeds,
    falseAlarmRate: background.evaluated === 0 ? 0 : background.alarms / background.evaluated,
    falseAlarms: background.alarms,
    statisticsEvaluated: background.evaluated,
  };
}
