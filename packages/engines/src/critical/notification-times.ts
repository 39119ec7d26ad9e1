import type { CriticalNotification } from './critical-notification.js';

/**
 * Time to notification, for the critical-results dashboard and compliance measurement.
 * @see shared/domain/delta-and-critical.md §5 (TJC NPSG.02.03.01: measure compliance)
 */

const MINUTE = 60_000;

/** Minutes from detection to a completed notification; undefined while the call is open. */
export function timeToNotification(
  call: Pick<CriticalNotification, 'detectedAt' | 'completedAt'>,
): number | undefined {
  return call.completedAt === undefined
    ? undefined
    : (call.completedAt.getTime() - call.detectedAt.getTime()) / MINUTE;
}

export interface NotificationSummary {
  readonly calls: number;
  readonly completed: number;
  readonly open: number;
  /** Completed within the target. */
  readonly withinTarget: number;
  /** Open calls already past the target at `now`. */
  readonly openPastTarget: number;
  /** withinTarget / calls (open calls count against compliance); undefined with no calls. */
  readonly complianceRate?: number;
  readonly medianMinutes?: number;
  readonly p90Minutes?: number;
  readonly maxMinutes?: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** Summarise calls against a target time (median and 90th percentile, as TAT is reported). */
export function summarizeNotificationTimes(
  calls: readonly Pick<CriticalNotification, 'detectedAt' | 'completedAt'>[],
  targetMinutes: number,
  now: Date,
): NotificationSummary {
  const times = calls
    .map(timeToNotification)
    .filter((minutes) => minutes !== undefined)
    .sort((a, b) => a - b);
  const open = calls.filter((call) => call.completedAt === undefined);
  const openPastTarget = open.filter(
    (call) => (now.getTime() - call.detectedAt.getTime()) / MINUTE > targetMinutes,
  ).length;
  const withinTarget = times.filter((minutes) => minutes <= targetMinutes).length;
  const median = percentile(times, 50);
  const p90 = percentile(times, 90);
  const max = times[times.length - 1];
  return {
    calls: calls.length,
    completed: times.length,
    open: open.length,
    withinTarget,
    openPastTarget,
    ...(calls.length > 0 ? { complianceRate: withinTarget / calls.length } : {}),
    ...(median !== undefined ? { medianMinutes: median } : {}),
    ...(p90 !== undefined ? { p90Minutes: p90 } : {}),
    ...(max !== undefined ? { maxMinutes: max } : {}),
  };
}
