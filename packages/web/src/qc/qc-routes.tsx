import type { RouteObject } from 'react-router';
import { LotsPage } from './lots-page';
import { MaintenancePage } from './maintenance-page';
import { PbrtqcPage } from './pbrtqc-page';
import { QcChartsPage } from './qc-charts-page';
import { RulesPage } from './rules-page';

/** The tabs of /qc, each at its own address. */
export const qcRoutes: RouteObject[] = [
  { index: true, element: <QcChartsPage /> },
  { path: 'lots', element: <LotsPage /> },
  { path: 'rules', element: <RulesPage /> },
  { path: 'pbrtqc', element: <PbrtqcPage /> },
  { path: 'maintenance', element: <MaintenancePage /> },
];
