import { LabError } from '@aliquot/domain';

/**
 * Patient-based real-time QC (PBRTQC) per instrument × test: a moving statistic over truncated patient
 * results, checked against control limits, fed one result at a time by a pure step function.
 *
 * @see Loh TP et al. (IFCC WG-PBRTQC), Clin Chem Lab Med 2020, doi:10.1515/cclm-2019-1024; qc.md §8.
 * @see van Rossum HH, Clin Chem Lab Med, doi:10.1515/cclm-2018-0795 (moving average QC).
 */

export const PbrtqcMethod = {
  /** Simple moving average over the last N included results. */
  movingAverage: 'sma',
  /** Moving median over the last N included results. */
  movingMedian: 'mm',
  /** Exponentially weighted moving average, M_t = λ·x_t + (1 − λ)·M_{t−1}. */
  ewma: 'ewma',
} as const;
export type PbrtqcMethod = (typeof PbrtqcMethod)[keyof typeof PbrtqcMethod];

export type PbrtqcCalculation =
  | { readonly method: typeof PbrtqcMethod.movingAverage; readonly blockSize: number }
  | { readonly method: typeof PbrtqcMethod.movingMedian; readonly blockSize: number }
  | {
      readonly method: typeof PbrtqcMethod.ewma;
      readonly lambda: number;
      /** M_0, usually the stable-period mean; without it the first included result starts the EWMA. */
      readonly startValue?: number;
    };

export const TruncationMode = {
  /** Results outside [low, high] are dropped. */
  truncate: 'truncate',
  /** Results outside [low, high] are clipped to the nearer limit (winsorized). */
  winsorize: 'winsorize',
} as const;
export type TruncationMode = (typeof TruncationMode)[keyof typeof TruncationMode];

export interface Truncation {
  readonly low: number;
  readonly high: number;
  readonly mode: TruncationMode;
}

export interface ControlLimits {
  readonly lower: number;
  readonly upper: number;
}

/** How the statistic is computed: what a stable period is run through to derive limits. */
export interface PbrtqcProcedure {
  readonly calculation: PbrtqcCalculation;
  readonly truncation?: Truncation;
}

export interface PbrtqcSettings extends PbrtqcProcedure {
  readonly controlLimits: ControlLimits;
}

export interface PbrtqcState {
  readonly settings: PbrtqcSettings;
  /** SMA/MM: the last ≤ N included results, oldest first. Empty for EWMA. */
  readonly window: readonly number[];
  /** MM: the same values in ascending order. Empty otherwise. */
  readonly sorted: readonly number[];
  /** EWMA: the current M_t, undefined until started. */
  readonly ewma: number | undefined;
  /** Every result fed, included or not. */
  readonly resultsSeen: number;
  readonly resultsIncluded: number;
}

export interface PbrtqcAlarm {
  readonly side: 'high' | 'low';
  readonly statistic: number;
  readonly limit: number;
  /** 1-based count of results fed when the alarm was raised. */
  readonly resultNumber: number;
}

export interface PbrtqcStep {
  readonly state: PbrtqcState;
  /** False when the result was dropped (truncated or not a finite number). */
  readonly included: boolean;
  /** The statistic after this result, once enough results have been included. */
  readonly statistic?: number;
  readonly alarm?: PbrtqcAlarm;
}

/** Included results needed before the statistic is reported: N, or for EWMA the span 2/λ − 1 unless M_0 is given. */
export function pbrtqcWarmUp(calculation: PbrtqcCalculation): number {
  switch (calculation.method) {
    case 'sma':
    case 'mm':
      return calculation.blockSize;
    case 'ewma':
      return calculation.startValue === undefined ? Math.max(1, Math.round(2 / calculation.lambda - 1)) : 0;
    default:
      return calculation satisfies never;
  }
}

