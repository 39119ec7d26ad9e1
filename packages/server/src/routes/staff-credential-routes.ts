import { createRoute, z } from '@hono/zod-openapi';
import { CertificationBody, CertificationKind, CompetencyElement, Discipline } from '@aliquot/domain';
import {
  addCertification,
  addLicence,
  changeCertification,
  changeLicence,
  expiringStaffCredentials,
  recordCompetency,
  removeCredential,
  staffCredentialRecord,
} from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { body, errorResponses, json, security } from '../schemas.js';
import { shaped } from './verification-schemas.js';

/** Staff certifications, licences and competency assessments (user:write or a supervisor), expiring list. */

const values = <T extends Record<string, string>>(o: T) => Object.values(o) as [T[keyof T], ...T[keyof T][]];
const tags = ['staff credentials'];
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use the form YYYY-MM-DD');
const userParam = z.object({ userId: z.string().uuid() });
const idParam = z.object({ id: z.string().uuid() });
const refusals = {
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  422: errorResponses[422],
};
const Row = z.record(z.string(), z.unknown());

const CertificationSchema = z
  .object({
    body: z.enum(values(CertificationBody)),
    credential: z.enum(values(CertificationKind)),
    categories: z.array(z.string()).optional().openapi({ description: 'ASCP categories, e.g. C, H' }),
    disciplines: z.array(z.enum(values(Discipline))).optional(),
    number: z.string().max(100).optional(),
    issuedOn: isoDate.optional(),
    expiresOn: isoDate.optional(),
  })
  .openapi('Certification');

const LicenceSchema = z
  .object({
    state: z.string().regex(/^[A-Z]{2}$/),
    licenceType: z.string().min(1).max(50),
    number: z.string().min(1).max(100),
    disciplines: z.array(z.enum(values(Discipline))).optional(),
    issuedOn: isoDate.optional(),
    expiresOn: isoDate,
  })
  .openapi('Licence');

const element = z.boolean();
const CompetencySchema = z
  .object({
    discipline: z.enum(values(Discipline)),
    assessedOn: isoDate,
    assessor: z.string().min(1).max(200),
    elements: z.object({
      [CompetencyElement.directObservation]: element,
      [CompetencyElement.monitoringReporting]: element,
      [CompetencyElement.recordReview]: element,
      [CompetencyElement.maintenanceObservation]: element,
      [CompetencyElement.blindSamples]: element,
      [CompetencyElement.problemSolving]: element,
    }),
    note: z.string().max(2000).optional(),
  })
  .openapi('CompetencyAssessment');

const CredentialRecordSchema = z.object({
  userId: z.string(),
  certifications: z.array(Row),
  licences: z.array(Row),
  competencies: z.array(Row),
  release: z.record(z.string(), z.object({ ok: z.boolean(), reason: z.string().optional() })),
});

const record = createRoute({
  method: 'get',
  path: '/api/staff/{userId}/credentials',
  tags,
  summary: 'A person’s credentials, and for each discipline whether they may release today',
  security,
  request: { params: userParam },
  responses: {
    200: json(CredentialRecordSchema, 'The record'),
    ...refusals,
  },
});

const create = (path: string, summary: string, schema: z.ZodType) =>
  createRoute({
    method: 'post',
    path,
    tags,
    summary,
    security,
    request: { params: userParam, body: body(schema) },
    responses: { 201: json(Row, 'Recorded'), ...refusals },
  });
const change = (path: string, summary: string, schema: z.ZodType) =>
  createRoute({
    method: 'put',
    path,
    tags,
    summary,
    security,
    request: { params: idParam, body: body(schema) },
    responses: { 200: json(Row, 'Changed'), ...refusals },
  });

