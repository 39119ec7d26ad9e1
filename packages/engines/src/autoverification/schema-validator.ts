import type { LabErrorIssue } from '@aliquot/domain';

/**
 * A small validator for rule JSON. Each node kind declares its fields (node-schemas.ts); the validator
 * checks a parsed JSON value against them, fills declared defaults, and reports every problem with the
 * path where it is (e.g. `$.rules[3].when.conditions[1].limit`).
 */

export type FieldSpec =
  | {
      readonly type: 'number';
      readonly optional?: boolean;
      readonly default?: number;
      readonly min?: number;
      readonly above?: number;
      readonly integer?: boolean;
    }
  | {
      readonly type: 'string';
      readonly optional?: boolean;
      readonly default?: string;
      readonly oneOf?: readonly string[];
      readonly nonEmpty?: boolean;
    }
  | { readonly type: 'boolean'; readonly default?: boolean }
  | {
      readonly type: 'strings';
      readonly optional?: boolean;
      readonly default?: readonly string[];
      readonly oneOf?: readonly string[];
      readonly minItems?: number;
    }
  | { readonly type: 'test-code'; readonly optional?: boolean }
  | { readonly type: 'test-codes'; readonly default?: readonly string[]; readonly minItems?: number }
  | { readonly type: 'factor' }
  | { readonly type: 'code-number-map'; readonly optional?: boolean }
  | { readonly type: 'code-fields'; readonly default: Readonly<Record<string, string>> }
  | {
      readonly type: 'record';
      readonly optional?: boolean;
      readonly fields: Readonly<Record<string, FieldSpec>>;
    }
  | {
      readonly type: 'records';
      readonly optional?: boolean;
      readonly fields: Readonly<Record<string, FieldSpec>>;
    }
  | { readonly type: 'node'; readonly family: NodeFamily }
  | { readonly type: 'nodes'; readonly family: NodeFamily; readonly minItems?: number };

export type NodeFamily = 'condition' | 'operand' | 'outcome' | 'selector' | 'rule';

/** Field specs for every field of a node but its kind; the compiler checks none is left out. */
export type Schema<N> = { readonly [K in Exclude<keyof N, 'kind'>]-?: FieldSpec };

export type Schemas = Readonly<
  Record<NodeFamily, Readonly<Record<string, Readonly<Record<string, FieldSpec>>>>>
>;

export interface ValidationScope {
  readonly schemas: Schemas;
  readonly knownCodes: ReadonlySet<string>;
  readonly issues: LabErrorIssue[];
}

/** Marks a value that did not validate; its problems are already in the scope's issues. */
export const invalid: unique symbol = Symbol('invalid');
type Checked = unknown;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'string'
        ? `"${value}"`
        : typeof value;

function problem(scope: ValidationScope, location: string, message: string): typeof invalid {
  scope.issues.push({ location, message });
  return invalid;
}

function checkCode(value: unknown, path: string, scope: ValidationScope): Checked {
  if (typeof value !== 'string' || value.trim() === '')
    return problem(scope, path, `expected a test code, got ${describe(value)}`);
  return scope.knownCodes.has(value) ? value : problem(scope, path, `unknown test code "${value}"`);
}

function checkArray(
  value: unknown,
  path: string,
  scope: ValidationScope,
  minItems: number | undefined,
  item: (value: unknown, path: string) => Checked,
): Checked {
  if (!Array.isArray(value)) return problem(scope, path, `expected an array, got ${describe(value)}`);
  if (minItems !== undefined && value.length < minItems)
    return problem(scope, path, `expected at least ${minItems} item(s)`);
  const items = value.map((element, index) => item(element, `${path}[${index}]`));
  return items.includes(invalid) ? invalid : items;
}

function checkFields(
  value: unknown,
  fields: Readonly<Record<string, FieldSpec>>,
  path: string,
  scope: ValidationScope,
  allowed: readonly string[] = [],
): Checked {
  if (!isObject(value)) return problem(scope, path, `expected an object, got ${describe(value)}`);
  let ok = true;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!(key in fields) && !allowed.includes(key)) {
      problem(scope, `${path}.${key}`, `unknown field "${key}"`);
      ok = false;
    }
  }
  for (const [key, spec] of Object.entries(fields)) {
    const checked = checkField(value[key], spec, `${path}.${key}`, scope);
    if (checked === invalid) ok = false;
    else if (checked !== undefined) out[key] = checked;
  }
  return ok ? out : invalid;
}

