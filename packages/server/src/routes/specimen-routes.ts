import { createRoute, z } from '@hono/zod-openapi';
import { RejectionReason } from '@aliquot/domain';
import {
  aliquotSpecimen,
  collectSpecimen,
  enterResult,
  receiveSpecimen,
  recordProcessing,
  rejectSpecimen,
  specimenTimeline,
  type SpecimenTimeline,
} from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { ResultValueSchema, body, errorResponses, json, security } from '../schemas.js';

const ResultVersionSchema = z.object({
  id: z.string().uuid(),
  version: z.number().int(),
  value: ResultValueSchema,
  unit: z.string().nullable(),
  flags: z.array(z.string()),
  status: z.string(),
  source: z.string(),
  instrumentId: z.string().nullable(),
  enteredBy: z.string(),
  observedAt: z.string().nullable(),
  createdAt: z.string(),
  detail: z.record(z.string(), z.unknown()),
});

export const SpecimenTimelineSchema = z
  .object({
    accessionNumber: z.string(),
    specimenType: z.string(),
    container: z.string(),
    state: z.string(),
    parent: z.string().nullable(),
    aliquots: z.array(z.string()),
    patient: z
      .object({
        id: z.string(),
        mrn: z.string(),
        familyName: z.string(),
        givenName: z.string(),
        birthDate: z.string(),
        clinicalSex: z.string(),
      })
      .optional(),
    order: z.object({ id: z.string(), orderNumber: z.string(), priority: z.string(), orderedAt: z.string() }),
    events: z.array(
      z.object({
        kind: z.string(),
        at: z.string(),
        actor: z.string(),
        detail: z.record(z.string(), z.unknown()),
      }),
    ),
    analyses: z.array(
      z.object({
        id: z.string(),
        testCode: z.string(),
        testName: z.string(),
        panelCode: z.string().nullable(),
        status: z.string(),
        results: z.array(ResultVersionSchema),
      }),
    ),
  })
  .openapi('SpecimenTimeline');

const accession = z.object({ accession: z.string().min(1).max(40).openapi({ example: 'A260000001' }) });
const responses = {
  200: json(SpecimenTimelineSchema, 'The specimen and its timeline'),
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
  422: errorResponses[422],
};

const timeline = createRoute({
  method: 'get',
  path: '/api/specimens/{accession}',
  tags: ['specimens'],
  summary: 'Everything about one specimen: patient, order, events, analyses, results with versions',
  security,
  request: { params: accession },
  responses,
});

const collect = createRoute({
  method: 'post',
  path: '/api/specimens/{accession}/collect',
  tags: ['specimens'],
  summary: 'Record collection (who and when)',
  security,
  request: {
    params: accession,
    body: body(
      z.object({
        collectedAt: z.string().datetime({ offset: true }).optional(),
        site: z.string().max(100).optional(),
      }),
    ),
  },
  responses,
});

const receive = createRoute({
  method: 'post',
  path: '/api/specimens/{accession}/receive',
  tags: ['specimens'],
  summary: 'Receive in the lab: two identifiers read off the label must match the patient',
  security,
  request: {
    params: accession,
    body: body(
      z
        .object({
          mrn: z.string().optional(),
          familyName: z.string().optional(),
          givenName: z.string().optional(),
          birthDate: z.string().optional(),
        })
        .openapi('LabelIdentifiers'),
    ),
  },
  responses,
});

const reject = createRoute({
  method: 'post',
  path: '/api/specimens/{accession}/reject',
  tags: ['specimens'],
  summary: 'Reject with a reason; its open analyses are cancelled',
  security,
  request: {
    params: accession,
    body: body(
      z.object({
        reason: z.enum(Object.values(RejectionReason) as [RejectionReason, ...RejectionReason[]]),
        comment: z.string().max(2000).optional(),
        notified: z.string().max(200).optional(),
      }),
    ),
  },
  responses,
});

const process = createRoute({
  method: 'post',
  path: '/api/specimens/{accession}/events',
  tags: ['specimens'],
  summary: 'Record a processing step: centrifuged, loaded, stored or disposed',
  security,
  request: {
    params: accession,
    body: body(
      z.object({
        kind: z.enum(['centrifuged', 'loaded', 'stored', 'disposed']),
        detail: z.record(z.string(), z.unknown()).optional(),
      }),
    ),
  },
  responses,
});

const aliquot = createRoute({
  method: 'post',
  path: '/api/specimens/{accession}/aliquots',
  tags: ['specimens'],
  summary: 'Pour off aliquots (child specimens)',
  security,
  request: { params: accession, body: body(z.object({ count: z.number().int().min(1).max(20) })) },
  responses,
});

const result = createRoute({
  method: 'post',
  path: '/api/specimens/{accession}/results',
  tags: ['results'],
  summary: 'Enter a result for one test; it awaits verification',
  security,
  request: {
    params: accession,
    body: body(
      z
        .object({ testCode: z.string().min(1), value: ResultValueSchema, unit: z.string().optional() })
        .openapi('NewResult'),
    ),
  },
  responses,
});

export function specimenRoutes(app: App, { lab }: ServerInfo): void {
  const reply = (t: SpecimenTimeline) => t as z.infer<typeof SpecimenTimelineSchema>;
  app.openapi(timeline, async (c) =>
    c.json(reply(await specimenTimeline(lab, c.get('actor'), c.req.valid('param').accession)), 200),
  );
  app.openapi(collect, async (c) => {
    const { collectedAt, site } = c.req.valid('json');
    const input = {
      ...(collectedAt ? { collectedAt: new Date(collectedAt) } : {}),
      ...(site ? { site } : {}),
    };
    return c.json(
      reply(await collectSpecimen(lab, c.get('actor'), c.req.valid('param').accession, input)),
      200,
    );
  });
  app.openapi(receive, async (c) =>
    c.json(
      reply(await receiveSpecimen(lab, c.get('actor'), c.req.valid('param').accession, c.req.valid('json'))),
      200,
    ),
  );
  app.openapi(reject, async (c) =>
    c.json(
      reply(await rejectSpecimen(lab, c.get('actor'), c.req.valid('param').accession, c.req.valid('json'))),
      200,
    ),
  );
  app.openapi(process, async (c) => {
    const { kind, detail } = c.req.valid('json');
    return c.json(
      reply(await recordProcessing(lab, c.get('actor'), c.req.valid('param').accession, kind, detail ?? {})),
      200,
    );
  });
  app.openapi(aliquot, async (c) =>
    c.json(
      reply(
        await aliquotSpecimen(lab, c.get('actor'), c.req.valid('param').accession, c.req.valid('json').count),
      ),
      200,
    ),
  );
  app.openapi(result, async (c) => {
    const { accession: acc } = c.req.valid('param');
    const { testCode, value, unit } = c.req.valid('json');
    const actor = c.get('actor');
    await enterResult(lab, actor, acc, { testCode, value, ...(unit ? { unit } : {}) });
    return c.json(reply(await specimenTimeline(lab, actor, acc)), 200);
  });
}
