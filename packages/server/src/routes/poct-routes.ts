import { createRoute, z } from '@hono/zod-openapi';
import {
  acknowledgePoctNotificationRecord,
  certifyPoctOperator,
  getPoctDevice,
  listPoctConcordance,
  listPoctDeviceRegistry,
  listPoctNotificationQueue,
  listPoctOperatorRegistry,
  listPoctReadings,
  recordPoctDeviceQc,
  registerPoctDevice,
  revokePoctCertificationRecord,
  savePoctOperatorRecord,
} from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { body, errorResponses, json, page, security } from '../schemas.js';
import {
  CertificationInputSchema,
  CertificationParam,
  ConcordanceQuery,
  ConcordanceSchema,
  DeviceCodeParam,
  NotificationParam,
  NotificationQuery,
  OperatorInputSchema,
  OperatorParam,
  PoctCertificationSchema,
  PoctDeviceInputSchema,
  PoctDeviceSchema,
  PoctNotificationSchema,
  PoctOperatorSchema,
  PoctReadingSchema,
  QcCheckSchema,
  ReadingQuery,
  RevocationSchema,
} from './poct-schemas.js';
import { asJson } from './qc-schemas.js';

/**
 * Point-of-care testing: the coordinator's device and operator registry, device QC checks, the
 * readings received (taken or refused) and the notifications to act on, and concordance with the
 * central lab. Readings arrive as FHIR Observations (`POST /fhir/R4/Observation`) or HL7 ORU from a
 * data manager over MLLP.
 * @see shared/domain/workflow.md §10
 */

const tags = ['point of care'];
const refusals = {
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
  422: errorResponses[422],
};

const listDevices = createRoute({
  method: 'get',
  path: '/api/poct/devices',
  tags,
  summary: 'Point-of-care devices with their QC state',
  security,
  responses: {
    200: json(z.object({ items: z.array(PoctDeviceSchema) }), 'The devices'),
    401: errorResponses[401],
  },
});

const readDevice = createRoute({
  method: 'get',
  path: '/api/poct/devices/{code}',
  tags,
  summary: 'One device',
  security,
  request: { params: DeviceCodeParam },
  responses: { 200: json(PoctDeviceSchema, 'The device'), ...refusals },
});

const putDevice = createRoute({
  method: 'put',
  path: '/api/poct/devices/{code}',
  tags,
  summary:
    'Register a device or replace its registration (model, serial, location, tests); keeps its QC state',
  security,
  request: { params: DeviceCodeParam, body: body(PoctDeviceInputSchema) },
  responses: { 200: json(PoctDeviceSchema, 'The device as registered'), ...refusals },
});

const deviceQc = createRoute({
  method: 'post',
  path: '/api/poct/devices/{code}/qc',
  tags,
  summary: 'Record a QC check of the device: a fail locks it out until a check passes',
  security,
  request: { params: DeviceCodeParam, body: body(QcCheckSchema) },
  responses: { 200: json(PoctDeviceSchema, 'The device with its QC state'), ...refusals },
});

const listOperators = createRoute({
  method: 'get',
  path: '/api/poct/operators',
  tags,
  summary: 'Operators with their certifications (current today or not)',
  security,
  responses: {
    200: json(z.object({ items: z.array(PoctOperatorSchema) }), 'The operators'),
    401: errorResponses[401],
  },
});

const putOperator = createRoute({
  method: 'put',
  path: '/api/poct/operators/{id}',
  tags,
  summary: 'Register an operator by the ID the devices send, or rename or deactivate one',
  security,
  request: { params: OperatorParam, body: body(OperatorInputSchema) },
  responses: { 200: json(PoctOperatorSchema, 'The operator'), ...refusals },
});

const certify = createRoute({
  method: 'post',
  path: '/api/poct/operators/{id}/certifications',
  tags,
  summary: 'Certify an operator for a device type, from a day until its expiry',
  security,
  request: { params: OperatorParam, body: body(CertificationInputSchema) },
  responses: { 201: json(PoctCertificationSchema, 'The certification'), ...refusals },
});

const revoke = createRoute({
  method: 'post',
  path: '/api/poct/operators/{id}/certifications/{certificationId}/revoke',
  tags,
  summary: 'Decertify at once, with a reason: the operator is locked out of that device type',
  security,
  request: { params: CertificationParam, body: body(RevocationSchema) },
  responses: { 200: json(PoctOperatorSchema, 'The operator'), ...refusals },
});

