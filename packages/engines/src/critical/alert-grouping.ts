import type { CriticalDirection } from './critical-limits.js';

/**
 * Grouping of repeated critical alerts: the same patient, analyte and direction within a window is one
 * call, not several (alert fatigue). Whether repeats may be exempted is lab policy; the window is its
 * setting.
 * @see shared/domain/delta-and-critical.md §5 (results repeated in the same direction within a window)
 */

export interface CriticalAlert {
  readonly id: string;
  readonly patientId: string;
  readonly testCode: string;
  readonly direction: CriticalDirection;
  readonly value: number;
  readonly at: Date;
}

export interface AlertGroup {
  readonly patientId: string;
  readonly testCode: string;
  readonly direction: CriticalDirection;
  /** The alert that is called. */
  readonly lead: CriticalAlert;
  /** Later alerts within the window of the lead, which need no new call. */
  readonly duplicates: readonly CriticalAlert[];
  /** When the window of the lead closes; an alert after it starts a new group. */
  readonly windowEndsAt: Date;
}

const MINUTE = 60_000;
const keyOf = (alert: CriticalAlert): string =>
  `${alert.patientId}\u0000${alert.testCode}\u0000${alert.direction}`;

/**
 * Group alerts: for each patient × analyte × direction, the earliest alert leads a group and every
 * later alert within `windowMinutes` of that lead joins it. Groups come out ordered by their lead's time
 * (ties by id), so the result does not depend on the order of the input.
 */
export function groupCriticalAlerts(alerts: readonly CriticalAlert[], windowMinutes: number): AlertGroup[] {
  const ordered = [...alerts].sort(
    (a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const open = new Map<string, { lead: CriticalAlert; duplicates: CriticalAlert[]; windowEndsAt: Date }>();
  const groups: { lead: CriticalAlert; duplicates: CriticalAlert[]; windowEndsAt: Date }[] = [];
  for (const alert of ordered) {
    const key = keyOf(alert);
    const current = open.get(key);
    if (current !== undefined && alert.at.getTime() <= current.windowEndsAt.getTime()) {
      current.duplicates.push(alert);
      continue;
    }
    const group = {
      lead: alert,
      duplicates: [],
      windowEndsAt: new Date(alert.at.getTime() + windowMinutes * MINUTE),
    };
    open.set(key, group);
    groups.push(group);
  }
  return groups.map((group) => ({
    patientId: group.lead.patientId,
    testCode: group.lead.testCode,
    direction: group.lead.direction,
    lead: group.lead,
    duplicates: group.duplicates,
    windowEndsAt: group.windowEndsAt,
  }));
}

/**
 * For one new alert: the earlier alert it repeats (same patient, analyte and direction, and within the
 * window of the group that alert leads), or undefined when it must be called.
 */
export function duplicateOf(
  alert: CriticalAlert,
  earlier: readonly CriticalAlert[],
  windowMinutes: number,
): CriticalAlert | undefined {
  const groups = groupCriticalAlerts(
    [...earlier.filter((other) => other.id !== alert.id), alert],
    windowMinutes,
  );
  const mine = groups.find((group) => group.duplicates.some((other) => other.id === alert.id));
  return mine?.lead;
}
