import type { Db } from '@aliquot/storage';
import { createApp } from './app.js';
import { ALIQUOT_VERSION } from './version.js';

/**
 * The OpenAPI document, built from the same route schemas that validate requests, without a database
 * (no route runs). The web app's typed client is generated from it.
 */
export function openApiDocument(): unknown {
  const app = createApp({
    lab: { db: undefined as unknown as Db, now: () => new Date() },
    database: { kind: 'embedded', version: 'n/a' },
    startedAt: new Date(),
    version: ALIQUOT_VERSION,
  });
  return app.getOpenAPIDocument({
    openapi: '3.0.3',
    info: { title: 'Aliquot LIS API', version: ALIQUOT_VERSION },
  });
}
