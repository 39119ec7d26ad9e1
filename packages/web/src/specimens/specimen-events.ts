import type { SpecimenEvent, SpecimenTimeline } from '../api/types.js';

/** The latest event of a kind, e.g. when and by whom the specimen was received. */
export function lastEvent(specimen: SpecimenTimeline, kind: string): SpecimenEvent | undefined {
  return specimen.events.findLast((event) => event.kind === kind);
}
