import { createRoute, z } from '@hono/zod-openapi';
import { pbrtqcChart } from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { errorResponses, json, security } from '../schemas.js';
import { InstrumentCode, TestCode, asJson, dateTime, optionalDate } from './qc-schemas.js';
import { PbrtqcMonitorSchema } from './qc-design-routes.js';

/** The moving-average (PBRTQC) chart of an instrument × test: statistic over time, limits, alarms. */

const PbrtqcChartSchema = z
  .object({
    monitor: PbrtqcMonitorSchema,
    points: z.array(
      z.object({
        resultId: z.string(),
        at: z.string(),
        value: z.number(),
        included: z.boolean().openapi({ description: 'False when truncation dropped the result' }),
        statistic: z.number().nullable().openapi({ description: 'Null while the statistic warms up' }),
        beyondLimit: z.enum(['high', 'low']).nullable(),
      }),
    ),
    alarms: z.array(
      z.object({
        id: z.string(),
        resultId: z.string().nullable(),
        side: z.enum(['high', 'low']),
        statistic: z.number(),
        limit: z.number(),
        raisedAt: z.string(),
      }),
    ),
  })
  .openapi('PbrtqcChart');

const chart = createRoute({
  method: 'get',
  path: '/api/qc/pbrtqc/chart',
  tags: ['quality control'],
  summary:
    "A PBRTQC monitor's statistic at each patient result (the latest 500 by default), its limits and alarms",
  description:
    'The statistic is recomputed with the monitor’s settings over the numeric patient results the ' +
    'instrument sent, in the order they were entered; alarms are those the live monitor raised.',
  security,
  request: {
    query: z.object({
      instrumentCode: InstrumentCode,
      testCode: TestCode,
      from: dateTime.optional(),
      to: dateTime.optional(),
      limit: z.coerce.number().int().min(10).max(20_000).optional(),
    }),
  },
  responses: {
    200: json(PbrtqcChartSchema, 'Chart data'),
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    422: errorResponses[422],
  },
});

export function qcPbrtqcChartRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(chart, async (c) => {
    const { instrumentCode, testCode, from, to, limit } = c.req.valid('query');
    const fromDate = optionalDate(from);
    const toDate = optionalDate(to);
    const data = await pbrtqcChart(
      lab,
      c.get('actor'),
      { instrumentCode, testCode },
      {
        ...(fromDate === undefined ? {} : { from: fromDate }),
        ...(toDate === undefined ? {} : { to: toDate }),
        ...(limit === undefined ? {} : { limit }),
      },
    );
    return c.json(asJson(data), 200);
  });
}
