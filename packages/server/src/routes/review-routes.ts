import { createRoute, z } from '@hono/zod-openapi';
import { Discipline, RejectionReason } from '@aliquot/domain';
import {
  addResultComment,
  correctResult,
  explainResult,
  rejectSpecimenOnReview,
  releaseResults,
  requestDilution,
  requestRerun,
  reviewQueue,
  undoEngineAction,
} from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { PageQuery, ResultValueSchema, body, errorResponses, json, page, security } from '../schemas.js';
import {
  ReleasedResultSchema,
  RequestSchema,
  ResultExplanationSchema,
  SpecimenReviewSchema,
  shaped,
} from './verification-schemas.js';

/** The review queue and what a technologist does with held results. */

const values = <T extends Record<string, string>>(o: T) => Object.values(o) as [T[keyof T], ...T[keyof T][]];
const resultParam = z.object({ id: z.string().uuid() });
const reason = z.string().trim().min(1).max(2000);
const refusals = {
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
  422: errorResponses[422],
};
const tags = ['review'];

const queue = createRoute({
  method: 'get',
  path: '/api/review/queue',
  tags,
  summary: 'Held results grouped by specimen, with reasons, history, QC state and analyzer flags',
  security,
  request: { query: PageQuery.extend({ discipline: z.enum(values(Discipline)).optional() }) },
  responses: {
    200: json(page(SpecimenReviewSchema), 'The review queue, STAT first'),
    401: errorResponses[401],
  },
});

const releaseBatch = createRoute({
  method: 'post',
  path: '/api/results/release',
  tags,
  summary: 'Release a reviewed batch of held results, all or none',
  security,
  request: {
    body: body(z.object({ resultIds: z.array(z.string().uuid()).min(1).max(500), reason })),
  },
  responses: { 200: json(z.object({ released: z.array(ReleasedResultSchema) }), 'Released'), ...refusals },
});

const releaseOne = createRoute({
  method: 'post',
  path: '/api/results/{id}/release',
  tags,
  summary: 'Release one held result (needs a current credential and competency for its discipline)',
  security,
  request: { params: resultParam, body: body(z.object({ reason })) },
  responses: { 200: json(ReleasedResultSchema, 'Released'), ...refusals },
});

const rerun = createRoute({
  method: 'post',
  path: '/api/results/{id}/rerun',
  tags,
  summary: 'Ask for a rerun; the instrument gets it through its host query',
  security,
  request: {
    params: resultParam,
    body: body(z.object({ reason, sameInstrument: z.boolean().optional() })),
  },
  responses: { 201: json(RequestSchema, 'Requested'), ...refusals },
});

const dilute = createRoute({
  method: 'post',
  path: '/api/results/{id}/dilute',
  tags,
  summary: 'Ask for a rerun at a validated dilution',
  security,
  request: { params: resultParam, body: body(z.object({ factor: z.number().gt(1), reason })) },
  responses: { 201: json(RequestSchema, 'Requested'), ...refusals },
});

const comment = createRoute({
  method: 'post',
  path: '/api/results/{id}/comments',
  tags,
  summary: 'Add a comment to a result',
  security,
  request: { params: resultParam, body: body(z.object({ text: z.string().trim().min(1).max(2000) })) },
  responses: { 201: json(z.object({ commentId: z.string() }), 'Added'), ...refusals },
});

const correct = createRoute({
  method: 'post',
  path: '/api/results/{id}/correct',
  tags,
  summary:
    'Correct a released result: a new final version with the reason; both are kept and the EHR is told',
  security,
  request: {
    params: resultParam,
    body: body(z.object({ value: ResultValueSchema, unit: z.string().optional(), reason })),
  },
  responses: {
    201: json(
      z.object({
        resultId: z.string(),
        version: z.number().int(),
        correctsResultId: z.string(),
        correctsVersion: z.number().int(),
        reason: z.string(),
        correctedBy: z.string(),
        correctedAt: z.string(),
      }),
      'Corrected',
    ),
    ...refusals,
  },
});

const decision = createRoute({
  method: 'get',
  path: '/api/results/{id}/decision',
  tags,
  summary: 'Why a result was released or held: decisions, rule-set version, every rule evaluated, actions',
  security,
  request: { params: resultParam },
  responses: {
    200: json(ResultExplanationSchema, 'The record'),
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const reject = createRoute({
  method: 'post',
  path: '/api/review/specimens/{accession}/reject',
  tags,
  summary: 'Reject the specimen from review: unreleased results cancelled, reruns cancelled',
  security,
  request: {
    params: z.object({ accession: z.string().min(1).max(40) }),
    body: body(
      z.object({
        reason: z.enum(values(RejectionReason)),
        comment: z.string().max(2000).optional(),
        notified: z.string().max(200).optional(),
      }),
    ),
  },
  responses: {
    200: json(z.object({ accessionNumber: z.string(), cancelledResults: z.number().int() }), 'Rejected'),
    ...refusals,
  },
});

const undo = createRoute({
  method: 'post',
  path: '/api/review/actions/{id}/undo',
  tags,
  summary: 'Undo an action the engine took by itself (reflex, rerun, dilution, recollection, comment)',
  security,
  request: { params: resultParam, body: body(z.object({ reason })) },
  responses: { 200: json(z.object({ undoActionId: z.string(), undone: z.string() }), 'Undone'), ...refusals },
});

export function reviewRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(queue, async (c) => {
    const { limit, offset, discipline } = c.req.valid('query');
    const { items, total } = await reviewQueue(lab, c.get('actor'), {
      limit,
      offset,
      ...(discipline ? { discipline } : {}),
    });
    return c.json({ items: shaped(z.array(SpecimenReviewSchema), items), total, limit, offset }, 200);
  });
  app.openapi(releaseBatch, async (c) =>
    c.json({ released: await releaseResults(lab, c.get('actor'), c.req.valid('json')) }, 200),
  );
  app.openapi(releaseOne, async (c) => {
    const [released] = await releaseResults(lab, c.get('actor'), {
      resultIds: [c.req.valid('param').id],
      reason: c.req.valid('json').reason,
    });
    return c.json(released!, 200);
  });
  app.openapi(rerun, async (c) =>
    c.json(await requestRerun(lab, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(dilute, async (c) =>
    c.json(await requestDilution(lab, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(comment, async (c) =>
    c.json(
      await addResultComment(lab, c.get('actor'), c.req.valid('param').id, c.req.valid('json').text),
      201,
    ),
  );
  app.openapi(correct, async (c) => {
    const { value, unit, reason: why } = c.req.valid('json');
    return c.json(
      await correctResult(lab, c.get('actor'), c.req.valid('param').id, {
        value,
        reason: why,
        ...(unit ? { unit } : {}),
      }),
      201,
    );
  });
  app.openapi(decision, async (c) =>
    c.json(
      shaped(ResultExplanationSchema, await explainResult(lab, c.get('actor'), c.req.valid('param').id)),
      200,
    ),
  );
  app.openapi(reject, async (c) =>
    c.json(
      await rejectSpecimenOnReview(lab, c.get('actor'), c.req.valid('param').accession, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(undo, async (c) =>
    c.json(
      await undoEngineAction(lab, c.get('actor'), c.req.valid('param').id, c.req.valid('json').reason),
      200,
    ),
  );
}
