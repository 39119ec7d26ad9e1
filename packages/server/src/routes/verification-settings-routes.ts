import { createRoute, z } from '@hono/zod-openapi';
import { getVerificationSettings, updateVerificationSettings } from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { body, errorResponses, json, security } from '../schemas.js';
import { shaped } from './verification-schemas.js';

/** The lab's verification policy: four-eyes, licence state, escalation ladder, grouping window. */

const tags = ['rule sets'];
const refusals = {
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
  422: errorResponses[422],
};

const SettingsSchema = z
  .object({
    fourEyes: z.boolean(),
    licenceState: z.string().optional(),
    escalationLadder: z.object({
      targetMinutes: z.number().positive(),
      steps: z.array(
        z.object({
          afterMinutes: z.number().min(0),
          notify: z.enum([
            'ordering-provider',
            'covering-provider',
            'charge-nurse',
            'attending',
            'supervisor',
            'pathologist',
            'medical-director',
          ]),
        }),
      ),
    }),
    criticalGroupingMinutes: z.number().min(0),
    credentialAlertDays: z.number().int().min(0),
    deltaFailuresToHoldSpecimen: z.number().int().min(0).openapi({
      description:
        'Delta failures on this many analytes of one specimen hold all its results; 0 turns it off',
    }),
  })
  .openapi('VerificationSettings');

const readSettings = createRoute({
  method: 'get',
  path: '/api/verification/settings',
  tags,
  summary:
    'Four-eyes, licence state, escalation ladder, grouping window, credential alert days, specimen hold on deltas',
  security,
  responses: { 200: json(SettingsSchema, 'The settings'), 401: errorResponses[401] },
});

const writeSettings = createRoute({
  method: 'put',
  path: '/api/verification/settings',
  tags,
  summary: 'Change the verification policy (rules:approve)',
  security,
  request: { body: body(SettingsSchema.partial()) },
  responses: { 200: json(SettingsSchema, 'The settings now'), ...refusals },
});

export function verificationSettingsRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(readSettings, async (c) =>
    c.json(shaped(SettingsSchema, await getVerificationSettings(lab, c.get('actor'))), 200),
  );
  app.openapi(writeSettings, async (c) => {
    const changes = c.req.valid('json');
    return c.json(
      shaped(SettingsSchema, await updateVerificationSettings(lab, c.get('actor'), changes)),
      200,
    );
  });
}
