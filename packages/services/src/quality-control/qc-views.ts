import type { QcDecision, WestgardViolation } from '@aliquot/engines/qc';
import type {
  ControlLotRow,
  ControlMaterialRow,
  CorrectiveActionRow,
  HoldSource,
  InstrumentHoldRow,
  LookBackRow,
  QcObservationRow,
  QcRunRow,
  QcTargetRow,
} from '@aliquot/storage';

/** What the quality-control use cases return: plain data with ISO date-times, ready for JSON. */

export interface ControlMaterial {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly manufacturer: string | null;
}

export interface ControlLot {
  readonly id: string;
  readonly materialId: string;
  readonly level: string;
  readonly lotNumber: string;
  /** YYYY-MM-DD, the last day the lot may be used. */
  readonly expiresOn: string;
  /** The specimen ID / barcode instruments report for this lot's tubes. */
  readonly specimenId: string | null;
  readonly active: boolean;
}

export type TargetSource = QcTargetRow['source'];

export interface QcTarget {
  readonly id: string;
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly lotId: string;
  readonly mean: number;
  readonly sd: number;
  readonly cvPercent: number;
  readonly source: TargetSource;
  /** How many values an established or cumulative target was computed from. */
  readonly establishedFrom: number | null;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
}

export interface QcObservationView {
  readonly id: string;
  readonly lotId: string;
  readonly level: string;
  readonly value: number;
  readonly unit: string | null;
  readonly targetMean: number;
  readonly targetSd: number;
  readonly z: number;
  readonly status: QcObservationRow['status'];
  readonly measuredAt: string;
  /** The person who entered it, or null when an instrument sent it. */
  readonly enteredBy: string | null;
  readonly fromInstrument: string | null;
}

/** A violation with the sentence a lab person reads. */
export interface ViolationView extends WestgardViolation {
  readonly sentence: string;
}

export interface QcRunView {
  readonly id: string;
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly source: QcRunRow['source'];
  readonly decision: QcDecision;
  readonly rules: readonly string[];
  readonly violations: readonly ViolationView[];
  readonly measuredAt: string;
  readonly enteredBy: string;
  readonly comment: string | null;
  readonly observations: readonly QcObservationView[];
}

export interface CorrectiveAction {
  readonly id: string;
  readonly cause: string;
  readonly action: string;
  readonly performedBy: string;
  readonly performedAt: string;
  readonly recordedBy: string;
}

/** A hold on one instrument × test: autoverification holds that test's new results from that instrument. */
export interface InstrumentHold {
  readonly id: string;
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly source: HoldSource;
  readonly reason: string;
  readonly heldSince: string;
  readonly qcRunId: string | null;
  readonly pbrtqcAlarmId: string | null;
  /** Start of the look-back window: the last accepted QC before the hold, or null when there was none. */
  readonly lookBackFrom: string | null;
  readonly placedBy: string;
  readonly liftedAt: string | null;
  readonly liftedBy: string | null;
  readonly liftKind: InstrumentHoldRow['lift_kind'];
  readonly liftingQcRunId: string | null;
  readonly overrideReason: string | null;
  readonly correctiveActions: readonly CorrectiveAction[];
}

/** A released patient result to evaluate for impact after a QC failure (42 CFR 493.1282(b)(2)). */
export interface LookBackEntry {
  readonly resultId: string;
  readonly analysisId: string;
  readonly version: number;
  readonly testCode: string;
  readonly value: unknown;
  readonly numericValue: number | null;
  readonly unit: string | null;
  readonly status: string;
  readonly flags: readonly string[];
  readonly releasedAt: string;
  readonly accessionNumber: string;
  readonly patient: {
    readonly id: string;
    readonly mrn: string;
    readonly familyName: string;
    readonly givenName: string;
  };
}

const iso = (date: Date): string => date.toISOString();
const isoOrNull = (date: Date | null): string | null => (date === null ? null : date.toISOString());

export function toControlMaterial(row: ControlMaterialRow): ControlMaterial {
  return { id: row.id, code: row.code, name: row.name, manufacturer: row.manufacturer };
}

export function toControlLot(row: ControlLotRow): ControlLot {
  return {
    id: row.id,
    materialId: row.material_id,
    level: row.level,
    lotNumber: row.lot_number,
    expiresOn: row.expires_on,
    specimenId: row.specimen_id,
    active: row.active,
  };
}

export function toQcTarget(row: QcTargetRow): QcTarget {
  return {
    id: row.id,
    instrumentCode: row.instrument_code,
    testCode: row.test_code,
    lotId: row.lot_id,
    mean: row.mean,
    sd: row.sd,
    cvPercent: row.mean === 0 ? Number.NaN : (row.sd / Math.abs(row.mean)) * 100,
    source: row.source,
    establishedFrom: row.established_from,
    effectiveFrom: iso(row.effective_from),
    effectiveTo: isoOrNull(row.effective_to),
  };
}

export function toObservationView(row: QcObservationRow): QcObservationView {
  return {
    id: row.id,
    lotId: row.lot_id,
    level: row.level,
    value: row.value,
    unit: row.unit,
    targetMean: row.target_mean,
    targetSd: row.target_sd,
    z: row.z,
    status: row.status,
    measuredAt: iso(row.measured_at),
    enteredBy: row.entered_by,
    fromInstrument: row.from_instrument,
  };
}

export function toRunView(row: QcRunRow, observations: readonly QcObservationRow[]): QcRunView {
  return {
    id: row.id,
    instrumentCode: row.instrument_code,
    testCode: row.test_code,
    source: row.source,
    decision: row.decision,
    rules: row.rules,
    violations: row.violations as ViolationView[],
    measuredAt: iso(row.measured_at),
    enteredBy: row.entered_by,
    comment: row.comment,
    observations: observations.map(toObservationView),
  };
}

export function toCorrectiveAction(row: CorrectiveActionRow): CorrectiveAction {
  return {
    id: row.id,
    cause: row.cause,
    action: row.action,
    performedBy: row.performed_by,
    performedAt: iso(row.performed_at),
    recordedBy: row.recorded_by,
  };
}

export function toInstrumentHold(
  row: InstrumentHoldRow,
  actions: readonly CorrectiveActionRow[] = [],
): InstrumentHold {
  return {
    id: row.id,
    instrumentCode: row.instrument_code,
    testCode: row.test_code,
    source: row.source,
    reason: row.reason,
    heldSince: iso(row.held_since),
    qcRunId: row.qc_run_id,
    pbrtqcAlarmId: row.pbrtqc_alarm_id,
    lookBackFrom: isoOrNull(row.look_back_from),
    placedBy: row.placed_by,
    liftedAt: isoOrNull(row.lifted_at),
    liftedBy: row.lifted_by,
    liftKind: row.lift_kind,
    liftingQcRunId: row.lifting_qc_run_id,
    overrideReason: row.override_reason,
    correctiveActions: actions.filter((action) => action.hold_id === row.id).map(toCorrectiveAction),
  };
}

export function toLookBackEntry(row: LookBackRow): LookBackEntry {
  return {
    resultId: row.result_id,
    analysisId: row.analysis_id,
    version: row.version,
    testCode: row.test_code,
    value: row.value,
    numericValue: row.numeric_value,
    unit: row.unit,
    status: row.status,
    flags: row.flags,
    releasedAt: iso(row.created_at),
    accessionNumber: row.accession_number,
    patient: {
      id: row.patient_id,
      mrn: row.mrn,
      familyName: row.family_name,
      givenName: row.given_name,
    },
  };
}
