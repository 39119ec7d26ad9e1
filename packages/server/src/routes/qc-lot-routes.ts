import { createRoute, z } from '@hono/zod-openapi';
import {
  createControlLot,
  createControlMaterial,
  establishTarget,
  listLots,
  listMaterials,
  listTargets,
  retireControlLot,
  setManufacturerTarget,
  updateLot,
  updateCumulativeTarget,
} from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { body, errorResponses, json, security } from '../schemas.js';
import {
  asJson,
  ControlLotSchema,
  ControlMaterialSchema,
  InstrumentCode,
  QcTargetSchema,
  TestCode,
} from './qc-schemas.js';

/** Control materials, their lots (one per level) and per instrument × test targets (qc.md §1, §4). */

const tags = ['quality control'];
const refusals = {
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
  422: errorResponses[422],
};

const createMaterial = createRoute({
  method: 'post',
  path: '/api/qc/materials',
  tags,
  summary: 'Register a control material',
  security,
  request: {
    body: body(
      z.object({
        code: z.string().trim().min(1).max(40).openapi({ example: 'LIQ-CHEM' }),
        name: z.string().trim().min(1).max(200),
        manufacturer: z.string().max(200).optional(),
      }),
    ),
  },
  responses: { 201: json(ControlMaterialSchema, 'Registered'), ...refusals },
});

const materials = createRoute({
  method: 'get',
  path: '/api/qc/materials',
  tags,
  summary: 'Control materials',
  security,
  responses: { 200: json(z.object({ items: z.array(ControlMaterialSchema) }), 'Materials'), ...refusals },
});

const createLot = createRoute({
  method: 'post',
  path: '/api/qc/lots',
  tags,
  summary: 'Register a lot of one control level; an expired lot is refused',
  security,
  request: {
    body: body(
      z.object({
        materialId: z.string().min(1),
        level: z.string().trim().min(1).max(20).openapi({ example: 'L1' }),
        lotNumber: z.string().trim().min(1).max(60).openapi({ example: '45861' }),
        expiresOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use the form YYYY-MM-DD'),
        specimenId: z
          .string()
          .max(60)
          .optional()
          .openapi({ description: 'The barcode on the tubes, as instruments report it' }),
      }),
    ),
  },
  responses: { 201: json(ControlLotSchema, 'Registered'), ...refusals },
});

const lots = createRoute({
  method: 'get',
  path: '/api/qc/lots',
  tags,
  summary: 'Control lots in use (or all, with includeInactive)',
  security,
  request: {
    query: z.object({
      materialId: z.string().optional(),
      includeInactive: z.enum(['true', 'false']).optional(),
    }),
  },
  responses: { 200: json(z.object({ items: z.array(ControlLotSchema) }), 'Lots'), ...refusals },
});

const updateLotRoute = createRoute({
  method: 'patch',
  path: '/api/qc/lots/{lotId}',
  tags,
  summary: "Change a lot's specimen ID (barcode) or correct its expiry date",
  security,
  request: {
    params: z.object({ lotId: z.string().min(1) }),
    body: body(
      z.object({
        specimenId: z.string().max(60).nullable().optional(),
        expiresOn: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, 'use the form YYYY-MM-DD')
          .optional(),
      }),
    ),
  },
  responses: { 200: json(ControlLotSchema, 'Changed'), ...refusals },
});

const retireLot = createRoute({
  method: 'post',
  path: '/api/qc/lots/{lotId}/retire',
  tags,
  summary: 'Take a lot out of use; its values stay on the charts',
  security,
  request: { params: z.object({ lotId: z.string().min(1) }) },
  responses: { 200: json(ControlLotSchema, 'Retired'), ...refusals },
});

const TargetKey = z.object({ instrumentCode: InstrumentCode, testCode: TestCode, lotId: z.string().min(1) });

