import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { LabError } from '@aliquot/domain';
import { authenticate } from '@aliquot/services';
import type { App, AppEnv, ServerInfo } from './app-env.js';
import { renderError } from './http-error.js';
import { json } from './schemas.js';
import { auditRoutes } from './routes/audit-routes.js';
import { authRoutes } from './routes/auth-routes.js';
import { catalogRoutes } from './routes/catalog-routes.js';
import { dashboardRoutes } from './routes/dashboard-routes.js';
import { instrumentRoutes } from './routes/instrument-routes.js';
import { orderRoutes } from './routes/order-routes.js';
import { patientRoutes } from './routes/patient-routes.js';
import { poctRoutes } from './routes/poct-routes.js';
import { qualityControlRoutes } from './routes/quality-control-routes.js';
import { specimenRoutes } from './routes/specimen-routes.js';
import { trainingRoutes } from './routes/training-routes.js';
import { verificationRoutes } from './routes/verification-routes.js';
import { fhirRoutes } from './fhir/fhir-routes.js';
import { reportRoutes } from './routes/report-routes.js';

/** Routes that answer without a token: everything else under /api needs one. */
const PUBLIC = new Set(['/api/health', '/api/auth/login', '/api/openapi.json']);

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['system'],
  summary: 'Liveness: status, database kind and version',
  responses: {
    200: json(
      z.object({
        status: z.literal('ok'),
        version: z.string(),
        database: z.object({ kind: z.enum(['embedded', 'server']), version: z.string() }),
        uptimeSeconds: z.number(),
      }),
      'Up',
    ),
  },
});

export function createApp(info: ServerInfo): App {
  const app: App = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw LabError.invalid(
          'the request is not valid',
          result.error.issues.map((issue) => ({
            location: issue.path.join('.') || '(body)',
            message: issue.message,
          })),
        );
      }
    },
  });
  app.onError((error, c) => renderError(error, c));
  app.notFound((c) => renderError(LabError.notFound('Route', `${c.req.method} ${c.req.path}`), c));

  app.use('/api/*', async (c, next) => {
    if (PUBLIC.has(c.req.path)) return next();
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1])
      throw new LabError(
        'unauthenticated',
        'sign in first: send Authorization: Bearer <token> from POST /api/auth/login',
      );
    c.set('actor', await authenticate(info.lab, match[1]));
    return next();
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'Bearer', { type: 'http', scheme: 'bearer' });
  app.openapi(health, (c) =>
    c.json(
      {
        status: 'ok' as const,
        version: info.version,
        database: info.database,
        uptimeSeconds: Math.round((Date.now() - info.startedAt.getTime()) / 1000),
      },
      200,
    ),
  );
  authRoutes(app, info);
  auditRoutes(app, info);
  dashboardRoutes(app, info);
  patientRoutes(app, info);
  catalogRoutes(app, info);
  orderRoutes(app, info);
  specimenRoutes(app, info);
  instrumentRoutes(app, info);
  qualityControlRoutes(app, info);
  verificationRoutes(app, info);
  poctRoutes(app, info);
  fhirRoutes(app, info);
  trainingRoutes(app, info);
  reportRoutes(app, info);

  app.doc('/api/openapi.json', {
    openapi: '3.0.3',
    info: {
      title: 'Aliquot LIS API',
      version: info.version,
      description:
        'Laboratory information system and instrument middleware. Errors are FHIR OperationOutcome resources.',
    },
  });
  return app;
}
