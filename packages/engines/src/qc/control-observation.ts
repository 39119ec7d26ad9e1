import { LabError } from '@aliquot/domain';

/**
 * One measurement of a control material, with the target it is judged against. Levels with different
 * units and means are compared through z = (value − targetMean) / targetSd (qc.md §1).
 */
export interface ControlObservation {
  readonly id: string;
  /** The QC run (event) the observation belongs to. */
  readonly runId: string;
  /** The control level or material, e.g. "L1". */
  readonly level: string;
  /** The control material lot; sequences may reset when it changes. */
  readonly lotId: string;
  readonly value: number;
  /** The lab-established target mean in force when the value was measured. */
  readonly targetMean: number;
  /** The lab-established target SD in force when the value was measured (> 0). */
  readonly targetSd: number;
  /** ISO 8601 date-time of measurement (not of entry): sequences follow this order (qc.md §2). */
  readonly measuredAt: string;
}

/** What became of an observation. Only accepted observations build rule sequences (qc.md §2). */
export const ObservationStatus = {
  accepted: 'accepted',
  /** Its run was rejected by a rule. */
  rejected: 'rejected',
  /** Excluded by a person (e.g. a known pre-analytical error). */
  excluded: 'excluded',
} as const;
export type ObservationStatus = (typeof ObservationStatus)[keyof typeof ObservationStatus];

/** An observation from an earlier run, with the outcome it was given. */
export interface HistoricalObservation extends ControlObservation {
  readonly status: ObservationStatus;
}

/** z = (value − targetMean) / targetSd. Throws `invalid` for a non-positive or non-finite SD. */
export function zScore(value: number, targetMean: number, targetSd: number): number {
  if (!Number.isFinite(targetSd) || targetSd <= 0) {
    throw LabError.invalid(`A target SD must be a positive number, not ${targetSd}`);
  }
  if (!Number.isFinite(value) || !Number.isFinite(targetMean)) {
    throw LabError.invalid(`A control value and its target mean must be finite numbers`);
  }
  return (value - targetMean) / targetSd;
}

/** The z-score of an observation against its own target. */
export function observationZ(observation: ControlObservation): number {
  try {
    return zScore(observation.value, observation.targetMean, observation.targetSd);
  } catch (error) {
    if (error instanceof LabError) {
      throw LabError.invalid(error.message, [
        { location: `observation ${observation.id}`, message: error.message },
      ]);
    }
    throw error;
  }
}

/** Milliseconds since the epoch of `measuredAt`; throws `invalid` when it is not a date-time. */
export function measuredAtMillis(observation: ControlObservation): number {
  const millis = Date.parse(observation.measuredAt);
  if (Number.isNaN(millis)) {
    const message = `measuredAt "${observation.measuredAt}" is not an ISO 8601 date-time`;
    throw LabError.invalid(message, [{ location: `observation ${observation.id}`, message }]);
  }
  return millis;
}
