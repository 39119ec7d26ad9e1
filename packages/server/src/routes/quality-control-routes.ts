import type { App, ServerInfo } from '../app-env.js';

/** Control lots, QC runs, Levey-Jennings data, holds and corrective actions. */
export function qualityControlRoutes(_app: App, _info: ServerInfo): void {}
