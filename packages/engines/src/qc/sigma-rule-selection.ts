import { LabError } from '@aliquot/domain';
import type { WestgardRule } from './westgard-rule-catalog.js';
import { allowableErrorPercentAt, sigmaMetric, type AllowableError, type TeaBasis } from './sigma-metric.js';

/** N control observations per run, looked at over R runs. */
export interface QcDesign {
  readonly n: number;
  readonly runs: number;
}

/** One sigma band of a rule-selection table. */
export interface SigmaRuleRow {
  /** Inclusive lower bound of the band; the last row's is −Infinity. Rows run from high to low sigma. */
  readonly minimumSigma: number;
  readonly rules: readonly WestgardRule[];
  /** The preferred design first, then alternatives. */
  readonly designs: readonly QcDesign[];
  readonly advice?: string;
}

export type ControlLevelCount = 2 | 3;

export const TableVerification = { verified: 'verified', unverified: 'unverified' } as const;
export type TableVerification = (typeof TableVerification)[keyof typeof TableVerification];

/** A rule-selection table: configuration data, replaceable by a lab's own. */
export interface SigmaRuleTable {
  readonly name: string;
  readonly source: string;
  readonly verification: TableVerification;
  /** What is known to be uncertain about the table; shown with every recommendation. */
  readonly caveat: string;
  readonly rows: Readonly<Record<ControlLevelCount, readonly SigmaRuleRow[]>>;
}

const improve = 'Improve the method (reduce imprecision or bias); QC alone cannot make it reliable.';

/**
 * Westgard Sigma Rules (2014) as transcribed in qc.md §5. Configuration data, not a constant: the
 * source figure was not machine-readable and three open-source implementations disagreed at σ 4–5.
 *
 * @see https://www.westgard.com/lessons/westgard-rules/westgard-rules/westgard-sigma-rules.html
 * @see Peng et al., J Clin Lab Anal 2020 (PMC7957980)
 */
export const westgardSigmaRules2014: SigmaRuleTable = {
  name: 'Westgard Sigma Rules (2014)',
  source: 'qc.md §5, from westgard.com "Westgard Sigma Rules" and Peng et al. 2020',
  verification: TableVerification.unverified,
  caveat: 'The rows between sigma 4 and 5 are unverified (sources disagree); confirm them before use.',
  rows: {
    2: [
      { minimumSigma: 6, rules: ['1-3s'], designs: [{ n: 2, runs: 1 }] },
      { minimumSigma: 5, rules: ['1-3s', '2-2s', 'R-4s'], designs: [{ n: 2, runs: 1 }] },
      {
        minimumSigma: 4,
        rules: ['1-3s', '2-2s', 'R-4s', '4-1s'],
        designs: [
          { n: 4, runs: 1 },
          { n: 2, runs: 2 },
        ],
      },
      {
        minimumSigma: -Infinity,
        rules: ['1-3s', '2-2s', 'R-4s', '4-1s', '8x'],
        designs: [
          { n: 4, runs: 2 },
          { n: 2, runs: 4 },
        ],
        advice: improve,
      },
    ],
    3: [
      { minimumSigma: 6, rules: ['1-3s'], designs: [{ n: 3, runs: 1 }] },
      { minimumSigma: 5, rules: ['1-3s', '2of3-2s', 'R-4s'], designs: [{ n: 3, runs: 1 }] },
      { minimumSigma: 4, rules: ['1-3s', '2of3-2s', 'R-4s', '3-1s'], designs: [{ n: 3, runs: 1 }] },
      {
        minimumSigma: -Infinity,
        rules: ['1-3s', '2of3-2s', 'R-4s', '3-1s', '6x'],
        designs: [
          { n: 6, runs: 1 },
          { n: 3, runs: 2 },
        ],
        advice: improve,
      },
    ],
  },
};

export interface QcDesignRecommendation {
  readonly sigma: number;
  readonly levels: ControlLevelCount;
  readonly rules: readonly WestgardRule[];
  readonly design: QcDesign;
  readonly alternativeDesigns: readonly QcDesign[];
  /** Sigma ≥ 3: below that a method is generally not fit for routine use without improvement (qc.md §5). */
  readonly fitForRoutineUse: boolean;
  readonly tableName: string;
  readonly tableVerification: TableVerification;
  /** The reasoning, one sentence per entry, for the person approving the QC plan. */
  readonly reasoning: readonly string[];
}

