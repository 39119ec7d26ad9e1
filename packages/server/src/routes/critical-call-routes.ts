import { createRoute, z } from '@hono/zod-openapi';
import { AttemptOutcome, CallChannel, NotifyRole } from '@aliquot/engines/critical';
import { criticalCallLog, openCriticalCallList, recordCallAttempt } from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { ResultValueSchema, body, errorResponses, json, security } from '../schemas.js';

/** Critical-result calls: the open ones with their clocks, attempts and read-back, the reportable log. */

const values = <T extends Record<string, string>>(o: T) => Object.values(o) as [T[keyof T], ...T[keyof T][]];
const tags = ['critical calls'];

const CallSchema = z
  .object({
    id: z.string(),
    resultId: z.string(),
    accessionNumber: z.string(),
    patient: z.object({ id: z.string(), mrn: z.string(), name: z.string() }),
    testCode: z.string(),
    value: ResultValueSchema,
    unit: z.string().nullable(),
    direction: z.enum(['low', 'high']).nullable(),
    limit: z.number().nullable(),
    limitSource: z.string().nullable(),
    reason: z.string(),
    detectedAt: z.string(),
    status: z.enum(['open', 'completed', 'grouped']),
    minutesOpen: z.number(),
    escalationLevel: z.number().int(),
    callNow: z.string().nullable(),
    nextEscalation: z.object({ level: z.number().int(), role: z.string(), dueAt: z.string() }).nullable(),
    notifiedPerson: z.string().nullable(),
    notifiedRole: z.string().nullable(),
    readBackConfirmed: z.boolean(),
    completedBy: z.string().nullable(),
    completedAt: z.string().nullable(),
    minutesToNotification: z.number().nullable(),
    groupLeadId: z.string().nullable(),
    attempts: z.array(
      z.object({
        at: z.string(),
        reached: z.string(),
        role: z.string().nullable(),
        channel: z.string(),
        outcome: z.string(),
        byUser: z.string(),
      }),
    ),
  })
  .openapi('CriticalCall');

const open = createRoute({
  method: 'get',
  path: '/api/critical-calls/open',
  tags,
  summary: 'Open critical calls, oldest first, with their clocks, escalation level and whom to call now',
  security,
  responses: { 200: json(z.object({ items: z.array(CallSchema) }), 'Open calls'), 401: errorResponses[401] },
});

const attempt = createRoute({
  method: 'post',
  path: '/api/critical-calls/{id}/attempts',
  tags,
  summary: 'Record an attempt; reaching a caregiver who reads the result back completes the call',
  security,
  request: {
    params: z.object({ id: z.string().uuid() }),
    body: body(
      z.object({
        reached: z.string().trim().min(1).max(200).openapi({ description: 'The person or number tried' }),
        role: z.enum(values(NotifyRole)),
        channel: z.enum(values(CallChannel)),
        outcome: z.enum(values(AttemptOutcome)),
        readBackConfirmed: z.boolean().optional(),
        at: z.string().datetime({ offset: true }).optional(),
      }),
    ),
  },
  responses: {
    200: json(CallSchema, 'The call now'),
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    409: errorResponses[409],
    422: errorResponses[422],
  },
});

const log = createRoute({
  method: 'get',
  path: '/api/critical-calls/log',
  tags,
  summary: 'Every call in a period with attempts, and time to notification against the target',
  security,
  request: {
    query: z.object({
      from: z.string().datetime({ offset: true }).optional(),
      to: z.string().datetime({ offset: true }).optional(),
    }),
  },
  responses: {
    200: json(
      z.object({
        from: z.string().nullable(),
        to: z.string().nullable(),
        targetMinutes: z.number(),
        summary: z.record(z.string(), z.number()),
        calls: z.array(CallSchema),
      }),
      'The call log',
    ),
    401: errorResponses[401],
  },
});

type Call = z.infer<typeof CallSchema>;

export function criticalCallRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(open, async (c) =>
    c.json({ items: (await openCriticalCallList(lab, c.get('actor'))) as Call[] }, 200),
  );
  app.openapi(attempt, async (c) => {
    const { at, ...input } = c.req.valid('json');
    const call = await recordCallAttempt(lab, c.get('actor'), c.req.valid('param').id, {
      ...input,
      ...(at ? { at: new Date(at) } : {}),
    });
    return c.json(call as Call, 200);
  });
  app.openapi(log, async (c) => {
    const { from, to } = c.req.valid('query');
    const result = await criticalCallLog(lab, c.get('actor'), {
      ...(from ? { from: new Date(from) } : {}),
      ...(to ? { to: new Date(to) } : {}),
    });
    return c.json({ ...result, summary: { ...result.summary }, calls: result.calls as Call[] }, 200);
  });
}
