import { createRoute, z } from '@hono/zod-openapi';
import {
  configurePbrtqc,
  decideQcRules,
  effectiveRulesFor,
  listPbrtqc,
  recommendQcRules,
  simulatePbrtqc,
  type PbrtqcTuning,
  type SigmaQuestion,
} from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { body, errorResponses, json, security } from '../schemas.js';
import {
  InstrumentCode,
  TestCode,
  WestgardRuleSchema,
  asJson,
  dateTime,
  optionalDate,
} from './qc-schemas.js';

/** QC design by sigma (qc.md §5) and patient-based real-time QC settings and tuning (qc.md §8). */

const tags = ['quality control'];
const refusals = {
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
  422: errorResponses[422],
};
const Key = z.object({ instrumentCode: InstrumentCode, testCode: TestCode });

const EffectiveRulesSchema = z
  .object({
    instrumentCode: z.string(),
    testCode: z.string(),
    config: z.object({ rules: z.array(WestgardRuleSchema), resetAtControlLotChange: z.boolean() }),
    runWindowMinutes: z.number().int(),
    origin: z.enum(['sigma-accepted', 'lab-override', 'default-from-sigma', 'default-standard']),
    sigma: z.number().nullable(),
    reasoning: z.array(z.string()),
  })
  .openapi('QcRulesInForce');

const Design = z.object({ n: z.number().int(), runs: z.number().int() });
const SigmaSchema = z
  .object({
    instrumentCode: z.string(),
    testCode: z.string(),
    inputs: z.object({
      teaPercent: z.number().optional(),
      teaAbsolute: z.number().optional(),
      teaSource: z.string(),
      biasPercent: z.number(),
      cvPercent: z.number(),
      cvSource: z.string(),
      decisionLevel: z.number(),
      levels: z.union([z.literal(2), z.literal(3)]),
    }),
    recommendation: z.object({
      sigma: z.number(),
      levels: z.union([z.literal(2), z.literal(3)]),
      rules: z.array(WestgardRuleSchema),
      design: Design,
      alternativeDesigns: z.array(Design),
      fitForRoutineUse: z.boolean(),
      tableName: z.string(),
      tableVerification: z.enum(['verified', 'unverified']),
      reasoning: z.array(z.string()),
      teaPercent: z.number(),
      teaGovernedBy: z.enum(['percent', 'absolute']),
    }),
    current: EffectiveRulesSchema,
  })
  .openapi('SigmaRecommendation');

const SigmaQuery = Key.extend({
  biasPercent: z.coerce.number().openapi({ description: 'From PT/EQA or peer comparison' }),
  cvPercent: z.coerce.number().positive().optional(),
  decisionLevel: z.coerce.number().optional(),
  levels: z.enum(['2', '3']).optional(),
});

const sigma = createRoute({
  method: 'get',
  path: '/api/qc/sigma',
  tags,
  summary: 'Sigma metric and recommended Westgard rules for an instrument × test, with the reasoning',
  security,
  request: { query: SigmaQuery },
  responses: { 200: json(SigmaSchema, 'Recommendation'), ...refusals },
});

const decide = createRoute({
  method: 'post',
  path: '/api/qc/rules',
  tags,
  summary: 'Accept the sigma recommendation, or override it with other rules and a reason',
  security,
  request: {
    body: body(
      Key.extend({
        biasPercent: z.number(),
        cvPercent: z.number().positive().optional(),
        decisionLevel: z.number().optional(),
        levels: z.union([z.literal(2), z.literal(3)]).optional(),
        decision: z.discriminatedUnion('choice', [
          z.object({ choice: z.literal('accept') }),
          z.object({ choice: z.literal('override'), rules: z.array(z.string()).min(1), reason: z.string() }),
        ]),
        resetAtControlLotChange: z.boolean().optional(),
        runWindowMinutes: z.number().int().positive().optional(),
      }),
    ),
  },
  responses: { 200: json(SigmaSchema, 'Stored; later runs are judged by it'), ...refusals },
});

const rules = createRoute({
  method: 'get',
  path: '/api/qc/rules',
  tags,
  summary: 'The rules that judge the next QC run of an instrument × test, and where they come from',
  security,
  request: { query: Key },
  responses: { 200: json(EffectiveRulesSchema, 'Rules in force'), ...refusals },
});

const Calculation = z.discriminatedUnion('method', [
  z.object({ method: z.literal('sma'), blockSize: z.number().int().min(1).max(1000) }),
  z.object({ method: z.literal('mm'), blockSize: z.number().int().min(1).max(1000) }),
  z.object({ method: z.literal('ewma'), lambda: z.number().gt(0).max(1), startValue: z.number().optional() }),
]);
const Procedure = z.object({
  calculation: Calculation,
  truncation: z
    .object({ low: z.number(), high: z.number(), mode: z.enum(['truncate', 'winsorize']) })
    .optional(),
});
const Limits = z.object({ lower: z.number(), upper: z.number() });
const History = z.object({
  from: dateTime.optional(),
  to: dateTime.optional(),
  limit: z.number().int().min(10).max(200_000).optional(),
});
const Derived = Limits.extend({
  statisticCount: z.number().int(),
  observedFalseAlarmRate: z.number(),
  adequate: z.boolean(),
});
export const PbrtqcMonitorSchema = z
  .object({
    instrumentCode: z.string(),
    testCode: z.string(),
    settings: Procedure.extend({ controlLimits: Limits }),
    enabled: z.boolean(),
    lastStatistic: z.number().nullable(),
    resultsSeen: z.number().int(),
    configuredBy: z.string(),
    configuredAt: z.string(),
  })
  .openapi('PbrtqcMonitor');

