import type { Insertable } from 'kysely';
import type { Executor } from './database.js';
import type { CriticalCallAttemptRow, CriticalCallRow, CriticalCallsTable } from './schema.js';

/** Critical-result calls and their attempts. */

export async function insertCriticalCall(
  db: Executor,
  call: Insertable<CriticalCallsTable>,
): Promise<CriticalCallRow> {
  return db.insertInto('critical_calls').values(call).returningAll().executeTakeFirstOrThrow();
}

export async function findCriticalCall(
  db: Executor,
  id: string,
  lock = false,
): Promise<CriticalCallRow | undefined> {
  let query = db.selectFrom('critical_calls').selectAll().where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Calls of a patient and analyte detected since a time (lead calls and grouped repeats). */
export async function recentCriticalCalls(
  db: Executor,
  patientId: string,
  testCode: string,
  since: Date,
): Promise<CriticalCallRow[]> {
  return db
    .selectFrom('critical_calls')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('test_code', '=', testCode)
    .where('detected_at', '>=', since)
    .orderBy('detected_at')
    .execute();
}

/** Open calls, oldest first; with `lock`, rows another node is escalating are skipped. */
export async function openCriticalCalls(db: Executor, lock = false): Promise<CriticalCallRow[]> {
  let query = db.selectFrom('critical_calls').selectAll().where('status', '=', 'open').orderBy('detected_at');
  if (lock) query = query.forUpdate().skipLocked();
  return query.execute();
}

export async function listCriticalCalls(
  db: Executor,
  filter: { readonly from?: Date; readonly to?: Date; readonly status?: CriticalCallRow['status'] },
): Promise<CriticalCallRow[]> {
  let query = db.selectFrom('critical_calls').selectAll();
  if (filter.from) query = query.where('detected_at', '>=', filter.from);
  if (filter.to) query = query.where('detected_at', '<', filter.to);
  if (filter.status) query = query.where('status', '=', filter.status);
  return query.orderBy('detected_at').execute();
}

export async function updateCriticalCall(
  db: Executor,
  id: string,
  changes: Partial<
    Pick<
      CriticalCallRow,
      | 'status'
      | 'escalation_level'
      | 'escalated_at'
      | 'notified_person'
      | 'notified_role'
      | 'read_back_confirmed'
      | 'completed_by'
      | 'completed_at'
    >
  >,
): Promise<void> {
  await db.updateTable('critical_calls').set(changes).where('id', '=', id).execute();
}

export async function insertCallAttempt(
  db: Executor,
  attempt: Omit<CriticalCallAttemptRow, 'id'>,
): Promise<CriticalCallAttemptRow> {
  return db.insertInto('critical_call_attempts').values(attempt).returningAll().executeTakeFirstOrThrow();
}

export async function attemptsOfCalls(
  db: Executor,
  callIds: readonly string[],
): Promise<CriticalCallAttemptRow[]> {
  if (callIds.length === 0) return [];
  return db
    .selectFrom('critical_call_attempts')
    .selectAll()
    .where('call_id', 'in', [...callIds])
    .orderBy('at')
    .execute();
}
