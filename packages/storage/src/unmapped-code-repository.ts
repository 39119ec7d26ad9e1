import { sql } from 'kysely';
import type { Executor } from './database.js';
import type { UnmappedCodeRow, UnmappedCodesTable } from './schema.js';

export interface UnmappedSighting {
  /** The instrument code, or for an unknown sender the sender as it named itself. */
  readonly instrument: string;
  readonly kind: UnmappedCodesTable['kind'];
  readonly code: string;
  readonly journalId: string;
  readonly at: Date;
}

/**
 * Puts a code in the unmapped queue, or counts one more message waiting on it. A message seen again
 * (reprocessed before the fix) is not counted twice.
 */
export async function noteUnmapped(db: Executor, sighting: UnmappedSighting): Promise<void> {
  const id = sighting.journalId;
  await db
    .insertInto('unmapped_codes')
    .values({
      instrument: sighting.instrument,
      kind: sighting.kind,
      code: sighting.code,
      first_seen: sighting.at,
      last_seen: sighting.at,
      count: 1,
      journal_ids: [id],
    })
    .onConflict((oc) =>
      oc.columns(['instrument', 'kind', 'code']).doUpdateSet({
        last_seen: sighting.at,
        count: sql<number>`case when ${id}::bigint = any(unmapped_codes.journal_ids)
          then unmapped_codes.count else unmapped_codes.count + 1 end`,
        journal_ids: sql<string[]>`case when ${id}::bigint = any(unmapped_codes.journal_ids)
          then unmapped_codes.journal_ids else unmapped_codes.journal_ids || ${id}::bigint end`,
      }),
    )
    .execute();
}

/** The message no longer waits on any code: take it off the queue, and drop codes nothing waits on. */
export async function releaseUnmapped(db: Executor, journalId: string): Promise<void> {
  await db
    .updateTable('unmapped_codes')
    .set({ journal_ids: sql<string[]>`array_remove(journal_ids, ${journalId}::bigint)` })
    .where(sql<boolean>`${journalId}::bigint = any(journal_ids)`)
    .execute();
  await db
    .deleteFrom('unmapped_codes')
    .where(sql<boolean>`cardinality(journal_ids) = 0`)
    .execute();
}

export async function listUnmappedCodes(db: Executor): Promise<UnmappedCodeRow[]> {
  return db
    .selectFrom('unmapped_codes')
    .selectAll()
    .orderBy('last_seen', 'desc')
    .orderBy('instrument')
    .orderBy('code')
    .execute();
}
