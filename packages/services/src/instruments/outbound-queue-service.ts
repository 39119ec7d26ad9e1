import {
  claimDueOutbound,
  findJournalEntry,
  requeueUnansweredOutbound,
  updateJournalEntry,
  type JournalRow,
} from '@aliquot/storage';
import type { LabContext } from '../use-case.js';

/** Sends of one queued message before it is given up and marked failed. */
export const MAX_OUTBOUND_ATTEMPTS = 8;

/** Wait before attempt n+1: 2 s, 4 s, 8 s … up to 5 minutes. */
export function outboundBackoffMs(attempts: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, attempts - 1), 300_000);
}

/**
 * Takes the queued messages that are due for instruments whose link is up, marking each `sent` with
 * one more attempt, in one transaction (rows another node holds are skipped).
 */
export async function claimOutbound(
  lab: LabContext,
  instrumentCodes: readonly string[],
  limit = 20,
): Promise<JournalRow[]> {
  return lab.db.transaction().execute(async (tx) => {
    const now = lab.now();
    const due = await claimDueOutbound(tx, instrumentCodes, now, limit);
    const claimed: JournalRow[] = [];
    for (const row of due)
      claimed.push(
        await updateJournalEntry(tx, row.id, {
          state: 'sent',
          attempts: row.attempts + 1,
          sent_at: now,
          next_attempt_at: null,
        }),
      );
    return claimed;
  });
}

/** How a send ended. `retry` false means the receiver refused the message itself (it would refuse again). */
export type OutboundResult =
  { readonly ok: true } | { readonly ok: false; readonly error: string; readonly retry: boolean };

/**
 * Records how a send ended: acknowledged; queued again after a back-off; or failed, with the error,
 * once refused or out of attempts. A reply sent at once (no queue) ends acknowledged or failed.
 */
export async function settleOutbound(
  lab: LabContext,
  id: string,
  result: OutboundResult,
): Promise<JournalRow | undefined> {
  return lab.db.transaction().execute(async (tx) => {
    const row = await findJournalEntry(tx, id, true);
    if (!row || row.direction !== 'out') return row;
    const now = lab.now();
    if (result.ok) return updateJournalEntry(tx, id, { state: 'acknowledged', error: null });
    const queued = row.reply_to === null;
    if (queued && result.retry && row.attempts < MAX_OUTBOUND_ATTEMPTS) {
      return updateJournalEntry(tx, id, {
        state: 'queued',
        error: result.error,
        next_attempt_at: new Date(now.getTime() + outboundBackoffMs(row.attempts)),
      });
    }
    const why =
      queued && result.retry ? `gave up after ${row.attempts} attempts: ${result.error}` : result.error;
    return updateJournalEntry(tx, id, { state: 'failed', error: why });
  });
}

/**
 * At start: messages left `sent` without an answer by a stopped server go back to the queue, so a
 * send interrupted by a crash is tried again rather than lost.
 */
export async function recoverOutbound(lab: LabContext, olderThanMs = 0): Promise<number> {
  return requeueUnansweredOutbound(lab.db, new Date(lab.now().getTime() - olderThanMs));
}