const setTarget = createRoute({
  method: 'post',
  path: '/api/qc/targets',
  tags,
  summary: "Put the manufacturer's mean with a provisional SD in force for a lot on an instrument × test",
  security,
  request: {
    body: body(
      TargetKey.extend({
        mean: z.number(),
        sd: z.number().openapi({ description: 'Must be greater than 0' }),
      }),
    ),
  },
  responses: { 201: json(QcTargetSchema, 'In force'), ...refusals },
});

const targets = createRoute({
  method: 'get',
  path: '/api/qc/targets',
  tags,
  summary: 'Targets in force (or their history)',
  security,
  request: {
    query: z.object({
      instrumentCode: z.string().optional(),
      testCode: z.string().optional(),
      lotId: z.string().optional(),
      includeHistory: z.enum(['true', 'false']).optional(),
    }),
  },
  responses: { 200: json(z.object({ items: z.array(QcTargetSchema) }), 'Targets'), ...refusals },
});

const Policy = z.object({
  minimumValues: z.number().int().min(2).optional(),
  minimumRuns: z.number().int().min(1).optional(),
  minimumProvisionalValues: z.number().int().min(2).optional(),
  longTermCvPercent: z.number().positive().optional(),
});

const EstablishedSchema = z.object({
  target: QcTargetSchema,
  calculation: z.object({
    status: z.enum(['established', 'provisional', 'insufficient']),
    n: z.number().int(),
    runCount: z.number().int(),
    excludedCount: z.number().int(),
    mean: z.number().optional(),
    sd: z.number().optional(),
    cvPercent: z.number().optional(),
    shortfalls: z.array(z.string()),
  }),
});

const establish = createRoute({
  method: 'post',
  path: '/api/qc/targets/establish',
  tags,
  summary: "Establish the lab's target from ≥ 20 values from ≥ 20 runs of the lot (CLSI C24)",
  security,
  request: {
    body: body(TargetKey.extend({ policy: Policy.optional(), allowProvisional: z.boolean().optional() })),
  },
  responses: { 201: json(EstablishedSchema, 'Established'), ...refusals },
});

const cumulative = createRoute({
  method: 'post',
  path: '/api/qc/targets/cumulative',
  tags,
  summary: 'Replace the target with the cumulative mean and SD of the accepted values',
  security,
  request: { body: body(TargetKey.extend({ policy: Policy.optional() })) },
  responses: { 201: json(EstablishedSchema, 'Updated'), ...refusals },
});

export function qcLotRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(createMaterial, async (c) =>
    c.json(await createControlMaterial(lab, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(materials, async (c) => c.json({ items: await listMaterials(lab, c.get('actor')) }, 200));
  app.openapi(createLot, async (c) =>
    c.json(await createControlLot(lab, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(lots, async (c) => {
    const query = c.req.valid('query');
    const items = await listLots(lab, c.get('actor'), {
      ...(query.materialId === undefined ? {} : { materialId: query.materialId }),
      includeInactive: query.includeInactive === 'true',
    });
    return c.json({ items }, 200);
  });
  app.openapi(updateLotRoute, async (c) =>
    c.json(await updateLot(lab, c.get('actor'), c.req.valid('param').lotId, c.req.valid('json')), 200),
  );
  app.openapi(retireLot, async (c) =>
    c.json(await retireControlLot(lab, c.get('actor'), c.req.valid('param').lotId), 200),
  );
  app.openapi(setTarget, async (c) =>
    c.json(await setManufacturerTarget(lab, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(targets, async (c) => {
    const { includeHistory, ...filter } = c.req.valid('query');
    const items = await listTargets(lab, c.get('actor'), {
      ...filter,
      includeHistory: includeHistory === 'true',
    });
    return c.json({ items }, 200);
  });
  app.openapi(establish, async (c) =>
    c.json(asJson(await establishTarget(lab, c.get('actor'), c.req.valid('json'))), 201),
  );
  app.openapi(cumulative, async (c) =>
    c.json(asJson(await updateCumulativeTarget(lab, c.get('actor'), c.req.valid('json'))), 201),
  );
}
