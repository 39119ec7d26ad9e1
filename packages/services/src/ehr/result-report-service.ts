import { buildOruR01, newControlId } from '@aliquot/codecs/hl7v2';
import type { ResultValue } from '@aliquot/domain';
import {
  analysisStatusesOfSpecimens,
  claimDueConnectionOutbound,
  commentsOfResults,
  correctionsOfResults,
  dueResultNotifications,
  findJournalEntry,
  linkNotificationsToMessage,
  markMessageNotificationsSent,
  reportedResults,
  updateJournalEntry,
  type DueNotification,
  type JournalRow,
  type Tx,
} from '@aliquot/storage';
import { journalOutbound } from '../instruments/message-journal-service.js';
import { settleOutbound, type OutboundResult } from '../instruments/outbound-queue-service.js';
import type { LabContext } from '../use-case.js';
import { buildResultReport, type EhrDestination, type ReportLine } from './result-report-builder.js';

/**
 * Results out: every released or corrected result is reported to the EHR as an ORU^R01 through the
 * outbound journal. Each notification the release wrote goes into exactly one message (one message per
 * specimen and kind), queued and sent with retries and back-off; it counts as sent only when the EHR
 * answers AA. A retry resends the same message with the same control ID, so a result is never reported
 * twice as new; a correction goes out as a correction (OBX-11 C, OBR-25 C).
 * @see HL7 v2.5.1 chapter 7.3.1 ORU^R01; shared/domain/workflow.md §8
 */

/** The journal connection of the messages to the EHR. */
export const EHR_CONNECTION = 'ehr';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function linesOf(tx: Tx, due: readonly DueNotification[]): Promise<ReportLine[]> {
  const ids = due.map((n) => n.result_id);
  const [rows, comments, corrections] = await Promise.all([
    reportedResults(tx, ids),
    commentsOfResults(tx, ids),
    correctionsOfResults(tx, ids),
  ]);
  const replaced = corrections.filter((c) => ids.includes(c.result_id));
  const previous =
    replaced.length === 0
      ? []
      : await tx
          .selectFrom('results')
          .select(['id', 'value', 'unit'])
          .where(
            'id',
            'in',
            replaced.map((c) => c.corrects_result_id),
          )
          .execute();
  const kindOf = new Map(due.map((n) => [n.result_id, n.kind]));
  return rows.map((row) => {
    const correction = replaced.find((c) => c.result_id === row.result_id);
    const before = correction && previous.find((p) => p.id === correction.corrects_result_id);
    return {
      row,
      correction: kindOf.get(row.result_id) === 'correction',
      comments: comments
        .filter((c) => c.result_id === row.result_id && c.retracted_at === null)
        .map((c) => c.text),
      ...(correction && before
        ? { replaces: { value: before.value as ResultValue, unit: before.unit, reason: correction.reason } }
        : {}),
    };
  });
}

/**
 * Puts the notifications waiting into ORU messages, queued for the EHR, in one transaction (the
 * notifications are locked, so two nodes never report one twice). Returns the queued journal entries.
 */
export async function queueResultReports(
  lab: LabContext,
  destination: EhrDestination,
  limit = 200,
): Promise<JournalRow[]> {
  return lab.db.transaction().execute(async (tx) => {
    const due = await dueResultNotifications(tx, limit);
    if (due.length === 0) return [];
    const now = lab.now();
    const lines = await linesOf(tx, due);
    const statuses = await analysisStatusesOfSpecimens(tx, [...new Set(due.map((n) => n.specimen_id))]);
    const complete = (orderId: string, panelCode: string | null, testCode: string) =>
      statuses
        .filter(
          (a) =>
            a.order_id === orderId &&
            (panelCode === null ? a.test_code === testCode : a.panel_code === panelCode),
        )
        .every((a) => a.status === 'released' || a.status === 'cancelled');
    const groups = new Map<string, DueNotification[]>();
    for (const n of due)
      groups.set(`${n.specimen_id}|${n.kind}`, [...(groups.get(`${n.specimen_id}|${n.kind}`) ?? []), n]);
    const queued: JournalRow[] = [];
    for (const group of groups.values()) {
      const results = new Set(group.map((n) => n.result_id));
      const controlId = newControlId(now);
      const report = buildResultReport(
        lines.filter((l) => results.has(l.row.result_id)),
        destination,
        { controlId, at: now },
        complete,
      );
      const entry = await journalOutbound(
        tx,
        {
          connection: EHR_CONNECTION,
          instrumentCode: null,
          protocol: 'hl7',
          messageType: 'ORU^R01',
          raw: utf8(buildOruR01(report).toString()),
          controlId,
          state: 'queued',
        },
        now,
      );
      await linkNotificationsToMessage(
        tx,
        group.map((n) => n.id),
        entry.id,
      );
      queued.push(entry);
    }
    return queued;
  });
}

/** Takes the EHR's messages that are due, marking each sent with one more attempt (others skip them). */
export async function claimEhrMessages(lab: LabContext, limit = 20): Promise<JournalRow[]> {
  return lab.db.transaction().execute(async (tx) => {
    const now = lab.now();
    const due = await claimDueConnectionOutbound(tx, EHR_CONNECTION, now, limit);
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

/**
 * Records how sending a result message ended: on AA the message is acknowledged and its
 * notifications sent, together; otherwise the outbound queue's rule (retry with back-off while the
 * EHR cannot be reached, failed when it refused the message or after the last attempt).
 */
export async function settleEhrMessage(
  lab: LabContext,
  id: string,
  result: OutboundResult,
): Promise<JournalRow | undefined> {
  if (!result.ok) return settleOutbound(lab, id, result);
  return lab.db.transaction().execute(async (tx) => {
    const row = await findJournalEntry(tx, id, true);
    if (!row || row.direction !== 'out') return row;
    const acknowledged = await updateJournalEntry(tx, id, { state: 'acknowledged', error: null });
    await markMessageNotificationsSent(tx, id, lab.now());
    return acknowledged;
  });
}
