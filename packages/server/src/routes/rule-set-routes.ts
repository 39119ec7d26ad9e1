import { createRoute, z } from '@hono/zod-openapi';
import {
  approveRuleSetVersion,
  diffRuleSetVersions,
  getRuleSetVersion,
  listRuleSets,
  ruleSetValidationReport,
  saveRuleSetDraft,
  validateRuleSetVersion,
} from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { body, errorResponses, json, security } from '../schemas.js';
import { shaped } from './verification-schemas.js';

/** The rule-set lifecycle: draft, validate by replay, approve; diffs and validation reports. */

const tags = ['rule sets'];
const refusals = {
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
  422: errorResponses[422],
};
const versionParams = z.object({
  id: z.string().min(1).max(100),
  version: z.coerce.number().int().min(1),
});

const SummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    version: z.number().int(),
    status: z.enum(['draft', 'validated', 'active', 'retired']),
    changeNote: z.string(),
    draftedBy: z.string(),
    draftedAt: z.string(),
    validatedBy: z.string().nullable(),
    validatedAt: z.string().nullable(),
    approvedBy: z.string().nullable(),
    approvedAt: z.string().nullable(),
    retiredAt: z.string().nullable(),
  })
  .openapi('RuleSetVersion');

const ReplayReportSchema = z
  .object({
    cases: z.number().int(),
    candidate: z.record(z.string(), z.unknown()),
    active: z.record(z.string(), z.unknown()),
    differences: z.array(z.record(z.string(), z.unknown())),
    newlyHeld: z.number().int(),
    newlyReleased: z.number().int(),
  })
  .openapi('ReplayReport');

const ValidationSchema = z.object({ version: SummarySchema, report: ReplayReportSchema, text: z.string() });
const StoredReportSchema = z.object({ report: ReplayReportSchema, text: z.string() });

const list = createRoute({
  method: 'get',
  path: '/api/rule-sets',
  tags,
  summary: 'Every rule-set version with its status and who drafted, validated and approved it',
  security,
  responses: { 200: json(z.object({ items: z.array(SummarySchema) }), 'Versions'), 401: errorResponses[401] },
});

const read = createRoute({
  method: 'get',
  path: '/api/rule-sets/{id}/versions/{version}',
  tags,
  summary: 'One version with its rules',
  security,
  request: { params: versionParams },
  responses: {
    200: json(
      SummarySchema.extend({
        rules: z.record(z.string(), z.unknown()),
        approvalNote: z.string().nullable(),
        validationReport: z.unknown(),
      }),
      'The version',
    ),
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const draft = createRoute({
  method: 'post',
  path: '/api/rule-sets/drafts',
  tags,
  summary:
    'Save a draft (refused with every problem and its path if it does not parse or names an unknown test)',
  security,
  request: {
    body: body(
      z.object({ rules: z.record(z.string(), z.unknown()), changeNote: z.string().trim().min(1).max(2000) }),
    ),
  },
  responses: { 201: json(SummarySchema, 'Saved as the next version'), ...refusals },
});

const validate = createRoute({
  method: 'post',
  path: '/api/rule-sets/{id}/versions/{version}/validate',
  tags,
  summary: 'Replay the draft and the active version over stored results; keeps the validation report',
  security,
  request: {
    params: versionParams,
    body: body(
      z.object({
        limit: z.number().int().min(1).max(100_000).optional(),
        since: z.string().datetime({ offset: true }).optional(),
      }),
    ),
  },
  responses: {
    200: json(ValidationSchema, 'Validated'),
    ...refusals,
  },
});

const report = createRoute({
  method: 'get',
  path: '/api/rule-sets/{id}/versions/{version}/report',
  tags,
  summary: 'The validation report: per rule cases seen, fired, held, released; the changed decisions',
  security,
  request: { params: versionParams },
  responses: {
    200: json(StoredReportSchema, 'The report'),
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const reportText = createRoute({
  method: 'get',
  path: '/api/rule-sets/{id}/versions/{version}/report.txt',
  tags,
  summary: 'The validation report as printable text',
  security,
  request: { params: versionParams },
  responses: {
    200: { description: 'The report', content: { 'text/plain': { schema: z.string() } } },
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const approve = createRoute({
  method: 'post',
  path: '/api/rule-sets/{id}/versions/{version}/approve',
  tags,
  summary: 'Approve a validated version (pathologist or lab director): it becomes the one active version',
  security,
  request: { params: versionParams, body: body(z.object({ note: z.string().trim().min(1).max(2000) })) },
  responses: { 200: json(SummarySchema, 'Active'), ...refusals },
});

const diff = createRoute({
  method: 'get',
  path: '/api/rule-sets/diff',
  tags,
  summary: 'What changed between two versions, rule by rule',
  security,
  request: {
    query: z.object({
      fromId: z.string().min(1),
      fromVersion: z.coerce.number().int().min(1),
      toId: z.string().min(1),
      toVersion: z.coerce.number().int().min(1),
    }),
  },
  responses: {
    200: json(
      z.object({
        from: z.object({ id: z.string(), version: z.number().int() }),
        to: z.object({ id: z.string(), version: z.number().int() }),
        changes: z.array(z.record(z.string(), z.unknown())),
        summary: z.array(z.string()),
      }),
      'The differences',
    ),
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

export function ruleSetRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(list, async (c) => c.json({ items: await listRuleSets(lab, c.get('actor')) }, 200));
  app.openapi(read, async (c) => {
    const { id, version } = c.req.valid('param');
    const detail = await getRuleSetVersion(lab, c.get('actor'), id, version);
    return c.json({ ...detail, rules: detail.rules as unknown as Record<string, unknown> }, 200);
  });
  app.openapi(draft, async (c) =>
    c.json(await saveRuleSetDraft(lab, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(validate, async (c) => {
    const { id, version } = c.req.valid('param');
    const { limit, since } = c.req.valid('json');
    const result = await validateRuleSetVersion(lab, c.get('actor'), id, version, {
      ...(limit ? { limit } : {}),
      ...(since ? { since: new Date(since) } : {}),
    });
    return c.json(shaped(ValidationSchema, result), 200);
  });
  app.openapi(report, async (c) => {
    const { id, version } = c.req.valid('param');
    const stored = await ruleSetValidationReport(lab, c.get('actor'), id, version);
    return c.json(shaped(StoredReportSchema, stored), 200);
  });
  app.openapi(reportText, async (c) => {
    const { id, version } = c.req.valid('param');
    return c.text((await ruleSetValidationReport(lab, c.get('actor'), id, version)).text, 200);
  });
  app.openapi(approve, async (c) => {
    const { id, version } = c.req.valid('param');
    return c.json(
      await approveRuleSetVersion(lab, c.get('actor'), id, version, c.req.valid('json').note),
      200,
    );
  });
  app.openapi(diff, async (c) => {
    const q = c.req.valid('query');
    const result = await diffRuleSetVersions(
      lab,
      c.get('actor'),
      { id: q.fromId, version: q.fromVersion },
      { id: q.toId, version: q.toVersion },
    );
    return c.json(
      {
        ...result,
        changes: result.changes as unknown as Record<string, unknown>[],
        summary: [...result.summary],
      },
      200,
    );
  });
}
