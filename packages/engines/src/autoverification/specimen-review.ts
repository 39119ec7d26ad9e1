import { combine, type Decision, type RuleEvaluation } from './decision.js';

/**
 * The judgement of a specimen's results together, after each has been judged alone. A wrong blood in
 * tube shows as one result that cannot belong to the patient (an MCV that moved 3 fL in a week) or as
 * several analytes that all changed at once; either way every result of the tube is suspect, including
 * those that passed on their own. So when one result's rule holds the specimen, or deltas fail on
 * enough of its analytes, every result of the specimen is held with it.
 * @see shared/domain/delta-and-critical.md §3 (delta checks to detect misidentification)
 * @see shared/domain/autoverification.md §2 filter 10 (delta check → hold, check ID/specimen)
 */

export interface SpecimenReviewSettings {
  /** Delta failures on this many analytes of one specimen hold all its results; 0 turns it off. */
  readonly deltaFailuresToHoldSpecimen: number;
}

/** What already holds the specimen from an earlier message: a held result whose rule holds it. */
export interface SpecimenHoldCause {
  readonly testCode: string;
  readonly ruleName: string;
}

export const SPECIMEN_HOLD_RULE = 'specimen.identity-in-doubt';

const held = (decision: Decision) => decision.reasons.filter((reason) => reason.holdsSpecimen);
const deltaFailed = (decision: Decision) =>
  decision.reasons.some((reason) => reason.stage === 'delta' && reason.blocking);

/**
 * The decisions of one specimen's results, each held with the specimen when its identity is in doubt.
 * `earlier`: causes already standing from results judged before this batch.
 */
export function reviewSpecimen(
  decisions: readonly Decision[],
  earlier: readonly SpecimenHoldCause[],
  settings: SpecimenReviewSettings,
): Decision[] {
  const causes: string[] = [
    ...earlier.map((cause) => `${cause.testCode}: ${cause.ruleName}`),
    ...decisions.flatMap((decision) => held(decision).map((r) => `${decision.testCode}: ${r.ruleName}`)),
  ];
  const deltas = decisions.filter(deltaFailed).map((decision) => decision.testCode);
  const threshold = settings.deltaFailuresToHoldSpecimen;
  if (threshold > 0 && deltas.length >= threshold) {
    causes.push(`delta failures on ${deltas.join(', ')}`);
  }
  if (causes.length === 0) return [...decisions];
  const sentence = `the specimen’s identity is in doubt (${causes.join('; ')}): every result of it waits for review`;
  const evaluation: RuleEvaluation = {
    ruleId: SPECIMEN_HOLD_RULE,
    ruleName: 'Specimen identity in doubt',
    stage: 'delta',
    fired: true,
    sentence,
    facts: [],
    outcomes: [{ kind: 'hold', specimen: true }],
  };
  return decisions.map((decision) =>
    held(decision).length > 0
      ? decision
      : combine(
          {
            ruleSetId: decision.ruleSetId,
            ruleSetVersion: decision.ruleSetVersion,
            testCode: decision.testCode,
            ...(decision.resultId === undefined ? {} : { resultId: decision.resultId }),
            decidedAt: decision.decidedAt,
          },
          [...decision.evaluations, evaluation],
        ),
  );
}
