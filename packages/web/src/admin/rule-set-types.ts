import type { components, paths } from '../api/schema.js';

/** The rule-set contract's shapes; the parts it leaves untyped are written out as the engine stores them. */

type Reply<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type RuleSetVersion = components['schemas']['RuleSetVersion'];
export type RuleSetStatus = RuleSetVersion['status'];
export type RuleSetDetail = Reply<'/api/rule-sets/{id}/versions/{version}', 'get'>;

/** A condition, outcome, selector or operand: a tagged node of the rule tree. */
export interface RuleNode {
  readonly kind: string;
  readonly [field: string]: unknown;
}

export interface Rule {
  readonly kind: 'rule';
  readonly id: string;
  readonly name: string;
  readonly stage: string;
  readonly appliesTo: RuleNode;
  readonly when: RuleNode;
  readonly then: readonly RuleNode[];
  readonly message: string;
  readonly rationale: string;
  readonly source: string;
  readonly enabled: boolean;
}

export interface RuleSetDocument {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly description?: string;
  readonly rules: readonly Rule[];
}

export type RuleChange =
  | { readonly kind: 'added' | 'removed'; readonly ruleId: string; readonly rule: Rule }
  | {
      readonly kind: 'changed';
      readonly ruleId: string;
      readonly fields: readonly {
        readonly field: string;
        readonly before: unknown;
        readonly after: unknown;
      }[];
    };

interface RuleCount {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly stage: string;
  readonly seen: number;
  readonly fired: number;
  readonly held: number;
  readonly released: number;
}

export interface RuleSetTally {
  readonly id: string;
  readonly version: number;
  readonly dispositions: Readonly<Record<string, number>>;
  readonly autoverificationRate: number;
  readonly rules: readonly RuleCount[];
}

interface DecisionSummary {
  readonly disposition: string;
}

interface ReplayDifference {
  readonly index: number;
  readonly label: string;
  readonly testCode: string;
  readonly active: DecisionSummary;
  readonly candidate: DecisionSummary;
  readonly changes: readonly string[];
}

export interface ReplayReport {
  readonly cases: number;
  readonly candidate: RuleSetTally;
  readonly active: RuleSetTally;
  readonly differences: readonly ReplayDifference[];
  readonly newlyHeld: number;
  readonly newlyReleased: number;
}

/** "aliquot-starter v2", how a version is named to people. */
export const versionName = (v: { readonly id: string; readonly version: number }): string =>
  `${v.id} v${v.version}`;

export const versionPath = (v: { readonly id: string; readonly version: number }): string =>
  `/admin/rule-sets/${encodeURIComponent(v.id)}/${v.version}`;
