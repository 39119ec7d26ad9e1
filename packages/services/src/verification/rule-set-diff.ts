import type { Rule, RuleSet } from '@aliquot/engines/autoverification';

/**
 * What changed between two rule-set versions, rule by rule: added, removed, and for a changed rule the
 * fields that differ with their values before and after — what a director reads before approving.
 */

export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

export type RuleChange =
  | { readonly kind: 'added'; readonly ruleId: string; readonly rule: Rule }
  | { readonly kind: 'removed'; readonly ruleId: string; readonly rule: Rule }
  | { readonly kind: 'changed'; readonly ruleId: string; readonly fields: readonly FieldChange[] };

export interface RuleSetDiff {
  readonly from: { readonly id: string; readonly version: number };
  readonly to: { readonly id: string; readonly version: number };
  readonly changes: readonly RuleChange[];
  /** One line per change, for people. */
  readonly summary: readonly string[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function fieldChanges(before: Rule, after: Rule): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => !same(before[field as keyof Rule], after[field as keyof Rule]))
    .map((field) => ({ field, before: before[field as keyof Rule], after: after[field as keyof Rule] }));
}

const short = (value: unknown): string => {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

export function diffRuleSets(from: RuleSet, to: RuleSet): RuleSetDiff {
  const before = new Map(from.rules.map((rule) => [rule.id, rule]));
  const after = new Map(to.rules.map((rule) => [rule.id, rule]));
  const changes: RuleChange[] = [];
  for (const rule of to.rules) {
    const old = before.get(rule.id);
    if (old === undefined) {
      changes.push({ kind: 'added', ruleId: rule.id, rule });
      continue;
    }
    const fields = fieldChanges(old, rule);
    if (fields.length > 0) changes.push({ kind: 'changed', ruleId: rule.id, fields });
  }
  for (const rule of from.rules) {
    if (!after.has(rule.id)) changes.push({ kind: 'removed', ruleId: rule.id, rule });
  }
  const summary = changes.map((change) => {
    switch (change.kind) {
      case 'added':
        return `added ${change.ruleId} (${change.rule.stage}): ${change.rule.name}`;
      case 'removed':
        return `removed ${change.ruleId} (${change.rule.stage}): ${change.rule.name}`;
      case 'changed':
        return `changed ${change.ruleId}: ${change.fields
          .map((field) => `${field.field} ${short(field.before)} → ${short(field.after)}`)
          .join('; ')}`;
      default:
        return change satisfies never;
    }
  });
  return {
    from: { id: from.id, version: from.version },
    to: { id: to.id, version: to.version },
    changes,
    summary,
  };
}
