/**
 * The Westgard multirules as data: what each rule looks for, where it may look, and what kind of error
 * it signals. The evaluator (`westgard-evaluator.ts`) is generic over these definitions; adding a rule is
 * adding an entry here (see README.md).
 *
 * @see Westgard JO, Barry PL, Hunt MR, Groth T. A multi-rule Shewhart chart for quality control in
 *   clinical chemistry. Clin Chem 1981;27:493–501.
 * @see CLSI C24 (Statistical Quality Control for Quantitative Measurement Procedures).
 * @see https://www.westgard.com/multirule4.html (rule definitions and scopes)
 * @see https://westgard.com/lesson73.htm (1-2s as a warning only; R-4s never across runs)
 */

/** Rule codes in Westgard notation. */
export const WestgardRule = {
  oneTwoS: '1-2s',
  oneThreeS: '1-3s',
  twoTwoS: '2-2s',
  rangeFourS: 'R-4s',
  fourOneS: '4-1s',
  twoOfThreeTwoS: '2of3-2s',
  threeOneS: '3-1s',
  sixX: '6x',
  eightX: '8x',
  nineX: '9x',
  tenX: '10x',
  twelveX: '12x',
} as const;
export type WestgardRule = (typeof WestgardRule)[keyof typeof WestgardRule];

/**
 * Where a rule may look for its points.
 * - `within-run`: only the observations of the run being evaluated (across its levels and replicates).
 * - `across-runs-within-level`: one level's accepted history plus the new run, in measurement order.
 * - `across-runs-and-levels`: all levels pooled into one z-series ordered by measurement time.
 */
export const RuleScope = {
  withinRun: 'within-run',
  acrossRunsWithinLevel: 'across-runs-within-level',
  acrossRunsAndLevels: 'across-runs-and-levels',
} as const;
export type RuleScope = (typeof RuleScope)[keyof typeof RuleScope];

/** What a violation suggests to the person troubleshooting it (qc.md §2, "Error it signals"). */
export const ErrorKind = {
  random: 'random',
  systematic: 'systematic',
  /** 1-2s: a single value beyond 2 SD says nothing about the kind of error. */
  undetermined: 'undetermined',
} as const;
export type ErrorKind = (typeof ErrorKind)[keyof typeof ErrorKind];

/** Whether a rule can reject a run or only warn. 1-2s is a warning and never rejects (Westgard lesson 73). */
export const RuleRole = {
  warning: 'warning',
  rejection: 'rejection',
} as const;
export type RuleRole = (typeof RuleRole)[keyof typeof RuleRole];

/**
 * How a rule finds violations on z-scores. "Beyond L" means z > +L or z < −L on the same side; with
 * L = 0 that is "on the same side of the mean" (a value exactly on the mean breaks the sequence).
 */
export type RuleDetector =
  /** Any single value of the run beyond ±limit. */
  | { readonly kind: 'single-value'; readonly limit: number }
  /** Within the run, one value above +limit and another below −limit. */
  | { readonly kind: 'range'; readonly limit: number }
  /** `count` consecutive values beyond the same limit. */
  | { readonly kind: 'consecutive'; readonly count: number; readonly limit: number }
  /** At least `k` of `m` consecutive values beyond the same limit. */
  | { readonly kind: 'k-of-m'; readonly k: number; readonly m: number; readonly limit: number };

export interface WestgardRuleDefinition {
  readonly rule: WestgardRule;
  readonly detector: RuleDetector;
  readonly scopes: readonly RuleScope[];
  readonly role: RuleRole;
  readonly errorKind: ErrorKind;
  /** The rule in words, for reports and explanations. */
  readonly definition: string;
}

const allScopes = [
  RuleScope.withinRun,
  RuleScope.acrossRunsWithinLevel,
  RuleScope.acrossRunsAndLevels,
] as const;

function sameSide(rule: WestgardRule, count: number): WestgardRuleDefinition {
  return {
    rule,
    detector: { kind: 'consecutive', count, limit: 0 },
    scopes: allScopes,
    role: RuleRole.rejection,
    errorKind: ErrorKind.systematic,
    definition: `${count} consecutive values on the same side of the mean`,
  };
}

