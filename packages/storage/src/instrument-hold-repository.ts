import { sql } from 'kysely';
import type { Executor } from './database.js';
import type { CorrectiveActionRow, HoldSource, InstrumentHoldRow, InstrumentHoldsTable } from './schema.js';

/**
 * Holds on instrument × test after a QC rejection or a PBRTQC alarm, their corrective actions, and the
 * look-back list of released patient results (qc.md §9; 42 CFR 493.1282(b)(2)).
 */

export interface NewInstrumentHold {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly source: HoldSource;
  readonly reason: string;
  readonly heldSince: Date;
  readonly qcRunId?: string;
  readonly pbrtqcAlarmId?: string;
  readonly lookBackFrom: Date | null;
  readonly placedBy: string;
}

/** Places a hold, or returns undefined when one from the same source is already open. */
export async function insertInstrumentHold(
  db: Executor,
  hold: NewInstrumentHold,
): Promise<InstrumentHoldRow | undefined> {
  return db
    .insertInto('instrument_holds')
    .values({
      instrument_code: hold.instrumentCode,
      test_code: hold.testCode,
      source: hold.source,
      reason: hold.reason,
      held_since: hold.heldSince,
      qc_run_id: hold.qcRunId ?? null,
      pbrtqc_alarm_id: hold.pbrtqcAlarmId ?? null,
      look_back_from: hold.lookBackFrom,
      placed_by: hold.placedBy,
    })
    .onConflict((oc) =>
      oc.columns(['instrument_code', 'test_code', 'source']).where('lifted_at', 'is', null).doNothing(),
    )
    .returningAll()
    .executeTakeFirst();
}

/** Holds not yet lifted on one instrument × test, oldest first. */
export async function openInstrumentHolds(
  db: Executor,
  instrumentCode: string,
  testCode: string,
): Promise<InstrumentHoldRow[]> {
  return db
    .selectFrom('instrument_holds')
    .selectAll()
    .where('instrument_code', '=', instrumentCode)
    .where('test_code', '=', testCode)
    .where('lifted_at', 'is', null)
    .orderBy('held_since')
    .execute();
}

/** Holds not yet lifted on any test of one instrument, oldest first. */
export async function openHoldsOfInstrument(
  db: Executor,
  instrumentCode: string,
): Promise<InstrumentHoldRow[]> {
  return db
    .selectFrom('instrument_holds')
    .selectAll()
    .where('instrument_code', '=', instrumentCode)
    .where('lifted_at', 'is', null)
    .orderBy('held_since')
    .execute();
}

export async function findInstrumentHold(
  db: Executor,
  id: string,
  forUpdate = false,
): Promise<InstrumentHoldRow | undefined> {
  const query = db.selectFrom('instrument_holds').selectAll().where('id', '=', id);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

export async function listInstrumentHolds(
  db: Executor,
  filter: {
    readonly open?: boolean;
    readonly instrumentCode?: string;
    readonly testCode?: string;
    readonly limit: number;
    readonly offset: number;
  },
): Promise<{ rows: InstrumentHoldRow[]; total: number }> {
  let base = db.selectFrom('instrument_holds');
  if (filter.open === true) base = base.where('lifted_at', 'is', null);
  if (filter.open === false) base = base.where('lifted_at', 'is not', null);
  if (filter.instrumentCode !== undefined) base = base.where('instrument_code', '=', filter.instrumentCode);
  if (filter.testCode !== undefined) base = base.where('test_code', '=', filter.testCode);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('held_since', 'desc').limit(filter.limit).offset(filter.offset).execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function liftInstrumentHold(
  db: Executor,
  id: string,
  lift: {
    readonly liftedAt: Date;
    readonly liftedBy: string;
    readonly kind: NonNullable<InstrumentHoldsTable['lift_kind']>;
    readonly liftingQcRunId?: string;
    readonly overrideReason?: string;
  },
): Promise<InstrumentHoldRow> {
  return db
    .updateTable('instrument_holds')
    .set({
      lifted_at: lift.liftedAt,
      lifted_by: lift.liftedBy,
      lift_kind: lift.kind,
      lifting_qc_run_id: lift.liftingQcRunId ?? null,
      override_reason: lift.overrideReason ?? null,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface NewCorrectiveAction {
  readonly holdId: string;
  readonly cause: string;
  readonly action: string;
  readonly performedBy: string;
  readonly performedAt: Date;
  readonly recordedBy: string;
}

export async function insertCorrectiveAction(
  db: Executor,
  action: NewCorrectiveAction,
): Promise<CorrectiveActionRow> {
  return db
    .insertInto('qc_corrective_actions')
    .values({
      hold_id: action.holdId,
      cause: action.cause,
      action: action.action,
      performed_by: action.performedBy,
      performed_at: action.performedAt,
      recorded_by: action.recordedBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function correctiveActions(
  db: Executor,
  holdIds: readonly string[],
): Promise<CorrectiveActionRow[]> {
  if (holdIds.length === 0) return [];
  return db
    .selectFrom('qc_corrective_actions')
    .selectAll()
    .where('hold_id', 'in', [...holdIds])
    .orderBy('performed_at')
    .execute();
}

/** One released patient result in a look-back list, with what a person needs to find the specimen. */
export interface LookBackRow {
  readonly result_id: string;
  readonly analysis_id: string;
  readonly version: number;
  readonly test_code: string;
  readonly numeric_value: number | null;
  readonly value: unknown;
  readonly unit: string | null;
  readonly status: string;
  readonly flags: string[];
  readonly created_at: Date;
  readonly observed_at: Date | null;
  readonly accession_number: string;
  readonly patient_id: string;
  readonly mrn: string;
  readonly family_name: string;
  readonly given_name: string;
}

/**
 * Every released patient result (status 'final' or 'corrected') of one test from one instrument with
 * `created_at` at or after `since` (all of them when `since` is null), oldest first: the results that
 * must be evaluated for impact after a QC failure (42 CFR 493.1282(b)(2)).
 */
export async function lookBackResults(
  db: Executor,
  key: { readonly instrumentCode: string; readonly testCode: string },
  since: Date | null,
  limit: number,
): Promise<LookBackRow[]> {
  const { rows } = await sql<LookBackRow>`
    select r.id as result_id, r.analysis_id, r.version, a.test_code, r.numeric_value, r.value, r.unit,
           r.status, r.flags, r.created_at, r.observed_at, s.accession_number, p.id as patient_id, p.mrn,
           p.family_name, p.given_name
    from results r
    join analyses a on a.id = r.analysis_id
    join specimens s on s.id = a.specimen_id
    join patients p on p.id = s.patient_id
    where r.instrument_id = ${key.instrumentCode} and a.test_code = ${key.testCode}
      and r.status in ('final', 'corrected')
      and (${since}::timestamptz is null or r.created_at >= ${since})
    order by r.created_at, r.id
    limit ${limit}
  `.execute(db);
  return rows;
}
