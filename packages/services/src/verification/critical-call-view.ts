import type { ResultValue } from '@aliquot/domain';
import {
  nextEscalation,
  roleAtLevel,
  timeToNotification,
  type AttemptOutcome,
  type CallChannel,
  type CriticalNotification,
  type NotifyRole,
} from '@aliquot/engines/critical';
import {
  attemptsOfCalls,
  type CriticalCallAttemptRow,
  type CriticalCallRow,
  type Tx,
} from '@aliquot/storage';
import type { VerificationSettings } from './verification-settings.js';

/** A critical call as stored, as the engine's call record, and as the bench sees it (with its clock). */

export function notificationOf(
  call: CriticalCallRow,
  attempts: readonly CriticalCallAttemptRow[],
): CriticalNotification {
  const value = call.value as ResultValue;
  return {
    resultId: call.result_id,
    patientId: call.patient_id,
    testCode: call.test_code,
    value: value.kind === 'numeric' ? value.value : Number.NaN,
    ...(call.unit === null ? {} : { unit: call.unit }),
    limitRule: {
      direction: call.direction ?? 'high',
      limit: call.limit_value ?? Number.NaN,
      source: call.limit_source ?? call.reason,
    },
    detectedAt: call.detected_at,
    attempts: attempts.map((attempt) => ({
      at: attempt.at,
      to: attempt.reached,
      ...(attempt.role === null ? {} : { role: attempt.role as NotifyRole }),
      channel: attempt.channel as CallChannel,
      outcome: attempt.outcome as AttemptOutcome,
      byUser: attempt.by_user,
    })),
    readBackConfirmed: call.read_back_confirmed,
    ...(call.notified_person === null ? {} : { notifiedPerson: call.notified_person }),
    ...(call.notified_role === null ? {} : { notifiedRole: call.notified_role as NotifyRole }),
    ...(call.completed_by === null ? {} : { byUser: call.completed_by }),
    ...(call.completed_at === null ? {} : { completedAt: call.completed_at }),
    escalationLevel: call.escalation_level,
  };
}

export interface CriticalCallView {
  readonly id: string;
  readonly resultId: string;
  readonly accessionNumber: string;
  readonly patient: { readonly id: string; readonly mrn: string; readonly name: string };
  readonly testCode: string;
  readonly value: ResultValue;
  readonly unit: string | null;
  readonly direction: 'low' | 'high' | null;
  readonly limit: number | null;
  readonly limitSource: string | null;
  readonly reason: string;
  readonly detectedAt: string;
  readonly status: CriticalCallRow['status'];
  readonly minutesOpen: number;
  readonly escalationLevel: number;
  /** Whom to call now, from the ladder. */
  readonly callNow: NotifyRole | null;
  readonly nextEscalation: {
    readonly level: number;
    readonly role: NotifyRole;
    readonly dueAt: string;
  } | null;
  readonly notifiedPerson: string | null;
  readonly notifiedRole: string | null;
  readonly readBackConfirmed: boolean;
  readonly completedBy: string | null;
  readonly completedAt: string | null;
  readonly minutesToNotification: number | null;
  readonly groupLeadId: string | null;
  readonly attempts: readonly {
    readonly at: string;
    readonly reached: string;
    readonly role: string | null;
    readonly channel: string;
    readonly outcome: string;
    readonly byUser: string;
  }[];
}

export async function callViews(
  tx: Tx,
  calls: readonly CriticalCallRow[],
  now: Date,
  settings: VerificationSettings,
): Promise<CriticalCallView[]> {
  if (calls.length === 0) return [];
  const attempts = await attemptsOfCalls(
    tx,
    calls.map((call) => call.id),
  );
  const people = await tx
    .selectFrom('specimens')
    .innerJoin('patients', 'patients.id', 'specimens.patient_id')
    .select(['specimens.id', 'specimens.accession_number', 'patients.id as patient_id', 'patients.mrn'])
    .select(['patients.family_name', 'patients.given_name'])
    .where('specimens.id', 'in', [...new Set(calls.map((call) => call.specimen_id))])
    .execute();
  const ladder = settings.escalationLadder;
  return calls.map((call) => {
    const own = attempts.filter((attempt) => attempt.call_id === call.id);
    const person = people.find((row) => row.id === call.specimen_id);
    const next = call.status === 'open' ? nextEscalation(notificationOf(call, own), now, ladder) : undefined;
    const toNotify = timeToNotification({
      detectedAt: call.detected_at,
      ...(call.completed_at ? { completedAt: call.completed_at } : {}),
    });
    return {
      id: call.id,
      resultId: call.result_id,
      accessionNumber: person?.accession_number ?? '',
      patient: {
        id: call.patient_id,
        mrn: person?.mrn ?? '',
        name: person ? `${person.family_name}, ${person.given_name}` : '',
      },
      testCode: call.test_code,
      value: call.value as ResultValue,
      unit: call.unit,
      direction: call.direction,
      limit: call.limit_value,
      limitSource: call.limit_source,
      reason: call.reason,
      detectedAt: call.detected_at.toISOString(),
      status: call.status,
      minutesOpen: Math.round(((call.completed_at ?? now).getTime() - call.detected_at.getTime()) / 60_000),
      escalationLevel: call.escalation_level,
      callNow: call.status === 'open' ? (roleAtLevel(ladder, call.escalation_level) ?? null) : null,
      nextEscalation:
        next !== undefined && (next.status === 'waiting' || next.status === 'due')
          ? { level: next.level, role: next.step.notify, dueAt: next.dueAt.toISOString() }
          : null,
      notifiedPerson: call.notified_person,
      notifiedRole: call.notified_role,
      readBackConfirmed: call.read_back_confirmed,
      completedBy: call.completed_by,
      completedAt: call.completed_at?.toISOString() ?? null,
      minutesToNotification: toNotify === undefined ? null : Math.round(toNotify * 10) / 10,
      groupLeadId: call.group_lead_id,
      attempts: own.map((attempt) => ({
        at: attempt.at.toISOString(),
        reached: attempt.reached,
        role: attempt.role,
        channel: attempt.channel,
        outcome: attempt.outcome,
        byUser: attempt.by_user,
      })),
    };
  });
}
