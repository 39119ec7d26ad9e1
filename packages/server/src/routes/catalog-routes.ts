import { createRoute, z } from '@hono/zod-openapi';
import {
  LabError,
  ClinicalSex,
  Container,
  DeltaMethod,
  Discipline,
  SpecimenType,
  ValueKind,
  type TestDefinition,
} from '@aliquot/domain';
import { catalogTestHistory, getCatalogTest, listCatalog, saveCatalogTest } from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { body, errorResponses, json, security } from '../schemas.js';

const values = <T extends Record<string, string>>(o: T) => Object.values(o) as [T[keyof T], ...T[keyof T][]];
const source = z.string().min(1);

export const TestDefinitionSchema = z
  .object({
    code: z.string().regex(/^[A-Z0-9][A-Z0-9_-]{0,31}$/, 'use 1–32 capital letters, digits, - or _'),
    loinc: z.string().optional(),
    name: z.string().min(1),
    discipline: z.enum(values(Discipline)),
    specimenType: z.enum(values(SpecimenType)),
    container: z.enum(values(Container)),
    valueKind: z.enum(values(ValueKind)),
    unit: z.string().optional().openapi({ description: 'UCUM unit, e.g. mmol/L' }),
    decimals: z.number().int().min(0).max(6).optional(),
    calculated: z.boolean().optional(),
    answers: z.array(z.string()).optional(),
    referenceIntervals: z.array(
      z.object({
        sex: z.enum([...values(ClinicalSex), 'any']),
        ageFromDays: z.number().int().min(0).optional(),
        ageToDays: z.number().int().min(1).optional(),
        low: z.number().optional(),
        high: z.number().optional(),
        text: z.string().optional(),
      }),
    ),
    critical: z.object({ low: z.number().optional(), high: z.number().optional(), source }).optional(),
    measuringRange: z
      .object({ low: z.number(), high: z.number(), maxDilution: z.number().min(1).optional() })
      .optional(),
    delta: z
      .object({
        method: z.enum(values(DeltaMethod)),
        limit: z.number().positive(),
        windowHours: z.number().positive(),
      })
      .optional(),
    variation: z
      .object({ cvi: z.number().min(0).optional(), cva: z.number().min(0).optional(), source })
      .optional(),
    allowableError: z
      .object({ percent: z.number().min(0).optional(), absolute: z.number().min(0).optional(), source })
      .optional(),
    serumIndexLimits: z
      .object({
        hemolysis: z.number().min(0).optional(),
        icterus: z.number().min(0).optional(),
        lipemia: z.number().min(0).optional(),
        source,
      })
      .optional(),
    stabilityMinutes: z.number().int().positive().optional(),
    turnaround: z
      .object({
        statMinutes: z.number().int().positive().optional(),
        routineMinutes: z.number().int().positive().optional(),
      })
      .optional(),
  })
  .openapi('TestDefinition');

const CatalogTestSchema = z
  .object({ definition: TestDefinitionSchema, version: z.number().int(), active: z.boolean() })
  .openapi('CatalogTest');
const PanelSchema = z
  .object({ code: z.string(), loinc: z.string().optional(), name: z.string(), members: z.array(z.string()) })
  .openapi('Panel');
const code = z.object({ code: z.string().min(1).max(32) });

const list = createRoute({
  method: 'get',
  path: '/api/catalog',
  tags: ['catalog'],
  summary: 'The test catalog: tests and panels',
  security,
  responses: {
    200: json(z.object({ tests: z.array(CatalogTestSchema), panels: z.array(PanelSchema) }), 'Catalog'),
    401: errorResponses[401],
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/catalog/tests/{code}',
  tags: ['catalog'],
  summary: 'One test definition',
  security,
  request: { params: code },
  responses: { 200: json(CatalogTestSchema, 'The test'), 401: errorResponses[401], 404: errorResponses[404] },
});

const history = createRoute({
  method: 'get',
  path: '/api/catalog/tests/{code}/history',
  tags: ['catalog'],
  summary: 'Every version of a test definition, newest first',
  security,
  request: { params: code },
  responses: {
    200: json(
      z.object({
        items: z.array(
          z.object({
            version: z.number(),
            definition: TestDefinitionSchema,
            changedAt: z.string(),
            changedBy: z.string(),
          }),
        ),
      }),
      'Versions',
    ),
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const save = createRoute({
  method: 'put',
  path: '/api/catalog/tests/{code}',
  tags: ['catalog'],
  summary: 'Create or edit a test definition (admin); a new version is kept',
  security,
  request: { params: code, body: body(TestDefinitionSchema) },
  responses: {
    200: json(CatalogTestSchema, 'Saved'),
    401: errorResponses[401],
    403: errorResponses[403],
    422: errorResponses[422],
  },
});

export function catalogRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(list, async (c) => {
    const catalog = await listCatalog(lab, c.get('actor'));
    return c.json(
      {
        tests: catalog.tests.map((t) => ({
          ...t,
          definition: t.definition as z.infer<typeof TestDefinitionSchema>,
        })),
        panels: catalog.panels.map((p) => ({ ...p, members: [...p.members] })),
      },
      200,
    );
  });
  app.openapi(read, async (c) => {
    const test = await getCatalogTest(lab, c.get('actor'), c.req.valid('param').code);
    return c.json({ ...test, definition: test.definition as z.infer<typeof TestDefinitionSchema> }, 200);
  });
  app.openapi(history, async (c) => {
    const items = await catalogTestHistory(lab, c.get('actor'), c.req.valid('param').code);
    return c.json(
      {
        items: items.map((i) => ({ ...i, definition: i.definition as z.infer<typeof TestDefinitionSchema> })),
      },
      200,
    );
  });
  app.openapi(save, async (c) => {
    const definition = c.req.valid('json') as TestDefinition;
    const pathCode = c.req.valid('param').code;
    if (definition.code !== pathCode) {
      throw LabError.invalid(`the body's code ${definition.code} differs from the path's ${pathCode}`);
    }
    const saved = await saveCatalogTest(lab, c.get('actor'), definition);
    return c.json({ ...saved, definition: saved.definition as z.infer<typeof TestDefinitionSchema> }, 200);
  });
}
