import { LabError, rolesGrant } from '@aliquot/domain';
import {
  acknowledgePoctNotification,
  certificationsOfOperators,
  findPatient,
  findPoctDevice,
  findPoctOperator,
  findTestDefinition,
  insertPoctCertification,
  listPoctDevices,
  listPoctNotifications,
  listPoctOperators,
  listPoctResults,
  revokePoctCertification,
  savePoctDevice,
  savePoctOperator,
  updatePoctDevice,
  type PoctResultFilter,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import {
  checkCertificationInput,
  checkDeviceInput,
  checkOperatorInput,
  toPoctDevice,
  toPoctNotification,
  toPoctOperator,
  toPoctReading,
  type PoctCertification,
  type PoctDevice,
  type PoctDeviceInput,
  type PoctNotification,
  type PoctOperator,
  type PoctReadingRecord,
} from './poct-model.js';

/**
 * The POCT coordinator's registry: devices with their QC state, operators with their certifications
 * per device type; and what they watch: the readings received and the notifications.
 * Changes need `instrument:write` (supervisors, the coordinator); reading needs `read`.
 */

export async function registerPoctDevice(
  lab: LabContext,
  actor: Actor,
  input: PoctDeviceInput,
): Promise<PoctDevice> {
  checkDeviceInput(input);
  return runUseCase(lab, actor, 'instrument:write', async ({ tx, now, audit }) => {
    if (input.patientId && !(await findPatient(tx, input.patientId)))
      throw LabError.invalid('the device cannot be registered', [
        { location: 'patientId', message: `patient ${input.patientId} does not exist` },
      ]);
    for (const [i, t] of input.tests.entries())
      if (!(await findTestDefinition(tx, t.testCode)))
        throw LabError.invalid('the device cannot be registered', [
          { location: `tests[${i}].testCode`, message: `${t.testCode} is not a catalog test` },
        ]);
    const before = await findPoctDevice(tx, input.code, true);
    const row = await savePoctDevice(tx, {
      code: input.code,
      device_type: input.deviceType,
      kind: input.kind,
      model: input.model,
      serial_number: input.serialNumber,
      location: input.location,
      patient_id: input.patientId ?? null,
      data_manager: input.dataManager ?? null,
      tests: [...input.tests],
      qc_interval_hours: input.qcIntervalHours ?? null,
      active: input.active ?? true,
      updated_by: actor.username,
      updated_at: now,
    });
    const device = toPoctDevice(row);
    audit({
      action: before ? 'poct.device.update' : 'poct.device.register',
      entity: 'poct_device',
      entityId: row.code,
      before: before ?? null,
      after: device,
    });
    return device;
  });
}

export async function listPoctDeviceRegistry(lab: LabContext, actor: Actor): Promise<PoctDevice[]> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => (await listPoctDevices(tx)).map(toPoctDevice));
}

export async function getPoctDevice(lab: LabContext, actor: Actor, code: string): Promise<PoctDevice> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const row = await findPoctDevice(tx, code);
    if (!row) throw LabError.notFound('POCT device', code);
    return toPoctDevice(row);
  });
}

/**
 * Records a device's QC check (the operator's liquid control or electronic check): a fail locks the
 * device out until a check passes. Bench staff (`qc:write`) and POCT operators (`poct:test`) may.
 */
export async function recordPoctDeviceQc(
  lab: LabContext,
  actor: Actor,
  code: string,
  check: { readonly outcome: 'pass' | 'fail'; readonly comment?: string },
): Promise<PoctDevice> {
  const permission = rolesGrant(actor.roles, 'qc:write') ? 'qc:write' : 'poct:test';
  return runUseCase(lab, actor, permission, async ({ tx, now, audit }) => {
    const before = await findPoctDevice(tx, code, true);
    if (!before) throw LabError.notFound('POCT device', code);
    const row = await updatePoctDevice(tx, code, { qc_status: check.outcome, qc_checked_at: now });
    audit({
      action: 'poct.device.qc',
      entity: 'poct_device',
      entityId: code,
      before: { qcStatus: before.qc_status, qcCheckedAt: before.qc_checked_at },
      after: {
        qcStatus: check.outcome,
        qcCheckedAt: now,
        ...(check.comment ? { comment: check.comment } : {}),
      },
    });
    return toPoctDevice(row);
  });
}

