import type { App, ServerInfo } from '../app-env.js';
import { qcDesignRoutes } from './qc-design-routes.js';
import { qcHoldRoutes } from './qc-hold-routes.js';
import { qcLotRoutes } from './qc-lot-routes.js';
import { qcMaintenanceRoutes } from './qc-maintenance-routes.js';
import { qcPbrtqcChartRoutes } from './qc-pbrtqc-chart-routes.js';
import { qcRunRoutes } from './qc-run-routes.js';

/**
 * Quality control (issue 5, shared/domain/qc.md): control lots and targets, QC runs, Levey–Jennings
 * and z-chart data, holds with look-back lists and corrective actions (42 CFR 493.1282), sigma-based
 * rule selection, patient-based real-time QC, and the instrument maintenance and calibration log.
 */
export function qualityControlRoutes(app: App, info: ServerInfo): void {
  qcLotRoutes(app, info);
  qcRunRoutes(app, info);
  qcHoldRoutes(app, info);
  qcDesignRoutes(app, info);
  qcPbrtqcChartRoutes(app, info);
  qcMaintenanceRoutes(app, info);
}
