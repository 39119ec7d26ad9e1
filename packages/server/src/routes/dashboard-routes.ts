import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { labDashboard } from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { errorResponses, json, security } from '../schemas.js';

const DashboardSchema = z
  .object({
    at: z.string(),
    windowHours: z.number(),
    inFlight: z.number().int(),
    heldForReview: z.number().int(),
    released: z.number().int(),
    autoverificationRate: z.number().nullable(),
    manualTouchesPerSpecimen: z.number().nullable(),
    turnaround: z.array(
      z.object({
        priority: z.string(),
        released: z.number().int(),
        medianMinutes: z.number().nullable(),
        p90Minutes: z.number().nullable(),
        withinTarget: z.number().nullable(),
      }),
    ),
    openCriticalCalls: z.array(
      z.object({
        id: z.string(),
        accessionNumber: z.string(),
        testCode: z.string(),
        value: z.unknown(),
        unit: z.string().nullable(),
        mrn: z.string(),
        patientName: z.string(),
        detectedAt: z.string(),
        escalationLevel: z.number().int(),
      }),
    ),
    qcHolds: z.array(
      z.object({
        id: z.string(),
        instrumentCode: z.string(),
        testCode: z.string(),
        source: z.string(),
        reason: z.string(),
        heldSince: z.string(),
      }),
    ),
  })
  .openapi('LabDashboard');

const dashboard = createRoute({
  method: 'get',
  path: '/api/dashboard',
  tags: ['dashboard'],
  summary:
    'What needs a person: in flight, held, autoverification rate, turnaround, critical calls, QC holds',
  security,
  request: {
    query: z.object({
      windowHours: z.coerce
        .number()
        .int()
        .min(1)
        .max(24 * 31)
        .default(24),
    }),
  },
  responses: { 200: json(DashboardSchema, 'The dashboard'), 401: errorResponses[401] },
});

/** Seconds between keep-alive comments on an idle event stream (proxies close silent connections). */
const HEARTBEAT_MS = 25_000;

export function dashboardRoutes(app: App, { lab, changes }: ServerInfo): void {
  app.openapi(dashboard, async (c) =>
    c.json(await labDashboard(lab, c.get('actor'), c.req.valid('query').windowHours), 200),
  );

  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/api/events',
    tags: ['dashboard'],
    summary:
      'Server-sent events: a `changed` event naming the tables whenever the lab’s work changes on any node',
    security,
    responses: { 200: { description: 'text/event-stream' }, 401: errorResponses[401] },
  });
  app.get('/api/events', (c) =>
    streamSSE(c, async (stream) => {
      let id = 0;
      await stream.writeSSE({
        event: 'ready',
        data: JSON.stringify({ at: new Date().toISOString() }),
        id: String(id++),
      });
      const unsubscribe = changes?.subscribe((tables) => {
        void stream.writeSSE({ event: 'changed', data: JSON.stringify({ tables }), id: String(id++) });
      });
      const heartbeat = setInterval(() => void stream.write(': keep-alive\n\n'), HEARTBEAT_MS);
      await new Promise<void>((resolve) => stream.onAbort(resolve));
      clearInterval(heartbeat);
      unsubscribe?.();
    }),
  );
}
