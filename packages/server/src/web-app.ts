import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { App } from './app-env.js';

/** The built web application (packages/web/dist), served beside the API. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/**
 * Serves the single-page app: its files as they are, and index.html for any other path outside /api
 * and /fhir so the app's own routes survive a reload. Does nothing when the app has not been built.
 */
export function serveWebApp(app: App, root = WEB_DIST): boolean {
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) return false;
  app.use('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/fhir/')) return next();
    return serveStatic<AppEnv>({ root })(c, next);
  });
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/fhir/')) return next();
    return serveStatic<AppEnv>({ path: index })(c, next);
  });
  return true;
}
