import type { GuardResult } from '@aliquot/domain';
import type { CriticalNotification, NotifyRole } from './critical-notification.js';

/**
 * The escalation ladder, as data: whom to call, and how long after detection a call still open moves
 * up to the next person. Each lab configures its own.
 * @see shared/domain/delta-and-critical.md §5 (fallback path; e.g. 15 min per failed step)
 */

export interface EscalationStep {
  /** Minutes after detection at which this step is due. The first step is due at once (0). */
  readonly afterMinutes: number;
  readonly notify: NotifyRole;
}

export interface EscalationLadder {
  readonly steps: readonly EscalationStep[];
  /** The lab's target for detection → successful notification, in minutes. */
  readonly targetMinutes: number;
}

/** Call the ordering provider; at 15 minutes the lab supervisor; at 30 minutes the pathologist. */
export const defaultEscalationLadder: EscalationLadder = Object.freeze({
  targetMinutes: 30,
  steps: Object.freeze([
    Object.freeze({ afterMinutes: 0, notify: 'ordering-provider' }),
    Object.freeze({ afterMinutes: 15, notify: 'supervisor' }),
    Object.freeze({ afterMinutes: 30, notify: 'pathologist' }),
  ]),
} as const);

/** A ladder starts at minute 0 and each step comes strictly later than the one before. */
export function guardLadder(ladder: EscalationLadder): GuardResult {
  const first = ladder.steps[0];
  if (first === undefined) return { ok: false, reason: 'an escalation ladder needs at least one step' };
  if (first.afterMinutes !== 0)
    return { ok: false, reason: 'the first step must be due at once (0 minutes)' };
  for (let index = 1; index < ladder.steps.length; index++) {
    const before = ladder.steps[index - 1];
    const step = ladder.steps[index];
    if (before !== undefined && step !== undefined && step.afterMinutes <= before.afterMinutes) {
      return { ok: false, reason: `step ${index + 1} must come later than step ${index}` };
    }
  }
  if (!(ladder.targetMinutes > 0))
    return { ok: false, reason: 'the target must be a positive number of minutes' };
  return { ok: true };
}

export type EscalationState =
  | { readonly status: 'completed'; readonly completedAt: Date }
  | {
      readonly status: 'waiting';
      readonly level: number;
      readonly step: EscalationStep;
      readonly dueAt: Date;
      readonly minutesRemaining: number;
    }
  | {
      readonly status: 'due';
      readonly level: number;
      readonly step: EscalationStep;
      readonly dueAt: Date;
      readonly minutesOverdue: number;
    }
  | { readonly status: 'exhausted'; readonly level: number; readonly minutesOpen: number };

const MINUTE = 60_000;

/**
 * The next step of an open call: the step above its current level, and whether it is due yet. A call at
 * the top of the ladder that is still open is 'exhausted' (the lab director's policy applies).
 */
export function nextEscalation(
  call: Pick<CriticalNotification, 'detectedAt' | 'completedAt' | 'escalationLevel'>,
  now: Date,
  ladder: EscalationLadder = defaultEscalationLadder,
): EscalationState {
  if (call.completedAt !== undefined) return { status: 'completed', completedAt: call.completedAt };
  const level = call.escalationLevel + 1;
  const step = ladder.steps[level];
  const minutesOpen = (now.getTime() - call.detectedAt.getTime()) / MINUTE;
  if (step === undefined) return { status: 'exhausted', level: call.escalationLevel, minutesOpen };
  const dueAt = new Date(call.detectedAt.getTime() + step.afterMinutes * MINUTE);
  const minutes = (now.getTime() - dueAt.getTime()) / MINUTE;
  return minutes >= 0
    ? { status: 'due', level, step, dueAt, minutesOverdue: minutes }
    : { status: 'waiting', level, step, dueAt, minutesRemaining: -minutes };
}

/**
 * Move an open call up to the highest step due by `now` (several steps at once when it was left
 * unattended). A completed call, or one with nothing due, is returned unchanged.
 */
export function escalate<
  C extends Pick<CriticalNotification, 'detectedAt' | 'completedAt' | 'escalationLevel'>,
>(call: C, now: Date, ladder: EscalationLadder = defaultEscalationLadder): C {
  if (call.completedAt !== undefined) return call;
  const minutesOpen = (now.getTime() - call.detectedAt.getTime()) / MINUTE;
  let level = call.escalationLevel;
  ladder.steps.forEach((step, index) => {
    if (index > level && step.afterMinutes <= minutesOpen) level = index;
  });
  return level === call.escalationLevel ? call : { ...call, escalationLevel: level };
}

/** The role to call at a level of the ladder. */
export function roleAtLevel(ladder: EscalationLadder, level: number): NotifyRole | undefined {
  return ladder.steps[level]?.notify;
}
