import type { TestDefinition } from '@aliquot/domain';
import type { Measurement } from '../analyzers/measurement.js';
import type { FaultKind } from '../faults/fault-kinds.js';

/** What really happened to one result the simulator sent: the answer key the score is read against. */
export interface ResultTruth {
  readonly accession: string;
  readonly testCode: string;
  readonly patientKey: string;
  readonly analyzer: string;
  readonly replicate: number;
  /** The value as sent, as text (`4.2`, `>750`, `neg`, `EGFR …`). */
  readonly sent: string;
  /** The labelled patient's true value, for numeric tests. */
  readonly trueValue?: number;
  /** Faults that touched this measurement. */
  readonly faults: readonly FaultKind[];
  /** The value misrepresents the labelled patient (see `judgeResult`). */
  readonly erroneous: boolean;
  /** A true, clean value at or beyond a critical limit: it must be called. */
  readonly critical: boolean;
  /** Sent during the warm-up that gives the lab its history; not scored. */
  readonly warmUp: boolean;
  readonly sentAt: string;
  /** When the LIS acknowledged the message (it is journaled by then): "received" for latencies. */
  readonly acknowledgedAt: string;
  readonly simMinute: number;
}

/** A systematic error put on an analyzer, and when. */
export interface AnalyzerEventTruth {
  readonly kind: 'qc-shift' | 'qc-drift';
  readonly analyzer: string;
  readonly tests: readonly string[];
  readonly sizeSd: number;
  readonly startMinute: number;
  readonly startedAt: string;
  /** When a technologist put it right (recalibration after a QC hold), if one did. */
  readonly endedAt?: string;
}

/** One control measured and sent. */
export interface QcRunTruth {
  readonly analyzer: string;
  readonly specimenId: string;
  readonly level: number;
  readonly at: string;
  readonly simMinute: number;
  /** Bias in SDs applied to the run's tests, by test. */
  readonly biasSd: Readonly<Record<string, number>>;
}

/** A point-of-care result generated (and whether there was anywhere to send it). */
export interface PoctTruth {
  readonly device: string;
  readonly operator: string;
  readonly operatorCertified: boolean;
  readonly patientKey: string;
  readonly testCode: string;
  readonly value: number;
  readonly at: string;
  /** Sent to Aliquot (false when there was nowhere to send it). */
  readonly delivered: boolean;
  /** What Aliquot did: took it as a lab result, kept it apart (a patient's own device), or refused it. */
  readonly outcome?: 'accepted' | 'kept-apart' | 'refused';
  readonly refusal?: string;
}

/** Everything the simulator knows that Aliquot should find out for itself. */
export class GroundTruthLedger {
  readonly results: ResultTruth[] = [];
  readonly analyzerEvents: AnalyzerEventTruth[] = [];
  readonly qcRuns: QcRunTruth[] = [];
  readonly poct: PoctTruth[] = [];
  /** Tubes by accession: which patient is on the label, what befell it. */
  readonly tubes = new Map<string, { patientKey: string; faults: readonly FaultKind[]; warmUp: boolean }>();
  /**
   * Per patient, the tests of which a clean result has been sent (from a tube no fault befell, not
   * critical): the results a lab releases, and so what a delta check compares with.
   */
  readonly #measured = new Map<string, Set<string>>();

  record(result: ResultTruth): void {
    this.results.push(result);
    const tubeFaults = this.tubes.get(result.accession)?.faults.length ?? 0;
    if (result.erroneous || result.critical || result.faults.length > 0 || tubeFaults > 0) return;
    const tests = this.#measured.get(result.patientKey) ?? new Set<string>();
    tests.add(result.testCode);
    this.#measured.set(result.patientKey, tests);
  }

  /** Whether a clean result of the test has been sent for the patient. */
  hasCleanResult(patientKey: string, testCode: string): boolean {
    return this.#measured.get(patientKey)?.has(testCode) ?? false;
  }

  toJSON(): object {
    return {
      results: this.results,
      analyzerEvents: this.analyzerEvents,
      qcRuns: this.qcRuns,
      poct: this.poct,
      tubes: Object.fromEntries(this.tubes),
    };
  }
}

/** The allowable total error at a value: the larger of the percent and the absolute limit. @see qc.md §6 */
export function allowableError(def: TestDefinition, at: number): number {
  const tea = def.allowableError;
  const percent = tea?.percent ?? (tea?.absolute === undefined ? 10 : 0);
  return Math.max((Math.abs(at) * percent) / 100, tea?.absolute ?? 0);
}

/** Faults that make a result wrong whatever its value: a wrong patient, a flagged or unreportable measurement. */
const ALWAYS_ERRONEOUS: ReadonlySet<FaultKind> = new Set<FaultKind>([
  'wrong-blood-in-tube',
  'instrument-error-flag',
  'over-range',
]);

/**
 * Whether a sent value misrepresents the labelled patient: always for a wrong patient, an analyzer
 * error flag or an over-range value; otherwise when a fault moved it by more than the allowable
 * total error (qc.md §6), since a smaller change would not change what a clinician does.
 */
export function judgeResult(
  def: TestDefinition,
  measurement: Measurement,
  trueValue: number | undefined,
  faults: readonly FaultKind[],
): boolean {
  if (faults.length === 0) return false;
  if (faults.some((f) => ALWAYS_ERRONEOUS.has(f))) return true;
  const v = measurement.value;
  if (v.kind !== 'numeric' || trueValue === undefined) return true;
  if (v.comparator !== undefined) return true;
  return Math.abs(v.value - trueValue) > allowableError(def, trueValue);
}

/** Whether a clean numeric value is at or beyond the test's critical limits. */
export function isCritical(def: TestDefinition, measurement: Measurement): boolean {
  const v = measurement.value;
  if (v.kind !== 'numeric' || def.critical === undefined) return false;
  const value = v.value;
  return (
    (def.critical.low !== undefined && value <= def.critical.low) ||
    (def.critical.high !== undefined && value >= def.critical.high)
  );
}
