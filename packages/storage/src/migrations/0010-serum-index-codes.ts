import { sql, type Kysely } from 'kysely';

/**
 * The instrument codes under which an analyzer sends a specimen's serum indices (hemolysis, icterus,
 * lipemia) as results of their own, e.g. `{"hemolysis": "H", "icterus": "I", "lipemia": "L"}`. They are
 * not catalog tests: the interface puts them beside the specimen's results for autoverification.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table instruments add column serum_index_codes jsonb not null default '{}'::jsonb`.execute(
    db,
  );
}
