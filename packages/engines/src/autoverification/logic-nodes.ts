import type { ClinicalContextKind } from '../delta/index.js';
import type { ConditionNode } from './condition-node.js';
import { nodeType } from './node-kit.js';
import type { Operand } from './operand-nodes.js';

/** Generic conditions: logic, comparison of an operand with a number, coded answers, context. */

export const Comparison = { lt: '<', le: '<=', gt: '>', ge: '>=', eq: '=', ne: '!=' } as const;
export type Comparison = (typeof Comparison)[keyof typeof Comparison];

/** What a condition does when the data it reads are missing: not fire (pass), or fire (hold). */
export const WhenMissing = { pass: 'pass', fire: 'fire' } as const;
export type WhenMissing = (typeof WhenMissing)[keyof typeof WhenMissing];

/** Always true: for comments that go on every result of a test. */
export interface AlwaysNode {
  readonly kind: 'always';
}
export const AlwaysNode = nodeType<AlwaysNode, []>('always', () => ({}));

export interface AndNode {
  readonly kind: 'and';
  readonly conditions: readonly ConditionNode[];
}
export const AndNode = nodeType<AndNode, ConditionNode[]>('and', (...conditions) => ({ conditions }));

export interface OrNode {
  readonly kind: 'or';
  readonly conditions: readonly ConditionNode[];
}
export const OrNode = nodeType<OrNode, ConditionNode[]>('or', (...conditions) => ({ conditions }));

export interface NotNode {
  readonly kind: 'not';
  readonly condition: ConditionNode;
}
export const NotNode = nodeType<NotNode, [condition: ConditionNode]>('not', (condition) => ({ condition }));

/** `left operator right`, e.g. result-value > 400. */
export interface CompareNode {
  readonly kind: 'compare';
  readonly left: Operand;
  readonly operator: Comparison;
  readonly right: number;
  readonly whenMissing: WhenMissing;
}
export const CompareNode = nodeType<
  CompareNode,
  [left: Operand, operator: Comparison, right: number, whenMissing?: WhenMissing]
>('compare', (left, operator, right, whenMissing = 'pass') => ({ left, operator, right, whenMissing }));

/**
 * A coded or text result equals one of the given answers (case-insensitive, matched against the code
 * and the display). The result under review unless `code` names another test of the specimen.
 */
export interface CodedValueNode {
  readonly kind: 'coded-value';
  readonly anyOf: readonly string[];
  readonly code?: string;
}
export const CodedValueNode = nodeType<CodedValueNode, [anyOf: readonly string[], code?: string]>(
  'coded-value',
  (anyOf, code) => ({ anyOf, code }),
);

/** The patient is in one of these clinical contexts at collection (e.g. dialysis, IV fluids). */
export interface PatientContextNode {
  readonly kind: 'patient-context';
  readonly contexts: readonly ClinicalContextKind[];
}
export const PatientContextNode = nodeType<PatientContextNode, [contexts: readonly ClinicalContextKind[]]>(
  'patient-context',
  (contexts) => ({ contexts }),
);

/** The result comes from one of these instruments. */
export interface InstrumentIsNode {
  readonly kind: 'instrument-is';
  readonly instrumentIds: readonly string[];
}
export const InstrumentIsNode = nodeType<InstrumentIsNode, [instrumentIds: readonly string[]]>(
  'instrument-is',
  (instrumentIds) => ({ instrumentIds }),
);
