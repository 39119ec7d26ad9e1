import { randomUUID } from 'node:crypto';
import type { ResultValue, TestDefinition } from '@aliquot/domain';
import {
  certificationsOfOperators,
  findPatient,
  findPatientByMrn,
  findPoctDevice,
  findPoctDeviceBySerial,
  findPoctOperator,
  findTestDefinition,
  insertPoctNotification,
  insertPoctResult,
  type PoctDeviceRow,
  type PoctNotificationKind,
  type Tx,
} from '@aliquot/storage';
import { activeHolds } from '../quality-control/instrument-hold-service.js';
import type { Actor, UnitOfWork } from '../use-case.js';
import { notifyDiscordance, type ConcordanceFinding } from './poct-concordance.js';
import { recordPoctLabResult } from './poct-lab-result.js';
import { certificationCurrent, dayOf, toPoctReading, type PoctReadingRecord } from './poct-model.js';

/**
 * Taking a point-of-care reading, from a FHIR Observation or an HL7 ORU of a data manager. The lab is
 * accountable for these results, so each is checked before it counts: a registered, active device;
 * a registered patient (a patient's own device reports for its owner only); a test the device is set
 * up for; for a professional device, an operator with a current certification for the device type
 * (lock-out) and a device whose QC passed, is not overdue and is not on hold (lock-out, as the lab's
 * analyzers are); a value in the catalog's unit. A refused reading is kept with its reason and the
 * POCT coordinator is told of lock-outs and unknown devices. A taken professional reading becomes a
 * lab result; one from a patient's device is kept as patient-generated, never as a lab result. Every
 * taken reading is compared with the central lab's results for concordance.
 * @see shared/domain/workflow.md §10 (POCT); CLSI POCT1-A2 (operator lists, device lock-out)
 */

export interface PoctReading {
  readonly channel: 'fhir' | 'hl7';
  readonly journalId?: string;
  /** The device as the reading names it: its registry code or its serial number. */
  readonly device: string;
  readonly operatorId?: string;
  readonly patient: { readonly id?: string; readonly mrn?: string };
  /** Every code sent for the test: the device's own, a LOINC, ours. */
  readonly codes: readonly string[];
  readonly value: ResultValue | undefined;
  readonly unit?: string;
  readonly observedAt: Date;
}

export interface PoctIntakeOutcome {
  readonly reading: PoctReadingRecord;
  readonly accession?: string;
  /** The FHIR Observation id (the analysis) of the lab result it became. */
  readonly analysisId?: string;
  readonly discordant: readonly ConcordanceFinding[];
  /** For a refused reading: what the coordinator was told, if anything. */
  readonly notified?: PoctNotificationKind;
}

interface Refusal {
  readonly why: string;
  readonly notify?: PoctNotificationKind;
}

/** The catalog test a device reports under one of the codes sent: its own mapping, our code or LOINC. */
async function testOf(
  tx: Tx,
  device: PoctDeviceRow,
  codes: readonly string[],
): Promise<TestDefinition | undefined> {
  for (const t of device.tests) {
    const stored = await findTestDefinition(tx, t.testCode);
    if (!stored) continue;
    const def = stored.definition;
    if (
      codes.includes(t.deviceCode) ||
      codes.includes(def.code) ||
      (def.loinc !== undefined && codes.includes(def.loinc))
    )
      return def;
  }
  return undefined;
}

/** Why an operator may not test on this device type on that day, or undefined when they may. */
async function operatorRefusal(
  tx: Tx,
  device: PoctDeviceRow,
  operatorId: string | undefined,
  at: Date,
): Promise<string | undefined> {
  if (!operatorId)
    return `the reading names no operator; ${device.device_type} results need a certified operator`;
  const operator = await findPoctOperator(tx, operatorId);
  if (!operator) return `operator ${operatorId} is not registered for point-of-care testing`;
  if (!operator.active) return `operator ${operatorId} (${operator.name}) is no longer active`;
  const certs = (await certificationsOfOperators(tx, [operatorId])).filter(
    (c) => c.device_type === device.device_type,
  );
  if (certs.some((c) => certificationCurrent(c, at))) return undefined;
  const who = `operator ${operatorId} (${operator.name})`;
  const revoked = certs.find((c) => c.revoked_at !== null && c.certified_on <= dayOf(at));
  if (revoked?.revoked_at)
    return `${who} was decertified for ${device.device_type} on ${dayOf(revoked.revoked_at)}: ${revoked.revoke_reason ?? 'no reason given'}`;
  const lapsed = certs
    .filter((c) => c.expires_on < dayOf(at))
    .map((c) => c.expires_on)
    .sort()
    .at(-1);
  if (lapsed) return `${who}'s certification for ${device.device_type} expired on ${lapsed}`;
  return `${who} is not certified for ${device.device_type}`;
}

/** Why the device is locked out for this test, or undefined. */
async function deviceRefusal(
  tx: Tx,
  device: PoctDeviceRow,
  testCode: string,
  at: Date,
): Promise<string | undefined> {
  if (device.qc_status === 'fail')
    return `device ${device.code} failed QC${device.qc_checked_at ? ` on ${device.qc_checked_at.toISOString()}` : ''}; it is locked out until a QC check passes`;
  if (device.qc_interval_hours !== null) {
    const due = device.qc_checked_at
      ? device.qc_checked_at.getTime() + device.qc_interval_hours * 3_600_000
      : undefined;
    if (due === undefined || at.getTime() > due)
      return `device ${device.code} is overdue for QC (every ${device.qc_interval_hours} h${device.qc_checked_at ? `, last ${device.qc_checked_at.toISOString()}` : ', never checked'})`;
  }
  const holds = await activeHolds(tx, device.code, testCode);
  if (holds.length > 0)
    return `device ${device.code} is on QC hold for ${testCode}: ${holds.map((h) => h.reason).join('; ')}`;
  return undefined;
}