/** Every supported rule, in the order a run is evaluated (qc.md §2 implementation notes). */
export const westgardRuleCatalog: Readonly<Record<WestgardRule, WestgardRuleDefinition>> = {
  '1-2s': {
    rule: WestgardRule.oneTwoS,
    detector: { kind: 'single-value', limit: 2 },
    scopes: [RuleScope.withinRun],
    role: RuleRole.warning,
    errorKind: ErrorKind.undetermined,
    definition: 'one value beyond ±2 SD (warning only, never rejects)',
  },
  '1-3s': {
    rule: WestgardRule.oneThreeS,
    detector: { kind: 'single-value', limit: 3 },
    scopes: [RuleScope.withinRun],
    role: RuleRole.rejection,
    errorKind: ErrorKind.random,
    definition: 'one value beyond ±3 SD',
  },
  '2-2s': {
    rule: WestgardRule.twoTwoS,
    detector: { kind: 'consecutive', count: 2, limit: 2 },
    scopes: [RuleScope.withinRun, RuleScope.acrossRunsWithinLevel],
    role: RuleRole.rejection,
    errorKind: ErrorKind.systematic,
    definition: 'two consecutive values beyond the same ±2 SD limit',
  },
  'R-4s': {
    rule: WestgardRule.rangeFourS,
    detector: { kind: 'range', limit: 2 },
    scopes: [RuleScope.withinRun],
    role: RuleRole.rejection,
    errorKind: ErrorKind.random,
    definition: 'within one run, one value above +2 SD and another below −2 SD',
  },
  '4-1s': {
    rule: WestgardRule.fourOneS,
    detector: { kind: 'consecutive', count: 4, limit: 1 },
    scopes: allScopes,
    role: RuleRole.rejection,
    errorKind: ErrorKind.systematic,
    definition: 'four consecutive values beyond the same ±1 SD limit',
  },
  '2of3-2s': {
    rule: WestgardRule.twoOfThreeTwoS,
    detector: { kind: 'k-of-m', k: 2, m: 3, limit: 2 },
    scopes: allScopes,
    role: RuleRole.rejection,
    errorKind: ErrorKind.systematic,
    definition: 'two of three consecutive values beyond the same ±2 SD limit',
  },
  '3-1s': {
    rule: WestgardRule.threeOneS,
    detector: { kind: 'consecutive', count: 3, limit: 1 },
    scopes: allScopes,
    role: RuleRole.rejection,
    errorKind: ErrorKind.systematic,
    definition: 'three consecutive values beyond the same ±1 SD limit',
  },
  '6x': sameSide(WestgardRule.sixX, 6),
  '8x': sameSide(WestgardRule.eightX, 8),
  '9x': sameSide(WestgardRule.nineX, 9),
  '10x': sameSide(WestgardRule.tenX, 10),
  '12x': sameSide(WestgardRule.twelveX, 12),
};

/** Catalog order, used to report violations in a stable order. */
export const westgardRuleOrder: readonly WestgardRule[] = Object.values(WestgardRule);

/**
 * The standard combinations of qc.md §2. They contain no 1-2s: add it to a lab's rule set to see
 * warnings, it never rejects.
 */
export const WestgardRuleSets = {
  /** 1-3s/2-2s/R-4s: the common short set. */
  basic: ['1-3s', '2-2s', 'R-4s'],
  /** N = 2 or 4 (chemistry, 2 levels): 1-3s/2-2s/R-4s/4-1s/10x. */
  twoLevelMultirule: ['1-3s', '2-2s', 'R-4s', '4-1s', '10x'],
  /** N = 2 or 4 with a look-back that is a multiple of N: 8x instead of 10x. */
  twoLevelMultiruleEightX: ['1-3s', '2-2s', 'R-4s', '4-1s', '8x'],
  /** N = 3 or 6 (haematology, coagulation, immunoassay; 3 levels): 1-3s/2of3-2s/R-4s/3-1s/6x. */
  threeLevelMultirule: ['1-3s', '2of3-2s', 'R-4s', '3-1s', '6x'],
  /** N = 3 with a longer look-back: 9x instead of 6x. */
  threeLevelMultiruleNineX: ['1-3s', '2of3-2s', 'R-4s', '3-1s', '9x'],
} as const satisfies Record<string, readonly WestgardRule[]>;
