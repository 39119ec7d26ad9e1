import { LabError } from '@aliquot/domain';
import {
  completeNotification,
  recordAttempt,
  summarizeNotificationTimes,
  type AttemptOutcome,
  type CallChannel,
  type NotificationSummary,
  type NotifyRole,
} from '@aliquot/engines/critical';
import {
  attemptsOfCalls,
  findCriticalCall,
  insertCallAttempt,
  listCriticalCalls,
  updateCriticalCall,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { callViews, notificationOf, type CriticalCallView } from './critical-call-view.js';
import { readVerificationSettings } from './verification-settings.js';

/**
 * Working a critical-result call: attempts, the caregiver reached with read-back, the open calls with
 * their clocks and escalation level, and the reportable call log.
 * @see shared/domain/delta-and-critical.md §5 (CLIA 493.1291(g); CAP GEN.41320/.41330/.41340)
 */

/** Open calls, oldest first, with their clocks, escalation level and whom to call now. */
export async function openCriticalCallList(lab: LabContext, actor: Actor): Promise<CriticalCallView[]> {
  return runUseCase(lab, actor, 'read', async ({ tx, now }) =>
    callViews(tx, await listCriticalCalls(tx, { status: 'open' }), now, await readVerificationSettings(tx)),
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
    return (await callViews(tx, updated ? [updated] : [], now, await readVerificationSettings(tx)))[0]!;
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
      calls: await callViews(tx, calls, now, settings),
    };
  });
}
