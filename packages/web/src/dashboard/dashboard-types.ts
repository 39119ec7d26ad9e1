import type { ResultValue } from '@aliquot/domain';
import type { components } from '../api/schema';
import { valueWithUnit } from '../ui/format';

export type LabDashboard = components['schemas']['LabDashboard'];
export type LinkStatus = components['schemas']['LinkStatus'];
export type DashboardCall = LabDashboard['openCriticalCalls'][number];
export type DashboardHold = LabDashboard['qcHolds'][number];

/** A value the contract leaves untyped (`unknown`) shown with its unit when it is a result value. */
export function looseValue(value: unknown, unit: string | null | undefined): string {
  if (typeof value === 'object' && value !== null && 'kind' in value) {
    return valueWithUnit(value as ResultValue, unit);
  }
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return '—';
}

/** A share 0…1 as "87 %", or "—" when nothing was counted. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${Math.round(share * 100)} %`;
}
