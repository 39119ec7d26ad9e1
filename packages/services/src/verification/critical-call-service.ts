import { LabError, type ResultValue } from '@aliquot/domain';
import {
  completeNotification,
  nextEscalation,
  recordAttempt,
  roleAtLevel,
  summarizeNotificationTimes,
  timeToNotification,
  type AttemptOutcome,
  type CallChannel,
  type CriticalNotification,
  type NotificationSummary,
  type NotifyRole,
} from '@aliquot/engines/critical';
import {
  attemptsOfCalls,
  findCriticalCall,
  insertCallAttempt,
  listCriticalCalls,
  updateCriticalCall,
  type CriticalCallAttemptRow,
  type CriticalCallRow,
  type Tx,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { readVerificationSettings, type VerificationSettings } from './verification-settings.js';

/**
 * Working a critical-result call: attempts, the caregiver reached with read-back, the open calls with
 * their clocks and escalation level, and the reportable call log.
 * @see shared/domain/delta-and-critical.md §5 (CLIA 493.1291(g); CAP GEN.41320/.41330/.41340)
 */

function notificationOf(
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

async function views(
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

/** Open calls, oldest first, with their clocks, escalation level and whom to call now. */
export async function openCriticalCallList(lab: LabContext, actor: Actor): Promise<CriticalCallView[]> {
  return runUseCase(lab, actor, 'read', async ({ tx, now }) =>
    views(tx, await listCriticalCalls(tx, { status: 'open' }), now, await readVerificationSettings(tx)),
  );
}

export interface CallAttemptInput {
  /** The person or number tried. */
  readonly reached: string;
  readonly role: NotifyRole;
  readonly channel: CallChannel;
  readonly outcome: AttemptOutcome;
  /** Required to complete the call when the outcome is 'reached'. */
  readonly readBackConfirmed?: boolean;
  readonly at?: Date;
}

/**
 * Records one attempt. Reaching a caregiver who reads the result back completes the call (CAP
 * GEN.41330); reaching someone without read-back is refused, since the call would not be complete.
 */
export async function recordCallAttempt(
  lab: LabContext,
  actor: Actor,
  callId: string,
  input: CallAttemptInput,
): Promise<CriticalCallView> {
  return runUseCase(lab, actor, 'result:release', async ({ tx, now, audit }) => {
    const call = await findCriticalCall(tx, callId, true);
    if (!call) throw LabError.notFound('Critical call', callId);
    if (call.status === 'grouped') {
      throw LabError.ruleViolation(
        `this critical result was grouped with call ${call.group_lead_id}; call that one`,
      );
    }
    const at = input.at ?? now;
    if (at.getTime() > now.getTime() + 60_000) throw LabError.invalid('the attempt time is in the future');
    const notification = notificationOf(call, await attemptsOfCalls(tx, [call.id]));
    const change =
      input.outcome === 'reached'
        ? completeNotification(notification, {
            at,
            notifiedPerson: input.reached,
            notifiedRole: input.role,
            channel: input.channel,
            readBackConfirmed: input.readBackConfirmed === true,
            byUser: actor.username,
          })
        : recordAttempt(notification, {
            at,
            to: input.reached,
            role: input.role,
            channel: input.channel,
            outcome: input.outcome,
            byUser: actor.username,
          });
    if (!change.ok) throw LabError.ruleViolation(`critical call ${callId}: ${change.reason}`);
    await insertCallAttempt(tx, {
      call_id: call.id,
      at,
      reached: input.reached,
      role: input.role,
      channel: input.channel,
      outcome: input.outcome,
      by_user: actor.username,
    });
    if (change.call.completedAt !== undefined) {
      await updateCriticalCall(tx, call.id, {
        status: 'completed',
        notified_person: input.reached,
        notified_role: input.role,
        read_back_confirmed: true,
        completed_by: actor.username,
        completed_at: change.call.completedAt,
      });
    }
    audit({
      action: change.call.completedAt === undefined ? 'critical-call.attempt' : 'critical-call.complete',
      entity: 'critical-call',
      entityId: call.id,
      after: { ...input, at, by: actor.username },
    });
    const updated = await findCriticalCall(tx, call.id);
    return (await views(tx, updated ? [updated] : [], now, await readVerificationSettings(tx)))[0]!;
  });
}

export interface CriticalCallLog {
  readonly from: string | null;
  readonly to: string | null;
  readonly targetMinutes: number;
  readonly summary: NotificationSummary;
  readonly calls: readonly CriticalCallView[];
}

/** Every call detected in a period with its attempts, and time-to-notification against the target. */
export async function criticalCallLog(
  lab: LabContext,
  actor: Actor,
  period: { readonly from?: Date; readonly to?: Date } = {},
): Promise<CriticalCallLog> {
  return runUseCase(lab, actor, 'read', async ({ tx, now }) => {
    const settings = await readVerificationSettings(tx);
    const calls = await listCriticalCalls(tx, period);
    const leads = calls.filter((call) => call.status !== 'grouped');
    const target = settings.escalationLadder.targetMinutes;
    return {
      from: period.from?.toISOString() ?? null,
      to: period.to?.toISOString() ?? null,
      targetMinutes: target,
      summary: summarizeNotificationTimes(
        leads.map((call) => ({
          detectedAt: call.detected_at,
          ...(call.completed_at ? { completedAt: call.completed_at } : {}),
        })),
        target,
        now,
      ),
      calls: await views(tx, calls, now, settings),
    };
  });
}
