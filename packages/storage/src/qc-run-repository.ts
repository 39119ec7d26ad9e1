import { sql } from 'kysely';
import type { Executor } from './database.js';
import type {
  NewQcObservation,
  QcObservationRow,
  QcObservationsTable,
  QcRuleSettingsRow,
  QcRunRow,
  QcRunsTable,
} from './schema.js';

/** Every column of a row that a left join may leave empty. */
type Nullable<T> = { [K in keyof T]: T[K] | null };

/** QC runs, their control observations, and the rule set chosen per instrument × test (qc.md §1–§2). */

/** A JSON array for a jsonb column (the driver would send a JS array as a PostgreSQL array). */
const jsonArray = (items: readonly unknown[]) => sql<unknown[]>`${JSON.stringify(items)}::jsonb`;

export interface NewQcRun {
  readonly id: string;
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly source: QcRunsTable['source'];
  readonly decision: QcRunsTable['decision'];
  readonly rules: readonly string[];
  readonly violations: readonly unknown[];
  readonly startedAt: Date;
  readonly measuredAt: Date;
  readonly comment?: string;
  readonly enteredBy: string;
}

/**
 * Serialises QC judgement of one instrument × test until the transaction ends, so two control values
 * arriving at once neither open two runs nor judge against a history that misses the other.
 */
