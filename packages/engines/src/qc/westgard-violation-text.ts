import { westgardRuleCatalog, type RuleScope } from './westgard-rule-catalog.js';
import type { WestgardViolation } from './westgard-evaluator.js';
import type { ViolationSide } from './westgard-rules.js';

function scopeText(scope: RuleScope, levels: readonly string[]): string {
  switch (scope) {
    case 'within-run':
      return `within the run (${levels.join(', ')})`;
    case 'across-runs-within-level':
      return `across runs within level ${levels.join(', ')}`;
    case 'across-runs-and-levels':
      return `across runs and levels (${levels.join(', ')})`;
    default:
      return scope satisfies never;
  }
}

function sideText(side: ViolationSide): string {
  switch (side) {
    case 'high':
      return 'above the mean';
    case 'low':
      return 'below the mean';
    case 'both':
      return 'on both sides of the mean';
    default:
      return side satisfies never;
  }
}

const count = (n: number): string => (n === 1 ? '1 value' : `${n} values`);

/**
 * One sentence a lab person can read, e.g. "2-2s rejects (systematic error): two consecutive values
 * beyond the same ±2 SD limit — above the mean, across runs within level L1 (2 values)." The values
 * themselves are `violation.observationIds`, which charts mark; their IDs mean nothing to a reader.
 */
export function describeViolation(violation: WestgardViolation): string {
  const definition = westgardRuleCatalog[violation.rule];
  const verb = violation.role === 'warning' ? 'warns' : 'rejects';
  const kind = violation.errorKind === 'undetermined' ? '' : ` (${violation.errorKind} error)`;
  return (
    `${violation.rule} ${verb}${kind}: ${definition.definition} — ${sideText(violation.side)}, ` +
    `${scopeText(violation.scope, violation.levels)} (${count(violation.observationIds.length)}).`
  );
}
