import { sql, type Kysely } from 'kysely';

/**
 * Which outbound ORU^R01 carries each result notification (0004's `result_notifications`). A
 * notification goes into exactly one message (the primary key), and its `sent_at` is set only once
 * that message is acknowledged with AA; a retry resends the same message, so a result is never
 * reported twice as new.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table result_notification_messages (
      notification_id uuid primary key references result_notifications (id),
      journal_id bigint not null references message_journal (id)
    );
    create index result_notification_messages_journal on result_notification_messages (journal_id);
  `.execute(db);
}
