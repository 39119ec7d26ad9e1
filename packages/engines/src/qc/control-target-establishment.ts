import { LabError } from '@aliquot/domain';
import { ObservationStatus } from './control-observation.js';
import { coefficientOfVariation, summarize } from './qc-statistics.js';

/** One value of a new control lot measured during the parallel period, with its run's outcome. */
export interface TargetValue {
  readonly value: number;
  readonly runId: string;
  readonly status: ObservationStatus;
}

/**
 * How many values a lab requires. The defaults are the CLSI C24 / Westgard practice of at least 20 values
 * from at least 20 separate runs; the provisional minimum (10) is the example of qc.md §4 [U] and is a
 * lab decision.
 */
export interface TargetPolicy {
  readonly minimumValues: number;
  readonly minimumRuns: number;
  /** Below this many values no target is given; between this and the full minimum it is provisional. */
  readonly minimumProvisionalValues: number;
  /**
   * When set, the SD is the long-term CV of the previous lot applied to the new mean, a documented lab
   * decision some labs make (qc.md §4 [U]); otherwise the SD is the new lot's own sample SD.
   */
  readonly longTermCvPercent?: number;
}

export const defaultTargetPolicy: TargetPolicy = {
  minimumValues: 20,
  minimumRuns: 20,
  minimumProvisionalValues: 10,
};

export const TargetStatus = {
  /** Enough values from enough runs. */
  established: 'established',
  /** Usable, to be refined as more runs come in. */
  provisional: 'provisional',
  /** Too few values to give a target. */
  insufficient: 'insufficient',
} as const;
export type TargetStatus = (typeof TargetStatus)[keyof typeof TargetStatus];

export const SdSource = { observed: 'observed', longTermCv: 'long-term-cv' } as const;
export type SdSource = (typeof SdSource)[keyof typeof SdSource];

interface Counts {
  /** Values used (from accepted runs). */
  readonly n: number;
  /** Distinct runs among the values used. */
  readonly runCount: number;
  /** Values left out because their run was rejected or they were excluded. */
  readonly excludedCount: number;
}

export type ControlTarget =
  | (Counts & {
      readonly status: typeof TargetStatus.established | typeof TargetStatus.provisional;
      readonly mean: number;
      readonly sd: number;
      readonly cvPercent: number;
      readonly sdSource: SdSource;
      /** Why the target is provisional, in words; empty when established. */
      readonly shortfalls: readonly string[];
    })
  | (Counts & { readonly status: typeof TargetStatus.insufficient; readonly shortfalls: readonly string[] });

/**
 * Establishes the target mean and SD of a new control lot from its parallel-period values: rejected and
 * excluded values are left out, then mean and sample SD (n − 1) are taken (qc.md §4).
 */
export function establishControlTarget(
  values: readonly TargetValue[],
  policy: TargetPolicy = defaultTargetPolicy,
): ControlTarget {
  if (policy.longTermCvPercent !== undefined && !(policy.longTermCvPercent > 0)) {
    throw LabError.invalid(`A long-term CV must be a positive percentage, not ${policy.longTermCvPercent}`);
  }
  const used = values.filter((value) => value.status === ObservationStatus.accepted);
  const counts: Counts = {
    n: used.length,
    runCount: new Set(used.map((value) => value.runId)).size,
    excludedCount: values.length - used.length,
  };
  const shortfalls: string[] = [];
  if (counts.n < policy.minimumValues) shortfalls.push(`${counts.n} of ${policy.minimumValues} values`);
  if (counts.runCount < policy.minimumRuns)
    shortfalls.push(`${counts.runCount} of ${policy.minimumRuns} runs`);
  const minimum = Math.max(2, policy.minimumProvisionalValues);
  if (counts.n < minimum) {
    return {
      ...counts,
      status: TargetStatus.insufficient,
      shortfalls: [...shortfalls, `fewer than ${minimum} values`],
    };
  }
  const summary = summarize(used.map((value) => value.value));
  const longTermCv = policy.longTermCvPercent;
  const sd = longTermCv === undefined ? summary.sd : (Math.abs(summary.mean) * longTermCv) / 100;
  return {
    ...counts,
    status: shortfalls.length === 0 ? TargetStatus.established : TargetStatus.provisional,
    mean: summary.mean,
    sd,
    cvPercent: coefficientOfVariation(sd, summary.mean),
    sdSource: longTermCv === undefined ? SdSource.observed : SdSource.longTermCv,
    shortfalls,
  };
}
