import { LabError } from '@aliquot/domain';

/**
 * Descriptive statistics for QC: arithmetic mean, sample SD (n − 1) and CV, as used to establish and
 * maintain control targets (CLSI C24; qc.md §4).
 */
export interface SummaryStatistics {
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1 denominator); 0 when n = 1. */
  readonly sd: number;
  /** SD / |mean| × 100; NaN when the mean is 0. */
  readonly cvPercent: number;
}

function requireFinite(values: readonly number[], what: string): void {
  const bad = values.findIndex((value) => !Number.isFinite(value));
  if (bad >= 0) throw LabError.invalid(`${what}: value at position ${bad} is not a finite number`);
}

/** Arithmetic mean. Throws `invalid` for an empty list or a non-finite value. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw LabError.invalid('The mean of no values is undefined');
  requireFinite(values, 'mean');
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Sample standard deviation, √(Σ(x − x̄)² / (n − 1)), computed in two passes. Needs n ≥ 2. */
export function sampleStandardDeviation(values: readonly number[]): number {
  if (values.length < 2) throw LabError.invalid('A sample SD needs at least two values');
  const centre = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - centre) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

/** Coefficient of variation in percent: SD / |mean| × 100 (NaN when the mean is 0). */
export function coefficientOfVariation(sd: number, centre: number): number {
  return centre === 0 ? Number.NaN : (sd / Math.abs(centre)) * 100;
}

/** n, mean, sample SD and CV of a list of values (at least one). */
export function summarize(values: readonly number[]): SummaryStatistics {
  const centre = mean(values);
  const sd = values.length < 2 ? 0 : sampleStandardDeviation(values);
  return { n: values.length, mean: centre, sd, cvPercent: coefficientOfVariation(sd, centre) };
}

/**
 * Combines two summaries into the summary of all their values, without the values: the cumulative
 * mean/SD of a control lot as months of data are added (qc.md §4). Uses the pairwise update of Chan,
 * Golub and LeVeque (Am Stat 1983;37:242): M2 = M2a + M2b + δ²·na·nb / n.
 */
export function combineSummaries(a: SummaryStatistics, b: SummaryStatistics): SummaryStatistics {
  if (a.n === 0) return b;
  if (b.n === 0) return a;
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  const centre = a.mean + (delta * b.n) / n;
  const m2 = a.sd ** 2 * (a.n - 1) + b.sd ** 2 * (b.n - 1) + (delta ** 2 * a.n * b.n) / n;
  const sd = n < 2 ? 0 : Math.sqrt(m2 / (n - 1));
  return { n, mean: centre, sd, cvPercent: coefficientOfVariation(sd, centre) };
}

/** The cumulative summary after adding new values to an earlier cumulative summary (if any). */
export function cumulativeSummary(
  previous: SummaryStatistics | undefined,
  newValues: readonly number[],
): SummaryStatistics {
  if (newValues.length === 0) {
    if (previous === undefined) throw LabError.invalid('A cumulative summary needs at least one value');
    return previous;
  }
  const added = summarize(newValues);
  return previous === undefined ? added : combineSummaries(previous, added);
}

/**
 * The p-quantile of values by linear interpolation between order statistics (Hyndman & Fan type 7,
 * the default of R and NumPy). `p` in [0, 1].
 */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) throw LabError.invalid('The quantile of no values is undefined');
  if (!(p >= 0 && p <= 1)) throw LabError.invalid(`A quantile probability must be in [0, 1], not ${p}`);
  const sorted = [...values].sort((x, y) => x - y);
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below] ?? Number.NaN;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? Number.NaN;
  return lower + (upper - lower) * (position - below);
}