export async function savePoctOperatorRecord(
  lab: LabContext,
  actor: Actor,
  input: { readonly id: string; readonly name: string; readonly active?: boolean },
): Promise<PoctOperator> {
  checkOperatorInput(input);
  return runUseCase(lab, actor, 'instrument:write', async ({ tx, now, audit }) => {
    const before = await findPoctOperator(tx, input.id);
    const row = await savePoctOperator(tx, {
      id: input.id,
      name: input.name,
      active: input.active ?? true,
      updated_by: actor.username,
      updated_at: now,
    });
    audit({
      action: before ? 'poct.operator.update' : 'poct.operator.register',
      entity: 'poct_operator',
      entityId: row.id,
      before: before ?? null,
      after: row,
    });
    return toPoctOperator(row, await certificationsOfOperators(tx, [row.id]), now);
  });
}

export async function listPoctOperatorRegistry(lab: LabContext, actor: Actor): Promise<PoctOperator[]> {
  return runUseCase(lab, actor, 'read', async ({ tx, now }) => {
    const rows = await listPoctOperators(tx);
    const certifications = await certificationsOfOperators(
      tx,
      rows.map((r) => r.id),
    );
    return rows.map((r) =>
      toPoctOperator(
        r,
        certifications.filter((c) => c.operator_id === r.id),
        now,
      ),
    );
  });
}

export async function certifyPoctOperator(
  lab: LabContext,
  actor: Actor,
  operatorId: string,
  input: { readonly deviceType: string; readonly certifiedOn: string; readonly expiresOn: string },
): Promise<PoctCertification> {
  checkCertificationInput(input);
  return runUseCase(lab, actor, 'instrument:write', async ({ tx, now, audit }) => {
    const operator = await findPoctOperator(tx, operatorId);
    if (!operator) throw LabError.notFound('POCT operator', operatorId);
    const row = await insertPoctCertification(tx, {
      operator_id: operatorId,
      device_type: input.deviceType,
      certified_on: input.certifiedOn,
      expires_on: input.expiresOn,
      revoked_at: null,
      revoked_by: null,
      revoke_reason: null,
      recorded_by: actor.username,
      recorded_at: now,
    });
    audit({ action: 'poct.certification.add', entity: 'poct_operator', entityId: operatorId, after: row });
    const [certification] = toPoctOperator(operator, [row], now).certifications;
    if (!certification) throw LabError.notFound('POCT certification', row.id);
    return certification;
  });
}

/** Decertifies an operator for a device type at once (failed competency, misuse): they are locked out. */
export async function revokePoctCertificationRecord(
  lab: LabContext,
  actor: Actor,
  operatorId: string,
  certificationId: string,
  reason: string,
): Promise<PoctOperator> {
  if (reason.trim() === '')
    throw LabError.invalid('a revocation needs a reason', [{ location: 'reason', message: 'required' }]);
  return runUseCase(lab, actor, 'instrument:write', async ({ tx, now, audit }) => {
    const operator = await findPoctOperator(tx, operatorId);
    if (!operator) throw LabError.notFound('POCT operator', operatorId);
    const row = await revokePoctCertification(tx, certificationId, actor.username, now, reason);
    if (!row || row.operator_id !== operatorId)
      throw LabError.notFound('Current certification', `${certificationId} of ${operatorId}`);
    audit({
      action: 'poct.certification.revoke',
      entity: 'poct_operator',
      entityId: operatorId,
      after: { certificationId, reason },
    });
    return toPoctOperator(operator, await certificationsOfOperators(tx, [operatorId]), now);
  });
}

export async function listPoctReadings(
  lab: LabContext,
  actor: Actor,
  filter: PoctResultFilter,
): Promise<{ items: PoctReadingRecord[]; total: number }> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const { rows, total } = await listPoctResults(tx, filter);
    return { items: rows.map(toPoctReading), total };
  });
}

export async function listPoctNotificationQueue(
  lab: LabContext,
  actor: Actor,
  filter: { readonly openOnly: boolean; readonly limit: number; readonly offset: number },
): Promise<{ items: PoctNotification[]; total: number }> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const { rows, total } = await listPoctNotifications(tx, filter);
    return { items: rows.map(toPoctNotification), total };
  });
}

export async function acknowledgePoctNotificationRecord(
  lab: LabContext,
  actor: Actor,
  id: string,
): Promise<PoctNotification> {
  return runUseCase(lab, actor, 'instrument:write', async ({ tx, now, audit }) => {
    const row = await acknowledgePoctNotification(tx, id, actor.username, now);
    if (!row) throw LabError.notFound('Open POCT notification', id);
    audit({
      action: 'poct.notification.acknowledge',
      entity: 'poct_notification',
      entityId: id,
      after: { acknowledgedAt: now },
    });
    return toPoctNotification(row);
  });
}
