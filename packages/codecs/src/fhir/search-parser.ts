import type { Decoded } from './fhir-concepts.js';
import type { LabResourceType } from './fhir-types.js';
import { parseDateValue, type DateBound } from './search-dates.js';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  includes,
  resultParameters,
  searchParameters,
  type SearchParameterDefinition,
} from './search-parameters.js';

/** `system|code`: `system` absent means any system, '' means none (`|code`); `code` absent means any code. */
export interface TokenValue {
  readonly system?: string;
  readonly code?: string;
}

/** Repeated parameters are ANDed; the comma-separated values of one parameter are ORed. */
export type SearchCriterion =
  | { readonly name: string; readonly type: 'token'; readonly values: readonly TokenValue[] }
  | { readonly name: string; readonly type: 'reference'; readonly ids: readonly string[] }
  | { readonly name: string; readonly type: 'date'; readonly values: readonly DateBound[] }
  | {
      readonly name: string;
      readonly type: 'string';
      readonly values: readonly string[];
      readonly exact: boolean;
    };

export interface ParsedSearch {
  readonly resourceType: LabResourceType;
  readonly criteria: readonly SearchCriterion[];
  readonly count: number;
  readonly offset: number;
  readonly includes: readonly string[];
  readonly total: 'none' | 'estimate' | 'accurate';
  /** A date parameter to sort on, newest first when descending; absent: in id order. */
  readonly sort?: { readonly name: string; readonly descending: boolean };
}

type Issue = { location: string; message: string };

/** Splits on commas not escaped with a backslash, and unescapes `\,` `\|` `\$` `\\`. @see https://hl7.org/fhir/R4/search.html#escaping */
function splitValues(raw: string): string[] {
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\' && i + 1 < raw.length) {
      current += `\\${raw[++i]}`;
    } else if (ch === ',') {
      values.push(current);
      current = '';
    } else current += ch;
  }
  values.push(current);
  return values;
}

const unescape = (value: string): string => value.replace(/\\(.)/g, '$1');

function parseToken(raw: string): TokenValue {
  const bar = raw.search(/(?<!\\)\|/);
  if (bar < 0) return { code: unescape(raw) };
  const system = unescape(raw.slice(0, bar));
  const code = unescape(raw.slice(bar + 1));
  return { system, ...(code ? { code } : {}) };
}

/** `Type/id`, an absolute URL ending in `Type/id`, or a bare id; the type must be the parameter's target. */
function parseReference(
  raw: string,
  definition: SearchParameterDefinition,
  issues: Issue[],
): string | undefined {
  const value = unescape(raw);
  const parts = value.split('/');
  const id = parts[parts.length - 1] ?? '';
  const type = parts.length > 1 ? parts[parts.length - 2] : definition.target;
  if (type !== definition.target || !/^[A-Za-z0-9\-.]{1,64}$/.test(id)) {
    issues.push({
      location: definition.name,
      message: `${definition.name} takes a reference to a ${definition.target} (${definition.target}/{id} or {id}), not ${value}`,
    });
    return undefined;
  }
  return id;
}

function parseCriterion(
  definition: SearchParameterDefinition,
  modifier: string | undefined,
  raw: string,
  issues: Issue[],
): SearchCriterion | undefined {
  const location = modifier ? `${definition.name}:${modifier}` : definition.name;
  const refuseModifier = () => {
    issues.push({ location, message: `the modifier :${modifier} is not supported on ${definition.name}` });
    return undefined;
  };
  const values = splitValues(raw);
  if (values.some((v) => v === '')) {
    issues.push({ location, message: `${location} has an empty value` });
    return undefined;
  }
  switch (definition.type) {
    case 'token':
      if (modifier) return refuseModifier();
      return { name: definition.name, type: 'token', values: values.map(parseToken) };
    case 'reference': {
      if (modifier && modifier !== definition.target) return refuseModifier();
      const ids = values.map((v) => parseReference(v, definition, issues));
      return ids.every((id) => id !== undefined)
        ? { name: definition.name, type: 'reference', ids }
        : undefined;
    }
    case 'date': {
      if (modifier) return refuseModifier();
      const bounds: DateBound[] = [];
      for (const value of values) {
        const bound = parseDateValue(value);
        if (typeof bound === 'string') {
          issues.push({ location, message: `${location}: ${bound}` });
          return undefined;
        }
        bounds.push(bound);
      }
      return { name: definition.name, type: 'date', values: bounds };
    }
    case 'string':
      if (modifier && modifier !== 'exact') return refuseModifier();
      return {
        name: definition.name,
        type: 'string',
        values: values.map(unescape),
        exact: modifier === 'exact',
      };
    default:
      return definition.type satisfies never;
  }
}

