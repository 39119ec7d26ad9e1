import type { Executor } from './database.js';
import type { InstrumentEventKind, InstrumentEventRow, InstrumentScheduleRow } from './schema.js';

/**
 * Instrument events (control, reagent and calibrator lot changes, calibrations, maintenance, comments)
 * shown as Levey–Jennings annotations (qc.md §3), and the maintenance and calibration schedule.
 */

export interface NewInstrumentEvent {
  readonly instrumentCode: string;
  /** Omit for an event that concerns every test on the instrument. */
  readonly testCode?: string;
  readonly kind: InstrumentEventKind;
  readonly at: Date;
  readonly description: string;
  readonly lotNumber?: string;
  readonly scheduleId?: string;
  readonly recordedBy: string;
}

export async function insertInstrumentEvent(
  db: Executor,
  event: NewInstrumentEvent,
): Promise<InstrumentEventRow> {
  return db
    .insertInto('instrument_events')
    .values({
      instrument_code: event.instrumentCode,
      test_code: event.testCode ?? null,
      kind: event.kind,
      at: event.at,
      description: event.description,
      lot_number: event.lotNumber ?? null,
      schedule_id: event.scheduleId ?? null,
      recorded_by: event.recordedBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Events of an instrument, for one test (including the instrument-wide ones) when a test is given. */
export async function listInstrumentEvents(
  db: Executor,
  filter: {
    readonly instrumentCode: string;
    readonly testCode?: string;
    readonly kinds?: readonly InstrumentEventKind[];
    readonly from?: Date;
    readonly to?: Date;
    readonly limit?: number;
  },
): Promise<InstrumentEventRow[]> {
  let query = db
    .selectFrom('instrument_events')
    .selectAll()
    .where('instrument_code', '=', filter.instrumentCode);
  const testCode = filter.testCode;
  if (testCode !== undefined) {
    query = query.where((eb) => eb.or([eb('test_code', '=', testCode), eb('test_code', 'is', null)]));
  }
  if (filter.kinds !== undefined && filter.kinds.length > 0)
    query = query.where('kind', 'in', [...filter.kinds]);
  if (filter.from !== undefined) query = query.where('at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('at', '<=', filter.to);
  return query
    .orderBy('at')
    .orderBy('id')
    .limit(filter.limit ?? 10_000)
    .execute();
}

export interface NewInstrumentSchedule {
  readonly instrumentCode: string;
  readonly kind: InstrumentScheduleRow['kind'];
  readonly testCode?: string;
  readonly task: string;
  readonly intervalDays: number;
  readonly lastDoneAt?: Date;
  readonly dueAt: Date;
  readonly createdBy: string;
}

export async function insertInstrumentSchedule(
  db: Executor,
  schedule: NewInstrumentSchedule,
): Promise<InstrumentScheduleRow> {
  return db
    .insertInto('instrument_schedules')
    .values({
      instrument_code: schedule.instrumentCode,
      kind: schedule.kind,
      test_code: schedule.testCode ?? null,
      task: schedule.task,
      interval_days: schedule.intervalDays,
      last_done_at: schedule.lastDoneAt ?? null,
      due_at: schedule.dueAt,
      created_by: schedule.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findInstrumentSchedule(
  db: Executor,
  id: string,
): Promise<InstrumentScheduleRow | undefined> {
  return db.selectFrom('instrument_schedules').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markScheduleDone(
  db: Executor,
  id: string,
  doneAt: Date,
  nextDueAt: Date,
): Promise<InstrumentScheduleRow> {
  return db
    .updateTable('instrument_schedules')
    .set({ last_done_at: doneAt, due_at: nextDueAt })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Active schedule entries, soonest due first; with `dueBefore`, only those due before that time. */
export async function listInstrumentSchedules(
  db: Executor,
  filter: { readonly instrumentCode?: string; readonly dueBefore?: Date } = {},
): Promise<InstrumentScheduleRow[]> {
  let query = db.selectFrom('instrument_schedules').selectAll().where('active', '=', true);
  if (filter.instrumentCode !== undefined) query = query.where('instrument_code', '=', filter.instrumentCode);
  if (filter.dueBefore !== undefined) query = query.where('due_at', '<', filter.dueBefore);
  return query.orderBy('due_at').orderBy('instrument_code').execute();
}
