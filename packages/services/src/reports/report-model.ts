import { formatResultValue, type ReferenceInterval, type ResultValue } from '@aliquot/domain';

/**
 * A patient report as data, before any layout: what 42 CFR 493.1291(c) asks a test report to carry
 * (patient name and identifier, the laboratory's name and address, the report date, each test, the
 * specimen source, the result with its units and interpretation, the condition of a specimen that was
 * not acceptable), the reference intervals (d), corrections with both values (k), and the critical-
 * value calls made.
 * @see https://www.ecfr.gov/current/title-42/section-493.1291
 */

/** The performing laboratory, as it must appear on every report. */
export interface LabIdentity {
  readonly name: string;
  readonly address: readonly string[];
  readonly cliaNumber?: string;
  readonly director?: string;
}

/** How a test stands on the report. Unverified results are not printed: they show as in review. */
export type ReportRowStatus = 'final' | 'corrected' | 'in-review' | 'pending' | 'cancelled';

export interface ReportRow {
  readonly test: string;
  readonly code: string;
  readonly value?: string;
  readonly flag?: string;
  readonly critical: boolean;
  readonly unit: string;
  readonly range: string;
  readonly status: ReportRowStatus;
  readonly releasedAt?: Date;
  readonly correction?: {
    readonly previousValue: string;
    readonly previousReleasedAt?: Date;
    readonly correctedAt?: Date;
    readonly reason?: string;
  };
}

export interface ReportPanel {
  readonly name: string;
  readonly code: string;
  readonly rows: readonly ReportRow[];
}

export interface ReportSpecimen {
  readonly accession: string;
  /** The specimen source, e.g. "Plasma (lithium heparin tube)". */
  readonly source: string;
  readonly collectedAt?: Date;
  readonly receivedAt?: Date;
  /** Condition and disposition of a specimen that was not acceptable. */
  readonly rejection?: string;
  readonly panels: readonly ReportPanel[];
}

export interface ReportOrder {
  readonly orderNumber: string;
  readonly placerOrderNumber?: string;
  readonly orderedAt: Date;
  readonly priority: string;
  readonly provider?: string;
  readonly clinicalInfo?: string;
  readonly specimens: readonly ReportSpecimen[];
}

export interface ReportCriticalCall {
  readonly test: string;
  readonly value: string;
  readonly accession: string;
  readonly detectedAt: Date;
  readonly status: string;
  readonly notified?: string;
  readonly readBack: boolean;
  readonly completedBy?: string;
  readonly completedAt?: Date;
  readonly attempts: readonly {
    readonly at: Date;
    readonly reached: string;
    readonly outcome: string;
    readonly by: string;
  }[];
}

export interface ReportDocument {
  readonly title: string;
  readonly lab: LabIdentity;
  readonly generatedAt: Date;
  readonly patient: {
    readonly name: string;
    readonly mrn: string;
    readonly birthDate: string;
    readonly sex: string;
  };
  readonly orders: readonly ReportOrder[];
  readonly criticalCalls: readonly ReportCriticalCall[];
}

/**
 * A UCUM unit as a person reads it: no brackets or annotation braces, 10^ for 10*, µ for the micro
 * prefix, nothing for the unity unit.
 */
export function unitDisplay(unit: string | null | undefined): string {
  if (!unit || unit === '1') return '';
  if (/^\{[^}]*\}$/.test(unit)) return '';
  return unit
    .replace(/\{([^}]*)\}/g, (_, note: string) => note.replace(/_/g, ' '))
    .replace(/[[\]]/g, '')
    .replace(/10\*/g, '10^')
    .replace(/(^|[^A-Za-z])u(?=(L|g|mol|IU)\b)/g, '$1\u00b5');
}

/** A reference interval as printed: "3.5 - 5.1", "< 50", "> 40", or the expected answer. */
export function intervalText(interval: ReferenceInterval | undefined): string {
  if (!interval) return '';
  const { low, high, text } = interval;
  if (low !== undefined && high !== undefined) return `${low} - ${high}`;
  if (high !== undefined) return `<= ${high}`;
  if (low !== undefined) return `>= ${low}`;
  return text ?? '';
}

/** A result as printed, to the test's decimals; a variant with its allele fraction and significance. */
export function valueText(value: ResultValue, decimals: number | undefined): string {
  const text = formatResultValue(value, decimals);
  return value.kind === 'structured' && value.interpretation ? `${text}; ${value.interpretation}` : text;
}

const CRITICAL_FLAGS = new Set(['HH', 'LL', 'AA']);
export const isCriticalFlag = (flag: string | undefined): boolean =>
  flag !== undefined && CRITICAL_FLAGS.has(flag);
