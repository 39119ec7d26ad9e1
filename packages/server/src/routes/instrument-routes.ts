import type { App, ServerInfo } from '../app-env.js';

/** Instrument registry, message journal, unmapped codes. */
export function instrumentRoutes(_app: App, _info: ServerInfo): void {}
