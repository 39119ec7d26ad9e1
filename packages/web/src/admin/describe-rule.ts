import { humanize } from '../ui/format.js';
import type { RuleNode } from './rule-set-types.js';

/**
 * A rule's tree in words for the director who approves it: "result value > 10", "serum index hemolysis
 * (at least 100)", "hold for review". Nodes without a wording of their own read as their kind and fields.
 */

const isNode = (value: unknown): value is RuleNode =>
  typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';

/** "whenMissing" → "when missing". */
const words = (key: string): string => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** Any value of a rule (a node, a list, a number) in words. */
export function describeValue(value: unknown): string {
  if (isNode(value)) return describeNode(value);
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(describeValue).join(', ');
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .map(([key, inner]) => `${words(key)} ${describeValue(inner)}`)
      .join(', ');
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '—';
}

const grouped = (value: unknown): string => {
  const text = describeValue(value);
  return isNode(value) && (value.kind === 'and' || value.kind === 'or') ? `(${text})` : text;
};

const joined = (nodes: unknown, word: string): string =>
  Array.isArray(nodes) ? nodes.map(grouped).join(` ${word} `) : describeValue(nodes);

function fields(node: RuleNode): string {
  const rest = Object.entries(node).filter(([key, value]) => key !== 'kind' && value !== undefined);
  const shown = rest.filter(([, value]) => !(Array.isArray(value) && value.length === 0));
  if (shown.length === 0) return humanize(node.kind);
  return `${humanize(node.kind)} (${shown.map(([key, value]) => `${words(key)} ${describeValue(value)}`).join('; ')})`;
}

function joinExcept(what: string, except: unknown): string {
  return Array.isArray(except) && except.length > 0 ? `${what} except ${describeValue(except)}` : what;
}

export function describeNode(node: RuleNode): string {
  switch (node.kind) {
    case 'always':
      return 'always';
    case 'and':
      return joined(node['conditions'], 'and');
    case 'or':
      return joined(node['conditions'], 'or');
    case 'not':
      return `not ${grouped(node['condition'])}`;
    case 'compare':
      return `${describeValue(node['left'])} ${String(node['operator'])} ${String(node['right'])}`;
    case 'constant':
      return String(node['value']);
    case 'arithmetic':
      return `(${describeValue(node['left'])} ${String(node['operator'])} ${describeValue(node['right'])})`;
    case 'hold':
      return 'hold for review';
    case 'all-tests':
      return joinExcept('all tests', node['except']);
    case 'tests':
      return describeValue(node['codes']);
    case 'discipline':
      return joinExcept(describeValue(node['disciplines']), node['except']);
    default:
      return fields(node);
  }
}
