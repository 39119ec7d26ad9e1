import type { WhenMissing } from './logic-nodes.js';
import { nodeType } from './node-kit.js';
import type { SerumIndexName } from './operand-nodes.js';

/** The specimen: its age against stability (filter 2) and its serum indices (filter 5). */

/**
 * Collection → measurement is longer than the test's stability (`stabilityMinutes` of the test
 * definition, else `fallbackMinutes[testCode]`).
 */
export interface SpecimenAgeNode {
  readonly kind: 'specimen-age';
  readonly fallbackMinutes?: Readonly<Record<string, number>>;
  /** What to do when the collection time is unknown. */
  readonly whenMissing: WhenMissing;
}
export const SpecimenAgeNode = nodeType<
  SpecimenAgeNode,
  [options?: { fallbackMinutes?: Readonly<Record<string, number>>; whenMissing?: WhenMissing }]
>('specimen-age', (options = {}) => ({
  fallbackMinutes: options.fallbackMinutes,
  whenMissing: options.whenMissing ?? 'fire',
}));

/**
 * A serum index above the analyte's threshold: the test definition's `serumIndexLimits`, else
 * `fallbackLimits[testCode]`. Thresholds are assay- and platform-specific.
 */
export interface SerumIndexNode {
  readonly kind: 'serum-index';
  readonly index: SerumIndexName;
  readonly fallbackLimits?: Readonly<Record<string, number>>;
  /** What to do when the analyzer reported no index for the specimen. */
  readonly whenMissing: WhenMissing;
}
export const SerumIndexNode = nodeType<
  SerumIndexNode,
  [
    index: SerumIndexName,
    options?: { fallbackLimits?: Readonly<Record<string, number>>; whenMissing?: WhenMissing },
  ]
>('serum-index', (index, options = {}) => ({
  index,
  fallbackLimits: options.fallbackLimits,
  whenMissing: options.whenMissing ?? 'pass',
}));
