import type { NumericValue, ResultValue } from '@aliquot/domain';
import type { CriticalFinding } from '../critical/index.js';
import type { Fact } from './finding.js';
import type { RuleStage } from './rule-node.js';

/**
 * The engine's answer for one result: what happens to it, and every rule evaluated with its reasons.
 * @see shared/domain/autoverification.md §2 (outcomes) and §5 (audit: rule set id and version, all
 * rules evaluated and their outcomes)
 */

export type Disposition =
  | { readonly kind: 'release' }
  | { readonly kind: 'hold' }
  | { readonly kind: 'rerun'; readonly sameInstrument: boolean }
  | { readonly kind: 'dilute-and-rerun'; readonly factor: number }
  | { readonly kind: 'cancel-and-recollect' };

export type DispositionKind = Disposition['kind'];

/** A critical-result call to open (see engines/critical for the call record and escalation). */
export interface CallTask {
  readonly ruleId: string;
  readonly testCode: string;
  readonly resultId?: string;
  readonly patientId?: string;
  readonly value: ResultValue;
  readonly unit?: string;
  /** The limit crossed, when the rule tested critical limits. */
  readonly critical?: CriticalFinding;
  readonly sentence: string;
  readonly detectedAt: Date;
}

/** An outcome as applied to this result: factors computed, templates filled. */
export type ResolvedOutcome =
  | { readonly kind: 'hold'; readonly note?: string; readonly specimen?: true }
  | { readonly kind: 'rerun'; readonly sameInstrument: boolean }
  | { readonly kind: 'dilute-and-rerun'; readonly factor: number }
  | { readonly kind: 'cancel-and-recollect' }
  | { readonly kind: 'reflex'; readonly tests: readonly string[] }
  | { readonly kind: 'comment'; readonly text: string }
  | { readonly kind: 'notify-critical'; readonly task: CallTask }
  | { readonly kind: 'report-as'; readonly value: NumericValue }
  | { readonly kind: 'suppress'; readonly text: string };

export interface RuleEvaluation {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly stage: RuleStage;
  readonly fired: boolean;
  /** What was found, and when the rule fired its message: "… (limit 90): hemolysis falsely raises potassium". */
  readonly sentence: string;
  readonly facts: readonly Fact[];
  /** Empty unless the rule fired. */
  readonly outcomes: readonly ResolvedOutcome[];
}

/** A rule that fired, as the reviewer sees it. */
export interface Reason {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly stage: RuleStage;
  /** Whether it stops release (hold, rerun, dilution, recollection). */
  readonly blocking: boolean;
  /** The rule holds every result of the specimen with this one (its identity is in doubt). */
  readonly holdsSpecimen?: true;
  readonly sentence: string;
  readonly facts: readonly Fact[];
}

export interface Decision {
  readonly ruleSetId: string;
  readonly ruleSetVersion: number;
  readonly testCode: string;
  readonly resultId?: string;
  readonly decidedAt: Date;
  readonly disposition: Disposition;
  /** The rule whose outcome set the disposition; absent on release. */
  readonly decidedByRule?: string;
  /** Every rule that fired, in chain order. */
  readonly reasons: readonly Reason[];
  readonly comments: readonly string[];
  readonly reflexTests: readonly string[];
  readonly callTask?: CallTask;
  /** What to report instead of the measured value ("< 2", "> 7500", or a text). */
  readonly reportAs?: ResultValue;
  /** Every rule evaluated, in chain order, fired or not. */
  readonly evaluations: readonly RuleEvaluation[];
}

/** Blocking outcomes, most severe first; within one stage the most severe wins. */
const severity: Readonly<Record<Exclude<DispositionKind, 'release'>, number>> = {
  'cancel-and-recollect': 4,
  hold: 3,
  'dilute-and-rerun': 2,
  rerun: 1,
};

export function isBlocking(
  outcome: ResolvedOutcome,
): outcome is Extract<ResolvedOutcome, { kind: Exclude<DispositionKind, 'release'> }> {
  switch (outcome.kind) {
    case 'hold':
    case 'rerun':
    case 'dilute-and-rerun':
    case 'cancel-and-recollect':
      return true;
    case 'reflex':
    case 'comment':
    case 'notify-critical':
    case 'report-as':
    case 'suppress':
      return false;
    default:
      return outcome satisfies never;
  }
}

function toDisposition(
  outcome: Extract<ResolvedOutcome, { kind: Exclude<DispositionKind, 'release'> }>,
): Disposition {
  switch (outcome.kind) {
    case 'hold':
      return { kind: 'hold' };
    case 'rerun':
      return { kind: 'rerun', sameInstrument: outcome.sameInstrument };
    case 'dilute-and-rerun':
      return { kind: 'dilute-and-rerun', factor: outcome.factor };
    case 'cancel-and-recollect':
      return { kind: 'cancel-and-recollect' };
    default:
      return outcome satisfies never;
  }
}

/**
 * Combine evaluations (already in chain order) into a decision. The disposition comes from the earliest
 * stage with a blocking outcome (the most severe one within that stage, the first rule on a tie); the
 * result is released only if no rule blocks. Comments and reflexes accumulate without repeats; the first
 * critical call task and the first report-as or suppression are kept.
 */
export function combine(
  header: Pick<Decision, 'ruleSetId' | 'ruleSetVersion' | 'testCode' | 'resultId' | 'decidedAt'>,
  evaluations: readonly RuleEvaluation[],
): Decision {
  let disposition: Disposition = { kind: 'release' };
  let decidedBy:
    { readonly ruleId: string; readonly stage: RuleStage; readonly severity: number } | undefined;
  const reasons: Reason[] = [];
  const comments: string[] = [];
  const reflexTests: string[] = [];
  let callTask: CallTask | undefined;
  let reportAs: ResultValue | undefined;
  for (const evaluation of evaluations) {
    if (!evaluation.fired) continue;
    let blocking = false;
    let holdsSpecimen = false;
    for (const outcome of evaluation.outcomes) {
      if (isBlocking(outcome)) {
        blocking = true;
        if (outcome.kind === 'hold' && outcome.specimen) holdsSpecimen = true;
        const rank = severity[outcome.kind];
        if (decidedBy === undefined || (decidedBy.stage === evaluation.stage && rank > decidedBy.severity)) {
          disposition = toDisposition(outcome);
          decidedBy = { ruleId: evaluation.ruleId, stage: evaluation.stage, severity: rank };
        }
        continue;
      }
      switch (outcome.kind) {
        case 'comment':
          if (!comments.includes(outcome.text)) comments.push(outcome.text);
          break;
        case 'reflex':
          for (const test of outcome.tests) if (!reflexTests.includes(test)) reflexTests.push(test);
          break;
        case 'notify-critical':
          callTask ??= outcome.task;
          break;
        case 'report-as':
          reportAs ??= outcome.value;
          break;
        case 'suppress':
          reportAs ??= { kind: 'text', text: outcome.text };
          break;
        default:
          outcome satisfies never;
      }
    }
    reasons.push({
      ruleId: evaluation.ruleId,
      ruleName: evaluation.ruleName,
      stage: evaluation.stage,
      blocking,
      ...(holdsSpecimen ? { holdsSpecimen: true } : {}),
      sentence: evaluation.sentence,
      facts: evaluation.facts,
    });
  }
  return {
    ...header,
    disposition,
    ...(decidedBy === undefined ? {} : { decidedByRule: decidedBy.ruleId }),
    reasons,
    comments,
    reflexTests,
    ...(callTask === undefined ? {} : { callTask }),
    ...(reportAs === undefined ? {} : { reportAs }),
    evaluations,
  };
}
