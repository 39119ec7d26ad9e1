import type { GuardResult } from '@aliquot/domain';
import type { CriticalDirection } from './critical-limits.js';

/**
 * The record of a critical-result call: every attempt, the person reached, read-back, completion.
 * Functions here return new records; nothing is changed in place.
 * @see shared/domain/delta-and-critical.md §5 (CLIA 493.1291(g); CAP GEN.41320/.41330/.41340)
 */

export const CallChannel = {
  phone: 'phone',
  page: 'page',
  secureMessage: 'secure-message',
  inPerson: 'in-person',
} as const;
export type CallChannel = (typeof CallChannel)[keyof typeof CallChannel];

export const AttemptOutcome = {
  reached: 'reached',
  noAnswer: 'no-answer',
  busy: 'busy',
  leftMessage: 'left-message',
  wrongContact: 'wrong-contact',
} as const;
export type AttemptOutcome = (typeof AttemptOutcome)[keyof typeof AttemptOutcome];

/** Who a call goes to; the escalation ladder names these. */
export const NotifyRole = {
  orderingProvider: 'ordering-provider',
  coveringProvider: 'covering-provider',
  chargeNurse: 'charge-nurse',
  attending: 'attending',
  supervisor: 'supervisor',
  pathologist: 'pathologist',
  medicalDirector: 'medical-director',
} as const;
export type NotifyRole = (typeof NotifyRole)[keyof typeof NotifyRole];

export interface CallAttempt {
  readonly at: Date;
  /** The person or number tried. */
  readonly to: string;
  readonly role?: NotifyRole;
  readonly channel: CallChannel;
  readonly outcome: AttemptOutcome;
  /** The lab user who made the attempt. */
  readonly byUser: string;
}

/** The limit that made the result critical. */
export interface CriticalLimitRule {
  readonly direction: CriticalDirection;
  readonly limit: number;
  readonly source: string;
}

export interface CriticalNotification {
  readonly resultId: string;
  readonly patientId: string;
  readonly testCode: string;
  readonly value: number;
  readonly unit?: string;
  readonly limitRule: CriticalLimitRule;
  readonly detectedAt: Date;
  readonly attempts: readonly CallAttempt[];
  readonly notifiedPerson?: string;
  readonly notifiedRole?: NotifyRole;
  readonly readBackConfirmed: boolean;
  /** The lab user who completed the notification. */
  readonly byUser?: string;
  readonly completedAt?: Date;
  /** Index of the current step on the escalation ladder; 0 is the first person to call. */
  readonly escalationLevel: number;
}

export type OpenCall = Pick<
  CriticalNotification,
  'resultId' | 'patientId' | 'testCode' | 'value' | 'unit' | 'limitRule' | 'detectedAt'
>;

/** A new call, at the bottom of the escalation ladder, with no attempt yet. */
export function openCriticalNotification(call: OpenCall): CriticalNotification {
  return { ...call, attempts: [], readBackConfirmed: false, escalationLevel: 0 };
}

export type CallChange =
  | { readonly ok: true; readonly call: CriticalNotification }
  | { readonly ok: false; readonly reason: string };

/** An attempt can be recorded on an open call, not before the result was detected. */
export function guardAttempt(call: CriticalNotification, at: Date): GuardResult {
  if (call.completedAt !== undefined) return { ok: false, reason: 'the call is already completed' };
  if (at.getTime() < call.detectedAt.getTime()) {
    return { ok: false, reason: 'an attempt cannot precede the detection of the critical result' };
  }
  return { ok: true };
}

/** Record an unsuccessful (or not yet completed) attempt. */
export function recordAttempt(call: CriticalNotification, attempt: CallAttempt): CallChange {
  const guard = guardAttempt(call, attempt.at);
  if (!guard.ok) return guard;
  return { ok: true, call: { ...call, attempts: [...call.attempts, attempt] } };
}

export interface Completion {
  readonly at: Date;
  readonly notifiedPerson: string;
  readonly notifiedRole: NotifyRole;
  readonly channel: CallChannel;
  readonly readBackConfirmed: boolean;
  readonly byUser: string;
}

/**
 * A call is complete when a caregiver who can act was reached and read the result back: the reached
 * attempt is recorded with the completion. Read-back is required for verbal results (CAP GEN.41330).
 */
export function completeNotification(call: CriticalNotification, completion: Completion): CallChange {
  const guard = guardAttempt(call, completion.at);
  if (!guard.ok) return guard;
  if (!completion.readBackConfirmed) {
    return { ok: false, reason: 'the receiver must read the result back before the call is complete' };
  }
  if (completion.notifiedPerson.trim() === '') {
    return { ok: false, reason: 'the person notified must be named' };
  }
  const reached: CallAttempt = {
    at: completion.at,
    to: completion.notifiedPerson,
    role: completion.notifiedRole,
    channel: completion.channel,
    outcome: 'reached',
    byUser: completion.byUser,
  };
  return {
    ok: true,
    call: {
      ...call,
      attempts: [...call.attempts, reached],
      notifiedPerson: completion.notifiedPerson,
      notifiedRole: completion.notifiedRole,
      readBackConfirmed: true,
      byUser: completion.byUser,
      completedAt: completion.at,
    },
  };
}
