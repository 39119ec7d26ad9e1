import type { FaultKind } from '../faults/fault-kinds.js';

/** What a trainee may do with a specimen's results on review. @see autoverification.md §2 outcomes */
export const TrainingDecision = {
  /** Release the results as they are. */
  release: 'release',
  /** Measure again on the analyzer (with a dilution when over range). */
  rerun: 'rerun',
  /** Reject the specimen and ask for a new one (hemolysed, contaminated, aged, wrong patient). */
  reject: 'reject',
  /** Verify and phone a critical value to a caregiver who can act. */
  call: 'call',
} as const;
export type TrainingDecision = (typeof TrainingDecision)[keyof typeof TrainingDecision];

/** The answer key of one case, written when the case is made. */
export interface CaseAnswer {
  readonly expected: TrainingDecision;
  /** Other decisions a careful technologist could defend (e.g. rerun before rejecting). */
  readonly acceptable: readonly TrainingDecision[];
  readonly faults: readonly FaultKind[];
  /** What really happened, in a sentence. */
  readonly truth: string;
  /** The evidence on the screen that gives it away. */
  readonly clues: readonly string[];
}

export interface CaseFeedback {
  readonly decision: TrainingDecision;
  readonly correct: boolean;
  /** Correct, or not the best but defensible. */
  readonly acceptable: boolean;
  readonly expected: TrainingDecision;
  readonly truth: string;
  readonly clues: readonly string[];
  /** What the decision would have done to the patient. */
  readonly consequence: string;
}

const RECOLLECT: ReadonlySet<FaultKind> = new Set<FaultKind>([
  'wrong-blood-in-tube',
  'hemolysis',
  'edta-contamination',
  'iv-saline-contamination',
  'iv-dextrose-contamination',
  'aged-specimen',
]);
const MEASURE_AGAIN: ReadonlySet<FaultKind> = new Set<FaultKind>([
  'instrument-error-flag',
  'random-error',
  'over-range',
  'qc-shift',
  'qc-drift',
]);

/**
 * The right decision for a case from its ground truth: a spoiled specimen is rejected and recollected;
 * a bad measurement is rerun; a true critical value is called; anything else is released.
 */
export function expectedDecision(
  faults: readonly FaultKind[],
  critical: boolean,
): Pick<CaseAnswer, 'expected' | 'acceptable'> {
  if (faults.some((f) => RECOLLECT.has(f))) {
    // Hemolysis may be confirmed by a rerun of the same tube first; a WBIT never is.
    const acceptable: TrainingDecision[] = faults.includes('wrong-blood-in-tube')
      ? ['reject']
      : ['reject', 'rerun'];
    return { expected: 'reject', acceptable };
  }
  if (faults.some((f) => MEASURE_AGAIN.has(f))) return { expected: 'rerun', acceptable: ['rerun'] };
  if (critical) return { expected: 'call', acceptable: ['call'] };
  return { expected: 'release', acceptable: ['release'] };
}

function consequence(decision: TrainingDecision, answer: CaseAnswer): string {
  if (decision === answer.expected) {
    switch (decision) {
      case 'release':
        return 'The clinician gets accurate results without delay.';
      case 'rerun':
        return 'The rerun replaces the doubtful measurement before anyone acts on it.';
      case 'reject':
        return 'A new specimen is drawn; no wrong value reaches the record.';
      case 'call':
        return 'A caregiver who can act hears the value and reads it back.';
      default:
        return decision satisfies never;
    }
  }
  switch (decision) {
    case 'release':
      return answer.expected === 'call'
        ? 'The critical value is filed unannounced: nobody acts on it in time.'
        : 'A wrong value reaches the patient record and may be acted on; a corrected report would be needed.';
    case 'rerun':
      return answer.expected === 'reject'
        ? 'The same spoiled tube gives the same wrong answer; the delay buys nothing.'
        : 'A needless rerun: the result is delayed and reagent spent.';
    case 'reject':
      return 'The patient is drawn again for nothing, and the result is delayed.';
    case 'call':
      return answer.expected === 'release'
        ? 'A needless call interrupts the ward.'
        : 'A value that does not describe the patient is phoned as if it did.';
    default:
      return decision satisfies never;
  }
}

/** Grades one decision against the answer key, with the feedback a trainer would give. */
export function gradeDecision(decision: TrainingDecision, answer: CaseAnswer): CaseFeedback {
  return {
    decision,
    correct: decision === answer.expected,
    acceptable: answer.acceptable.includes(decision),
    expected: answer.expected,
    truth: answer.truth,
    clues: answer.clues,
    consequence: consequence(decision, answer),
  };
}