/** Takes or refuses one reading, in the caller's transaction; see the module comment. */
export async function receivePoctReading(
  uow: UnitOfWork,
  actor: Actor,
  reading: PoctReading,
): Promise<PoctIntakeOutcome> {
  const { tx, now } = uow;
  const id = randomUUID();
  const device =
    (await findPoctDevice(tx, reading.device)) ?? (await findPoctDeviceBySerial(tx, reading.device));
  /** What is known of the reading so far, kept with it even when it is refused. */
  const known: { patientId?: string; testCode?: string } = {};
  const base = {
    id,
    device_code: device?.code ?? null,
    device_sent: reading.device,
    operator_id: reading.operatorId ?? null,
    code_sent: reading.codes.join(' '),
    value: reading.value ?? null,
    numeric_value: reading.value?.kind === 'numeric' ? reading.value.value : null,
    unit: reading.unit ?? null,
    observed_at: reading.observedAt,
    patient_generated: device?.kind === 'patient',
    channel: reading.channel,
    journal_id: reading.journalId ?? null,
    received_at: now,
    received_by: actor.username,
  };
  const refuse = async (refusal: Refusal): Promise<PoctIntakeOutcome> => {
    const row = await insertPoctResult(tx, {
      ...base,
      patient_id: known.patientId ?? null,
      test_code: known.testCode ?? null,
      outcome: 'refused',
      refusal: refusal.why,
      result_id: null,
    });
    if (refusal.notify)
      await insertPoctNotification(tx, {
        kind: refusal.notify,
        device_code: device?.code ?? null,
        operator_id: reading.operatorId ?? null,
        poct_result_id: id,
        message: `refused: ${refusal.why}`,
        detail: {
          channel: reading.channel,
          observedAt: reading.observedAt.toISOString(),
          receivedBy: actor.username,
        },
        created_at: now,
      });
    uow.audit({
      action: 'poct.reading.refuse',
      entity: 'poct_result',
      entityId: id,
      after: { refusal: refusal.why },
    });
    return {
      reading: toPoctReading(row),
      discordant: [],
      ...(refusal.notify ? { notified: refusal.notify } : {}),
    };
  };

  if (!device) return refuse({ why: `device ${reading.device} is not registered`, notify: 'unknown-source' });
  if (!device.active)
    return refuse({ why: `device ${device.code} is out of service`, notify: 'device-locked-out' });
  if (device.kind === 'patient') {
    const named =
      reading.patient.id ??
      (reading.patient.mrn ? (await findPatientByMrn(tx, reading.patient.mrn))?.id : undefined);
    if ((reading.patient.id || reading.patient.mrn) && named !== device.patient_id)
      return refuse({
        why: `device ${device.code} belongs to another patient than the one the reading names`,
      });
    if (device.patient_id) known.patientId = device.patient_id;
  } else {
    const found = reading.patient.id
      ? await findPatient(tx, reading.patient.id)
      : reading.patient.mrn
        ? await findPatientByMrn(tx, reading.patient.mrn)
        : undefined;
    if (!found)
      return refuse({
        why: `patient ${reading.patient.id ?? reading.patient.mrn ?? '(none named)'} is not registered`,
      });
    known.patientId = found.id;
  }
  const definition = await testOf(tx, device, reading.codes);
  if (!definition)
    return refuse({
      why: `device ${device.code} is not set up to report ${reading.codes.join(' / ') || '(no code)'}`,
    });
  known.testCode = definition.code;
  if (device.kind === 'professional') {
    const operator = await operatorRefusal(tx, device, reading.operatorId, reading.observedAt);
    if (operator) return refuse({ why: operator, notify: 'operator-locked-out' });
    const locked = await deviceRefusal(tx, device, definition.code, reading.observedAt);
    if (locked) return refuse({ why: locked, notify: 'device-locked-out' });
  }
  const value = reading.value;
  if (value === undefined) return refuse({ why: 'the reading holds no value' });
  if (value.kind === 'numeric' && definition.unit && reading.unit && reading.unit !== definition.unit)
    return refuse({
      why: `${definition.name} is reported in ${definition.unit}; the device sent ${reading.unit}`,
    });

  const lab =
    device.kind === 'professional' && known.patientId
      ? await recordPoctLabResult(uow, actor, {
          patientId: known.patientId,
          definition,
          device,
          operatorId: reading.operatorId ?? '',
          value,
          unit: reading.unit ?? definition.unit,
          observedAt: reading.observedAt,
          readingId: id,
        })
      : undefined;
  const row = await insertPoctResult(tx, {
    ...base,
    patient_id: known.patientId ?? null,
    test_code: definition.code,
    outcome: 'accepted',
    refusal: null,
    result_id: lab?.resultId ?? null,
  });
  uow.audit({
    action: 'poct.reading.accept',
    entity: 'poct_result',
    entityId: id,
    after: toPoctReading(row),
  });
  const discordant = await notifyDiscordance(uow, id);
  return {
    reading: toPoctReading(row),
    ...(lab ? { accession: lab.accession, analysisId: lab.analysisId } : {}),
    discordant,
  };
}
