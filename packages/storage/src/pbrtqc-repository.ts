import type { Executor } from './database.js';
import type { PbrtqcAlarmRow, PbrtqcMonitorRow } from './schema.js';

/** Patient-based real-time QC: one monitor (settings and running state) per instrument × test (qc.md §8). */

export async function findPbrtqcMonitor(
  db: Executor,
  instrumentCode: string,
  testCode: string,
  forUpdate = false,
): Promise<PbrtqcMonitorRow | undefined> {
  const query = db
    .selectFrom('pbrtqc_monitors')
    .selectAll()
    .where('instrument_code', '=', instrumentCode)
    .where('test_code', '=', testCode);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

/**
 * Locks the monitors of an instrument's tests in one order (by test code), whatever order the caller
 * names them in: PostgreSQL locks the rows of `for update` after sorting them.
 */
export async function lockPbrtqcMonitors(
  db: Executor,
  instrumentCode: string,
  testCodes: readonly string[],
): Promise<void> {
  if (testCodes.length === 0) return;
  await db
    .selectFrom('pbrtqc_monitors')
    .select('test_code')
    .where('instrument_code', '=', instrumentCode)
    .where('test_code', 'in', [...testCodes])
    .orderBy('test_code')
    .forUpdate()
    .execute();
}

/** The tests of one instrument whose PBRTQC monitor is switched on. */
export async function monitoredPbrtqcTests(db: Executor, instrumentCode: string): Promise<string[]> {
  const rows = await db
    .selectFrom('pbrtqc_monitors')
    .select('test_code')
    .where('instrument_code', '=', instrumentCode)
    .where('enabled', '=', true)
    .execute();
  return rows.map((row) => row.test_code);
}

export async function listPbrtqcMonitors(
  db: Executor,
  filter: { readonly instrumentCode?: string; readonly testCode?: string } = {},
): Promise<PbrtqcMonitorRow[]> {
  let query = db.selectFrom('pbrtqc_monitors').selectAll();
  if (filter.instrumentCode !== undefined) query = query.where('instrument_code', '=', filter.instrumentCode);
  if (filter.testCode !== undefined) query = query.where('test_code', '=', filter.testCode);
  return query.orderBy('instrument_code').orderBy('test_code').execute();
}

/** Creates or replaces a monitor's settings; its running state starts afresh. */
export async function savePbrtqcMonitor(db: Executor, monitor: PbrtqcMonitorRow): Promise<PbrtqcMonitorRow> {
  const { instrument_code: _instrument, test_code: _test, ...changes } = monitor;
  return db
    .insertInto('pbrtqc_monitors')
    .values(monitor)
    .onConflict((oc) => oc.columns(['instrument_code', 'test_code']).doUpdateSet(changes))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function savePbrtqcState(
  db: Executor,
  key: { readonly instrumentCode: string; readonly testCode: string },
  state: {
    readonly state: unknown;
    readonly lastStatistic: number | null;
    readonly lastResultId: string | null;
    readonly updatedAt: Date;
  },
): Promise<void> {
  await db
    .updateTable('pbrtqc_monitors')
    .set({
      state: state.state,
      last_statistic: state.lastStatistic,
      last_result_id: state.lastResultId,
      updated_at: state.updatedAt,
    })
    .where('instrument_code', '=', key.instrumentCode)
    .where('test_code', '=', key.testCode)
    .execute();
}

export async function insertPbrtqcAlarm(
  db: Executor,
  alarm: Omit<PbrtqcAlarmRow, 'id'>,
): Promise<PbrtqcAlarmRow> {
  return db.insertInto('pbrtqc_alarms').values(alarm).returningAll().executeTakeFirstOrThrow();
}

export async function findPbrtqcAlarm(db: Executor, id: string): Promise<PbrtqcAlarmRow | undefined> {
  return db.selectFrom('pbrtqc_alarms').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Released numeric patient results of one test from one instrument in time order: the lab's own data
 * that PBRTQC is tuned on. The latest `limit` results within the window are returned.
 */
export async function historicalPatientValues(
  db: Executor,
  key: { readonly instrumentCode: string; readonly testCode: string },
  window: { readonly from?: Date; readonly to?: Date; readonly limit: number },
): Promise<number[]> {
  let query = db
    .selectFrom('results')
    .innerJoin('analyses', 'analyses.id', 'results.analysis_id')
    .select(['results.numeric_value', 'results.created_at'])
    .where('results.instrument_id', '=', key.instrumentCode)
    .where('analyses.test_code', '=', key.testCode)
    .where('results.status', 'in', ['final', 'corrected'])
    .where('results.numeric_value', 'is not', null);
  if (window.from !== undefined) query = query.where('results.created_at', '>=', window.from);
  if (window.to !== undefined) query = query.where('results.created_at', '<=', window.to);
  const rows = await query
    .orderBy('results.created_at', 'desc')
    .orderBy('results.id', 'desc')
    .limit(window.limit)
    .execute();
  return rows.reverse().flatMap((row) => (row.numeric_value === null ? [] : [row.numeric_value]));
}

/** One numeric patient result an instrument sent, as a PBRTQC monitor saw it. */
export interface MonitoredResult {
  readonly id: string;
  readonly value: number;
  readonly at: Date;
}

/**
 * The numeric patient results one instrument sent for one test, in the order they were entered (the
 * order a PBRTQC monitor is fed them), whatever became of them after; the latest `limit` in the window.
 */
export async function instrumentPatientResults(
  db: Executor,
  key: { readonly instrumentCode: string; readonly testCode: string },
  window: { readonly from?: Date; readonly to?: Date; readonly limit: number },
): Promise<MonitoredResult[]> {
  let query = db
    .selectFrom('results')
    .innerJoin('analyses', 'analyses.id', 'results.analysis_id')
    .select(['results.id', 'results.numeric_value', 'results.created_at'])
    .where('results.instrument_id', '=', key.instrumentCode)
    .where('results.source', '=', 'instrument')
    .where('analyses.test_code', '=', key.testCode)
    .where('results.numeric_value', 'is not', null);
  if (window.from !== undefined) query = query.where('results.created_at', '>=', window.from);
  if (window.to !== undefined) query = query.where('results.created_at', '<=', window.to);
  const rows = await query
    .orderBy('results.created_at', 'desc')
    .orderBy('results.id', 'desc')
    .limit(window.limit)
    .execute();
  return rows
    .reverse()
    .flatMap((row) =>
      row.numeric_value === null ? [] : [{ id: row.id, value: row.numeric_value, at: row.created_at }],
    );
}

/** The alarms a monitor raised (each placed a hold), oldest first. */
export async function listPbrtqcAlarms(
  db: Executor,
  key: { readonly instrumentCode: string; readonly testCode: string },
  window: { readonly from?: Date; readonly to?: Date } = {},
): Promise<PbrtqcAlarmRow[]> {
  let query = db
    .selectFrom('pbrtqc_alarms')
    .selectAll()
    .where('instrument_code', '=', key.instrumentCode)
    .where('test_code', '=', key.testCode);
  if (window.from !== undefined) query = query.where('raised_at', '>=', window.from);
  if (window.to !== undefined) query = query.where('raised_at', '<=', window.to);
  return query.orderBy('raised_at').execute();
}
