import { createRoute, z } from '@hono/zod-openapi';
import { auditOf, checkAuditChain } from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { errorResponses, json, security } from '../schemas.js';

const trail = createRoute({
  method: 'get',
  path: '/api/audit/{entity}/{id}',
  tags: ['audit'],
  summary: 'Who did what to one thing (patient, order, specimen, result, test, user), oldest first',
  security,
  request: { params: z.object({ entity: z.string().min(1).max(40), id: z.string().min(1).max(100) }) },
  responses: {
    200: json(
      z.object({
        items: z.array(
          z.object({
            seq: z.string(),
            at: z.string(),
            actor: z.string(),
            action: z.string(),
            before: z.unknown(),
            after: z.unknown(),
          }),
        ),
      }),
      'Audit entries',
    ),
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const chain = createRoute({
  method: 'get',
  path: '/api/audit/verify',
  tags: ['audit'],
  summary: "Recompute the audit log's hash chain; names the first entry that was tampered with",
  security,
  responses: {
    200: json(
      z.object({ ok: z.boolean(), entries: z.number(), brokenAt: z.string().optional() }),
      'The check',
    ),
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

export function auditRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(chain, async (c) => c.json(await checkAuditChain(lab, c.get('actor')), 200));
  app.openapi(trail, async (c) => {
    const { entity, id } = c.req.valid('param');
    return c.json({ items: await auditOf(lab, c.get('actor'), entity, id) }, 200);
  });
}
