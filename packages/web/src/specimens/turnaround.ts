import type { SpecimenTimeline } from '../api/types.js';
import { lastEvent } from './specimen-events.js';

export interface Interval {
  readonly interval: string;
  readonly minutes: number;
}

const steps = [
  ['Order → collection', 'ordered', 'collected'],
  ['Collection → receipt', 'collected', 'received'],
  ['Receipt → result', 'received', 'resulted'],
  ['Result → release', 'resulted', 'released'],
] as const;

/**
 * The turnaround of one specimen, interval by interval, in minutes, for the steps that have happened.
 * @see shared/domain/workflow.md §5
 */
export function turnaroundIntervals(specimen: SpecimenTimeline): Interval[] {
  const at = (kind: string): number | undefined => {
    if (kind === 'ordered') return Date.parse(specimen.order.orderedAt);
    const event = lastEvent(specimen, kind);
    return event ? Date.parse(event.at) : undefined;
  };
  const intervals: Interval[] = [];
  for (const [interval, from, to] of steps) {
    const start = at(from);
    const end = at(to);
    if (start === undefined || end === undefined) continue;
    intervals.push({ interval, minutes: Math.max(0, (end - start) / 60_000) });
  }
  return intervals;
}
