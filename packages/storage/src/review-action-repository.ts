import type { Insertable } from 'kysely';
import type { Executor } from './database.js';
import type { ReviewActionRow, ReviewActionsTable, TestRequestRow, TestRequestsTable } from './schema.js';

/** Review actions (by the engine or a person) and the rerun, dilution, reflex and recollection requests. */

export async function insertReviewAction(
  db: Executor,
  action: Omit<Insertable<ReviewActionsTable>, 'undone_by'>,
): Promise<ReviewActionRow> {
  return db
    .insertInto('review_actions')
    .values({ ...action, undone_by: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findReviewAction(
  db: Executor,
  id: string,
  lock = false,
): Promise<ReviewActionRow | undefined> {
  let query = db.selectFrom('review_actions').selectAll().where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function markActionUndone(db: Executor, id: string, undoneBy: string): Promise<void> {
  await db.updateTable('review_actions').set({ undone_by: undoneBy }).where('id', '=', id).execute();
}

export async function actionsOfResults(
  db: Executor,
  resultIds: readonly string[],
): Promise<ReviewActionRow[]> {
  if (resultIds.length === 0) return [];
  return db
    .selectFrom('review_actions')
    .selectAll()
    .where('result_id', 'in', [...resultIds])
    .orderBy('at')
    .execute();
}

export async function insertTestRequest(
  db: Executor,
  request: Omit<
    Insertable<TestRequestsTable>,
    'fulfilled_by_result_id' | 'fulfilled_at' | 'cancelled_by' | 'cancelled_at' | 'cancel_reason'
  >,
): Promise<TestRequestRow> {
  return db
    .insertInto('test_requests')
    .values({
      ...request,
      fulfilled_by_result_id: null,
      fulfilled_at: null,
      cancelled_by: null,
      cancelled_at: null,
      cancel_reason: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findTestRequest(
  db: Executor,
  id: string,
  lock = false,
): Promise<TestRequestRow | undefined> {
  let query = db.selectFrom('test_requests').selectAll().where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Pending requests of a specimen, optionally for one test and of some kinds, oldest first. */
export async function pendingTestRequests(
  db: Executor,
  specimenId: string,
  filter: { readonly testCode?: string; readonly kinds?: readonly TestRequestRow['kind'][] } = {},
): Promise<TestRequestRow[]> {
  let query = db
    .selectFrom('test_requests')
    .selectAll()
    .where('specimen_id', '=', specimenId)
    .where('status', '=', 'pending');
  if (filter.testCode !== undefined) query = query.where('test_code', '=', filter.testCode);
  if (filter.kinds !== undefined && filter.kinds.length > 0)
    query = query.where('kind', 'in', [...filter.kinds]);
  return query.orderBy('requested_at').execute();
}

export async function requestsOfAnalyses(
  db: Executor,
  analysisIds: readonly string[],
): Promise<TestRequestRow[]> {
  if (analysisIds.length === 0) return [];
  return db
    .selectFrom('test_requests')
    .selectAll()
    .where('analysis_id', 'in', [...analysisIds])
    .orderBy('requested_at')
    .execute();
}

export async function fulfilTestRequest(db: Executor, id: string, resultId: string, at: Date): Promise<void> {
  await db
    .updateTable('test_requests')
    .set({ status: 'done', fulfilled_by_result_id: resultId, fulfilled_at: at })
    .where('id', '=', id)
    .execute();
}

export async function cancelTestRequest(
  db: Executor,
  id: string,
  cancellation: { by: string; at: Date; reason: string },
): Promise<void> {
  await db
    .updateTable('test_requests')
    .set({
      status: 'cancelled',
      cancelled_by: cancellation.by,
      cancelled_at: cancellation.at,
      cancel_reason: cancellation.reason,
    })
    .where('id', '=', id)
    .execute();
}
