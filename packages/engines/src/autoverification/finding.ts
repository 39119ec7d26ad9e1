import type { CriticalFinding } from '../critical/index.js';
import type { DeltaResult } from '../delta/index.js';
import type { Comparison } from './logic-nodes.js';

/**
 * What a condition found: whether it matched, one human sentence, and the structured facts behind it
 * (values, thresholds, sources), so a reviewer and an auditor read the same thing.
 */

export interface Fact {
  /** What the value is of: a test code, "hemolysis index", "anion gap", "specimen age". */
  readonly subject: string;
  readonly value: number | string | boolean;
  readonly unit?: string;
  /** The threshold the value was held against. */
  readonly limit?: number;
  /** How the value stands against the limit when the condition matched, e.g. '>'. */
  readonly comparator?: Comparison;
  readonly source?: string;
}

export interface Finding {
  readonly matched: boolean;
  readonly sentence: string;
  readonly facts: readonly Fact[];
  /** Set by a critical-value condition that matched: the limit crossed. */
  readonly critical?: CriticalFinding;
  /** Set by a delta-check condition: the numbers behind it. */
  readonly delta?: DeltaResult;
}

export function matched(sentence: string, facts: readonly Fact[] = [], extra?: Partial<Finding>): Finding {
  return extra === undefined
    ? { matched: true, sentence, facts }
    : { ...extra, matched: true, sentence, facts };
}

export function notMatched(sentence: string, facts: readonly Fact[] = [], extra?: Partial<Finding>): Finding {
  return extra === undefined
    ? { matched: false, sentence, facts }
    : { ...extra, matched: false, sentence, facts };
}

/** A fact, leaving out fields that are undefined so facts stay plain JSON. */
export function fact(
  subject: string,
  value: Fact['value'],
  more: { unit?: string; limit?: number; comparator?: Comparison; source?: string } = {},
): Fact {
  const result: { -readonly [K in keyof Fact]: Fact[K] } = { subject, value };
  if (more.unit !== undefined) result.unit = more.unit;
  if (more.limit !== undefined) result.limit = more.limit;
  if (more.comparator !== undefined) result.comparator = more.comparator;
  if (more.source !== undefined) result.source = more.source;
  return result;
}