const monitors = createRoute({
  method: 'get',
  path: '/api/qc/pbrtqc',
  tags,
  summary: 'PBRTQC monitors with their settings and latest statistic',
  security,
  request: { query: z.object({ instrumentCode: z.string().optional(), testCode: z.string().optional() }) },
  responses: { 200: json(z.object({ items: z.array(PbrtqcMonitorSchema) }), 'Monitors'), ...refusals },
});

const configure = createRoute({
  method: 'put',
  path: '/api/qc/pbrtqc',
  tags,
  summary:
    'Set a PBRTQC monitor; limits are derived from released results when only a false-alarm rate is given',
  security,
  request: {
    body: body(
      Key.extend({
        procedure: Procedure,
        controlLimits: Limits.optional(),
        falseAlarmRate: z.number().gt(0).lt(1).optional(),
        history: History.optional(),
        enabled: z.boolean().optional(),
      }),
    ),
  },
  responses: {
    200: json(z.object({ monitor: PbrtqcMonitorSchema, derivedLimits: Derived.nullable() }), 'Set'),
    ...refusals,
  },
});

const simulate = createRoute({
  method: 'post',
  path: '/api/qc/pbrtqc/simulations',
  tags,
  summary: 'Tuning: simulate a bias on the stored patient results; ANPed, MNPed, 95NPed, false-alarm rate',
  security,
  request: {
    body: body(
      Key.extend({
        bias: z.object({ kind: z.enum(['absolute', 'percent']), amount: z.number() }),
        procedure: Procedure.optional(),
        controlLimits: Limits.optional(),
        falseAlarmRate: z.number().gt(0).lt(1).optional(),
        introductions: z.number().int().min(1).max(10_000).optional(),
        seed: z.number().int().optional(),
        history: History.optional(),
      }),
    ),
  },
  responses: {
    200: json(
      z
        .object({
          instrumentCode: z.string(),
          testCode: z.string(),
          settings: Procedure.extend({ controlLimits: Limits }),
          derivedLimits: Derived.nullable(),
          data: z.object({ results: z.number().int(), mean: z.number(), sd: z.number() }),
          bias: z.object({ kind: z.enum(['absolute', 'percent']), amount: z.number() }),
          seed: z.number().int(),
          report: z.object({
            introductions: z.number().int(),
            detected: z.number().int(),
            undetected: z.number().int(),
            anped: z.number().optional(),
            mnped: z.number().optional(),
            p95nped: z.number().optional(),
            npeds: z.array(z.number()),
            falseAlarmRate: z.number(),
            falseAlarms: z.number().int(),
            statisticsEvaluated: z.number().int(),
          }),
        })
        .openapi('PbrtqcTuningReport'),
      'Simulated detection',
    ),
    ...refusals,
  },
});

const historyWindow = (history: z.infer<typeof History> | undefined) => {
  if (history === undefined) return {};
  const from = optionalDate(history.from);
  const to = optionalDate(history.to);
  return {
    history: {
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      ...(history.limit === undefined ? {} : { limit: history.limit }),
    },
  };
};

export function qcDesignRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(sigma, async (c) => {
    const { levels, ...query } = c.req.valid('query');
    const question: SigmaQuestion = {
      ...query,
      ...(levels === undefined ? {} : { levels: levels === '3' ? 3 : 2 }),
    };
    return c.json(asJson(await recommendQcRules(lab, c.get('actor'), question)), 200);
  });
  app.openapi(decide, async (c) =>
    c.json(asJson(await decideQcRules(lab, c.get('actor'), c.req.valid('json'))), 200),
  );
  app.openapi(rules, async (c) =>
    c.json(asJson(await effectiveRulesFor(lab, c.get('actor'), c.req.valid('query'))), 200),
  );
  app.openapi(monitors, async (c) =>
    c.json(asJson({ items: await listPbrtqc(lab, c.get('actor'), c.req.valid('query')) }), 200),
  );
  app.openapi(configure, async (c) => {
    const { history, ...input } = c.req.valid('json');
    return c.json(
      asJson(await configurePbrtqc(lab, c.get('actor'), { ...input, ...historyWindow(history) })),
      200,
    );
  });
  app.openapi(simulate, async (c) => {
    const { history, ...input } = c.req.valid('json');
    const tuning: PbrtqcTuning = { ...input, ...historyWindow(history) };
    return c.json(asJson(await simulatePbrtqc(lab, c.get('actor'), tuning)), 200);
  });
}
