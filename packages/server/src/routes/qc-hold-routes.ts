import { createRoute, z } from '@hono/zod-openapi';
import {
  getHold,
  holdLookBack,
  liftHold,
  listHolds,
  overrideHold,
  placeManualHold,
  recordCorrectiveAction,
} from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { PageQuery, body, errorResponses, json, page, security } from '../schemas.js';
import {
  CorrectiveActionSchema,
  InstrumentCode,
  InstrumentHoldSchema,
  LookBackEntrySchema,
  PlacedHoldSchema,
  TestCode,
  asJson,
  dateTime,
} from './qc-schemas.js';

/**
 * Holds on instrument × test (qc.md §9): the list, each hold's look-back list of released patient
 * results (42 CFR 493.1282(b)(2)), corrective actions, lifting after an accepted QC run, and the
 * privileged override with its reason.
 */

const tags = ['quality control'];
const refusals = {
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
  422: errorResponses[422],
};
const holdId = z.object({ holdId: z.string().uuid() });

const list = createRoute({
  method: 'get',
  path: '/api/qc/holds',
  tags,
  summary: 'Holds on instrument × test, newest first (open=true for those in force)',
  security,
  request: {
    query: PageQuery.extend({
      open: z.enum(['true', 'false']).optional(),
      instrumentCode: z.string().optional(),
      testCode: z.string().optional(),
    }),
  },
  responses: { 200: json(page(InstrumentHoldSchema), 'Holds'), ...refusals },
});

const place = createRoute({
  method: 'post',
  path: '/api/qc/holds',
  tags,
  summary: 'Hold a test on an instrument by hand, with a reason',
  security,
  request: {
    body: body(
      z.object({ instrumentCode: InstrumentCode, testCode: TestCode, reason: z.string().min(1).max(2000) }),
    ),
  },
  responses: { 201: json(PlacedHoldSchema, 'Held, with the look-back list'), ...refusals },
});

const read = createRoute({
  method: 'get',
  path: '/api/qc/holds/{holdId}',
  tags,
  summary: 'One hold with its corrective actions',
  security,
  request: { params: holdId },
  responses: { 200: json(InstrumentHoldSchema, 'The hold'), ...refusals },
});

const lookBack = createRoute({
  method: 'get',
  path: '/api/qc/holds/{holdId}/look-back',
  tags,
  summary: 'Patient results of the held test released by the instrument since the last accepted QC',
  security,
  request: { params: holdId },
  responses: {
    200: json(
      z.object({ hold: InstrumentHoldSchema, results: z.array(LookBackEntrySchema), truncated: z.boolean() }),
      'The results to evaluate for impact',
    ),
    ...refusals,
  },
});

const correct = createRoute({
  method: 'post',
  path: '/api/qc/holds/{holdId}/corrective-actions',
  tags,
  summary: 'Record a corrective action: cause, action, who, when',
  security,
  request: {
    params: holdId,
    body: body(
      z.object({
        cause: z.string().max(2000),
        action: z.string().max(2000),
        performedBy: z.string().max(200).optional(),
        performedAt: dateTime.optional(),
      }),
    ),
  },
  responses: { 201: json(CorrectiveActionSchema, 'Recorded'), ...refusals },
});

const lift = createRoute({
  method: 'post',
  path: '/api/qc/holds/{holdId}/lift',
  tags,
  summary: 'Lift a hold: needs a corrective action and a QC run accepted after it',
  security,
  request: { params: holdId },
  responses: { 200: json(InstrumentHoldSchema, 'Lifted'), ...refusals },
});

const override = createRoute({
  method: 'post',
  path: '/api/qc/holds/{holdId}/override',
  tags,
  summary: 'Lift a hold without corrective action (qc:override permission, reason required, audited)',
  security,
  request: { params: holdId, body: body(z.object({ reason: z.string().max(2000) })) },
  responses: { 200: json(InstrumentHoldSchema, 'Lifted by override'), ...refusals },
});

export function qcHoldRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(list, async (c) => {
    const { open, ...query } = c.req.valid('query');
    const { items, total } = await listHolds(lab, c.get('actor'), {
      ...query,
      ...(open === undefined ? {} : { open: open === 'true' }),
    });
    return c.json(asJson({ items, total, limit: query.limit, offset: query.offset }), 200);
  });
  app.openapi(place, async (c) =>
    c.json(asJson(await placeManualHold(lab, c.get('actor'), c.req.valid('json'))), 201),
  );
  app.openapi(read, async (c) =>
    c.json(asJson(await getHold(lab, c.get('actor'), c.req.valid('param').holdId)), 200),
  );
  app.openapi(lookBack, async (c) =>
    c.json(asJson(await holdLookBack(lab, c.get('actor'), c.req.valid('param').holdId)), 200),
  );
  app.openapi(correct, async (c) => {
    const input = c.req.valid('json');
    const action = await recordCorrectiveAction(lab, c.get('actor'), c.req.valid('param').holdId, {
      cause: input.cause,
      action: input.action,
      ...(input.performedBy === undefined ? {} : { performedBy: input.performedBy }),
      ...(input.performedAt === undefined ? {} : { performedAt: new Date(input.performedAt) }),
    });
    return c.json(action, 201);
  });
  app.openapi(lift, async (c) =>
    c.json(asJson(await liftHold(lab, c.get('actor'), c.req.valid('param').holdId)), 200),
  );
  app.openapi(override, async (c) =>
    c.json(
      asJson(
        await overrideHold(lab, c.get('actor'), c.req.valid('param').holdId, c.req.valid('json').reason),
      ),
      200,
    ),
  );
}
