/** The score of a run, as printed and as written to JSON. */
export interface ScoreReport {
  readonly scenario: string;
  readonly seed: number;
  readonly speed: number;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly simulatedHours: number;
  readonly volumes: {
    readonly patients: number;
    readonly orders: number;
    readonly tubes: number;
    readonly results: number;
    readonly warmUpResults: number;
    readonly qcRuns: number;
  };
  readonly errors: ErrorScore;
  readonly clean: CleanScore;
  readonly critical: CriticalScore;
  readonly turnaround: TurnaroundScore;
  /** Released results that reached the virtual EHR as ORU^R01; null when it did not listen. */
  readonly resultsToEhr: {
    readonly released: number;
    readonly delivered: number;
    /** Wall minutes from release to the EHR's receipt. */
    readonly minutesAfterRelease: Percentiles;
  } | null;
  readonly qcEvents: readonly QcEventScore[];
  readonly poct: PoctScore;
  readonly targets: readonly TargetCheck[];
  readonly notes: readonly string[];
}

export interface Tally {
  readonly injected: number;
  readonly heldBeforeRelease: number;
  readonly released: number;
  readonly notStored: number;
}

export interface ErrorScore extends Tally {
  /** held / (held + released); results Aliquot never stored are counted apart. */
  readonly caughtRate: number | null;
  readonly byKind: Readonly<Record<string, Tally>>;
  /** Per faulty tube or event: caught when any of its erroneous results was held. */
  readonly tubes: { readonly injected: number; readonly anyHeld: number };
  /** Erroneous results released: the answer key for a look-back, worst first. */
  readonly releasedExamples: readonly {
    accession: string;
    testCode: string;
    faults: string;
    sent: string;
    trueValue?: number;
  }[];
}

export interface CleanScore {
  readonly total: number;
  readonly autoverified: number;
  readonly held: number;
  readonly notStored: number;
  readonly autoverifiedRate: number | null;
  /** Clean true-critical results are expected to be held; they are counted here too. */
  readonly criticalAmongHeld: number;
  /** Why clean results were held, most frequent first. */
  readonly holdReasons: readonly { reason: string; count: number }[];
  /** Results with a fault whose effect stayed within the allowable error: neither clean nor erroneous. */
  readonly faultWithinAllowableError: number;
}

export interface Percentiles {
  readonly count: number;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly p99: number | null;
  readonly max: number | null;
}

export interface CriticalScore {
  readonly injected: number;
  /** A critical call was opened for the result. */
  readonly callOpened: number;
  /** The call was completed (caregiver reached, read back). */
  readonly called: number;
  readonly missed: readonly { accession: string; testCode: string; sent: string }[];
  /** Minutes from the result reaching Aliquot to the completed call (wall clock). */
  readonly minutesToCall: Percentiles;
  /** The same in simulation minutes (wall × speed). */
  readonly simMinutesToCall: Percentiles;
}

export interface TurnaroundScore {
  /** Receipt in the lab to release, wall-clock minutes, for released results. */
  readonly receiptToRelease: Percentiles;
  readonly simMinutes: Percentiles;
}

export interface QcEventScore {
  readonly kind: string;
  readonly analyzer: string;
  readonly tests: readonly string[];
  readonly sizeSd: number;
  readonly startedAt: string;
  readonly detectedAt: string | null;
  /** Simulation minutes from the start of the error to the first QC hold on an affected test. */
  readonly simMinutesToDetect: number | null;
  readonly qcRunsSinceStart: number;
  /** When the technologist recalibrated after the hold (the error ended). */
  readonly correctedAt: string | null;
  readonly erroneousReleased: number;
  readonly erroneousHeld: number;
}

export interface PoctScore {
  readonly generated: number;
  readonly delivered: number;
  readonly uncertifiedOperator: number;
  /** Readings by an uncertified operator that Aliquot refused (it should refuse them all). */
  readonly uncertifiedRefused: number;
  /** Readings by a certified operator on a good device that Aliquot took. */
  readonly certifiedAccepted: number;
  readonly certified: number;
  /** A patient's own monitor: kept apart from lab results. */
  readonly patientGeneratedKeptApart: number;
  readonly note: string;
}

export interface TargetCheck {
  readonly name: string;
  readonly target: number;
  readonly actual: number | null;
  readonly met: boolean;
}
