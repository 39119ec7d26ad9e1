import { sql, type Kysely } from 'kysely';

/**
 * Tells every Aliquot node when the lab's work changes, through PostgreSQL's LISTEN/NOTIFY on the
 * channel `aliquot_changes` (payload: the table's name), so screens update live on any node.
 * One notification per statement; PostgreSQL folds repeats within a transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function aliquot_notify_change() returns trigger language plpgsql as $$
    begin
      perform pg_notify('aliquot_changes', tg_table_name);
      return null;
    end $$;
  `.execute(db);
  for (const table of [
    'results',
    'specimen_events',
    'critical_calls',
    'instrument_holds',
    'qc_runs',
    'message_journal',
    'review_actions',
  ]) {
    await sql`
      create trigger ${sql.raw(`${table}_notify_change`)}
      after insert or update on ${sql.table(table)}
      for each statement execute function aliquot_notify_change()
    `.execute(db);
  }
}
