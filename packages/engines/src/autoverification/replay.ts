import { formatResultValue } from '@aliquot/domain';
import type { Decision, DispositionKind } from './decision.js';
import type { ResultContext } from './result-context.js';
import type { RuleSet, RuleStage } from './rule-node.js';
import { evaluate, rulesInChainOrder } from './rule-evaluator.js';

/**
 * Replay: run a candidate rule set and the active one over the same historical results and show what
 * would change. This is the validation evidence a director reviews before approving a rule change.
 * @see shared/domain/autoverification.md §3 (test every rule path with historical data)
 */

/** A decision reduced to what matters when comparing rule sets. */
export interface DecisionSummary {
  readonly disposition: DispositionKind;
  readonly dilutionFactor?: number;
  readonly decidedByRule?: string;
  readonly firedRules: readonly string[];
  readonly comments: readonly string[];
  readonly reflexTests: readonly string[];
  readonly critical: boolean;
  readonly reportAs?: string;
}

export interface RuleCount {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly stage: RuleStage;
  /** Results the rule was evaluated on. */
  readonly seen: number;
  readonly fired: number;
  /** Results on which the rule fired with a blocking outcome. */
  readonly held: number;
  /** Results the rule was evaluated on that were released. */
  readonly released: number;
}

export interface RuleSetTally {
  readonly id: string;
  readonly version: number;
  readonly dispositions: Readonly<Record<DispositionKind, number>>;
  /** Released / cases; 0 with no cases. */
  readonly autoverificationRate: number;
  /** Every rule of the set (and any engine rule), in chain order, including rules never seen. */
  readonly rules: readonly RuleCount[];
}

export interface ReplayDifference {
  readonly index: number;
  readonly label: string;
  readonly testCode: string;
  readonly active: DecisionSummary;
  readonly candidate: DecisionSummary;
  /** What changed, in words: "disposition: release → hold", "reflex added: FT3". */
  readonly changes: readonly string[];
}

export interface ReplayReport {
  readonly cases: number;
  readonly candidate: RuleSetTally;
  readonly active: RuleSetTally;
  readonly differences: readonly ReplayDifference[];
  /** Released by the active set, not by the candidate. */
  readonly newlyHeld: number;
  /** Not released by the active set, released by the candidate. */
  readonly newlyReleased: number;
}

export function summarizeDecision(decision: Decision): DecisionSummary {
  const { disposition } = decision;
  return {
    disposition: disposition.kind,
    ...(disposition.kind === 'dilute-and-rerun' ? { dilutionFactor: disposition.factor } : {}),
    ...(decision.decidedByRule === undefined ? {} : { decidedByRule: decision.decidedByRule }),
    firedRules: decision.reasons.map((reason) => reason.ruleId),
    comments: decision.comments,
    reflexTests: decision.reflexTests,
    critical: decision.callTask !== undefined,
    ...(decision.reportAs === undefined ? {} : { reportAs: formatResultValue(decision.reportAs) }),
  };
}

const added = (from: readonly string[], to: readonly string[]): string[] =>
  to.filter((item) => !from.includes(item));

/** The differences between two summaries, in words; empty when they agree. */
export function describeChanges(active: DecisionSummary, candidate: DecisionSummary): string[] {
  const changes: string[] = [];
  const show = (summary: DecisionSummary): string =>
    summary.dilutionFactor === undefined
      ? summary.disposition
      : `${summary.disposition} 1:${summary.dilutionFactor}`;
  if (show(active) !== show(candidate)) changes.push(`disposition: ${show(active)} → ${show(candidate)}`);
  for (const rule of added(active.firedRules, candidate.firedRules)) changes.push(`rule now fires: ${rule}`);
  for (const rule of added(candidate.firedRules, active.firedRules))
    changes.push(`rule no longer fires: ${rule}`);
  for (const test of added(active.reflexTests, candidate.reflexTests)) changes.push(`reflex added: ${test}`);
  for (const test of added(candidate.reflexTests, active.reflexTests))
    changes.push(`reflex removed: ${test}`);
  for (const text of added(active.comments, candidate.comments)) changes.push(`comment added: ${text}`);
  for (const text of added(candidate.comments, active.comments)) changes.push(`comment removed: ${text}`);
  if (active.critical !== candidate.critical)
    changes.push(candidate.critical ? 'critical call added' : 'critical call removed');
  if (active.reportAs !== candidate.reportAs) {
    changes.push(
      `reported as: ${active.reportAs ?? 'measured value'} → ${candidate.reportAs ?? 'measured value'}`,
    );
  }
  return changes;
}

