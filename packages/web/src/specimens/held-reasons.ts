import { api, ok } from '../api/client';
import type { components } from '../api/schema';
import type { SpecimenTimeline } from '../api/types';

export type Reason = components['schemas']['DecisionReason'];
/** Result id → the reasons of its latest decision. */
export type HeldReasons = ReadonlyMap<string, readonly Reason[]>;

/** The ids of the specimen's results waiting for review, comma-joined (a load key), or undefined. */
export function heldResultIds(specimen: SpecimenTimeline): string | undefined {
  const ids = specimen.analyses.flatMap((a) => a.results.filter((r) => r.status === 'held').map((r) => r.id));
  return ids.length > 0 ? ids.join(',') : undefined;
}

/** Why each held result waits: the reasons of its latest decision, from `/api/results/{id}/decision`. */
export async function fetchHeldReasons(ids: string): Promise<HeldReasons> {
  const entries = await Promise.all(
    ids.split(',').map(async (id) => {
      const record = ok(await api.GET('/api/results/{id}/decision', { params: { path: { id } } }));
      const latest = [...record.decisions].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt)).at(-1);
      return [id, latest?.reasons ?? []] as const;
    }),
  );
  return new Map(entries);
}
