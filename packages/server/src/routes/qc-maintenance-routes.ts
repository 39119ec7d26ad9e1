import { createRoute, z } from '@hono/zod-openapi';
import {
  InstrumentEventKinds,
  completeInstrumentTask,
  instrumentSchedule,
  listInstrumentLog,
  recordInstrumentEvent,
  scheduleInstrumentTask,
} from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { body, errorResponses, json, security } from '../schemas.js';
import { InstrumentCode, TestCode, dateTime, optionalDate } from './qc-schemas.js';

/**
 * The instrument log (lot changes, calibrations, maintenance, comments: the annotations of the
 * Levey–Jennings charts) and the maintenance and calibration schedule with its overdue list.
 */

const tags = ['quality control'];
const refusals = {
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
  422: errorResponses[422],
};
const EventKind = z.enum(InstrumentEventKinds);

const EventSchema = z
  .object({
    id: z.string(),
    instrumentCode: z.string(),
    testCode: z.string().nullable(),
    kind: EventKind,
    at: z.string(),
    description: z.string(),
    lotNumber: z.string().nullable(),
    scheduleId: z.string().nullable(),
    recordedBy: z.string(),
  })
  .openapi('InstrumentEvent');

const TaskSchema = z
  .object({
    id: z.string(),
    instrumentCode: z.string(),
    kind: z.enum(['maintenance', 'calibration']),
    testCode: z.string().nullable(),
    task: z.string(),
    intervalDays: z.number().int(),
    lastDoneAt: z.string().nullable(),
    dueAt: z.string(),
    overdue: z.boolean(),
    daysOverdue: z.number().int(),
  })
  .openapi('ScheduledTask');

const record = createRoute({
  method: 'post',
  path: '/api/qc/instrument-events',
  tags,
  summary: 'Log a control, reagent or calibrator lot change, a calibration, maintenance or a comment',
  security,
  request: {
    body: body(
      z.object({
        instrumentCode: InstrumentCode,
        testCode: TestCode.optional().openapi({ description: 'Omit for an event concerning every test' }),
        kind: EventKind,
        at: dateTime.optional(),
        description: z.string().max(2000),
        lotNumber: z.string().max(60).optional(),
      }),
    ),
  },
  responses: { 201: json(EventSchema, 'Logged'), ...refusals },
});

const log = createRoute({
  method: 'get',
  path: '/api/qc/instrument-events',
  tags,
  summary: 'The log of an instrument (for one test, with the instrument-wide events)',
  security,
  request: {
    query: z.object({
      instrumentCode: InstrumentCode,
      testCode: z.string().optional(),
      kind: EventKind.optional(),
      from: dateTime.optional(),
      to: dateTime.optional(),
    }),
  },
  responses: { 200: json(z.object({ items: z.array(EventSchema) }), 'Events'), ...refusals },
});

const schedule = createRoute({
  method: 'post',
  path: '/api/qc/schedule',
  tags,
  summary: 'Put a recurring maintenance or calibration task on an instrument’s schedule',
  security,
  request: {
    body: body(
      z.object({
        instrumentCode: InstrumentCode,
        kind: z.enum(['maintenance', 'calibration']),
        testCode: TestCode.optional(),
        task: z.string().max(200),
        intervalDays: z.number().int(),
        lastDoneAt: dateTime.optional(),
      }),
    ),
  },
  responses: { 201: json(TaskSchema, 'Scheduled'), ...refusals },
});

const tasks = createRoute({
  method: 'get',
  path: '/api/qc/schedule',
  tags,
  summary: 'The schedule, soonest due first; overdue=true for the overdue list',
  security,
  request: {
    query: z.object({ instrumentCode: z.string().optional(), overdue: z.enum(['true', 'false']).optional() }),
  },
  responses: { 200: json(z.object({ items: z.array(TaskSchema) }), 'Tasks'), ...refusals },
});

const done = createRoute({
  method: 'post',
  path: '/api/qc/schedule/{taskId}/done',
  tags,
  summary: 'Log a scheduled task as done; its next due date moves on by its interval',
  security,
  request: {
    params: z.object({ taskId: z.string().uuid() }),
    body: body(z.object({ at: dateTime.optional(), note: z.string().max(2000).optional() })),
  },
  responses: { 200: json(z.object({ task: TaskSchema, event: EventSchema }), 'Logged'), ...refusals },
});

export function qcMaintenanceRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(record, async (c) => {
    const { at, ...input } = c.req.valid('json');
    const when = optionalDate(at);
    return c.json(
      await recordInstrumentEvent(lab, c.get('actor'), { ...input, ...(when ? { at: when } : {}) }),
      201,
    );
  });
  app.openapi(log, async (c) => {
    const { kind, from, to, ...query } = c.req.valid('query');
    const fromDate = optionalDate(from);
    const toDate = optionalDate(to);
    const items = await listInstrumentLog(lab, c.get('actor'), {
      ...query,
      ...(kind === undefined ? {} : { kinds: [kind] }),
      ...(fromDate === undefined ? {} : { from: fromDate }),
      ...(toDate === undefined ? {} : { to: toDate }),
    });
    return c.json({ items }, 200);
  });
  app.openapi(schedule, async (c) => {
    const { lastDoneAt, ...input } = c.req.valid('json');
    const last = optionalDate(lastDoneAt);
    return c.json(
      await scheduleInstrumentTask(lab, c.get('actor'), { ...input, ...(last ? { lastDoneAt: last } : {}) }),
      201,
    );
  });
  app.openapi(tasks, async (c) => {
    const { overdue, ...query } = c.req.valid('query');
    return c.json(
      { items: await instrumentSchedule(lab, c.get('actor'), { ...query, overdueOnly: overdue === 'true' }) },
      200,
    );
  });
  app.openapi(done, async (c) => {
    const { at, note } = c.req.valid('json');
    const when = optionalDate(at);
    const result = await completeInstrumentTask(lab, c.get('actor'), c.req.valid('param').taskId, {
      ...(when === undefined ? {} : { at: when }),
      ...(note === undefined ? {} : { note }),
    });
    return c.json(result, 200);
  });
}