interface MutableCount {
  ruleId: string;
  ruleName: string;
  stage: RuleStage;
  seen: number;
  fired: number;
  held: number;
  released: number;
}

class Tally {
  private readonly counts = new Map<string, MutableCount>();
  private readonly dispositions: Record<DispositionKind, number> = {
    release: 0,
    hold: 0,
    rerun: 0,
    'dilute-and-rerun': 0,
    'cancel-and-recollect': 0,
  };
  private cases = 0;

  constructor(private readonly ruleSet: RuleSet) {
    for (const rule of rulesInChainOrder(ruleSet)) {
      this.counts.set(rule.id, {
        ruleId: rule.id,
        ruleName: rule.name,
        stage: rule.stage,
        seen: 0,
        fired: 0,
        held: 0,
        released: 0,
      });
    }
  }

  add(decision: Decision): void {
    this.cases++;
    this.dispositions[decision.disposition.kind]++;
    const released = decision.disposition.kind === 'release';
    const blocking = new Set(
      decision.reasons.filter((reason) => reason.blocking).map((reason) => reason.ruleId),
    );
    for (const evaluation of decision.evaluations) {
      let count = this.counts.get(evaluation.ruleId);
      if (count === undefined) {
        count = {
          ruleId: evaluation.ruleId,
          ruleName: evaluation.ruleName,
          stage: evaluation.stage,
          seen: 0,
          fired: 0,
          held: 0,
          released: 0,
        };
        this.counts.set(evaluation.ruleId, count);
      }
      count.seen++;
      if (evaluation.fired) count.fired++;
      if (blocking.has(evaluation.ruleId)) count.held++;
      if (released) count.released++;
    }
  }

  result(): RuleSetTally {
    return {
      id: this.ruleSet.id,
      version: this.ruleSet.version,
      dispositions: { ...this.dispositions },
      autoverificationRate: this.cases === 0 ? 0 : this.dispositions.release / this.cases,
      rules: [...this.counts.values()].map((count) => ({ ...count })),
    };
  }
}

const labelOf = (context: ResultContext, index: number): string =>
  context.result.id ??
  (context.specimen.id === undefined
    ? `#${index + 1} ${context.result.testCode}`
    : `${context.specimen.id} ${context.result.testCode}`);

/** Replay historical results through both rule sets and report per-rule counts and every changed decision. */
export function replay(
  candidate: RuleSet,
  active: RuleSet,
  historical: readonly ResultContext[],
): ReplayReport {
  const candidateTally = new Tally(candidate);
  const activeTally = new Tally(active);
  const differences: ReplayDifference[] = [];
  let newlyHeld = 0;
  let newlyReleased = 0;
  historical.forEach((context, index) => {
    const before = evaluate(active, context);
    const after = evaluate(candidate, context);
    activeTally.add(before);
    candidateTally.add(after);
    const activeSummary = summarizeDecision(before);
    const candidateSummary = summarizeDecision(after);
    const changes = describeChanges(activeSummary, candidateSummary);
    if (changes.length === 0) return;
    const wasReleased = activeSummary.disposition === 'release';
    const isReleased = candidateSummary.disposition === 'release';
    if (wasReleased && !isReleased) newlyHeld++;
    if (!wasReleased && isReleased) newlyReleased++;
    differences.push({
      index,
      label: labelOf(context, index),
      testCode: context.result.testCode,
      active: activeSummary,
      candidate: candidateSummary,
      changes,
    });
  });
  return {
    cases: historical.length,
    candidate: candidateTally.result(),
    active: activeTally.result(),
    differences,
    newlyHeld,
    newlyReleased,
  };
}
