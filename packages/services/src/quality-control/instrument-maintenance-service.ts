import { LabError, type LabErrorIssue } from '@aliquot/domain';
import {
  findInstrumentSchedule,
  insertInstrumentEvent,
  insertInstrumentSchedule,
  listInstrumentEvents,
  listInstrumentSchedules,
  markScheduleDone,
  type InstrumentEventKind,
  type InstrumentEventRow,
  type InstrumentScheduleRow,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { quantitativeTest } from './control-resolution.js';

/**
 * The instrument log: lot changes of control, reagent and calibrator, calibrations, maintenance and
 * comments (shown on Levey–Jennings charts, qc.md §3), and the maintenance and calibration schedule
 * with due dates, so overdue work is visible. QC is commonly rerun after calibration, reagent-lot
 * change and major maintenance (qc.md §7 [U]).
 */

const DAY = 86_400_000;

export const InstrumentEventKinds = [
  'control-lot-change',
  'reagent-lot-change',
  'calibrator-lot-change',
  'calibration',
  'maintenance',
  'comment',
] as const satisfies readonly InstrumentEventKind[];

export interface InstrumentEvent {
  readonly id: string;
  readonly instrumentCode: string;
  readonly testCode: string | null;
  readonly kind: InstrumentEventKind;
  readonly at: string;
  readonly description: string;
  readonly lotNumber: string | null;
  readonly scheduleId: string | null;
  readonly recordedBy: string;
}

export interface ScheduledTask {
  readonly id: string;
  readonly instrumentCode: string;
  readonly kind: InstrumentScheduleRow['kind'];
  readonly testCode: string | null;
  readonly task: string;
  readonly intervalDays: number;
  readonly lastDoneAt: string | null;
  readonly dueAt: string;
  readonly overdue: boolean;
  /** Whole days past due (0 when not overdue). */
  readonly daysOverdue: number;
}

function toEvent(row: InstrumentEventRow): InstrumentEvent {
  return {
    id: row.id,
    instrumentCode: row.instrument_code,
    testCode: row.test_code,
    kind: row.kind,
    at: row.at.toISOString(),
    description: row.description,
    lotNumber: row.lot_number,
    scheduleId: row.schedule_id,
    recordedBy: row.recorded_by,
  };
}

function toTask(row: InstrumentScheduleRow, now: Date): ScheduledTask {
  const late = now.getTime() - row.due_at.getTime();
  return {
    id: row.id,
    instrumentCode: row.instrument_code,
    kind: row.kind,
    testCode: row.test_code,
    task: row.task,
    intervalDays: row.interval_days,
    lastDoneAt: row.last_done_at?.toISOString() ?? null,
    dueAt: row.due_at.toISOString(),
    overdue: late > 0,
    daysOverdue: late > 0 ? Math.floor(late / DAY) : 0,
  };
}

export interface NewInstrumentEvent {
  readonly instrumentCode: string;
  readonly testCode?: string;
  readonly kind: InstrumentEventKind;
  readonly at?: Date;
  readonly description: string;
  readonly lotNumber?: string;
}

/** Records an event on an instrument (for one test, or for all when no test is given). */
export async function recordInstrumentEvent(
  lab: LabContext,
  actor: Actor,
  input: NewInstrumentEvent,
): Promise<InstrumentEvent> {
  return runUseCase(lab, actor, 'qc:write', async ({ tx, now, audit }) => {
    const issues: LabErrorIssue[] = [];
    if (input.instrumentCode.trim() === '') issues.push({ location: 'instrumentCode', message: 'required' });
    if (input.description.trim() === '')
      issues.push({ location: 'description', message: 'say what happened' });
    const lotKinds: readonly InstrumentEventKind[] = [
      'control-lot-change',
      'reagent-lot-change',
      'calibrator-lot-change',
    ];
    if (lotKinds.includes(input.kind) && (input.lotNumber ?? '').trim() === '') {
      issues.push({ location: 'lotNumber', message: `a ${input.kind} names the new lot` });
    }
    if (issues.length > 0) throw LabError.invalid('The instrument event cannot be recorded', issues);
    if (input.testCode !== undefined) await quantitativeTest(tx, input.testCode);
    const row = await insertInstrumentEvent(tx, {
      instrumentCode: input.instrumentCode.trim(),
      ...(input.testCode === undefined ? {} : { testCode: input.testCode }),
      kind: input.kind,
      at: input.at ?? now,
      description: input.description.trim(),
      ...(input.lotNumber === undefined ? {} : { lotNumber: input.lotNumber.trim() }),
      recordedBy: actor.username,
    });
    audit({ action: `qc.event.${input.kind}`, entity: 'instrument-event', entityId: row.id, after: row });
    return toEvent(row);
  });
}

export async function listInstrumentLog(
  lab: LabContext,
  actor: Actor,
  filter: {
    instrumentCode: string;
    testCode?: string;
    kinds?: readonly InstrumentEventKind[];
    from?: Date;
    to?: Date;
  },
): Promise<InstrumentEvent[]> {
  return runUseCase(lab, actor, 'read', async ({ tx }) =>
    (await listInstrumentEvents(tx, filter)).map(toEvent),
  );
}

export interface NewScheduledTask {
  readonly instrumentCode: string;
  readonly kind: InstrumentScheduleRow['kind'];
  readonly testCode?: string;
  readonly task: string;
  readonly intervalDays: number;
  readonly lastDoneAt?: Date;
}

/** Puts a recurring maintenance or calibration task on an instrument's schedule. */
export async function scheduleInstrumentTask(
  lab: LabContext,
  actor: Actor,
  input: NewScheduledTask,
): Promise<ScheduledTask> {
  return runUseCase(lab, actor, 'instrument:write', async ({ tx, now, audit }) => {
    const issues: LabErrorIssue[] = [];
    if (input.task.trim() === '') issues.push({ location: 'task', message: 'name the task' });
    if (!Number.isInteger(input.intervalDays) || input.intervalDays < 1) {
      issues.push({ location: 'intervalDays', message: 'a whole number of days, at least 1' });
    }
    if (issues.length > 0) throw LabError.invalid('The task cannot be scheduled', issues);
    if (input.testCode !== undefined) await quantitativeTest(tx, input.testCode);
    const from = input.lastDoneAt ?? now;
    const row = await insertInstrumentSchedule(tx, {
      ...input,
      task: input.task.trim(),
      dueAt: new Date(from.getTime() + input.intervalDays * DAY),
      createdBy: actor.username,
    });
    audit({ action: 'qc.schedule.create', entity: 'instrument-schedule', entityId: row.id, after: row });
    return toTask(row, now);
  });
}

/** Logs a scheduled task as done (an event on the instrument log) and moves its due date on. */
export async function completeInstrumentTask(
  lab: LabContext,
  actor: Actor,
  scheduleId: string,
  input: { at?: Date; note?: string } = {},
): Promise<{ task: ScheduledTask; event: InstrumentEvent }> {
  return runUseCase(lab, actor, 'qc:write', async ({ tx, now, audit }) => {
    const schedule = await findInstrumentSchedule(tx, scheduleId);
    if (schedule === undefined) throw LabError.notFound('Scheduled task', scheduleId);
    const at = input.at ?? now;
    if (at.getTime() > now.getTime()) {
      throw LabError.invalid('A task cannot be logged as done in the future', [
        { location: 'at', message: 'later than now' },
      ]);
    }
    const note = input.note?.trim();
    const event = await insertInstrumentEvent(tx, {
      instrumentCode: schedule.instrument_code,
      ...(schedule.test_code === null ? {} : { testCode: schedule.test_code }),
      kind: schedule.kind,
      at,
      description: note === undefined || note === '' ? schedule.task : `${schedule.task}: ${note}`,
      scheduleId: schedule.id,
      recordedBy: actor.username,
    });
    const updated = await markScheduleDone(
      tx,
      schedule.id,
      at,
      new Date(at.getTime() + schedule.interval_days * DAY),
    );
    audit({
      action: 'qc.schedule.done',
      entity: 'instrument-schedule',
      entityId: schedule.id,
      before: schedule,
      after: updated,
    });
    return { task: toTask(updated, now), event: toEvent(event) };
  });
}

/** The schedule, soonest due first; with `overdueOnly`, only what is past its due date now. */
export async function instrumentSchedule(
  lab: LabContext,
  actor: Actor,
  filter: { instrumentCode?: string; overdueOnly?: boolean } = {},
): Promise<ScheduledTask[]> {
  return runUseCase(lab, actor, 'read', async ({ tx, now }) => {
    const rows = await listInstrumentSchedules(tx, {
      ...(filter.instrumentCode === undefined ? {} : { instrumentCode: filter.instrumentCode }),
      ...(filter.overdueOnly === true ? { dueBefore: now } : {}),
    });
    return rows.map((row) => toTask(row, now));
  });
}
