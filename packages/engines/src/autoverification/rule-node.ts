import type { Discipline } from '@aliquot/domain';
import type { ConditionNode } from './condition-node.js';
import { nodeType } from './node-kit.js';
import type { OutcomeNode } from './outcome-nodes.js';

/**
 * A rule, a rule set, and which tests a rule applies to. All are tagged nodes like the conditions, so
 * a rule set is one JSON document that can be stored, versioned, diffed and replayed.
 */

/**
 * The filter stages, in the order of the autoverification filter chain. A decision's disposition comes
 * from the earliest stage that blocks release.
 * @see shared/domain/autoverification.md §2
 */
export const RuleStage = {
  integrity: 'integrity',
  specimenAge: 'specimen-age',
  instrument: 'instrument',
  qc: 'qc',
  serumIndex: 'serum-index',
  measuringRange: 'measuring-range',
  reportableRange: 'reportable-range',
  plausibility: 'plausibility',
  critical: 'critical',
  delta: 'delta',
  consistency: 'consistency',
  reflex: 'reflex',
  comment: 'comment',
} as const;
export type RuleStage = (typeof RuleStage)[keyof typeof RuleStage];

/** The stages in chain order. */
export const stageOrder: readonly RuleStage[] = Object.freeze(Object.values(RuleStage));

export interface AllTestsSelector {
  readonly kind: 'all-tests';
  readonly except: readonly string[];
}
export const AllTestsSelector = nodeType<AllTestsSelector, [except?: readonly string[]]>(
  'all-tests',
  (except = []) => ({ except }),
);

export interface TestsSelector {
  readonly kind: 'tests';
  readonly codes: readonly string[];
}
export const TestsSelector = nodeType<TestsSelector, [codes: readonly string[]]>('tests', (codes) => ({
  codes,
}));

export interface DisciplineSelector {
  readonly kind: 'discipline';
  readonly disciplines: readonly Discipline[];
  readonly except: readonly string[];
}
export const DisciplineSelector = nodeType<
  DisciplineSelector,
  [disciplines: readonly Discipline[], except?: readonly string[]]
>('discipline', (disciplines, except = []) => ({ disciplines, except }));

export type TestSelector = AllTestsSelector | TestsSelector | DisciplineSelector;

export interface Rule {
  readonly kind: 'rule';
  /** Stable identifier, e.g. "hil.hemolysis"; the reason code on a hold. */
  readonly id: string;
  readonly name: string;
  readonly stage: RuleStage;
  readonly appliesTo: TestSelector;
  readonly when: ConditionNode;
  readonly then: readonly OutcomeNode[];
  /** The short reason shown to the reviewer, e.g. "hemolysis falsely raises {test}". */
  readonly message: string;
  /** Why the rule exists, for the director who approves it. */
  readonly rationale: string;
  /** Where the rule and its thresholds come from. */
  readonly source: string;
  readonly enabled: boolean;
}
export const Rule = nodeType<Rule, [rule: Omit<Rule, 'kind' | 'enabled'> & { readonly enabled?: boolean }]>(
  'rule',
  (rule) => ({ ...rule, enabled: rule.enabled ?? true }),
);

export interface RuleSet {
  readonly kind: 'rule-set';
  readonly id: string;
  /** A positive integer raised with every approved change. */
  readonly version: number;
  readonly name: string;
  readonly description?: string;
  readonly rules: readonly Rule[];
}
export const RuleSet = nodeType<RuleSet, [ruleSet: Omit<RuleSet, 'kind'>]>('rule-set', (ruleSet) => ({
  ...ruleSet,
}));

/** Whether a rule applies to a test. */
export function selects(
  selector: TestSelector,
  test: { readonly code: string; readonly discipline: Discipline },
): boolean {
  switch (selector.kind) {
    case 'all-tests':
      return !selector.except.includes(test.code);
    case 'tests':
      return selector.codes.includes(test.code);
    case 'discipline':
      return selector.disciplines.includes(test.discipline) && !selector.except.includes(test.code);
    default:
      return selector satisfies never;
  }
}
