import type { ClinicalSex, CriticalLimits } from '@aliquot/domain';

/**
 * Critical (panic) limits, per sex and age partition, and detection of a value at or beyond them.
 * @see shared/domain/delta-and-critical.md §4
 */

/** Critical limits for one partition of patients; ages in days, `ageToDays` exclusive. */
export interface CriticalLimitPartition {
  readonly sex: ClinicalSex | 'any';
  readonly ageFromDays?: number;
  readonly ageToDays?: number;
  readonly low?: number;
  readonly high?: number;
  /** Where the limits come from, e.g. "Kost 1990" or the lab's own list. */
  readonly source: string;
}

/** What is known of the patient; either may be missing. */
export interface CriticalPatient {
  readonly sex?: ClinicalSex;
  readonly ageDays?: number;
}

export interface CriticalBound {
  readonly limit: number;
  readonly source: string;
}

export interface ResolvedCriticalLimits {
  readonly low?: CriticalBound;
  readonly high?: CriticalBound;
}

export const CriticalDirection = { low: 'low', high: 'high' } as const;
export type CriticalDirection = (typeof CriticalDirection)[keyof typeof CriticalDirection];

export interface CriticalFinding {
  readonly direction: CriticalDirection;
  readonly value: number;
  readonly limit: number;
  readonly source: string;
}

/** A test definition's single set of limits as a partition that applies to everyone. */
export function partitionsFromDefinition(
  critical: CriticalLimits | undefined,
): readonly CriticalLimitPartition[] {
  return critical === undefined ? [] : [{ sex: 'any', ...critical }];
}

const fitsAge = (partition: CriticalLimitPartition, ageDays: number | undefined): boolean =>
  ageDays === undefined ||
  ((partition.ageFromDays ?? 0) <= ageDays && ageDays < (partition.ageToDays ?? Number.POSITIVE_INFINITY));

/**
 * The limits that apply to a patient. A partition for the patient's sex wins over 'any'. When the sex
 * or the age is unknown every partition it could be is considered and the narrowest limits are kept
 * (the highest low, the lowest high), so an unknown patient is never under-called.
 */
export function criticalLimitsFor(
  partitions: readonly CriticalLimitPartition[],
  patient: CriticalPatient,
): ResolvedCriticalLimits {
  const byAge = partitions.filter((partition) => fitsAge(partition, patient.ageDays));
  const known = patient.sex === 'male' || patient.sex === 'female' ? patient.sex : undefined;
  const ownSex = known === undefined ? [] : byAge.filter((partition) => partition.sex === known);
  const candidates =
    ownSex.length > 0
      ? ownSex
      : known === undefined
        ? byAge
        : byAge.filter((partition) => partition.sex === 'any');
  let low: CriticalBound | undefined;
  let high: CriticalBound | undefined;
  for (const partition of candidates) {
    if (partition.low !== undefined && (low === undefined || partition.low > low.limit)) {
      low = { limit: partition.low, source: partition.source };
    }
    if (partition.high !== undefined && (high === undefined || partition.high < high.limit)) {
      high = { limit: partition.high, source: partition.source };
    }
  }
  return { ...(low ? { low } : {}), ...(high ? { high } : {}) };
}

/** A value at or below the low limit, or at or above the high limit, is critical. */
export function detectCritical(
  value: number,
  partitions: readonly CriticalLimitPartition[],
  patient: CriticalPatient,
): CriticalFinding | undefined {
  const limits = criticalLimitsFor(partitions, patient);
  if (limits.low !== undefined && value <= limits.low.limit) {
    return { direction: 'low', value, limit: limits.low.limit, source: limits.low.source };
  }
  if (limits.high !== undefined && value >= limits.high.limit) {
    return { direction: 'high', value, limit: limits.high.limit, source: limits.high.source };
  }
  return undefined;
}
