import { createRoute, z } from '@hono/zod-openapi';
import { getJournalEntry, listJournal, listUnmapped, reprocessJournalEntry } from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { errorResponses, json, page, security } from '../schemas.js';
import {
  JournalEntrySchema,
  JournalQuery,
  ProcessOutcomeSchema,
  UnmappedCodeSchema,
} from './instrument-schemas.js';

const id = z.object({
  id: z
    .string()
    .regex(/^\d{1,18}$/)
    .openapi({ example: '42' }),
});

const list = createRoute({
  method: 'get',
  path: '/api/journal',
  tags: ['journal'],
  summary:
    'Messages in and out, newest first, with their state and error; filter by connection, instrument, state, direction',
  security,
  request: { query: JournalQuery },
  responses: {
    200: json(page(JournalEntrySchema), 'A page of journal entries'),
    401: errorResponses[401],
    422: errorResponses[422],
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/journal/{id}',
  tags: ['journal'],
  summary: 'One journal entry with its raw bytes (base64 and readable text)',
  security,
  request: { params: id },
  responses: {
    200: json(JournalEntrySchema, 'The entry'),
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const reprocess = createRoute({
  method: 'post',
  path: '/api/journal/{id}/reprocess',
  tags: ['journal'],
  summary: 'Process a failed or unmapped message again, e.g. after a mapping fix; a processed one is refused',
  security,
  request: { params: id },
  responses: {
    200: json(ProcessOutcomeSchema, 'What processing made of it'),
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    409: errorResponses[409],
  },
});

const unmapped = createRoute({
  method: 'get',
  path: '/api/unmapped',
  tags: ['journal'],
  summary:
    'Codes no mapping covers (test codes, unknown senders, control specimens) and the messages waiting on each',
  security,
  responses: {
    200: json(z.object({ items: z.array(UnmappedCodeSchema) }), 'The unmapped queue'),
    401: errorResponses[401],
  },
});

/** The message journal and the unmapped queue. */
export function journalRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const page = await listJournal(lab, c.get('actor'), {
      ...(q.connection === undefined ? {} : { connection: q.connection }),
      ...(q.instrument === undefined ? {} : { instrumentCode: q.instrument }),
      ...(q.state === undefined ? {} : { state: q.state }),
      ...(q.direction === undefined ? {} : { direction: q.direction }),
      limit: q.limit,
      offset: q.offset,
    });
    return c.json({ ...page, items: page.items.map((e) => ({ ...e, warnings: [...e.warnings] })) }, 200);
  });
  app.openapi(read, async (c) => {
    const entry = await getJournalEntry(lab, c.get('actor'), c.req.valid('param').id);
    return c.json({ ...entry, warnings: [...entry.warnings] }, 200);
  });
  app.openapi(reprocess, async (c) => {
    const actor = c.get('actor');
    const outcome = await reprocessJournalEntry(lab, actor, c.req.valid('param').id);
    const entry = await getJournalEntry(lab, actor, outcome.id);
    return c.json({ ...outcome, entry: { ...entry, warnings: [...entry.warnings] } }, 200);
  });
  app.openapi(unmapped, async (c) => {
    const items = await listUnmapped(lab, c.get('actor'));
    return c.json({ items: items.map((i) => ({ ...i, journalIds: [...i.journalIds] })) }, 200);
  });
}
