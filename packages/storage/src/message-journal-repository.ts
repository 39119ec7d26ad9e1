import { sql } from 'kysely';
import type { Executor } from './database.js';
import type {
  JournalDirection,
  JournalRow,
  JournalState,
  MessageJournalTable,
  NewJournalRow,
} from './schema.js';
import type { Updateable } from 'kysely';

/** What a journal listing may be narrowed to. */
export interface JournalFilter {
  readonly connection?: string;
  readonly state?: JournalState;
  readonly direction?: JournalDirection;
  readonly instrumentCode?: string;
}

/**
 * Writes a journal row unless one with the same dedupe key exists. Returns the new row, or the row
 * already there (`duplicate: true`): a message resent after a lost acknowledgment is journaled once.
 * @see the unique index message_journal_dedupe
 */
export async function insertJournalEntry(
  db: Executor,
  row: NewJournalRow,
): Promise<{ entry: JournalRow; duplicate: boolean }> {
  const inserted = await db
    .insertInto('message_journal')
    .values(row)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { entry: inserted, duplicate: false };
  const existing = await db
    .selectFrom('message_journal')
    .selectAll()
    .where('dedupe_key', '=', row.dedupe_key ?? '')
    .executeTakeFirstOrThrow();
  return { entry: existing, duplicate: true };
}

export async function findJournalEntry(
  db: Executor,
  id: string,
  lock = false,
): Promise<JournalRow | undefined> {
  if (!/^\d{1,18}$/.test(id)) return undefined;
  let query = db.selectFrom('message_journal').selectAll().where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/**
 * An earlier inbound message with this control ID from the same source: the same instrument, or for
 * an unknown sender the same listener and sender name.
 */
export async function findInboundByControlId(
  db: Executor,
  source: { instrumentCode: string | null; connection: string; sender: string },
  controlId: string,
  exceptId: string,
): Promise<JournalRow | undefined> {
  let query = db
    .selectFrom('message_journal')
    .selectAll()
    .where('direction', '=', 'in')
    .where('control_id', '=', controlId)
    .where('id', '<', exceptId);
  query =
    source.instrumentCode === null
      ? query
          .where('instrument_code', 'is', null)
          .where('connection', '=', source.connection)
          .where('sender', '=', source.sender)
      : query.where('instrument_code', '=', source.instrumentCode);
  return query.orderBy('id').limit(1).executeTakeFirst();
}

export async function updateJournalEntry(
  db: Executor,
  id: string,
  patch: Updateable<MessageJournalTable>,
): Promise<JournalRow> {
  return db
    .updateTable('message_journal')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Newest first, with the total for paging. */
export async function listJournalEntries(
  db: Executor,
  filter: JournalFilter,
  limit: number,
  offset: number,
): Promise<{ rows: JournalRow[]; total: number }> {
  let query = db.selectFrom('message_journal');
  if (filter.connection !== undefined) query = query.where('connection', '=', filter.connection);
  if (filter.state !== undefined) query = query.where('state', '=', filter.state);
  if (filter.direction !== undefined) query = query.where('direction', '=', filter.direction);
  if (filter.instrumentCode !== undefined) query = query.where('instrument_code', '=', filter.instrumentCode);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    query.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Inbound messages stored but never processed (e.g. the server stopped between ACK and processing). */
export async function unprocessedInbound(db: Executor, before: Date, limit: number): Promise<JournalRow[]> {
  return db
    .selectFrom('message_journal')
    .selectAll()
    .where('direction', '=', 'in')
    .where('state', '=', 'accepted')
    .where('created_at', '<', before)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/**
 * Outbound messages due to be sent to these instruments (the ones with a live link), locked so that
 * two nodes never send the same one; rows another transaction holds are skipped.
 */
export async function claimDueOutbound(
  db: Executor,
  instrumentCodes: readonly string[],
  now: Date,
  limit: number,
): Promise<JournalRow[]> {
  if (instrumentCodes.length === 0) return [];
  return db
    .selectFrom('message_journal')
    .selectAll()
    .where('direction', '=', 'out')
    .where('state', '=', 'queued')
    .where('instrument_code', 'in', [...instrumentCodes])
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]))
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** Outbound messages left `sent` without an answer when the server stopped go back to the queue. */
export async function requeueUnansweredOutbound(db: Executor, before: Date): Promise<number> {
  const result = await db
    .updateTable('message_journal')
    .set({ state: 'queued', next_attempt_at: null })
    .where('direction', '=', 'out')
    .where('state', '=', 'sent')
    .where('reply_to', 'is', null)
    .where('sent_at', '<', before)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
