import type { LabErrorIssue } from '@aliquot/domain';
import type { ConditionNode } from './condition-node.js';
import { frozenCopy } from './node-kit.js';
import { ruleSchemas } from './node-schemas.js';
import type { RuleSet } from './rule-node.js';
import { checkField, checkNode, invalid, type ValidationScope } from './schema-validator.js';

/**
 * Parsing and validation of a rule set stored as JSON. A rule set is accepted whole or refused with
 * every problem and where it is; nothing half-valid is ever returned.
 */

export type ParseResult =
  | { readonly ok: true; readonly ruleSet: RuleSet }
  | { readonly ok: false; readonly issues: readonly LabErrorIssue[] };

/** Rule ids with this prefix belong to the engine's own guards. */
export const engineRulePrefix = 'engine.';

type Bounded = { readonly low?: number; readonly high?: number };

/** Checks that need more than one field: bounds in order, a limit where the method needs one. */
function checkMeaning(node: ConditionNode, path: string, scope: ValidationScope): void {
  const ordered = (bounds: Bounded, what: string): void => {
    if (bounds.low !== undefined && bounds.high !== undefined && bounds.low >= bounds.high) {
      scope.issues.push({
        location: path,
        message: `${what}: low (${bounds.low}) must be below high (${bounds.high})`,
      });
    }
  };
  switch (node.kind) {
    case 'and':
    case 'or':
      node.conditions.forEach((child, index) => checkMeaning(child, `${path}.conditions[${index}]`, scope));
      return;
    case 'not':
      checkMeaning(node.condition, `${path}.condition`, scope);
      return;
    case 'implausible-value':
      if (node.low === undefined && node.high === undefined) {
        scope.issues.push({ location: path, message: 'implausible-value needs a low or a high limit' });
      }
      ordered(node, 'implausible-value');
      return;
    case 'anion-gap':
    case 'bun-creatinine-ratio':
      ordered(node, node.kind);
      return;
    case 'rule-of-three':
      ordered({ low: node.mcvLow, high: node.mcvHigh }, 'rule-of-three MCV range');
      return;
    case 'critical-value':
      node.limits?.forEach((partition, index) => {
        if (partition.low === undefined && partition.high === undefined) {
          scope.issues.push({
            location: `${path}.limits[${index}]`,
            message: 'a critical partition needs a low or a high limit',
          });
        }
        ordered(partition, 'critical limits');
      });
      return;
    case 'delta-check':
      if (node.setting !== undefined && node.setting.method !== 'rcv' && node.setting.limit === undefined) {
        scope.issues.push({
          location: `${path}.setting.limit`,
          message: `a ${node.setting.method} delta check needs a limit`,
        });
      }
      return;
    default:
      return;
  }
}

/**
 * Parse a rule set from JSON text or an already-parsed JSON value. Every test code the rules name (in
 * `appliesTo`, operands, consistency checks and reflex orders) must be among `knownTestCodes`.
 */
export function parseRuleSet(json: unknown, knownTestCodes: Iterable<string>): ParseResult {
  let value: unknown = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      return {
        ok: false,
        issues: [
          {
            location: '$',
            message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
          },
        ],
      };
    }
  }
  const scope: ValidationScope = { schemas: ruleSchemas, knownCodes: new Set(knownTestCodes), issues: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, issues: [{ location: '$', message: 'a rule set must be a JSON object' }] };
  }
  const raw = value as Record<string, unknown>;
  if (raw['kind'] !== 'rule-set') scope.issues.push({ location: '$.kind', message: 'expected "rule-set"' });
  for (const key of Object.keys(raw)) {
    if (!['kind', 'id', 'version', 'name', 'description', 'rules'].includes(key)) {
      scope.issues.push({ location: `$.${key}`, message: `unknown field "${key}"` });
    }
  }
  const id = checkField(raw['id'], { type: 'string', nonEmpty: true }, '$.id', scope);
  const version = checkField(raw['version'], { type: 'number', integer: true, min: 1 }, '$.version', scope);
  const name = checkField(raw['name'], { type: 'string', nonEmpty: true }, '$.name', scope);
  const description = checkField(
    raw['description'],
    { type: 'string', optional: true },
    '$.description',
    scope,
  );
  const rawRules = raw['rules'];
  const rules: unknown[] = [];
  if (!Array.isArray(rawRules)) {
    scope.issues.push({ location: '$.rules', message: 'expected an array of rules' });
  } else {
    const seen = new Map<string, number>();
    rawRules.forEach((rawRule, index) => {
      const path = `$.rules[${index}]`;
      const rule = checkNode(rawRule, 'rule', path, scope);
      if (rule === invalid) return;
      const { id: ruleId, when } = rule as { id: string; when: ConditionNode };
      if (ruleId.startsWith(engineRulePrefix)) {
        scope.issues.push({
          location: `${path}.id`,
          message: `rule ids starting with "${engineRulePrefix}" are reserved for the engine`,
        });
      }
      const first = seen.get(ruleId);
      if (first !== undefined) {
        scope.issues.push({
          location: `${path}.id`,
          message: `duplicate rule id "${ruleId}" (also $.rules[${first}])`,
        });
      }
      seen.set(ruleId, index);
      checkMeaning(when, `${path}.when`, scope);
      rules.push(rule);
    });
  }
  if (scope.issues.length > 0) return { ok: false, issues: scope.issues };
  const ruleSet = {
    kind: 'rule-set',
    id,
    version,
    name,
    ...(description === undefined ? {} : { description }),
    rules,
  };
  return { ok: true, ruleSet: frozenCopy(ruleSet) as RuleSet };
}

/** A rule set as stable, indented JSON for storage and diffs. */
export function serializeRuleSet(ruleSet: RuleSet): string {
  return JSON.stringify(ruleSet, null, 2);
}
