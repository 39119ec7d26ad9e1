import { sql } from 'kysely';
import type { Executor } from './database.js';
import type { NewResult, ResultRow } from './schema.js';

/**
 * Results are append-only: a new value is a new version (one more than the analysis's latest, counted
 * in the same statement); only the workflow status of a version moves.
 */
export async function insertResultVersion(
  db: Executor,
  result: Omit<NewResult, 'version'>,
): Promise<ResultRow> {
  return db
    .insertInto('results')
    .values({
      ...result,
      version: sql<number>`(select coalesce(max(version), 0) + 1 from results where analysis_id = ${result.analysis_id})`,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function resultsOfAnalyses(db: Executor, analysisIds: readonly string[]): Promise<ResultRow[]> {
  if (analysisIds.length === 0) return [];
  return db
    .selectFrom('results')
    .selectAll()
    .where('analysis_id', 'in', [...analysisIds])
    .orderBy('analysis_id')
    .orderBy('version')
    .execute();
}

export async function latestResult(db: Executor, analysisId: string): Promise<ResultRow | undefined> {
  return db
    .selectFrom('results')
    .selectAll()
    .where('analysis_id', '=', analysisId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function setResultStatus(db: Executor, resultId: string, status: string): Promise<void> {
  await db.updateTable('results').set({ status }).where('id', '=', resultId).execute();
}
