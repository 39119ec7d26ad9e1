import type { Insertable } from 'kysely';
import type { Executor } from './database.js';
import type {
  ResultCommentsTable,
  ResultDecisionRow,
  ResultDecisionsTable,
  ResultReleasesTable,
} from './schema.js';

/**
 * What was decided about each result version and how it left the lab: the engine's decisions, release
 * records, corrections, comments and the outbound notification queue for the EHR.
 */

/** Stores decisions (of different results) in one statement; returns each decision's id by its result's. */
export async function insertDecisions(
  db: Executor,
  decisions: readonly Insertable<ResultDecisionsTable>[],
): Promise<Map<string, string>> {
  if (decisions.length === 0) return new Map();
  const rows = await db
    .insertInto('result_decisions')
    .values([...decisions])
    .returning(['id', 'result_id'])
    .execute();
  return new Map(rows.map((row) => [row.result_id, row.id]));
}

export async function decisionsOfResults(
  db: Executor,
  resultIds: readonly string[],
): Promise<ResultDecisionRow[]> {
  if (resultIds.length === 0) return [];
  return db
    .selectFrom('result_decisions')
    .selectAll()
    .where('result_id', 'in', [...resultIds])
    .orderBy('decided_at')
    .execute();
}

/**
 * Stored decisions with the context that was judged, newest first: the historical cases a candidate rule
 * set is replayed on. One decision per result version (its latest).
 */
export async function decisionContexts(
  db: Executor,
  options: { readonly since?: Date; readonly limit: number },
): Promise<{ result_id: string; test_code: string; context: unknown }[]> {
  let query = db
    .selectFrom('result_decisions')
    .innerJoin('results', 'results.id', 'result_decisions.result_id')
    .innerJoin('analyses', 'analyses.id', 'results.analysis_id')
    .distinctOn('result_decisions.result_id')
    .select([
      'result_decisions.result_id',
      'analyses.test_code',
      'result_decisions.context',
      'result_decisions.decided_at',
    ])
    .where('result_decisions.context', 'is not', null);
  if (options.since) query = query.where('result_decisions.decided_at', '>=', options.since);
  const rows = await db
    .selectFrom(
      query.orderBy('result_decisions.result_id').orderBy('result_decisions.decided_at', 'desc').as('latest'),
    )
    .selectAll()
    .orderBy('decided_at', 'desc')
    .limit(options.limit)
    .execute();
  return rows.map((row) => ({ result_id: row.result_id, test_code: row.test_code, context: row.context }));
}

/**
 * Releases a result version in one statement: the version becomes final, its analysis released, the
 * release is recorded and the result queued for the EHR interface (which sets `sent_at` once the ORU
 * was acknowledged).
 */
export async function releaseResultVersion(
  db: Executor,
  release: ResultReleasesTable & {
    readonly analysis_id: string;
    readonly notification: 'new' | 'correction';
  },
): Promise<void> {
  const { analysis_id, notification, ...record } = release;
  await db
    .with('result', (q) =>
      q.updateTable('results').set({ status: 'final' }).where('id', '=', record.result_id).returning('id'),
    )
    .with('analysis', (q) =>
      q.updateTable('analyses').set({ status: 'released' }).where('id', '=', analysis_id).returning('id'),
    )
    .with('release', (q) => q.insertInto('result_releases').values(record).returning('result_id'))
    .insertInto('result_notifications')
    .values({
      result_id: record.result_id,
      kind: notification,
      created_at: record.released_at,
      sent_at: null,
    })
    .execute();
}

export async function releasesOfResults(db: Executor, resultIds: readonly string[]) {
  if (resultIds.length === 0) return [];
  return db
    .selectFrom('result_releases')
    .selectAll()
    .where('result_id', 'in', [...resultIds])
    .execute();
}

export async function insertCorrection(
  db: Executor,
  correction: {
    result_id: string;
    corrects_result_id: string;
    reason: string;
    corrected_by: string;
    corrected_at: Date;
  },
): Promise<void> {
  await db.insertInto('result_corrections').values(correction).execute();
}

export async function correctionsOfResults(db: Executor, resultIds: readonly string[]) {
  if (resultIds.length === 0) return [];
  return db
    .selectFrom('result_corrections')
    .selectAll()
    .where((eb) =>
      eb.or([eb('result_id', 'in', [...resultIds]), eb('corrects_result_id', 'in', [...resultIds])]),
    )
    .execute();
}

export async function resultNotifications(
  db: Executor,
  filter: { readonly resultIds?: readonly string[]; readonly unsentOnly?: boolean; readonly limit: number },
) {
  let query = db.selectFrom('result_notifications').selectAll();
  if (filter.resultIds) {
    if (filter.resultIds.length === 0) return [];
    query = query.where('result_id', 'in', [...filter.resultIds]);
  }
  if (filter.unsentOnly) query = query.where('sent_at', 'is', null);
  return query.orderBy('created_at').limit(filter.limit).execute();
}

export async function insertComment(
  db: Executor,
  comment: Omit<Insertable<ResultCommentsTable>, 'retracted_by' | 'retracted_at'>,
): Promise<string> {
  const row = await db
    .insertInto('result_comments')
    .values({ ...comment, retracted_by: null, retracted_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function retractComment(db: Executor, id: string, by: string, at: Date): Promise<boolean> {
  const rows = await db
    .updateTable('result_comments')
    .set({ retracted_by: by, retracted_at: at })
    .where('id', '=', id)
    .where('retracted_at', 'is', null)
    .executeTakeFirst();
  return rows.numUpdatedRows > 0n;
}

export async function commentsOfResults(db: Executor, resultIds: readonly string[]) {
  if (resultIds.length === 0) return [];
  return db
    .selectFrom('result_comments')
    .selectAll()
    .where('result_id', 'in', [...resultIds])
    .orderBy('written_at')
    .execute();
}
