import { LabError } from '@aliquot/domain';

/**
 * A total allowable error as a percentage and/or an absolute limit in the result's unit. When both are
 * given the wider applies ("whichever is greater", as in the CLIA acceptance limits; qc.md §6).
 */
export interface AllowableError {
  readonly percent?: number;
  readonly absolute?: number;
  /** Where the limit comes from, with its version (e.g. "CLIA 2024"); store it with every TEa. */
  readonly source?: string;
}

export const TeaBasis = { percent: 'percent', absolute: 'absolute' } as const;
export type TeaBasis = (typeof TeaBasis)[keyof typeof TeaBasis];

export interface AllowableErrorAtLevel {
  /** TEa in percent of the decision level. */
  readonly percent: number;
  /** Which of the two limits is the wider at this concentration. */
  readonly governedBy: TeaBasis;
}

/**
 * TEa as a percentage at a medical decision level: an absolute limit is converted to percent of that
 * concentration (absolute / level × 100) and the greater of the two applies.
 *
 * Example: glucose ±8 % or ±6 mg/dL at 70 mg/dL → 6/70 = 8.57 % (absolute governs).
 */
export function allowableErrorPercentAt(tea: AllowableError, decisionLevel: number): AllowableErrorAtLevel {
  const { percent, absolute } = tea;
  if (percent === undefined && absolute === undefined) {
    throw LabError.invalid('A TEa needs a percentage, an absolute limit, or both');
  }
  if ((percent !== undefined && !(percent > 0)) || (absolute !== undefined && !(absolute > 0))) {
    throw LabError.invalid('TEa limits must be positive numbers');
  }
  if (absolute === undefined) return { percent: percent ?? 0, governedBy: TeaBasis.percent };
  if (!Number.isFinite(decisionLevel) || decisionLevel === 0) {
    throw LabError.invalid('An absolute TEa needs a non-zero decision level to be expressed in percent');
  }
  const absolutePercent = (absolute / Math.abs(decisionLevel)) * 100;
  return percent !== undefined && percent >= absolutePercent
    ? { percent, governedBy: TeaBasis.percent }
    : { percent: absolutePercent, governedBy: TeaBasis.absolute };
}

export interface SigmaInput {
  readonly teaPercent: number;
  /** Bias from PT/EQA or peer comparison, percent; its sign does not matter. */
  readonly biasPercent: number;
  /** Imprecision from long-term QC, percent (> 0). */
  readonly cvPercent: number;
}

/**
 * Sigma metric = (TEa − |bias|) / CV, all in percent at the same concentration (qc.md §5 [V]). It is
 * negative when the bias alone exceeds the TEa.
 *
 * @see https://www.westgard.com/lessons/westgard-rules/westgard-rules/westgard-sigma-rules.html
 */
export function sigmaMetric(input: SigmaInput): number {
  const { teaPercent, biasPercent, cvPercent } = input;
  if (!Number.isFinite(teaPercent) || !Number.isFinite(biasPercent)) {
    throw LabError.invalid('TEa and bias must be finite percentages');
  }
  if (!(cvPercent > 0) || !Number.isFinite(cvPercent)) {
    throw LabError.invalid(`A CV must be a positive percentage, not ${cvPercent}`);
  }
  return (teaPercent - Math.abs(biasPercent)) / cvPercent;
}
