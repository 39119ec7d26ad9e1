import type { AbnormalFlag } from './codes.js';

/** A numeric result; `comparator` carries results such as "> 750" or "< 0.01" beyond the measuring range. */
export interface NumericValue {
  readonly kind: 'numeric';
  readonly value: number;
  readonly comparator?: '<' | '<=' | '>' | '>=';
}

export interface TextValue {
  readonly kind: 'text';
  readonly text: string;
}

/** A coded answer, e.g. urine nitrite "Positive" or an ordinal "2+". */
export interface CodedValue {
  readonly kind: 'coded';
  readonly code: string;
  readonly display?: string;
  readonly system?: string;
}

/** A variant from a molecular panel or liquid biopsy. */
export interface VariantValue {
  readonly kind: 'structured';
  readonly gene: string;
  /** HGVS notation, e.g. "NM_005228.5:c.2573T>G". */
  readonly hgvs: string;
  /** Variant allele fraction, 0–1. */
  readonly alleleFraction?: number;
  readonly interpretation?: string;
}

export type ResultValue = NumericValue | TextValue | CodedValue | VariantValue;

/** Flags for a numeric value against its reference interval and critical limits. */
export function flagNumeric(
  value: number,
  interval: { readonly low?: number; readonly high?: number } | undefined,
  critical: { readonly low?: number; readonly high?: number } | undefined,
): AbnormalFlag | undefined {
  if (critical?.low !== undefined && value <= critical.low) return 'LL';
  if (critical?.high !== undefined && value >= critical.high) return 'HH';
  if (interval?.low !== undefined && value < interval.low) return 'L';
  if (interval?.high !== undefined && value > interval.high) return 'H';
  return interval ? 'N' : undefined;
}

/** Short text for a value as a person reads it on a worklist or report. */
export function formatResultValue(value: ResultValue, decimals?: number): string {
  switch (value.kind) {
    case 'numeric': {
      const number = decimals === undefined ? String(value.value) : value.value.toFixed(decimals);
      return value.comparator ? `${value.comparator}${number}` : number;
    }
    case 'text':
      return value.text;
    case 'coded':
      return value.display ?? value.code;
    case 'structured':
      return `${value.gene} ${value.hgvs}${value.alleleFraction === undefined ? '' : ` VAF ${(value.alleleFraction * 100).toFixed(1)}%`}`;
  }
}
