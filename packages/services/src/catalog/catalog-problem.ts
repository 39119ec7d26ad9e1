import { LabError } from '@aliquot/domain';

/** One thing wrong with a catalog entry, said so that a person can find and fix it. */
export interface CatalogProblem {
  /** Where: a path into the catalog such as `tests[K].critical.low` or `panels[BMP].members[3]`. */
  readonly path: string;
  readonly message: string;
}

/** The one error type for a refused catalog, each problem carried as an issue with its location. */
export function invalidCatalogError(what: string, problems: readonly CatalogProblem[]): LabError {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return LabError.invalid(
    `${what} has ${count}`,
    problems.map((p) => ({ location: p.path, message: p.message })),
  );
}

export type JsonObject = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function joinPath(at: string, key: string | number): string {
  if (typeof key === 'number') return `${at}[${key}]`;
  return at === '' ? key : `${at}.${key}`;
}

/** Shows a received value in a message the way it was written, e.g. '7' vs "7". */
export function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

interface NumberRule {
  readonly required?: boolean;
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** The value must be strictly greater than `min`. */
  readonly minExclusive?: boolean;
}

/**
 * Reads the fields of one JSON object and records a problem for each field that is missing, of the
 * wrong type, or out of bounds. Each read returns the value only when it is usable.
 */
export class FieldReader {
  constructor(
    readonly object: JsonObject,
    readonly at: string,
    readonly problems: CatalogProblem[],
  ) {}

  problem(key: string | undefined, message: string): void {
    this.problems.push({ path: key === undefined ? this.at : joinPath(this.at, key), message });
  }

  has(key: string): boolean {
    return this.object[key] !== undefined;
  }

  string(key: string, required = false): string | undefined {
    const value = this.object[key];
    if (value === undefined) {
      if (required) this.problem(key, `${key} is required`);
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.problem(key, `${key} must be non-empty text (got ${show(value)})`);
      return undefined;
    }
    return value;
  }

  number(key: string, rule: NumberRule = {}): number | undefined {
    const value = this.object[key];
    if (value === undefined) {
      if (rule.required === true) this.problem(key, `${key} is required`);
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.problem(key, `${key} must be a number (got ${show(value)})`);
      return undefined;
    }
    if (rule.integer === true && !Number.isInteger(value)) {
      this.problem(key, `${key} must be a whole number (got ${value})`);
      return undefined;
    }
    const { min, max } = rule;
    const tooLow = min !== undefined && (rule.minExclusive === true ? value <= min : value < min);
    if (tooLow || (max !== undefined && value > max)) {
      const above = rule.minExclusive === true ? `greater than ${min}` : `at least ${min}`;
      const bounds =
        min !== undefined && max !== undefined
          ? `from ${min} to ${max}`
          : min !== undefined
            ? above
            : `at most ${max}`;
      this.problem(key, `${key} must be ${bounds} (got ${value})`);
      return undefined;
    }
    return value;
  }

  boolean(key: string): boolean | undefined {
    const value = this.object[key];
    if (value === undefined || typeof value === 'boolean') return value;
    this.problem(key, `${key} must be true or false (got ${show(value)})`);
    return undefined;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], required = false): T | undefined {
    const value = this.object[key];
    if (value === undefined) {
      if (required) this.problem(key, `${key} is required: one of ${allowed.join(', ')}`);
      return undefined;
    }
    const found = allowed.find((a) => a === value);
    if (found === undefined) this.problem(key, `${key} ${show(value)} is not one of ${allowed.join(', ')}`);
    return found;
  }

  nested(key: string): FieldReader | undefined {
    const value = this.object[key];
    if (value === undefined) return undefined;
    if (!isJsonObject(value)) {
      this.problem(key, `${key} must be an object (got ${show(value)})`);
      return undefined;
    }
    return new FieldReader(value, joinPath(this.at, key), this.problems);
  }

  array(key: string, required = false): readonly unknown[] | undefined {
    const value = this.object[key];
    if (value === undefined) {
      if (required) this.problem(key, `${key} is required (a list, possibly empty)`);
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.problem(key, `${key} must be a list (got ${show(value)})`);
      return undefined;
    }
    return value as readonly unknown[];
  }

  /** Flags fields this object does not have, naming the closest known one (a typo is the usual cause). */
  onlyKnown(known: readonly string[]): void {
    for (const key of Object.keys(this.object)) {
      if (known.includes(key)) continue;
      const near = closest(key, known);
      this.problem(key, `unknown field ${show(key)}${near ? `: did you mean '${near}'?` : ''}`);
    }
  }
}

/** The known name within edit distance 2 of a misspelt one (case aside), if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
