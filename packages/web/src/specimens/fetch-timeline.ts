import { api, ok } from '../api/client';
import type { SpecimenTimeline } from '../api/types';

export async function fetchTimeline(accession: string): Promise<SpecimenTimeline> {
  return ok(await api.GET('/api/specimens/{accession}', { params: { path: { accession } } }));
}