export async function lockInstrumentTestQc(
  db: Executor,
  instrumentCode: string,
  testCode: string,
): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`qc|${instrumentCode}|${testCode}`}, 0))`.execute(
    db,
  );
}

export async function insertQcRun(db: Executor, run: NewQcRun): Promise<QcRunRow> {
  return db
    .insertInto('qc_runs')
    .values({
      id: run.id,
      instrument_code: run.instrumentCode,
      test_code: run.testCode,
      source: run.source,
      decision: run.decision,
      rules: [...run.rules],
      violations: jsonArray(run.violations),
      started_at: run.startedAt,
      measured_at: run.measuredAt,
      comment: run.comment ?? null,
      entered_by: run.enteredBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A run's judgement after an observation joined it (instrument runs fill up one level at a time). */
export async function updateQcRunJudgement(
  db: Executor,
  runId: string,
  judgement: {
    readonly decision: QcRunsTable['decision'];
    readonly rules: readonly string[];
    readonly violations: readonly unknown[];
    readonly startedAt: Date;
    readonly measuredAt: Date;
  },
): Promise<QcRunRow> {
  return db
    .updateTable('qc_runs')
    .set({
      decision: judgement.decision,
      rules: [...judgement.rules],
      violations: jsonArray(judgement.violations),
      started_at: judgement.startedAt,
      measured_at: judgement.measuredAt,
    })
    .where('id', '=', runId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertQcObservations(
  db: Executor,
  observations: readonly NewQcObservation[],
): Promise<QcObservationRow[]> {
  if (observations.length === 0) return [];
  return db
    .insertInto('qc_observations')
    .values([...observations])
    .returningAll()
    .execute();
}

/** Marks a run's observations accepted or rejected; excluded ones stay excluded. */
export async function setRunObservationStatus(
  db: Executor,
  runId: string,
  status: Exclude<QcObservationsTable['status'], 'excluded'>,
): Promise<void> {
  await db
    .updateTable('qc_observations')
    .set({ status })
    .where('run_id', '=', runId)
    .where('status', '<>', 'excluded')
    .execute();
}

export async function findQcRun(db: Executor, id: string): Promise<QcRunRow | undefined> {
  return db.selectFrom('qc_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function qcRunObservations(
  db: Executor,
  runIds: readonly string[],
): Promise<QcObservationRow[]> {
  if (runIds.length === 0) return [];
  return db
    .selectFrom('qc_observations')
    .selectAll()
    .where('run_id', 'in', [...runIds])
    .orderBy('measured_at')
    .orderBy('level')
    .orderBy('id')
    .execute();
}

export async function listQcRuns(
  db: Executor,
  filter: {
    readonly instrumentCode?: string;
    readonly testCode?: string;
    readonly limit: number;
    readonly offset: number;
  },
): Promise<{ rows: QcRunRow[]; total: number }> {
  let base = db.selectFrom('qc_runs');
  if (filter.instrumentCode !== undefined) base = base.where('instrument_code', '=', filter.instrumentCode);
  if (filter.testCode !== undefined) base = base.where('test_code', '=', filter.testCode);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('measured_at', 'desc').limit(filter.limit).offset(filter.offset).execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/**
 * The instrument run a new observation may join: the latest instrument run of this instrument × test
 * started within the window before `measuredAt`, not rejected, and without a value of this lot yet.
 */
export async function openInstrumentRun(
  db: Executor,
  key: { readonly instrumentCode: string; readonly testCode: string; readonly lotId: string },
  measuredAt: Date,
  windowMinutes: number,
): Promise<QcRunRow | undefined> {
  const since = new Date(measuredAt.getTime() - windowMinutes * 60_000);
  const until = new Date(measuredAt.getTime() + windowMinutes * 60_000);
  const run = await db
    .selectFrom('qc_runs')
    .selectAll()
    .where('instrument_code', '=', key.instrumentCode)
    .where('test_code', '=', key.testCode)
    .where('source', '=', 'instrument')
    .where('started_at', '>=', since)
    .where('started_at', '<=', until)
    .orderBy('started_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (run === undefined || run.decision === 'reject') return undefined;
  const sameLot = await db
    .selectFrom('qc_observations')
    .select('id')
    .where('run_id', '=', run.id)
    .where('lot_id', '=', key.lotId)
    .executeTakeFirst();
  return sameLot === undefined ? run : undefined;
}

/**
 * The history a run is judged against: per level, the last `perLevel` accepted observations measured
 * before `before`, plus any accepted observation measured since (entered late), never those of the run
 * itself. `perLevel` comes from `lookBackFor` of the rule set: older points cannot change the outcome.
 */
export async function qcHistory(
  db: Executor,
  key: { readonly instrumentCode: string; readonly testCode: string },
  before: Date,
  perLevel: number,
  excludeRunId: string,
): Promise<QcObservationRow[]> {
  const { rows } = await sql<QcObservationRow>`
    select * from (
      select o.*, row_number() over (partition by o.level order by o.measured_at desc, o.id desc) as rank
      from qc_observations o
      where o.instrument_code = ${key.instrumentCode} and o.test_code = ${key.testCode}
        and o.status = 'accepted' and o.measured_at < ${before} and o.run_id <> ${excludeRunId}
    ) recent
    where recent.rank <= ${perLevel}
    union all
    select o.*, 0 as rank
    from qc_observations o
    where o.instrument_code = ${key.instrumentCode} and o.test_code = ${key.testCode}
      and o.status = 'accepted' and o.measured_at >= ${before} and o.run_id <> ${excludeRunId}
    order by measured_at, level, id
  `.execute(db);
  return rows;
}

/** When the last accepted (or warned) run of this instrument × test before `before` was measured. */
export async function lastAcceptedRunBefore(
  db: Executor,
  key: { readonly instrumentCode: string; readonly testCode: string },
  before: Date,
): Promise<QcRunRow | undefined> {
  return db
    .selectFrom('qc_runs')
    .selectAll()
    .where('instrument_code', '=', key.instrumentCode)
    .where('test_code', '=', key.testCode)
    .where('decision', 'in', ['accept', 'warn'])
    .where('measured_at', '<', before)
    .orderBy('measured_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * `lastAcceptedRunBefore` for every test with a QC target on the instrument, in one statement (one
 * index probe per test): the test's last accepted (or warned) run before `before`, or null when it has
 * none. A test without a target is not in the map.
 */
export async function lastAcceptedRunsOfInstrument(
  db: Executor,
  instrumentCode: string,
  before: Date,
): Promise<Map<string, QcRunRow | null>> {
  const { rows } = await sql<{ candidate_test: string } & Nullable<QcRunRow>>`
    select t.test_code as candidate_test, r.*
    from (select distinct test_code from qc_targets where instrument_code = ${instrumentCode}) t
    left join lateral (
      select * from qc_runs
      where instrument_code = ${instrumentCode} and test_code = t.test_code
        and decision in ('accept', 'warn') and measured_at < ${before}
      order by measured_at desc
      limit 1
    ) r on true
  `.execute(db);
  return new Map(
    rows.map(({ candidate_test, ...run }) => [candidate_test, run.id === null ? null : (run as QcRunRow)]),
  );
}

/** The first accepted (or warned) run of this instrument × test measured after `after`. */
export async function firstAcceptedRunAfter(
  db: Executor,
  key: { readonly instrumentCode: string; readonly testCode: string },
  after: Date,
): Promise<QcRunRow | undefined> {
  return db
    .selectFrom('qc_runs')
    .selectAll()
    .where('instrument_code', '=', key.instrumentCode)
    .where('test_code', '=', key.testCode)
    .where('decision', 'in', ['accept', 'warn'])
    .where('started_at', '>', after)
    .orderBy('measured_at')
    .limit(1)
    .executeTakeFirst();
}

/** Observations of one instrument × test (optionally one lot) in measurement order, any status. */
export async function chartObservations(
  db: Executor,
  filter: {
    readonly instrumentCode: string;
    readonly testCode: string;
    readonly lotId?: string;
    readonly from?: Date;
    readonly to?: Date;
  },
): Promise<QcObservationRow[]> {
  let query = db
    .selectFrom('qc_observations')
    .selectAll()
    .where('instrument_code', '=', filter.instrumentCode)
    .where('test_code', '=', filter.testCode);
  if (filter.lotId !== undefined) query = query.where('lot_id', '=', filter.lotId);
  if (filter.from !== undefined) query = query.where('measured_at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('measured_at', '<=', filter.to);
  return query.orderBy('measured_at').orderBy('level').orderBy('id').execute();
}

export async function findQcRuleSettings(
  db: Executor,
  instrumentCode: string,
  testCode: string,
): Promise<QcRuleSettingsRow | undefined> {
  return db
    .selectFrom('qc_rule_settings')
    .selectAll()
    .where('instrument_code', '=', instrumentCode)
    .where('test_code', '=', testCode)
    .executeTakeFirst();
}

export async function saveQcRuleSettings(
  db: Executor,
  settings: QcRuleSettingsRow,
): Promise<QcRuleSettingsRow> {
  const row = { ...settings, reasoning: sql<string[]>`${JSON.stringify(settings.reasoning)}::jsonb` };
  const { instrument_code: _instrument, test_code: _test, ...changes } = row;
  return db
    .insertInto('qc_rule_settings')
    .values(row)
    .onConflict((oc) => oc.columns(['instrument_code', 'test_code']).doUpdateSet(changes))
    .returningAll()
    .executeTakeFirstOrThrow();
}
