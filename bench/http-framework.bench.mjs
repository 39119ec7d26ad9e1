// Which HTTP framework: the same two routes (GET a JSON document; POST a patient validated against a
// schema) served by bare node:http, Hono with @hono/zod-openapi (what Aliquot uses) and Fastify with
// JSON-schema validation. Each server runs in its own process; one client process drives them in turn
// with 64 concurrent keep-alive requests. Prints requests/s and p50/p99 latency.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const servers = {
  'node:http (no framework)': `
    import http from 'node:http';
    const doc = JSON.stringify({ status: 'ok', database: { kind: 'embedded', version: 'PostgreSQL 18' } });
    http.createServer((req, res) => {
      if (req.method === 'GET') { res.writeHead(200, { 'content-type': 'application/json' }); return res.end(doc); }
      let body = ''; req.on('data', (c) => (body += c)); req.on('end', () => {
        const p = JSON.parse(body);
        const ok = typeof p.mrn === 'string' && p.mrn.length > 0 && typeof p.familyName === 'string' && /^\\d{4}-\\d{2}-\\d{2}$/.test(p.birthDate);
        res.writeHead(ok ? 201 : 422, { 'content-type': 'application/json' }); res.end(JSON.stringify(ok ? { id: '1', ...p } : { error: 'invalid' }));
      });
    }).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`,
  'Hono + zod-openapi (Aliquot)': `
    import { serve } from '@hono/node-server';
    import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
    const app = new OpenAPIHono();
    const Patient = z.object({ mrn: z.string().min(1), familyName: z.string().min(1), birthDate: z.string().regex(/^\\d{4}-\\d{2}-\\d{2}$/) });
    app.openapi(createRoute({ method: 'get', path: '/api/health', responses: { 200: { description: 'ok' } } }), (c) => c.json({ status: 'ok', database: { kind: 'embedded', version: 'PostgreSQL 18' } }, 200));
    app.openapi(createRoute({ method: 'post', path: '/api/patients', request: { body: { content: { 'application/json': { schema: Patient } } } }, responses: { 201: { description: 'created' } } }), (c) => c.json({ id: '1', ...c.req.valid('json') }, 201));
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(info.port));`,
  'Fastify + JSON schema': `
    import Fastify from 'fastify';
    const app = Fastify();
    app.get('/api/health', async () => ({ status: 'ok', database: { kind: 'embedded', version: 'PostgreSQL 18' } }));
    app.post('/api/patients', { schema: { body: { type: 'object', required: ['mrn', 'familyName', 'birthDate'], properties: { mrn: { type: 'string', minLength: 1 }, familyName: { type: 'string', minLength: 1 }, birthDate: { type: 'string', pattern: '^\\\\d{4}-\\\\d{2}-\\\\d{2}$' } } } } }, async (req, reply) => { reply.code(201); return { id: '1', ...req.body }; });
    await app.listen({ port: 0, host: '127.0.0.1' }); console.log(app.server.address().port);`,
};

const root = fileURLToPath(new URL('..', import.meta.url));
const REQUESTS = 20_000;
const CONCURRENCY = 64;
const patient = JSON.stringify({
  mrn: 'MRN1',
  familyName: 'Rivera',
  givenName: 'Ana',
  birthDate: '1980-02-29',
});

async function drive(url, method) {
  const times = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < REQUESTS) {
      next++;
      const t = performance.now();
      const response = await fetch(
        url,
        method === 'GET' ? {} : { method, body: patient, headers: { 'content-type': 'application/json' } },
      );
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      times.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
  return { rps: Math.round(REQUESTS / seconds), p50: at(0.5), p99: at(0.99) };
}

const rows = [];
for (const [name, source] of Object.entries(servers)) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', source], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise((resolve) =>
    child.stdout.once('data', (d) => resolve(Number(String(d).trim()))),
  );
  const base = `http://127.0.0.1:${port}`;
  await drive(`${base}/api/health`, 'GET'); // warm up
  const get = await drive(`${base}/api/health`, 'GET');
  const post = await drive(`${base}/api/patients`, 'POST');
  rows.push({
    server: name,
    'GET req/s': get.rps,
    'GET p50 ms': get.p50,
    'GET p99 ms': get.p99,
    'POST req/s': post.rps,
    'POST p50 ms': post.p50,
    'POST p99 ms': post.p99,
  });
  child.kill();
}
console.log(
  `${REQUESTS} requests per route, ${CONCURRENCY} at once, one client process, Node ${process.version}`,
);
console.table(rows);
