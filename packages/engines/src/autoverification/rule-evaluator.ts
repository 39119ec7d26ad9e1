import type { Discipline } from '@aliquot/domain';
import { evaluateCondition } from './condition-evaluator.js';
import { combine, type Decision, type RuleEvaluation } from './decision.js';
import type { Finding } from './finding.js';
import { CancelledAnalysisNode } from './integrity-nodes.js';
import { HoldOutcome } from './outcome-nodes.js';
import { resolveOutcomes } from './outcome-resolver.js';
import type { ResultContext } from './result-context.js';
import { AllTestsSelector, Rule, selects, stageOrder, type RuleSet } from './rule-node.js';
import { fillTemplate } from './wording.js';

/**
 * Rules the engine applies before any rule set, which no rule set can remove or disable. Their ids
 * start with "engine."; a rule set may not use that prefix.
 */
export const engineRules: readonly Rule[] = Object.freeze([
  Rule.create({
    id: 'engine.cancelled-analysis',
    name: 'Result for a cancelled analysis',
    stage: 'integrity',
    appliesTo: AllTestsSelector.create(),
    when: CancelledAnalysisNode.create(),
    then: [HoldOutcome.create()],
    message: 'a result for a cancelled analysis is never released; find out why the analysis ran',
    rationale:
      'A cancelled order must not produce a reported result: either the cancellation did not reach the ' +
      'analyzer or the result belongs to another order. Either way a person must look.',
    source: 'Aliquot engine invariant; CLIA 42 CFR 493.1291 (reporting only ordered tests)',
  }),
]);

/** The engine guard for a context whose test definition is not the one of its result (a caller error). */
function definitionMismatch(context: ResultContext): RuleEvaluation | undefined {
  if (context.definition.code === context.result.testCode) return undefined;
  return {
    ruleId: 'engine.definition-mismatch',
    ruleName: 'Test definition does not match the result',
    stage: 'integrity',
    fired: true,
    sentence: `the result is for ${context.result.testCode} but the definition supplied is for ${context.definition.code}: not judged`,
    facts: [],
    outcomes: [{ kind: 'hold' }],
  };
}

const stageRank = new Map(stageOrder.map((stage, index) => [stage, index]));

/** A rule set's enabled rules with the engine rules in front, stably sorted into chain order. */
const ordered = new WeakMap<RuleSet, readonly Rule[]>();
/** Per rule set, the rules that apply to one test (by code and discipline). */
const byTest = new WeakMap<RuleSet, Map<string, readonly Rule[]>>();

/** A rule set's enabled rules, with the engine rules in front, in chain order (memoised). */
export function rulesInChainOrder(ruleSet: RuleSet): readonly Rule[] {
  let rules = ordered.get(ruleSet);
  if (rules === undefined) {
    rules = [...engineRules, ...ruleSet.rules.filter((rule) => rule.enabled)]
      .map((rule, index) => ({ rule, index }))
      .sort(
        (a, b) =>
          (stageRank.get(a.rule.stage) ?? 0) - (stageRank.get(b.rule.stage) ?? 0) || a.index - b.index,
      )
      .map(({ rule }) => rule);
    ordered.set(ruleSet, rules);
  }
  return rules;
}

/** The rules of a set that apply to a test, in chain order (memoised per rule set and test). */
export function applicableRules(
  ruleSet: RuleSet,
  test: { readonly code: string; readonly discipline: Discipline },
): readonly Rule[] {
  let cache = byTest.get(ruleSet);
  if (cache === undefined) {
    cache = new Map();
    byTest.set(ruleSet, cache);
  }
  const key = `${test.code}\u0000${test.discipline}`;
  let rules = cache.get(key);
  if (rules === undefined) {
    rules = rulesInChainOrder(ruleSet).filter((rule) => selects(rule.appliesTo, test));
    cache.set(key, rules);
  }
  return rules;
}

/** Evaluate one rule: its condition, and when it fires its message and outcomes. */
export function evaluateRule(rule: Rule, context: ResultContext): RuleEvaluation {
  let finding: Finding;
  try {
    finding = evaluateCondition(rule.when, context);
  } catch (error) {
    // A rule that cannot be evaluated must not let the result through: it holds, saying why.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ruleId: rule.id,
      ruleName: rule.name,
      stage: rule.stage,
      fired: true,
      sentence: `the rule could not be evaluated (${detail}): held`,
      facts: [],
      outcomes: [{ kind: 'hold', note: detail }],
    };
  }
  if (!finding.matched) {
    return {
      ruleId: rule.id,
      ruleName: rule.name,
      stage: rule.stage,
      fired: false,
      sentence: finding.sentence,
      facts: finding.facts,
      outcomes: [],
    };
  }
  const sentence = `${finding.sentence}: ${fillTemplate(rule.message, context)}`;
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    stage: rule.stage,
    fired: true,
    sentence,
    facts: finding.facts,
    outcomes: resolveOutcomes(rule, finding, context, sentence),
  };
}

/**
 * Judge one result against a rule set. Pure and deterministic: the same rule set and context always
 * give the same decision, and the context's `now` is the only clock.
 */
export function evaluate(ruleSet: RuleSet, context: ResultContext): Decision {
  const header = {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    testCode: context.result.testCode,
    ...(context.result.id === undefined ? {} : { resultId: context.result.id }),
    decidedAt: context.now,
  };
  const mismatch = definitionMismatch(context);
  if (mismatch !== undefined) return combine(header, [mismatch]);
  const evaluations = applicableRules(ruleSet, context.definition).map((rule) => evaluateRule(rule, context));
  return combine(header, evaluations);
}
