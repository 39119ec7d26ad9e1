/** One thing wrong with a document, and where. */
export interface DocumentProblem {
  /** JSON path, e.g. `faults.analyzerEvents[0].sizeSd`. */
  readonly path: string;
  readonly message: string;
}

/**
 * Reads an untrusted JSON document field by field, collecting every problem with its path instead of
 * stopping at the first, and refusing fields it does not know (a typo must not be silently ignored).
 */
export class JsonReader {
  readonly problems: DocumentProblem[] = [];

  problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  object(value: unknown, path: string, known: readonly string[]): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.problem(path, 'must be an object');
      return undefined;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!known.includes(key) && key !== '$schema') this.problem(join(path, key), 'is not a known field');
    }
    return record;
  }

  string(value: unknown, path: string): string | undefined {
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.problem(path, 'must be a non-empty string');
    return undefined;
  }

  number(value: unknown, path: string, min: number, max: number): number | undefined {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.problem(path, 'must be a number');
      return undefined;
    }
    if (value < min || value > max) {
      this.problem(path, `must be from ${min} to ${max}`);
      return undefined;
    }
    return value;
  }

  optionalNumber(value: unknown, path: string, min: number, max: number): number | undefined {
    return value === undefined ? undefined : this.number(value, path, min, max);
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.problem(path, `must be one of ${allowed.join(', ')}`);
    return undefined;
  }

  array(value: unknown, path: string): unknown[] | undefined {
    if (Array.isArray(value)) return value as unknown[];
    this.problem(path, 'must be an array');
    return undefined;
  }

  /** A map from allowed keys to numbers in [min, max]. */
  rates<K extends string>(
    value: unknown,
    path: string,
    keys: readonly K[],
    min = 0,
    max = 1,
  ): Partial<Record<K, number>> {
    const record = this.object(value ?? {}, path, keys);
    const out: Partial<Record<K, number>> = {};
    if (!record) return out;
    for (const key of keys) {
      const n = this.optionalNumber(record[key], join(path, key), min, max);
      if (n !== undefined) out[key] = n;
    }
    return out;
  }
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}
