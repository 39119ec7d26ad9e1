import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { orderReport, patientReport, type RenderedReport } from '@aliquot/services';
import type { App, AppEnv, ServerInfo } from '../app-env.js';
import { labSettingsFromEnvironment } from '../lab-identity.js';
import { errorResponses, security } from '../schemas.js';

const pdf = (description: string) => ({
  description,
  content: { 'application/pdf': { schema: z.string().openapi({ type: 'string', format: 'binary' }) } },
});

const patientReportRoute = createRoute({
  method: 'get',
  path: '/api/patients/{id}/report.pdf',
  tags: ['reports'],
  summary:
    "The patient's cumulative report: every order, results, ranges, flags, corrections, critical calls",
  security,
  request: { params: z.object({ id: z.string().uuid() }) },
  responses: { 200: pdf('The report'), 401: errorResponses[401], 404: errorResponses[404] },
});

const orderReportRoute = createRoute({
  method: 'get',
  path: '/api/orders/{id}/report.pdf',
  tags: ['reports'],
  summary: "One order's report",
  security,
  request: { params: z.object({ id: z.string().uuid() }) },
  responses: { 200: pdf('The report'), 401: errorResponses[401], 404: errorResponses[404] },
});

const send = (c: Context<AppEnv>, report: RenderedReport) =>
  c.body(new Uint8Array(report.pdf), 200, {
    'content-type': 'application/pdf',
    'content-disposition': `inline; filename="${report.fileName}"`,
    'cache-control': 'no-store',
  });

/** PDF reports: per patient (cumulative) and per order. */
export function reportRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(patientReportRoute, async (c) =>
    send(c, await patientReport(lab, c.get('actor'), c.req.valid('param').id, labSettingsFromEnvironment())),
  );
  app.openapi(orderReportRoute, async (c) =>
    send(c, await orderReport(lab, c.get('actor'), c.req.valid('param').id, labSettingsFromEnvironment())),
  );
}
