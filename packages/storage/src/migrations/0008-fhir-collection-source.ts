import { sql, type Kysely } from 'kysely';

/**
 * Which specimen's collection an observation dates from: its own, or for an aliquot its parent's.
 * Indexed so a FHIR search by date alone (Observation?date=2025-03-01) runs from the collection times
 * that fall in the range to their specimens and aliquots, instead of scanning every specimen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index if not exists specimens_collection_source on specimens ((coalesce(parent_id, id)))`.execute(
    db,
  );
}
