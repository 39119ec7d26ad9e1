import type { PriorResult, ResultContext } from '@aliquot/engines/autoverification';

/**
 * A judged context as stored with its decision (jsonb), and back. Dates become ISO strings on the way
 * in and are revived on the way out, so a stored case replays exactly as it was judged.
 */

type Json = Record<string, unknown>;

const date = (value: unknown): Date | undefined =>
  typeof value === 'string' || value instanceof Date ? new Date(value) : undefined;

/** A plain-JSON copy of a context (Dates as ISO strings). */
export function contextToJson(context: ResultContext): unknown {
  return JSON.parse(JSON.stringify(context)) as unknown;
}

function withDate<T extends Json>(object: T, key: string): T {
  const value = date(object[key]);
  return value === undefined ? object : { ...object, [key]: value };
}

/** Revives a stored context; the stored shape is the engine's own, written by `contextToJson`. */
export function contextFromJson(json: unknown): ResultContext {
  const raw = json as Json & {
    result: Json;
    specimen: Json;
    patient: Json & { history: Record<string, Json[]>; contexts?: Json[] };
    qc?: Json;
  };
  const history: Record<string, PriorResult[]> = {};
  for (const [code, priors] of Object.entries(raw.patient.history)) {
    history[code] = priors.map((prior) => withDate(prior, 'at') as unknown as PriorResult);
  }
  const patient = {
    ...raw.patient,
    history,
    ...(raw.patient.contexts === undefined
      ? {}
      : { contexts: raw.patient.contexts.map((episode) => withDate(withDate(episode, 'from'), 'to')) }),
  };
  return {
    ...raw,
    result: withDate(raw.result, 'measuredAt'),
    specimen: withDate(raw.specimen, 'collectedAt'),
    patient,
    ...(raw.qc === undefined ? {} : { qc: withDate(raw.qc, 'lastAcceptedAt') }),
    now: date(raw['now']) ?? new Date(0),
  } as unknown as ResultContext;
}
