import { createRoute, z } from '@hono/zod-openapi';
import {
  createInstrument,
  deleteInstrument,
  getInstrument,
  listInstruments,
  pushWorklist,
  updateInstrument,
  type Instrument,
} from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import type { LinkStatus } from '../instruments/link-status.js';
import { body, errorResponses, json, security } from '../schemas.js';
import { InstrumentInputSchema, InstrumentSchema, LinkStatusSchema } from './instrument-schemas.js';
import { journalRoutes } from './journal-routes.js';

const code = z.object({ code: z.string().min(1).max(40).openapi({ example: 'CHEM1' }) });
const changeResponses = {
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
  422: errorResponses[422],
};

const list = createRoute({
  method: 'get',
  path: '/api/instruments',
  tags: ['instruments'],
  summary: 'The instrument registry: connections, mappings and each link’s status',
  security,
  responses: {
    200: json(z.object({ items: z.array(InstrumentSchema) }), 'Every instrument'),
    401: errorResponses[401],
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/instruments',
  tags: ['instruments'],
  summary: 'Register an instrument (needs instrument:write); its link starts at once',
  security,
  request: { body: body(InstrumentInputSchema) },
  responses: { 201: json(InstrumentSchema, 'Registered'), ...changeResponses },
});

const read = createRoute({
  method: 'get',
  path: '/api/instruments/{code}',
  tags: ['instruments'],
  summary: 'One instrument with its mappings and link status',
  security,
  request: { params: code },
  responses: {
    200: json(InstrumentSchema, 'The instrument'),
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const replace = createRoute({
  method: 'put',
  path: '/api/instruments/{code}',
  tags: ['instruments'],
  summary: 'Change an instrument and its whole set of mappings (needs instrument:write)',
  security,
  request: { params: code, body: body(InstrumentInputSchema) },
  responses: { 200: json(InstrumentSchema, 'Changed'), ...changeResponses },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/instruments/{code}',
  tags: ['instruments'],
  summary: 'Remove an instrument from the registry (needs instrument:write); its journal stays',
  security,
  request: { params: code },
  responses: { 204: { description: 'Removed' }, ...changeResponses },
});

const links = createRoute({
  method: 'get',
  path: '/api/instrument-links',
  tags: ['instruments'],
  summary: 'Every link the server runs: listening, connected, last message time, counts, last error',
  security,
  responses: {
    200: json(z.object({ items: z.array(LinkStatusSchema) }), 'The links'),
    401: errorResponses[401],
  },
});

const worklist = createRoute({
  method: 'post',
  path: '/api/instruments/{code}/worklist',
  tags: ['instruments'],
  summary: 'Queue the pending tests of these specimens for the instrument; sent with retries',
  security,
  request: {
    params: code,
    body: body(z.object({ accessions: z.array(z.string().min(1).max(40)).min(1).max(500) })),
  },
  responses: {
    202: json(
      z.object({ queued: z.array(z.string()), skipped: z.array(z.string()) }),
      'Queued journal entries, and specimens with nothing pending on this instrument',
    ),
    ...changeResponses,
  },
});

function withLinks(instrument: Instrument, status: readonly LinkStatus[]) {
  const shared = instrument.protocol === 'astm' ? 'astm-listener' : 'mllp-listener';
  const own = status.filter((s) => s.connection === instrument.code);
  const viaShared = instrument.transport === 'tcp-server' && instrument.port === null;
  return {
    ...instrument,
    senderIds: [...instrument.senderIds],
    qcPatterns: [...instrument.qcPatterns],
    testCodes: [...instrument.testCodes],
    links: viaShared ? status.filter((s) => s.connection === shared) : own,
  };
}

/** Instrument registry, link status and worklists; the journal and unmapped queue in journal-routes. */
export function instrumentRoutes(app: App, info: ServerInfo): void {
  const { lab } = info;
  const status = (): LinkStatus[] => info.instruments?.status() ?? [];
  app.openapi(links, (c) => c.json({ items: status() }, 200));
  app.openapi(list, async (c) => {
    const all = await listInstruments(lab, c.get('actor'));
    const now = status();
    return c.json({ items: all.map((i) => withLinks(i, now)) }, 200);
  });
  app.openapi(create, async (c) => {
    const created = await createInstrument(lab, c.get('actor'), c.req.valid('json'));
    await info.instruments?.reload();
    return c.json(withLinks(created, status()), 201);
  });
  app.openapi(read, async (c) =>
    c.json(withLinks(await getInstrument(lab, c.get('actor'), c.req.valid('param').code), status()), 200),
  );
  app.openapi(replace, async (c) => {
    const updated = await updateInstrument(
      lab,
      c.get('actor'),
      c.req.valid('param').code,
      c.req.valid('json'),
    );
    await info.instruments?.reload();
    return c.json(withLinks(updated, status()), 200);
  });
  app.openapi(remove, async (c) => {
    await deleteInstrument(lab, c.get('actor'), c.req.valid('param').code);
    await info.instruments?.reload();
    return c.body(null, 204);
  });
  app.openapi(worklist, async (c) => {
    const queued = await pushWorklist(
      lab,
      c.get('actor'),
      c.req.valid('param').code,
      c.req.valid('json').accessions,
    );
    info.instruments?.kickOutbound();
    return c.json(queued, 202);
  });
  journalRoutes(app, info);
}
