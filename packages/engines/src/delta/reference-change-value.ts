/**
 * Reference change values (RCV): how far two results of one person may differ by analytical and
 * within-subject biological variation alone.
 * @see shared/domain/delta-and-critical.md §1–2; Fokkema et al. Clin Chem 2006 (log-normal form)
 */

/** Common Z scores: 95 % two-sided, 95 % one-sided, 99 % two-sided. */
export const RcvZ = { twoSided95: 1.96, oneSided95: 1.65, twoSided99: 2.58 } as const;
export type RcvZ = (typeof RcvZ)[keyof typeof RcvZ];

export interface RcvInput {
  /** Analytical CV in percent (the lab's long-term QC CV). */
  readonly cva: number;
  /** Within-subject biological CV in percent. */
  readonly cvi: number;
  /** Z score; 1.96 unless given. */
  readonly z?: number;
}

/** The limits of a change, in percent of the first result: `up` is positive, `down` negative. */
export interface RcvLimits {
  readonly up: number;
  readonly down: number;
}

function totalCv(input: RcvInput): number {
  return Math.sqrt(input.cva ** 2 + input.cvi ** 2);
}

/** Symmetric RCV in percent: 2^0.5 × Z × √(CVa² + CVi²). */
export function symmetricRcv(input: RcvInput): number {
  return Math.SQRT2 * (input.z ?? RcvZ.twoSided95) * totalCv(input);
}

/**
 * Asymmetric RCV for skewed (log-normal) analytes, in percent: σ = √ln(1 + CV²) with CV a fraction;
 * up = exp(Z·√2·σ) − 1, down = exp(−Z·√2·σ) − 1. A rise may be larger than a fall.
 */
export function logNormalRcv(input: RcvInput): RcvLimits {
  const cv = totalCv(input) / 100;
  const sigma = Math.sqrt(Math.log(1 + cv ** 2));
  const spread = (input.z ?? RcvZ.twoSided95) * Math.SQRT2 * sigma;
  return { up: (Math.exp(spread) - 1) * 100, down: (Math.exp(-spread) - 1) * 100 };
}

export const RcvForm = { symmetric: 'symmetric', logNormal: 'log-normal' } as const;
export type RcvForm = (typeof RcvForm)[keyof typeof RcvForm];

/** RCV limits in either form; the symmetric form gives ±RCV. */
export function rcvLimits(input: RcvInput, form: RcvForm): RcvLimits {
  switch (form) {
    case 'symmetric': {
      const rcv = symmetricRcv(input);
      return { up: rcv, down: -rcv };
    }
    case 'log-normal':
      return logNormalRcv(input);
    default:
      return form satisfies never;
  }
}
