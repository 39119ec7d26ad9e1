import type { App, ServerInfo } from '../app-env.js';

/** Review queue, release, corrections, rule sets, credentials, critical calls. */
export function verificationRoutes(_app: App, _info: ServerInfo): void {}