function wholeNumber(raw: string, name: string, max: number, issues: Issue[]): number | undefined {
  if (!/^\d+$/.test(raw) || Number(raw) > max) {
    issues.push({ location: name, message: `${name} must be a whole number from 0 to ${max}` });
    return undefined;
  }
  return Number(raw);
}

/**
 * Reads a search query against the parameters the type answers. Every problem is reported with the
 * parameter it is about: an unknown parameter, an unsupported modifier, a malformed value, an
 * `_include` the type does not answer. Unknown parameters are refused rather than ignored, so a
 * misspelt filter never silently widens a search to everything.
 */
export function parseSearch(
  resourceType: LabResourceType,
  query: readonly (readonly [string, string])[],
): Decoded<ParsedSearch> {
  const issues: Issue[] = [];
  const definitions = new Map(searchParameters[resourceType].map((d) => [d.name, d]));
  const criteria: SearchCriterion[] = [];
  const wanted: string[] = [];
  let count = DEFAULT_PAGE_SIZE;
  let offset = 0;
  let total: ParsedSearch['total'] = 'accurate';
  let sort: ParsedSearch['sort'];
  for (const [key, raw] of query) {
    const [name = '', modifier] = key.split(':', 2);
    if ((resultParameters as readonly string[]).includes(name)) {
      if (modifier) issues.push({ location: key, message: `${name} takes no modifier` });
      else if (name === '_count') count = wholeNumber(raw, name, MAX_PAGE_SIZE, issues) ?? count;
      else if (name === '_offset') offset = wholeNumber(raw, name, Number.MAX_SAFE_INTEGER, issues) ?? offset;
      else if (name === '_include') {
        if (includes[resourceType].includes(raw)) wanted.push(raw);
        else
          issues.push({
            location: '_include',
            message: `${resourceType} answers _include ${includes[resourceType].join(', ') || '(none)'}, not ${raw}`,
          });
      } else if (name === '_total') {
        if (raw === 'none' || raw === 'estimate' || raw === 'accurate') total = raw;
        else issues.push({ location: '_total', message: '_total is none, estimate or accurate' });
      } else if (name === '_sort') {
        const descending = raw.startsWith('-');
        const field = descending ? raw.slice(1) : raw;
        if (definitions.get(field)?.type === 'date') sort = { name: field, descending };
        else
          issues.push({
            location: '_sort',
            message: `${resourceType} sorts only on its date parameters, not ${raw}`,
          });
      } else if (name === '_format' && !/json/.test(raw)) {
        issues.push({ location: '_format', message: 'only JSON is served' });
      }
      continue;
    }
    const definition = definitions.get(name);
    if (!definition) {
      issues.push({
        location: name,
        message: `unknown search parameter ${name} for ${resourceType}; supported: ${[...definitions.keys()].join(', ')}`,
      });
      continue;
    }
    const criterion = parseCriterion(definition, modifier, raw, issues);
    if (criterion) criteria.push(criterion);
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: { resourceType, criteria, count, offset, includes: wanted, total, ...(sort ? { sort } : {}) },
  };
}
