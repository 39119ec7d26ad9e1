import { api, ok } from '../api/client';
import type { SpecimenEvent, SpecimenTimeline } from '../api/types';

export async function fetchTimeline(accession: string): Promise<SpecimenTimeline> {
  return ok(await api.GET('/api/specimens/{accession}', { params: { path: { accession } } }));
}

/** The latest event of a kind, e.g. when and by whom the specimen was received. */
export function lastEvent(specimen: SpecimenTimeline, kind: string): SpecimenEvent | undefined {
  return specimen.events.findLast((event) => event.kind === kind);
}
