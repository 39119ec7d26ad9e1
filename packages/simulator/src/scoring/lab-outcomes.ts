/**
 * What Aliquot did with the simulated lab's traffic, as read back through its REST API: the status
 * of every stored result version, the critical calls it opened and completed, the QC holds it put on.
 * The score compares these with the ground truth.
 */

/** How a result version stands. */
export const OutcomeStatus = {
  /** Released to the record. */
  released: 'released',
  /** Held for review (or awaiting a decision): not released. */
  held: 'held',
  /** Replaced by a rerun before anyone released it. */
  superseded: 'superseded',
  /** Cancelled (specimen rejected, recollection asked for). */
  cancelled: 'cancelled',
  /** Aliquot never stored it: the message was refused, or a code was not mapped. */
  notStored: 'not-stored',
} as const;
export type OutcomeStatus = (typeof OutcomeStatus)[keyof typeof OutcomeStatus];

export interface ResultOutcome {
  readonly accession: string;
  readonly testCode: string;
  /** 1 for the first version stored from an instrument, 2 for the next (a rerun)… */
  readonly replicate: number;
  readonly status: OutcomeStatus;
  /** Released by the autoverification engine rather than a person. */
  readonly autoverified: boolean;
  readonly storedAt?: string;
  readonly releasedAt?: string;
  /** Why it was held, as the decision said (rule ids or sentences). */
  readonly holdReasons: readonly string[];
}

export interface CriticalCallOutcome {
  readonly accession: string;
  readonly testCode: string;
  readonly detectedAt: string;
  readonly completedAt?: string;
  readonly status: string;
}

export interface QcHoldOutcome {
  readonly analyzer: string;
  readonly testCode: string;
  readonly at: string;
  readonly reason: string;
}

export interface LabOutcomes {
  readonly results: readonly ResultOutcome[];
  readonly criticalCalls: readonly CriticalCallOutcome[];
  readonly qcHolds: readonly QcHoldOutcome[];
  /** Results the virtual EHR received in ORU^R01 messages, when it listened. */
  readonly deliveredToEhr?: readonly {
    readonly accession: string;
    readonly testCode: string;
    readonly receivedAt: string;
  }[];
  /** When each tube was received in the lab. */
  readonly receivedAt: ReadonlyMap<string, string>;
  /** What could not be read (an API not there yet), said plainly in the report. */
  readonly gaps: readonly string[];
}
