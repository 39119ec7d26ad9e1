import type { CallTask } from '@aliquot/engines/autoverification';
import { duplicateOf, type CriticalAlert } from '@aliquot/engines/critical';
import type { ResultValue } from '@aliquot/domain';
import {
  insertCriticalCall,
  insertReviewAction,
  recentCriticalCalls,
  type CriticalCallRow,
  type ResultRow,
  type SpecimenRow,
  type Tx,
} from '@aliquot/storage';
import type { UnitOfWork } from '../use-case.js';
import type { VerificationSettings } from './verification-settings.js';

/**
 * Opening a critical-result call when a rule asks for one. The clock starts at detection. A repeat for
 * the same patient, analyte and direction within the grouping window joins the earlier call (alert
 * fatigue) instead of opening another.
 * @see shared/domain/delta-and-critical.md §5
 */

const MINUTE = 60_000;

const numeric = (value: unknown): number | undefined => {
  const v = value as ResultValue;
  return v.kind === 'numeric' ? v.value : undefined;
};

function alertOf(
  call: Pick<CriticalCallRow, 'id' | 'patient_id' | 'test_code' | 'direction' | 'value' | 'detected_at'>,
) {
  if (call.direction === null) return undefined;
  const value = numeric(call.value);
  if (value === undefined) return undefined;
  const alert: CriticalAlert = {
    id: call.id,
    patientId: call.patient_id,
    testCode: call.test_code,
    direction: call.direction,
    value,
    at: call.detected_at,
  };
  return alert;
}

async function groupLead(
  tx: Tx,
  candidate: CriticalAlert,
  windowMinutes: number,
): Promise<CriticalCallRow | undefined> {
  if (windowMinutes <= 0) return undefined;
  const earlier = await recentCriticalCalls(
    tx,
    candidate.patientId,
    candidate.testCode,
    new Date(candidate.at.getTime() - windowMinutes * MINUTE),
  );
  const alerts = earlier.map(alertOf).filter((alert) => alert !== undefined);
  const lead = duplicateOf(candidate, alerts, windowMinutes);
  if (lead === undefined) return undefined;
  const row = earlier.find((call) => call.id === lead.id);
  return row?.group_lead_id ? earlier.find((call) => call.id === row.group_lead_id) : row;
}

export async function openCriticalCall(
  uow: UnitOfWork,
  input: {
    readonly task: CallTask;
    readonly result: ResultRow;
    readonly specimen: SpecimenRow;
    readonly settings: VerificationSettings;
  },
): Promise<CriticalCallRow> {
  const { tx, now, audit } = uow;
  const { task, result, specimen, settings } = input;
  const critical = task.critical;
  const value = numeric(task.value);
  const lead =
    critical !== undefined && value !== undefined
      ? await groupLead(
          tx,
          {
            id: result.id,
            patientId: specimen.patient_id,
            testCode: task.testCode,
            direction: critical.direction,
            value,
            at: task.detectedAt,
          },
          settings.criticalGroupingMinutes,
        )
      : undefined;
  const call = await insertCriticalCall(tx, {
    result_id: result.id,
    patient_id: specimen.patient_id,
    specimen_id: specimen.id,
    test_code: task.testCode,
    value: task.value,
    unit: task.unit ?? null,
    direction: critical?.direction ?? null,
    limit_value: critical?.limit ?? null,
    limit_source: critical?.source ?? null,
    reason: task.sentence,
    detected_at: task.detectedAt,
    status: lead === undefined ? 'open' : 'grouped',
    escalated_at: null,
    notified_person: null,
    notified_role: null,
    completed_by: null,
    completed_at: null,
    group_lead_id: lead?.id ?? null,
  });
  await insertReviewAction(tx, {
    result_id: result.id,
    specimen_id: specimen.id,
    kind: 'notify-critical',
    by_engine: true,
    performed_by: 'engine',
    at: now,
    reason:
      lead === undefined
        ? task.sentence
        : `repeat of the critical ${task.testCode} called at ${lead.detected_at.toISOString()}: grouped with that call`,
    detail: { callId: call.id, ruleId: task.ruleId, ...(lead ? { groupedWith: lead.id } : {}) },
    undoes: null,
  });
  audit({
    action: lead === undefined ? 'critical-call.open' : 'critical-call.group',
    entity: 'critical-call',
    entityId: call.id,
    after: {
      resultId: result.id,
      testCode: task.testCode,
      value: task.value,
      reason: task.sentence,
      lead: lead?.id,
    },
  });
  return call;
}
