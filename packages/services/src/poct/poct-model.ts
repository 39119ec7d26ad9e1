import { LabError, type LabErrorIssue, type ResultValue } from '@aliquot/domain';
import type {
  PoctCertificationRow,
  PoctDeviceRow,
  PoctDeviceTest,
  PoctNotificationRow,
  PoctOperatorRow,
  PoctResultRow,
} from '@aliquot/storage';

/**
 * Point-of-care devices, operators, readings and the coordinator's notifications as the API shows
 * them, and the checks on what a person registers.
 * @see shared/domain/workflow.md §10 (POCT)
 */

export const PoctDeviceKind = { professional: 'professional', patient: 'patient' } as const;
export type PoctDeviceKind = (typeof PoctDeviceKind)[keyof typeof PoctDeviceKind];

export interface PoctDeviceInput {
  readonly code: string;
  /** What operators are certified for, e.g. `glucose-meter`, `blood-gas`, `inr-meter`. */
  readonly deviceType: string;
  readonly kind: PoctDeviceKind;
  readonly model: string;
  readonly serialNumber: string;
  readonly location: string;
  /** A patient's own device (kind patient): whose it is. */
  readonly patientId?: string;
  /** The HL7 sending application (MSH-3) of the data manager that reports this device's results. */
  readonly dataManager?: string;
  readonly tests: readonly PoctDeviceTest[];
  /** QC is overdue this many hours after the last passing check; no limit when absent. */
  readonly qcIntervalHours?: number;
  readonly active?: boolean;
}

export interface PoctDevice extends Required<
  Omit<PoctDeviceInput, 'patientId' | 'dataManager' | 'qcIntervalHours'>
