import type { Executor } from './database.js';
import type { InstrumentRow, InstrumentTestCodeRow, InstrumentsTable } from './schema.js';
import type { Insertable } from 'kysely';

/** An instrument's registry row and its test-code mappings, written together. */
export interface InstrumentRecord {
  readonly instrument: Omit<Insertable<InstrumentsTable>, 'created_at'>;
  readonly testCodes: readonly Omit<InstrumentTestCodeRow, 'instrument_code'>[];
}

export async function findInstrument(
  db: Executor,
  code: string,
  lock = false,
): Promise<InstrumentRow | undefined> {
  let query = db.selectFrom('instruments').selectAll().where('code', '=', code);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function listInstrumentRows(db: Executor): Promise<InstrumentRow[]> {
  return db.selectFrom('instruments').selectAll().orderBy('code').execute();
}

/** The instrument that names itself `sender` (ASTM H-5.1, HL7 MSH-3.1), compared without case. */
export async function findInstrumentBySender(
  db: Executor,
  sender: string,
): Promise<InstrumentRow | undefined> {
  if (sender === '') return undefined;
  const rows = await db
    .selectFrom('instruments')
    .selectAll()
    .where('active', '=', true)
    .orderBy('code')
    .execute();
  const wanted = sender.toUpperCase();
  return (
    rows.find((r) => r.sender_ids.some((s) => s.toUpperCase() === wanted)) ??
    rows.find((r) => r.code.toUpperCase() === wanted)
  );
}

export async function instrumentTestCodes(
  db: Executor,
  instrumentCode: string,
): Promise<InstrumentTestCodeRow[]> {
  return db
    .selectFrom('instrument_test_codes')
    .selectAll()
    .where('instrument_code', '=', instrumentCode)
    .orderBy('instrument_test_code')
    .execute();
}

export async function testCodesOfInstruments(
  db: Executor,
  instrumentCodes: readonly string[],
): Promise<InstrumentTestCodeRow[]> {
  if (instrumentCodes.length === 0) return [];
  return db
    .selectFrom('instrument_test_codes')
    .selectAll()
    .where('instrument_code', 'in', [...instrumentCodes])
    .orderBy('instrument_code')
    .orderBy('instrument_test_code')
    .execute();
}

/** Inserts or replaces an instrument and all its mappings (the mappings given are the whole set). */
export async function saveInstrument(db: Executor, record: InstrumentRecord): Promise<InstrumentRow> {
  const { code } = record.instrument;
  const row = await db
    .insertInto('instruments')
    .values(record.instrument)
    .onConflict((oc) => oc.column('code').doUpdateSet({ ...record.instrument }))
    .returningAll()
    .executeTakeFirstOrThrow();
  await db.deleteFrom('instrument_test_codes').where('instrument_code', '=', code).execute();
  if (record.testCodes.length > 0) {
    await db
      .insertInto('instrument_test_codes')
      .values(record.testCodes.map((t) => ({ ...t, instrument_code: code })))
      .execute();
  }
  return row;
}
