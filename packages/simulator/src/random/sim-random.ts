import { createSeededRandom, sampleNormal, type RandomSource } from '@aliquot/engines/qc';

/** A 32-bit FNV-1a hash of a label, so a named stream gets its own seed. */
function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Seeded randomness for the simulated lab. Each part of the simulation draws from its own named
 * stream (`fork('biology')`, `fork('faults')`), so adding draws in one part never shifts another's
 * numbers: the same seed gives the same patients whatever the analyzers do.
 */
export class SimRandom {
  readonly #next: RandomSource;

  constructor(readonly seed: number) {
    this.#next = createSeededRandom(seed);
  }

  /** An independent stream named by `label`, reproducible from this stream's seed alone. */
  fork(label: string): SimRandom {
    return new SimRandom((Math.imul(this.seed ^ hashLabel(label), 0x9e3779b1) ^ hashLabel(label)) >>> 0);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.#next();
  }

  uniform(low: number, high: number): number {
    return low + (high - low) * this.#next();
  }

  /** A whole number in [low, high]. */
  integer(low: number, high: number): number {
    return Math.min(high, low + Math.floor(this.#next() * (high - low + 1)));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.#next() < p;
  }

  normal(mean = 0, sd = 1): number {
    return sampleNormal(this.#next, mean, sd);
  }

  /** A draw whose natural logarithm is normal with this mean and SD. */
  logNormal(logMean: number, logSd: number): number {
    return Math.exp(this.normal(logMean, logSd));
  }

  /** Exponential waiting time with this mean (for Poisson arrivals). */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.#next());
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.min(items.length - 1, Math.floor(this.#next() * items.length))];
    if (item === undefined) throw new RangeError('cannot pick from an empty list');
    return item;
  }

  /** One of the keys, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + Math.max(0, w), 0);
    if (total <= 0) throw new RangeError('no positive weight to choose by');
    let at = this.#next() * total;
    for (const [key, weight] of entries) {
      at -= Math.max(0, weight);
      if (at < 0) return key;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new RangeError('no weights');
    return last[0];
  }

  /** A copy of `items` in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.#next() * (i + 1));
      const a = out[i] as T;
      out[i] = out[j] as T;
      out[j] = a;
    }
    return out;
  }
}