/** Throws `invalid` unless block size, λ, truncation limits and (when given) control limits make sense. */
export function validatePbrtqcProcedure(procedure: PbrtqcProcedure, limits?: ControlLimits): void {
  const { calculation, truncation } = procedure;
  if (calculation.method === 'ewma') {
    if (!(calculation.lambda > 0 && calculation.lambda <= 1)) {
      throw LabError.invalid(`EWMA λ must be in (0, 1], not ${calculation.lambda}`);
    }
  } else if (!Number.isInteger(calculation.blockSize) || calculation.blockSize < 1) {
    throw LabError.invalid(`A block size must be a positive whole number, not ${calculation.blockSize}`);
  }
  if (truncation !== undefined && !(truncation.low < truncation.high)) {
    throw LabError.invalid(
      `Truncation limits must satisfy low < high (${truncation.low}, ${truncation.high})`,
    );
  }
  if (limits !== undefined && !(limits.lower < limits.upper)) {
    throw LabError.invalid(`Control limits must satisfy lower < upper (${limits.lower}, ${limits.upper})`);
  }
}

/** A fresh state for one instrument × test. */
export function createPbrtqcState(settings: PbrtqcSettings): PbrtqcState {
  validatePbrtqcProcedure(settings, settings.controlLimits);
  return { settings, window: [], sorted: [], ewma: undefined, resultsSeen: 0, resultsIncluded: 0 };
}

/** The result after truncation or winsorizing, or undefined when it is dropped. */
function admit(value: number, truncation: Truncation | undefined): number | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (truncation === undefined || (value >= truncation.low && value <= truncation.high)) return value;
  switch (truncation.mode) {
    case 'truncate':
      return undefined;
    case 'winsorize':
      return Math.min(truncation.high, Math.max(truncation.low, value));
    default:
      return truncation.mode satisfies never;
  }
}

/** Index of the first element ≥ value in an ascending array. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? Infinity) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function median(sorted: readonly number[]): number {
  const middle = sorted.length >>> 1;
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

function slide(window: readonly number[], value: number, size: number): number[] {
  return window.length < size ? [...window, value] : [...window.slice(1), value];
}

function slideSorted(sorted: readonly number[], dropped: number | undefined, value: number): number[] {
  const next = [...sorted];
  if (dropped !== undefined) next.splice(lowerBound(next, dropped), 1);
  next.splice(lowerBound(next, value), 0, value);
  return next;
}

/** Adds an included value and returns the new state with its statistic (before the warm-up check). */
function include(state: PbrtqcState, value: number): { state: PbrtqcState; statistic: number } {
  const counted = { resultsSeen: state.resultsSeen + 1, resultsIncluded: state.resultsIncluded + 1 };
  const calculation = state.settings.calculation;
  switch (calculation.method) {
    case 'sma': {
      const window = slide(state.window, value, calculation.blockSize);
      let sum = 0;
      for (const item of window) sum += item;
      return { state: { ...state, ...counted, window }, statistic: sum / window.length };
    }
    case 'mm': {
      const full = state.window.length >= calculation.blockSize;
      const window = slide(state.window, value, calculation.blockSize);
      const sorted = slideSorted(state.sorted, full ? state.window[0] : undefined, value);
      return { state: { ...state, ...counted, window, sorted }, statistic: median(sorted) };
    }
    case 'ewma': {
      const previous = state.ewma ?? calculation.startValue;
      const ewma =
        previous === undefined ? value : calculation.lambda * value + (1 - calculation.lambda) * previous;
      return { state: { ...state, ...counted, ewma }, statistic: ewma };
    }
    default:
      return calculation satisfies never;
  }
}

/**
 * Feeds one patient result: `next(state, value) → { state, statistic?, alarm? }`. Pure: the given state is
 * not changed. An alarm is reported on every result whose statistic is outside the control limits.
 */
export function nextPbrtqc(state: PbrtqcState, value: number): PbrtqcStep {
  const admitted = admit(value, state.settings.truncation);
  if (admitted === undefined) {
    return { state: { ...state, resultsSeen: state.resultsSeen + 1 }, included: false };
  }
  const step = include(state, admitted);
  if (step.state.resultsIncluded < pbrtqcWarmUp(state.settings.calculation)) {
    return { state: step.state, included: true };
  }
  const { statistic } = step;
  const { lower, upper } = state.settings.controlLimits;
  const resultNumber = step.state.resultsSeen;
  const alarm: PbrtqcAlarm | undefined =
    statistic > upper
      ? { side: 'high', statistic, limit: upper, resultNumber }
      : statistic < lower
        ? { side: 'low', statistic, limit: lower, resultNumber }
        : undefined;
  return alarm === undefined
    ? { state: step.state, included: true, statistic }
    : { state: step.state, included: true, statistic, alarm };
}