const addCert = create('/api/staff/{userId}/certifications', 'Add a certification', CertificationSchema);
const addLic = create('/api/staff/{userId}/licences', 'Add a state licence', LicenceSchema);
const addComp = create(
  '/api/staff/{userId}/competencies',
  'Record a competency assessment (six elements; next due semiannually in the first year, then annually)',
  CompetencySchema,
);
const putCert = change('/api/staff/certifications/{id}', 'Change a certification', CertificationSchema);
const putLic = change('/api/staff/licences/{id}', 'Change a licence (e.g. renewed)', LicenceSchema);

const tables = {
  certifications: 'staff_certifications',
  licences: 'staff_licences',
  competencies: 'competency_assessments',
} as const;

const remove = createRoute({
  method: 'delete',
  path: '/api/staff/{kind}/{id}',
  tags,
  summary: 'Remove a credential entered in error (audited)',
  security,
  request: {
    params: z.object({ kind: z.enum(['certifications', 'licences', 'competencies']), id: z.string().uuid() }),
  },
  responses: { 200: json(z.object({ removed: z.string() }), 'Removed'), ...refusals },
});

const expiring = createRoute({
  method: 'get',
  path: '/api/staff/credentials/expiring',
  tags,
  summary: 'Staff whose licence or certification expires, or competency falls due, within N days',
  security,
  request: { query: z.object({ withinDays: z.coerce.number().int().min(0).max(365).optional() }) },
  responses: {
    200: json(
      z.object({
        withinDays: z.number().int(),
        staff: z.array(
          z.object({
            userId: z.string(),
            username: z.string(),
            displayName: z.string(),
            items: z.array(
              z.object({
                kind: z.enum(['certification', 'licence', 'competency']),
                what: z.string(),
                dueOn: z.string(),
                daysLeft: z.number().int(),
              }),
            ),
          }),
        ),
      }),
      'Expiring soon or already',
    ),
    ...refusals,
  },
});

type CertificationBodyInput = z.infer<typeof CertificationSchema>;
type LicenceBodyInput = z.infer<typeof LicenceSchema>;
type CompetencyBodyInput = z.infer<typeof CompetencySchema>;
const rowOf = (row: object) => row as Record<string, unknown>;

export function staffCredentialRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(record, async (c) => {
    const result = await staffCredentialRecord(lab, c.get('actor'), c.req.valid('param').userId);
    return c.json(shaped(CredentialRecordSchema, result), 200);
  });
  app.openapi(addCert, async (c) =>
    c.json(
      rowOf(
        await addCertification(
          lab,
          c.get('actor'),
          c.req.valid('param').userId,
          c.req.valid('json') as CertificationBodyInput,
        ),
      ),
      201,
    ),
  );
  app.openapi(addLic, async (c) =>
    c.json(
      rowOf(
        await addLicence(
          lab,
          c.get('actor'),
          c.req.valid('param').userId,
          c.req.valid('json') as LicenceBodyInput,
        ),
      ),
      201,
    ),
  );
  app.openapi(addComp, async (c) =>
    c.json(
      rowOf(
        await recordCompetency(
          lab,
          c.get('actor'),
          c.req.valid('param').userId,
          c.req.valid('json') as CompetencyBodyInput,
        ),
      ),
      201,
    ),
  );
  app.openapi(putCert, async (c) =>
    c.json(
      rowOf(
        await changeCertification(
          lab,
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json') as CertificationBodyInput,
        ),
      ),
      200,
    ),
  );
  app.openapi(putLic, async (c) =>
    c.json(
      rowOf(
        await changeLicence(
          lab,
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json') as LicenceBodyInput,
        ),
      ),
      200,
    ),
  );
  app.openapi(remove, async (c) => {
    const { kind, id } = c.req.valid('param');
    return c.json(await removeCredential(lab, c.get('actor'), tables[kind], id), 200);
  });
  app.openapi(expiring, async (c) => {
    const { withinDays } = c.req.valid('query');
    const result = await expiringStaffCredentials(lab, c.get('actor'), withinDays);
    return c.json(
      { withinDays: result.withinDays, staff: result.staff.map((s) => ({ ...s, items: [...s.items] })) },
      200,
    );
  });
}
