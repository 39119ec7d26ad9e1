import { sql } from 'kysely';
import type { Executor } from './database.js';
import type { JournalRow } from './schema.js';

/** A result notification not yet put into any message, with the specimen it belongs to. */
export interface DueNotification {
  readonly id: string;
  readonly kind: 'new' | 'correction';
  readonly result_id: string;
  readonly specimen_id: string;
  readonly created_at: Date;
}

/**
 * Notifications waiting for a message: unsent and in none yet, oldest first and a specimen's together
 * (so a batch limit splits at most one specimen), locked (others skip them) so that two nodes never
 * put one notification into two messages.
 */
export async function dueResultNotifications(db: Executor, limit: number): Promise<DueNotification[]> {
  return db
    .selectFrom('result_notifications as n')
    .innerJoin('results as r', 'r.id', 'n.result_id')
    .innerJoin('analyses as a', 'a.id', 'r.analysis_id')
    .select(['n.id', 'n.kind', 'n.result_id', 'a.specimen_id', 'n.created_at'])
    .where('n.sent_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('result_notification_messages as m')
            .select('m.journal_id')
            .whereRef('m.notification_id', '=', 'n.id'),
        ),
      ),
    )
    .orderBy('n.created_at')
    .orderBy('a.specimen_id')
    .orderBy('n.id')
    .limit(limit)
    .forUpdate('n')
    .skipLocked()
    .execute();
}

/** Everything an ORU needs to say about one result version. */
export interface ReportedResultRow {
  readonly result_id: string;
  readonly value: unknown;
  readonly unit: string | null;
  readonly flags: string[];
  readonly instrument_id: string | null;
  readonly observed_at: Date | null;
  readonly created_at: Date;
  readonly analysis_id: string;
  readonly test_code: string;
  readonly panel_code: string | null;
  readonly order_id: string;
  readonly specimen_id: string;
  readonly accession_number: string;
  readonly specimen_type: string;
  readonly container: string;
  readonly patient_id: string;
  readonly mrn: string;
  readonly family_name: string;
  readonly given_name: string;
  readonly birth_date: string;
  readonly clinical_sex: string;
  readonly order_number: string;
  readonly placer_order_number: string | null;
  readonly provider_npi: string | null;
  readonly provider_family: string | null;
  readonly provider_given: string | null;
  readonly test_loinc: string | null;
  readonly test_name: string;
  readonly definition: unknown;
  readonly panel_loinc: string | null;
  readonly panel_name: string | null;
  readonly collected_at: Date | null;
  readonly received_at: Date | null;
  readonly placer_specimen_id: string | null;
}

export async function reportedResults(
  db: Executor,
  resultIds: readonly string[],
): Promise<ReportedResultRow[]> {
  if (resultIds.length === 0) return [];
  const { rows } = await sql<ReportedResultRow>`
    select r.id as result_id, r.value, r.unit, r.flags, r.instrument_id, r.observed_at, r.created_at,
      a.id as analysis_id, a.test_code, a.panel_code, a.order_id,
      s.id as specimen_id, s.accession_number, s.specimen_type, s.container,
      p.id as patient_id, p.mrn, p.family_name, p.given_name, p.birth_date, p.clinical_sex,
      o.order_number, o.placer_order_number,
      pr.npi as provider_npi, pr.family_name as provider_family, pr.given_name as provider_given,
      t.loinc as test_loinc, t.name as test_name, t.definition,
      pn.loinc as panel_loinc, pn.name as panel_name,
      (select min(e.at) from specimen_events e where e.specimen_id = s.id and e.kind = 'collected') as collected_at,
      (select min(e.at) from specimen_events e where e.specimen_id = s.id and e.kind = 'received') as received_at,
      (select e.detail ->> 'placerSpecimenId' from specimen_events e
        where e.specimen_id = s.id and e.detail ? 'placerSpecimenId' order by e.id limit 1) as placer_specimen_id
    from results r
    join analyses a on a.id = r.analysis_id
    join specimens s on s.id = a.specimen_id
    join patients p on p.id = s.patient_id
    join orders o on o.id = a.order_id
    left join providers pr on pr.id = o.ordering_provider_id
    join test_definitions t on t.code = a.test_code
    left join panels pn on pn.code = a.panel_code
    where r.id in (${sql.join(resultIds.map((id) => sql`${id}::uuid`))})
    order by s.accession_number, a.panel_code nulls last, a.test_code`.execute(db);
  return rows;
}

/** The status of every analysis of these specimens, to tell a complete panel from a partial one. */
export async function analysisStatusesOfSpecimens(db: Executor, specimenIds: readonly string[]) {
  if (specimenIds.length === 0) return [];
  return db
    .selectFrom('analyses')
    .select(['specimen_id', 'order_id', 'test_code', 'panel_code', 'status'])
    .where('specimen_id', 'in', [...specimenIds])
    .execute();
}

/** Records which message carries each notification. */
export async function linkNotificationsToMessage(
  db: Executor,
  notificationIds: readonly string[],
  journalId: string,
): Promise<void> {
  if (notificationIds.length === 0) return;
  await db
    .insertInto('result_notification_messages')
    .values(notificationIds.map((id) => ({ notification_id: id, journal_id: journalId })))
    .execute();
}

/** After the receiver's AA: the notifications the message carried are sent. */
export async function markMessageNotificationsSent(
  db: Executor,
  journalId: string,
  at: Date,
): Promise<number> {
  const result = await db
    .updateTable('result_notifications')
    .set({ sent_at: at })
    .where('sent_at', 'is', null)
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('result_notification_messages')
        .select('notification_id')
        .where('journal_id', '=', journalId),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function notificationsOfMessage(db: Executor, journalId: string) {
  return db
    .selectFrom('result_notification_messages as m')
    .innerJoin('result_notifications as n', 'n.id', 'm.notification_id')
    .select(['n.id', 'n.kind', 'n.result_id', 'n.sent_at'])
    .where('m.journal_id', '=', journalId)
    .execute();
}

/**
 * Queued outbound messages of a connection that belongs to no instrument (the EHR's), due now,
 * locked so that two nodes never send the same one.
 */
export async function claimDueConnectionOutbound(
  db: Executor,
  connection: string,
  now: Date,
  limit: number,
): Promise<JournalRow[]> {
  return db
    .selectFrom('message_journal')
    .selectAll()
    .where('direction', '=', 'out')
    .where('state', '=', 'queued')
    .where('connection', '=', connection)
    .where('instrument_code', 'is', null)
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]))
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}