> {
  readonly patientId: string | null;
  readonly dataManager: string | null;
  readonly qcIntervalHours: number | null;
  readonly qcStatus: 'pass' | 'fail';
  readonly qcCheckedAt: string | null;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export function toPoctDevice(row: PoctDeviceRow): PoctDevice {
  return {
    code: row.code,
    deviceType: row.device_type,
    kind: row.kind,
    model: row.model,
    serialNumber: row.serial_number,
    location: row.location,
    patientId: row.patient_id,
    dataManager: row.data_manager,
    tests: row.tests,
    qcIntervalHours: row.qc_interval_hours,
    qcStatus: row.qc_status,
    qcCheckedAt: row.qc_checked_at?.toISOString() ?? null,
    active: row.active,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at.toISOString(),
  };
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;
const OPERATOR_ID = /^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDeviceInput(input: PoctDeviceInput): void {
  const issues: LabErrorIssue[] = [];
  const need = (value: string, location: string) => {
    if (value.trim() === '') issues.push({ location, message: 'required' });
  };
  if (!CODE.test(input.code))
    issues.push({
      location: 'code',
      message: 'letters, digits and _ . -, starting with a letter or digit, 40 at most',
    });
  need(input.deviceType, 'deviceType');
  need(input.model, 'model');
  need(input.serialNumber, 'serialNumber');
  need(input.location, 'location');
  if (input.kind === 'patient' && !input.patientId)
    issues.push({ location: 'patientId', message: "a patient's own device names its patient" });
  if (input.kind === 'professional' && input.patientId)
    issues.push({
      location: 'patientId',
      message: 'only a patient device (kind patient) belongs to a patient',
    });
  if (input.tests.length === 0)
    issues.push({ location: 'tests', message: 'map at least one code the device sends to a catalog test' });
  input.tests.forEach((t, i) => {
    need(t.deviceCode, `tests[${i}].deviceCode`);
    need(t.testCode, `tests[${i}].testCode`);
  });
  if (
    input.qcIntervalHours !== undefined &&
    !(Number.isInteger(input.qcIntervalHours) && input.qcIntervalHours > 0)
  )
    issues.push({ location: 'qcIntervalHours', message: 'a whole number of hours above 0' });
  if (issues.length > 0) throw LabError.invalid('the device cannot be registered', issues);
}

export interface PoctCertification {
  readonly id: string;
  readonly deviceType: string;
  readonly certifiedOn: string;
  readonly expiresOn: string;
  readonly revokedAt: string | null;
  readonly revokedBy: string | null;
  readonly revokeReason: string | null;
  /** Current on the day asked: not revoked, on or after certifiedOn, on or before expiresOn. */
  readonly current: boolean;
}

export interface PoctOperator {
  readonly id: string;
  readonly name: string;
  readonly active: boolean;
  readonly certifications: readonly PoctCertification[];
}

/** YYYY-MM-DD of an instant, in UTC (certification dates are calendar days). */
export const dayOf = (at: Date): string => at.toISOString().slice(0, 10);

/** The rule: a certification counts on a day when it is not revoked and the day is within its dates. */
export function certificationCurrent(row: PoctCertificationRow, on: Date): boolean {
  const day = dayOf(on);
  return row.revoked_at === null && row.certified_on <= day && day <= row.expires_on;
}

export function toPoctOperator(
  row: PoctOperatorRow,
  certifications: readonly PoctCertificationRow[],
  on: Date,
): PoctOperator {
  return {
    id: row.id,
    name: row.name,
    active: row.active,
    certifications: certifications.map((c) => ({
      id: c.id,
      deviceType: c.device_type,
      certifiedOn: c.certified_on,
      expiresOn: c.expires_on,
      revokedAt: c.revoked_at?.toISOString() ?? null,
      revokedBy: c.revoked_by,
      revokeReason: c.revoke_reason,
      current: certificationCurrent(c, on),
    })),
  };
}

export function checkOperatorInput(input: { id: string; name: string }): void {
  const issues: LabErrorIssue[] = [];
  if (!OPERATOR_ID.test(input.id))
    issues.push({
      location: 'id',
      message: 'the badge or user ID the devices send: letters, digits and _ . @ -',
    });
  if (input.name.trim() === '') issues.push({ location: 'name', message: 'required' });
  if (issues.length > 0) throw LabError.invalid('the operator cannot be registered', issues);
}

export function checkCertificationInput(input: {
  deviceType: string;
  certifiedOn: string;
  expiresOn: string;
}): void {
  const issues: LabErrorIssue[] = [];
  if (input.deviceType.trim() === '') issues.push({ location: 'deviceType', message: 'required' });
  for (const key of ['certifiedOn', 'expiresOn'] as const)
    if (!DATE.test(input[key]) || Number.isNaN(Date.parse(input[key])))
      issues.push({ location: key, message: 'use the form YYYY-MM-DD' });
  if (issues.length === 0 && input.expiresOn < input.certifiedOn)
    issues.push({ location: 'expiresOn', message: 'the certification expires before it starts' });
  if (issues.length > 0) throw LabError.invalid('the certification cannot be recorded', issues);
}

/** A reading as received: taken (with the lab result it became) or refused with the reason. */
export interface PoctReadingRecord {
  readonly id: string;
  readonly deviceCode: string | null;
  readonly deviceSent: string;
  readonly operatorId: string | null;
  readonly patientId: string | null;
  readonly testCode: string | null;
  readonly codeSent: string;
  readonly value: ResultValue | null;
  readonly unit: string | null;
  readonly observedAt: string;
  readonly patientGenerated: boolean;
  readonly channel: 'fhir' | 'hl7';
  readonly outcome: 'accepted' | 'refused';
  readonly refusal: string | null;
  readonly resultId: string | null;
  readonly receivedAt: string;
  readonly receivedBy: string;
}

export function toPoctReading(row: PoctResultRow): PoctReadingRecord {
  return {
    id: row.id,
    deviceCode: row.device_code,
    deviceSent: row.device_sent,
    operatorId: row.operator_id,
    patientId: row.patient_id,
    testCode: row.test_code,
    codeSent: row.code_sent,
    value: (row.value as ResultValue | null) ?? null,
    unit: row.unit,
    observedAt: row.observed_at.toISOString(),
    patientGenerated: row.patient_generated,
    channel: row.channel,
    outcome: row.outcome,
    refusal: row.refusal,
    resultId: row.result_id,
    receivedAt: row.received_at.toISOString(),
    receivedBy: row.received_by,
  };
}

export interface PoctNotification {
  readonly id: string;
  readonly kind: PoctNotificationRow['kind'];
  readonly deviceCode: string | null;
  readonly operatorId: string | null;
  readonly readingId: string | null;
  readonly message: string;
  readonly detail: Record<string, unknown>;
  readonly createdAt: string;
  readonly acknowledgedBy: string | null;
  readonly acknowledgedAt: string | null;
}

export function toPoctNotification(row: PoctNotificationRow): PoctNotification {
  return {
    id: row.id,
    kind: row.kind,
    deviceCode: row.device_code,
    operatorId: row.operator_id,
    readingId: row.poct_result_id,
    message: row.message,
    detail: row.detail,
    createdAt: row.created_at.toISOString(),
    acknowledgedBy: row.acknowledged_by,
    acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
  };
}
