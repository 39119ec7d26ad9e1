import { escalate, roleAtLevel } from '@aliquot/engines/critical';
import { openCriticalCalls, updateCriticalCall } from '@aliquot/storage';
import type { LabContext } from '../use-case.js';
import { runSystemTask } from './system-task.js';
import { readVerificationSettings } from './verification-settings.js';

/**
 * Escalation of unanswered critical calls along the lab's ladder (e.g. at 15 minutes the supervisor, at
 * 30 the pathologist). Each pass moves every open call up to the highest step due by `lab.now()`; rows
 * another node is escalating are skipped, so several Aliquot nodes can run the job together.
 */

export const ESCALATION_ACTOR = 'system (critical-call escalation)';

export interface EscalatedCall {
  readonly callId: string;
  readonly testCode: string;
  readonly fromLevel: number;
  readonly toLevel: number;
  readonly callNow: string | undefined;
}

export async function escalateCriticalCalls(lab: LabContext): Promise<EscalatedCall[]> {
  return runSystemTask(lab, ESCALATION_ACTOR, async ({ tx, now, audit }) => {
    const ladder = (await readVerificationSettings(tx)).escalationLadder;
    const escalated: EscalatedCall[] = [];
    for (const call of await openCriticalCalls(tx, true)) {
      const moved = escalate(
        { detectedAt: call.detected_at, escalationLevel: call.escalation_level },
        now,
        ladder,
      );
      if (moved.escalationLevel === call.escalation_level) continue;
      await updateCriticalCall(tx, call.id, { escalation_level: moved.escalationLevel, escalated_at: now });
      const callNow = roleAtLevel(ladder, moved.escalationLevel);
      audit({
        action: 'critical-call.escalate',
        entity: 'critical-call',
        entityId: call.id,
        before: { escalationLevel: call.escalation_level },
        after: {
          escalationLevel: moved.escalationLevel,
          callNow,
          minutesOpen: (now.getTime() - call.detected_at.getTime()) / 60_000,
        },
      });
      escalated.push({
        callId: call.id,
        testCode: call.test_code,
        fromLevel: call.escalation_level,
        toLevel: moved.escalationLevel,
        callNow,
      });
    }
    return escalated;
  });
}

export interface EscalationJobOptions {
  readonly intervalMs: number;
  /** Told about each escalation, e.g. to log it. */
  readonly onEscalated?: (call: EscalatedCall) => void;
  /** Told about a failed pass; the job keeps running. */
  readonly onError?: (error: unknown) => void;
}

/**
 * Runs `escalateCriticalCalls` every `intervalMs` (one pass at a time). Returns a function that stops the
 * job and waits for a pass in progress to finish.
 */
export function startCriticalCallEscalation(
  lab: LabContext,
  options: EscalationJobOptions,
): () => Promise<void> {
  let running: Promise<void> | undefined;
  const pass = (): void => {
    if (running !== undefined) return;
    running = escalateCriticalCalls(lab)
      .then((calls) => calls.forEach((call) => options.onEscalated?.(call)))
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(pass, options.intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
