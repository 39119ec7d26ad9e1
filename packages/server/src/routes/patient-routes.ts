import { createRoute, z } from '@hono/zod-openapi';
import { ClinicalSex } from '@aliquot/domain';
import { findPatients, getPatient, registerPatient } from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { PageQuery, body, errorResponses, json, page, security } from '../schemas.js';

const sexes = Object.values(ClinicalSex) as [ClinicalSex, ...ClinicalSex[]];

export const PatientSchema = z
  .object({
    id: z.string().uuid(),
    mrn: z.string(),
    familyName: z.string(),
    givenName: z.string(),
    birthDate: z.string().openapi({ example: '1980-02-29' }),
    clinicalSex: z.enum(sexes).openapi({ description: 'Sex for clinical use: picks reference intervals' }),
    genderIdentity: z.string().optional(),
    identifiers: z.array(z.object({ system: z.string(), value: z.string() })),
  })
  .openapi('Patient');

const NewPatientSchema = z
  .object({
    mrn: z.string().trim().min(1).max(64),
    familyName: z.string().trim().min(1).max(200),
    givenName: z.string().trim().max(200).default(''),
    birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use the form YYYY-MM-DD'),
    clinicalSex: z.enum(sexes),
    genderIdentity: z.string().max(100).optional(),
    identifiers: z.array(z.object({ system: z.string().min(1), value: z.string().min(1) })).optional(),
  })
  .openapi('NewPatient');

const register = createRoute({
  method: 'post',
  path: '/api/patients',
  tags: ['patients'],
  summary: 'Register a patient',
  security,
  request: { body: body(NewPatientSchema) },
  responses: {
    201: json(PatientSchema, 'Registered'),
    401: errorResponses[401],
    403: errorResponses[403],
    409: errorResponses[409],
    422: errorResponses[422],
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/patients',
  tags: ['patients'],
  summary: 'Find patients by MRN or the start of the family name',
  security,
  request: { query: PageQuery.extend({ q: z.string().optional() }) },
  responses: { 200: json(page(PatientSchema), 'Patients'), 401: errorResponses[401] },
});

const read = createRoute({
  method: 'get',
  path: '/api/patients/{id}',
  tags: ['patients'],
  summary: 'One patient',
  security,
  request: { params: z.object({ id: z.string().uuid() }) },
  responses: { 200: json(PatientSchema, 'The patient'), 401: errorResponses[401], 404: errorResponses[404] },
});

export function patientRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(register, async (c) =>
    c.json(await registerPatient(lab, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(list, async (c) => {
    const { q, limit, offset } = c.req.valid('query');
    const { items, total } = await findPatients(lab, c.get('actor'), {
      ...(q ? { query: q } : {}),
      limit,
      offset,
    });
    return c.json({ items, total, limit, offset }, 200);
  });
  app.openapi(read, async (c) => c.json(await getPatient(lab, c.get('actor'), c.req.valid('param').id), 200));
}