const readings = createRoute({
  method: 'get',
  path: '/api/poct/readings',
  tags,
  summary: 'Readings received, newest first: taken (with the lab result) or refused (with the reason)',
  security,
  request: { query: ReadingQuery },
  responses: {
    200: json(page(PoctReadingSchema), 'A page of readings'),
    401: errorResponses[401],
    422: errorResponses[422],
  },
});

const notifications = createRoute({
  method: 'get',
  path: '/api/poct/notifications',
  tags,
  summary: "The POCT coordinator's list: lock-outs, unknown devices, discordant results",
  security,
  request: { query: NotificationQuery },
  responses: { 200: json(page(PoctNotificationSchema), 'A page of notifications'), 401: errorResponses[401] },
});

const acknowledge = createRoute({
  method: 'post',
  path: '/api/poct/notifications/{id}/acknowledge',
  tags,
  summary: 'The coordinator has dealt with a notification',
  security,
  request: { params: NotificationParam },
  responses: { 200: json(PoctNotificationSchema, 'The notification'), ...refusals },
});

const concordance = createRoute({
  method: 'get',
  path: '/api/poct/concordance',
  tags,
  summary:
    'Readings beside central-lab results of the same patient and test within the window, judged by the allowable error',
  security,
  request: { query: ConcordanceQuery },
  responses: {
    200: json(z.object({ items: z.array(ConcordanceSchema) }), 'The pairs'),
    401: errorResponses[401],
  },
});

export function poctRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(listDevices, async (c) =>
    c.json({ items: asJson(await listPoctDeviceRegistry(lab, c.get('actor'))) }, 200),
  );
  app.openapi(readDevice, async (c) =>
    c.json(asJson(await getPoctDevice(lab, c.get('actor'), c.req.valid('param').code)), 200),
  );
  app.openapi(putDevice, async (c) => {
    const input = c.req.valid('json');
    const device = await registerPoctDevice(lab, c.get('actor'), {
      ...input,
      code: c.req.valid('param').code,
    });
    return c.json(asJson(device), 200);
  });
  app.openapi(deviceQc, async (c) =>
    c.json(
      asJson(await recordPoctDeviceQc(lab, c.get('actor'), c.req.valid('param').code, c.req.valid('json'))),
      200,
    ),
  );
  app.openapi(listOperators, async (c) =>
    c.json({ items: asJson(await listPoctOperatorRegistry(lab, c.get('actor'))) }, 200),
  );
  app.openapi(putOperator, async (c) => {
    const operator = await savePoctOperatorRecord(lab, c.get('actor'), {
      ...c.req.valid('json'),
      id: c.req.valid('param').id,
    });
    return c.json(asJson(operator), 200);
  });
  app.openapi(certify, async (c) =>
    c.json(
      asJson(await certifyPoctOperator(lab, c.get('actor'), c.req.valid('param').id, c.req.valid('json'))),
      201,
    ),
  );
  app.openapi(revoke, async (c) => {
    const { id, certificationId } = c.req.valid('param');
    const operator = await revokePoctCertificationRecord(
      lab,
      c.get('actor'),
      id,
      certificationId,
      c.req.valid('json').reason,
    );
    return c.json(asJson(operator), 200);
  });
  app.openapi(readings, async (c) => {
    const q = c.req.valid('query');
    const found = await listPoctReadings(lab, c.get('actor'), {
      ...(q.device === undefined ? {} : { deviceCode: q.device }),
      ...(q.patientId === undefined ? {} : { patientId: q.patientId }),
      ...(q.outcome === undefined ? {} : { outcome: q.outcome }),
      limit: q.limit,
      offset: q.offset,
    });
    return c.json({ items: asJson(found.items), total: found.total, limit: q.limit, offset: q.offset }, 200);
  });
  app.openapi(notifications, async (c) => {
    const q = c.req.valid('query');
    const found = await listPoctNotificationQueue(lab, c.get('actor'), {
      openOnly: q.open === 'true',
      limit: q.limit,
      offset: q.offset,
    });
    return c.json({ items: asJson(found.items), total: found.total, limit: q.limit, offset: q.offset }, 200);
  });
  app.openapi(acknowledge, async (c) =>
    c.json(
      asJson(await acknowledgePoctNotificationRecord(lab, c.get('actor'), c.req.valid('param').id)),
      200,
    ),
  );
  app.openapi(concordance, async (c) => {
    const q = c.req.valid('query');
    const items = await listPoctConcordance(lab, c.get('actor'), {
      windowMinutes: q.windowMinutes,
      ...(q.since === undefined ? {} : { since: new Date(q.since) }),
      discordantOnly: q.discordantOnly === 'true',
      limit: q.limit,
    });
    return c.json({ items: asJson(items) }, 200);
  });
}
