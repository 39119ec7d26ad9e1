import { randomInt } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { rolesGrant } from '@aliquot/domain';
import { listCatalog, requirePermission } from '@aliquot/services';
import {
  CatalogView,
  TrainingSessions,
  loadScenario,
  shippedScenarios,
  type TrainingSessionView,
} from '@aliquot/simulator';
import type { App, ServerInfo } from '../app-env.js';
import { body, errorResponses, json, security } from '../schemas.js';

/**
 * Training mode: a trainee reviews simulated specimens in a sandbox (nothing is written to patient
 * records) and each decision is graded against the simulator's ground truth, with feedback.
 */

const tags = ['training'];
const decisions = ['release', 'rerun', 'reject', 'call'] as const;

const FeedbackSchema = z
  .object({
    decision: z.enum(decisions),
    correct: z.boolean(),
    acceptable: z.boolean().openapi({ description: 'Correct, or not the best but defensible' }),
    expected: z.enum(decisions),
    truth: z.string().openapi({ description: 'What really happened to the specimen' }),
    clues: z.array(z.string()).openapi({ description: 'The evidence on the screen that gives it away' }),
    consequence: z.string().openapi({ description: 'What the decision would have done to the patient' }),
    comment: z.string().nullable().openapi({ description: 'What the trainee wrote with the decision' }),
  })
  .openapi('TrainingFeedback');

const CaseSchema = z
  .object({
    id: z.string(),
    patient: z.object({ name: z.string(), sex: z.string(), ageYears: z.number().int(), setting: z.string() }),
    specimen: z.object({
      label: z.string(),
      container: z.string(),
      minutesSinceCollection: z.number().int(),
      serumIndices: z.object({ hemolysis: z.number(), icterus: z.number(), lipemia: z.number() }).nullable(),
    }),
    results: z.array(
      z.object({
        testCode: z.string(),
        testName: z.string(),
        value: z.string(),
        unit: z.string().nullable(),
        flag: z.string().nullable(),
        referenceInterval: z.string().nullable(),
        instrumentFlags: z.array(z.string()),
        previous: z.object({ value: z.string(), hoursAgo: z.number() }).nullable(),
      }),
    ),
    feedback: FeedbackSchema.nullable().openapi({ description: 'Shown once the case is decided' }),
  })
  .openapi('TrainingCase');

const tally = z.object({ cases: z.number().int(), correct: z.number().int() });
const ScoreSchema = z
  .object({
    cases: z.number().int(),
    decided: z.number().int(),
    correct: z.number().int(),
    acceptable: z.number().int(),
    errorsReleased: z.number().int(),
    needlessHolds: z.number().int(),
    criticalCases: z.number().int(),
    criticalsCalled: z.number().int(),
    byExpected: z.object({ release: tally, rerun: tally, reject: tally, call: tally }),
  })
  .openapi('TrainingScore');

const SessionSchema = z
  .object({
    id: z.string().uuid(),
    scenario: z.string(),
    trainee: z.string(),
    createdAt: z.string(),
    cases: z.array(CaseSchema),
    score: ScoreSchema,
  })
  .openapi('TrainingSession');

const sessionParam = z.object({ id: z.string().uuid() });

const scenarios = createRoute({
  method: 'get',
  path: '/api/training/scenarios',
  tags,
  summary: 'Scenarios a training session can be drawn from',
  security,
  responses: {
    200: json(
      z.object({
        items: z.array(z.object({ name: z.string(), title: z.string(), description: z.string() })),
      }),
      'Scenarios',
    ),
    401: errorResponses[401],
  },
});

const start = createRoute({
  method: 'post',
  path: '/api/training/sessions',
  tags,
  summary: 'Start a training session: review cases drawn from a scenario, in a sandbox',
  security,
  request: {
    body: body(
      z.object({
        scenario: z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .default('default'),
        cases: z.number().int().min(1).max(50).default(12),
        seed: z.number().int().min(0).max(4294967295).optional(),
      }),
    ),
  },
  responses: {
    201: json(SessionSchema, 'Started'),
    401: errorResponses[401],
    422: errorResponses[422],
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/training/sessions',
  tags,
  summary: 'My training sessions and their scores; every trainee’s with scope=all (training:supervise)',
  security,
  request: {
    query: z.object({
      scope: z
        .enum(['mine', 'all'])
        .default('mine')
        .openapi({ description: 'all: every trainee’s sessions, for educators' }),
    }),
  },
  responses: {
    200: json(
      z.object({
        items: z.array(
          z.object({
            id: z.string(),
            scenario: z.string(),
            trainee: z.string(),
            createdAt: z.string(),
            score: ScoreSchema,
          }),
        ),
      }),
      'Sessions',
    ),
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/training/sessions/{id}',
  tags,
  summary:
    'One of my sessions (or any trainee’s, with training:supervise): its cases, feedback on those decided, the score so far',
  security,
  request: { params: sessionParam },
  responses: {
    200: json(SessionSchema, 'The session'),
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

const decide = createRoute({
  method: 'post',
  path: '/api/training/sessions/{id}/cases/{caseId}/decision',
  tags,
  summary: 'Decide a case (release, rerun, reject or call) and get feedback from the ground truth',
  security,
  request: {
    params: sessionParam.extend({ caseId: z.string().min(1).max(10) }),
    body: body(
      z.object({
        decision: z.enum(decisions),
        comment: z.string().trim().max(2000).optional(),
      }),
    ),
  },
  responses: {
    200: json(FeedbackSchema, 'Graded'),
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    409: errorResponses[409],
    422: errorResponses[422],
  },
});

export function trainingRoutes(app: App, { lab }: ServerInfo): void {
  const sessions = new TrainingSessions();
  const reply = (view: TrainingSessionView) => view as z.infer<typeof SessionSchema>;
  app.openapi(scenarios, async (c) => {
    const items = await Promise.all(
      (await shippedScenarios()).map(async (name) => {
        const s = await loadScenario(name);
        return { name, title: s.name, description: s.description };
      }),
    );
    return c.json({ items }, 200);
  });
  app.openapi(start, async (c) => {
    const input = c.req.valid('json');
    const actor = c.get('actor');
    const scenario = await loadScenario(input.scenario);
    const catalog = await listCatalog(lab, actor);
    const view = sessions.create({
      trainee: actor.username,
      scenario,
      catalog: new CatalogView(
        catalog.tests.filter((t) => t.active).map((t) => t.definition),
        catalog.panels,
      ),
      cases: input.cases,
      // Each session its own cases unless a seed is asked for (to repeat one, or to give a class the same).
      seed: input.seed ?? randomInt(2 ** 32),
    });
    return c.json(reply(view), 201);
  });
  app.openapi(list, (c) => {
    const actor = c.get('actor');
    if (c.req.valid('query').scope === 'all') {
      requirePermission(actor, 'training:supervise');
      return c.json({ items: sessions.list(undefined) }, 200);
    }
    return c.json({ items: sessions.list(actor.username) }, 200);
  });
  app.openapi(read, (c) => {
    const actor = c.get('actor');
    const anyTrainee = rolesGrant(actor.roles, 'training:supervise');
    return c.json(reply(sessions.get(c.req.valid('param').id, actor.username, { anyTrainee })), 200);
  });
  app.openapi(decide, (c) => {
    const { id, caseId } = c.req.valid('param');
    const { decision, comment } = c.req.valid('json');
    const feedback = sessions.decide(id, c.get('actor').username, caseId, decision, comment);
    return c.json({ ...feedback, clues: [...feedback.clues] }, 200);
  });
}