export function checkField(value: unknown, spec: FieldSpec, path: string, scope: ValidationScope): Checked {
  if (value === undefined) {
    if ('optional' in spec && spec.optional === true) return undefined;
    if (!('default' in spec) || spec.default === undefined) return problem(scope, path, 'required');
    // A default is checked like a given value: a default test code must be known too.
    value = spec.default;
  }
  switch (spec.type) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return problem(scope, path, `expected a finite number, got ${describe(value)}`);
      if (spec.integer === true && !Number.isInteger(value))
        return problem(scope, path, `expected an integer, got ${value}`);
      if (spec.min !== undefined && value < spec.min)
        return problem(scope, path, `must be at least ${spec.min}, got ${value}`);
      if (spec.above !== undefined && value <= spec.above)
        return problem(scope, path, `must be greater than ${spec.above}, got ${value}`);
      return value;
    }
    case 'string':
      if (typeof value !== 'string') return problem(scope, path, `expected a string, got ${describe(value)}`);
      if (spec.nonEmpty === true && value.trim() === '') return problem(scope, path, 'must not be empty');
      if (spec.oneOf !== undefined && !spec.oneOf.includes(value))
        return problem(scope, path, `expected one of ${spec.oneOf.join(', ')}, got "${value}"`);
      return value;
    case 'boolean':
      return typeof value === 'boolean'
        ? value
        : problem(scope, path, `expected true or false, got ${describe(value)}`);
    case 'strings':
      return checkArray(value, path, scope, spec.minItems, (item, at) =>
        typeof item !== 'string'
          ? problem(scope, at, `expected a string, got ${describe(item)}`)
          : spec.oneOf !== undefined && !spec.oneOf.includes(item)
            ? problem(scope, at, `expected one of ${spec.oneOf.join(', ')}, got "${item}"`)
            : item,
      );
    case 'test-code':
      return checkCode(value, path, scope);
    case 'test-codes':
      return checkArray(value, path, scope, spec.minItems, (item, at) => checkCode(item, at, scope));
    case 'factor':
      if (value === 'auto') return value;
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 1)
        return problem(
          scope,
          path,
          `expected "auto" or a dilution factor greater than 1, got ${describe(value)}`,
        );
      return value;
    case 'code-number-map': {
      if (!isObject(value))
        return problem(scope, path, `expected an object of test code to number, got ${describe(value)}`);
      let ok = true;
      for (const [code, limit] of Object.entries(value)) {
        if (checkCode(code, `${path}.${code}`, scope) === invalid) ok = false;
        if (typeof limit !== 'number' || !Number.isFinite(limit)) {
          problem(scope, `${path}.${code}`, `expected a number, got ${describe(limit)}`);
          ok = false;
        }
      }
      return ok ? { ...value } : invalid;
    }
    case 'code-fields':
      return checkFields(
        value,
        Object.fromEntries(Object.keys(spec.default).map((key) => [key, { type: 'test-code' } as const])),
        path,
        scope,
      );
    case 'record':
      return checkFields(value, spec.fields, path, scope);
    case 'records':
      return checkArray(value, path, scope, 1, (item, at) => checkFields(item, spec.fields, at, scope));
    case 'node':
      return checkNode(value, spec.family, path, scope);
    case 'nodes':
      return checkArray(value, path, scope, spec.minItems, (item, at) =>
        checkNode(item, spec.family, at, scope),
      );
    default:
      return spec satisfies never;
  }
}

/** Check a tagged node of a family: its kind must be known and its fields must match the kind's schema. */
export function checkNode(value: unknown, family: NodeFamily, path: string, scope: ValidationScope): Checked {
  if (!isObject(value)) return problem(scope, path, `expected a ${family} node, got ${describe(value)}`);
  const kinds = scope.schemas[family];
  const kind = value['kind'];
  if (typeof kind !== 'string') return problem(scope, `${path}.kind`, `a ${family} node needs a "kind"`);
  const fields = kinds[kind];
  if (fields === undefined) {
    return problem(
      scope,
      `${path}.kind`,
      `unknown ${family} kind "${kind}"; expected one of ${Object.keys(kinds).join(', ')}`,
    );
  }
  const checked = checkFields(value, fields, path, scope, ['kind']);
  return checked === invalid ? invalid : { kind, ...(checked as Record<string, unknown>) };
}
