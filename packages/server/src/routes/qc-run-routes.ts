import { createRoute, z } from '@hono/zod-openapi';
import { enterQcRun, getQcRun, leveyJenningsData, listQcRunViews, zChartData } from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { PageQuery, body, errorResponses, json, page, security } from '../schemas.js';
import {
  ChartWindow,
  InstrumentCode,
  LeveyJenningsSchema,
  QcRunOutcomeSchema,
  QcRunSchema,
  TestCode,
  ZChartSchema,
  asJson,
  dateTime,
  optionalDate,
} from './qc-schemas.js';

/** QC runs entered by hand, judged by the Westgard rules in force; Levey–Jennings and z-chart data. */

const tags = ['quality control'];
const refusals = {
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
  422: errorResponses[422],
};

const enter = createRoute({
  method: 'post',
  path: '/api/qc/runs',
  tags,
  summary: 'Enter a QC run by hand; the answer is the decision, each violation in words, and any hold',
  description:
    'Every value is checked first: an unknown lot, an expired lot, a level without a target on this ' +
    'instrument × test or a wrong unit refuses the whole run, naming each problem. A rejection puts the ' +
    'instrument × test on hold and lists the patient results released since the last accepted QC.',
  security,
  request: {
    body: body(
      z
        .object({
          instrumentCode: InstrumentCode,
          testCode: TestCode,
          measuredAt: dateTime.optional(),
          comment: z.string().max(2000).optional(),
          values: z
            .array(
              z.object({
                lotId: z.string().min(1),
                value: z.number(),
                unit: z.string().max(40).optional(),
                measuredAt: dateTime.optional(),
              }),
            )
            .min(1)
            .max(24),
        })
        .openapi('ManualQcRun'),
    ),
  },
  responses: { 201: json(QcRunOutcomeSchema, 'Recorded and judged'), ...refusals },
});

const list = createRoute({
  method: 'get',
  path: '/api/qc/runs',
  tags,
  summary: 'QC runs, newest first',
  security,
  request: {
    query: PageQuery.extend({ instrumentCode: z.string().optional(), testCode: z.string().optional() }),
  },
  responses: { 200: json(page(QcRunSchema), 'Runs'), ...refusals },
});

const read = createRoute({
  method: 'get',
  path: '/api/qc/runs/{runId}',
  tags,
  summary: 'One QC run with its observations and violations',
  security,
  request: { params: z.object({ runId: z.string().uuid() }) },
  responses: { 200: json(QcRunSchema, 'The run'), ...refusals },
});

const leveyJennings = createRoute({
  method: 'get',
  path: '/api/qc/levey-jennings',
  tags,
  summary: 'Levey–Jennings data for one instrument × test × level × lot',
  description:
    'Mean and ±1/2/3 SD lines of the target in force, every point with its z, status and the rules it ' +
    'broke, and annotations (lot changes, calibrations, maintenance) placed between points.',
  security,
  request: { query: ChartWindow.extend({ lotId: z.string().min(1) }) },
  responses: { 200: json(LeveyJenningsSchema, 'Chart data'), ...refusals },
});

const zChart = createRoute({
  method: 'get',
  path: '/api/qc/z-chart',
  tags,
  summary: 'All control levels of an instrument × test on one z axis (the last 31 days by default)',
  security,
  request: { query: ChartWindow },
  responses: { 200: json(ZChartSchema, 'Chart data'), ...refusals },
});

export function qcRunRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(enter, async (c) => {
    const input = c.req.valid('json');
    const outcome = await enterQcRun(lab, c.get('actor'), {
      instrumentCode: input.instrumentCode,
      testCode: input.testCode,
      ...(input.measuredAt === undefined ? {} : { measuredAt: new Date(input.measuredAt) }),
      ...(input.comment === undefined ? {} : { comment: input.comment }),
      values: input.values.map((value) => ({
        lotId: value.lotId,
        value: value.value,
        ...(value.unit === undefined ? {} : { unit: value.unit }),
        ...(value.measuredAt === undefined ? {} : { measuredAt: new Date(value.measuredAt) }),
      })),
    });
    return c.json(asJson(outcome), 201);
  });
  app.openapi(list, async (c) => {
    const query = c.req.valid('query');
    const { items, total } = await listQcRunViews(lab, c.get('actor'), query);
    return c.json(asJson({ items, total, limit: query.limit, offset: query.offset }), 200);
  });
  app.openapi(read, async (c) =>
    c.json(asJson(await getQcRun(lab, c.get('actor'), c.req.valid('param').runId)), 200),
  );
  app.openapi(leveyJennings, async (c) => {
    const { from, to, ...query } = c.req.valid('query');
    const data = await leveyJenningsData(lab, c.get('actor'), {
      ...query,
      ...(from === undefined ? {} : { from: new Date(from) }),
      ...(to === undefined ? {} : { to: new Date(to) }),
    });
    return c.json(asJson(data), 200);
  });
  app.openapi(zChart, async (c) => {
    const { from, to, ...query } = c.req.valid('query');
    const fromDate = optionalDate(from);
    const toDate = optionalDate(to);
    const data = await zChartData(lab, c.get('actor'), {
      ...query,
      ...(fromDate === undefined ? {} : { from: fromDate }),
      ...(toDate === undefined ? {} : { to: toDate }),
    });
    return c.json(asJson(data), 200);
  });
}
