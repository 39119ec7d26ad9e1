import type { App, ServerInfo } from '../app-env.js';
import { criticalCallRoutes } from './critical-call-routes.js';
import { reviewRoutes } from './review-routes.js';
import { ruleSetRoutes } from './rule-set-routes.js';
import { staffCredentialRoutes } from './staff-credential-routes.js';
import { verificationSettingsRoutes } from './verification-settings-routes.js';

/** Review queue, release, corrections, rule sets, credentials, critical calls. */
export function verificationRoutes(app: App, info: ServerInfo): void {
  reviewRoutes(app, info);
  ruleSetRoutes(app, info);
  verificationSettingsRoutes(app, info);
  staffCredentialRoutes(app, info);
  criticalCallRoutes(app, info);
}
