import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { LabError } from '@aliquot/domain';
import type { App, AppEnv } from './app-env.js';
import { renderError } from './http-error.js';

/** The built web application (packages/web/dist), served beside the API. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const isApi = (route: string): boolean => route.startsWith('/api/') || route.startsWith('/fhir/');

/**
 * Serves the single-page app: its files as they are, and index.html for any other GET outside /api
 * and /fhir so the app's own routes survive a reload. Does nothing when the app has not been built.
 */
export function serveWebApp(app: App, root = WEB_DIST): boolean {
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) return false;
  const indexHtml = readFileSync(index, 'utf8');
  // A path with no file behind it falls through to the routes and, failing those, to notFound.
  app.use('/*', serveStatic<AppEnv>({ root }));
  app.notFound((c) =>
    c.req.method === 'GET' && !isApi(c.req.path)
      ? c.html(indexHtml)
      : renderError(LabError.notFound('Route', `${c.req.method} ${c.req.path}`), c),
  );
  return true;
}
