import type { AnalysisStatus, ReportableStatus } from './lab-facts.js';

/**
 * Result statuses as FHIR sees them: an Observation is preliminary while its result waits for
 * verification or is held, final once released, corrected after a correction.
 * @see https://hl7.org/fhir/R4/valueset-observation-status.html
 */
export const ObservationStatus = {
  registered: 'registered',
  preliminary: 'preliminary',
  final: 'final',
  amended: 'amended',
  corrected: 'corrected',
  cancelled: 'cancelled',
  enteredInError: 'entered-in-error',
  unknown: 'unknown',
} as const;
export type ObservationStatus = (typeof ObservationStatus)[keyof typeof ObservationStatus];

export function observationStatus(status: ReportableStatus): ObservationStatus {
  switch (status) {
    case 'pending':
    case 'held':
      return 'preliminary';
    case 'final':
      return 'final';
    case 'corrected':
      return 'corrected';
    case 'cancelled':
      return 'cancelled';
    default:
      return status satisfies never;
  }
}

/** Our statuses behind a FHIR status, for search: `status=preliminary` finds pending and held results. */
export function reportableStatusesFor(status: ObservationStatus): readonly ReportableStatus[] {
  switch (status) {
    case 'preliminary':
      return ['pending', 'held'];
    case 'final':
      return ['final'];
    case 'corrected':
      return ['corrected'];
    case 'cancelled':
      return ['cancelled'];
    case 'registered':
    case 'amended':
    case 'entered-in-error':
    case 'unknown':
      return [];
    default:
      return status satisfies never;
  }
}

/**
 * A FHIR Observation status read from outside, as ours: preliminary and registered are pending (the
 * reader cannot tell a held result), amended is a correction. entered-in-error and unknown have no
 * counterpart and are refused by the caller.
 */
export function reportableStatusFrom(status: string): ReportableStatus | undefined {
  switch (status) {
    case 'registered':
    case 'preliminary':
      return 'pending';
    case 'final':
      return 'final';
    case 'amended':
    case 'corrected':
      return 'corrected';
    case 'cancelled':
      return 'cancelled';
    default:
      return undefined;
  }
}

/** @see https://hl7.org/fhir/R4/valueset-diagnostic-report-status.html */
export type DiagnosticReportStatus =
  | 'registered'
  | 'partial'
  | 'preliminary'
  | 'final'
  | 'amended'
  | 'corrected'
  | 'appended'
  | 'cancelled'
  | 'entered-in-error'
  | 'unknown';

/**
 * A report's status from its members: registered while nothing is resulted, preliminary while nothing
 * is released, partial while some results are released and others are not, final once every member
 * is released or cancelled, corrected when a released member was corrected, cancelled when all were.
 * @see HL7 v2 OBR-25 (table 0123) and the v2-to-FHIR ConceptMap to DiagnosticReport.status
 */
export function reportStatus(
  members: readonly { readonly status?: ReportableStatus; readonly analysisStatus: AnalysisStatus }[],
): DiagnosticReportStatus {
  const states = members.map((m) => m.status ?? (m.analysisStatus === 'cancelled' ? 'cancelled' : 'open'));
  if (states.length > 0 && states.every((s) => s === 'cancelled')) return 'cancelled';
  const resulted = states.filter((s) => s !== 'open' && s !== 'cancelled');
  if (resulted.length === 0) return 'registered';
  const released = resulted.filter((s) => s === 'final' || s === 'corrected').length;
  const closed = states.filter((s) => s === 'final' || s === 'corrected' || s === 'cancelled').length;
  if (closed < states.length) return released > 0 ? 'partial' : 'preliminary';
  return states.includes('corrected') ? 'corrected' : 'final';
}