const fixed = (value: number): string => value.toFixed(2);
const designText = (design: QcDesign): string => `N=${design.n}, R=${design.runs}`;

function bandText(rows: readonly SigmaRuleRow[], index: number): string {
  const row = rows[index];
  const upper = rows[index - 1]?.minimumSigma;
  if (row === undefined) return '';
  if (upper === undefined) return `σ ≥ ${row.minimumSigma}`;
  if (row.minimumSigma === -Infinity) return `σ < ${upper}`;
  return `${row.minimumSigma} ≤ σ < ${upper}`;
}

/** Picks the rules and N/R for a sigma metric and a number of control levels from a rule table. */
export function recommendQcDesign(
  sigma: number,
  levels: ControlLevelCount,
  table: SigmaRuleTable = westgardSigmaRules2014,
): QcDesignRecommendation {
  if (Number.isNaN(sigma)) throw LabError.invalid('A sigma metric must be a number');
  const rows = table.rows[levels];
  const index = rows.findIndex((row) => sigma >= row.minimumSigma);
  const row = rows[index];
  const design = row?.designs[0];
  if (row === undefined || design === undefined) {
    throw LabError.invalid(
      `${table.name} has no row with a design for σ ${fixed(sigma)} and ${levels} levels`,
    );
  }
  const alternatives = row.designs.slice(1);
  const reasoning = [
    `σ ${fixed(sigma)} falls in the band ${bandText(rows, index)} of ${table.name} for ${levels} control levels: ` +
      `rules ${row.rules.join('/')} with ${designText(design)}` +
      (alternatives.length > 0 ? ` (or ${alternatives.map(designText).join(', or ')}).` : '.'),
    'Sigma Rules use no 1-2s warning rule; every rejection rule is evaluated on every run.',
  ];
  if (row.advice !== undefined) reasoning.push(row.advice);
  const fitForRoutineUse = sigma >= 3;
  if (!fitForRoutineUse) {
    reasoning.push('Below 3 sigma a method is generally not fit for routine use without improvement.');
  }
  if (table.verification === TableVerification.unverified) {
    reasoning.push(`The rule table is configurable data and is unverified: ${table.caveat}`);
  }
  return {
    sigma,
    levels,
    rules: row.rules,
    design,
    alternativeDesigns: alternatives,
    fitForRoutineUse,
    tableName: table.name,
    tableVerification: table.verification,
    reasoning,
  };
}

export interface MethodPerformance {
  readonly tea: AllowableError;
  /** The medical decision level (result unit) at which TEa, bias and CV apply. */
  readonly decisionLevel: number;
  readonly biasPercent: number;
  readonly cvPercent: number;
  readonly levels: ControlLevelCount;
}

export interface QcDesignFromPerformance extends QcDesignRecommendation {
  readonly teaPercent: number;
  readonly teaGovernedBy: TeaBasis;
}

/** TEa at the decision level → sigma → rules and N/R, with the whole calculation in the reasoning. */
export function designQcFromPerformance(
  performance: MethodPerformance,
  table: SigmaRuleTable = westgardSigmaRules2014,
): QcDesignFromPerformance {
  const { tea, decisionLevel, biasPercent, cvPercent, levels } = performance;
  const allowable = allowableErrorPercentAt(tea, decisionLevel);
  const sigma = sigmaMetric({ teaPercent: allowable.percent, biasPercent, cvPercent });
  const limits = [
    tea.percent === undefined ? undefined : `±${tea.percent} %`,
    tea.absolute === undefined ? undefined : `±${tea.absolute} (absolute)`,
  ].filter((text) => text !== undefined);
  const teaText =
    `TEa ${limits.join(' or ')}${tea.source === undefined ? '' : ` (${tea.source})`} at decision level ` +
    `${decisionLevel} is ${fixed(allowable.percent)} %, set by the ${allowable.governedBy} limit.`;
  const sigmaText =
    `Sigma = (TEa − |bias|) / CV = (${fixed(allowable.percent)} − ${fixed(Math.abs(biasPercent))}) / ` +
    `${fixed(cvPercent)} = ${fixed(sigma)}.`;
  const recommendation = recommendQcDesign(sigma, levels, table);
  return {
    ...recommendation,
    teaPercent: allowable.percent,
    teaGovernedBy: allowable.governedBy,
    reasoning: [teaText, sigmaText, ...recommendation.reasoning],
  };
}
