import type { SerumIndexCodes } from '@aliquot/storage';
import type { DecodeProblem, InstrumentObservation } from './instrument-message.js';

/** A specimen's serum indices as the analyzer measured them (its own units, usually mg/dL). */
export interface MeasuredSerumIndices {
  hemolysis?: number;
  icterus?: number;
  lipemia?: number;
}

/**
 * Takes the serum-index results (the instrument's H, I and L codes) out of a message's observations:
 * they are not tests but facts about the specimen, which autoverification reads beside every result
 * of it. Returns the indices per specimen and the observations left to map.
 * @see shared/domain/autoverification.md §2 filter 5 (serum indices)
 */
export function takeSerumIndices(
  codes: SerumIndexCodes,
  observations: readonly InstrumentObservation[],
): {
  indices: Map<string, MeasuredSerumIndices>;
  rest: InstrumentObservation[];
  problems: DecodeProblem[];
} {
  const indexOf = new Map(
    (Object.entries(codes) as [keyof MeasuredSerumIndices, string | undefined][]).flatMap(([index, code]) =>
      code === undefined ? [] : [[code, index] as const],
    ),
  );
  const indices = new Map<string, MeasuredSerumIndices>();
  const rest: InstrumentObservation[] = [];
  const problems: DecodeProblem[] = [];
  for (const o of observations) {
    const index = indexOf.get(o.instrumentTestCode);
    if (index === undefined) {
      rest.push(o);
      continue;
    }
    if (o.value?.kind !== 'numeric') {
      problems.push({
        location: o.location,
        message: `the ${index} index of ${o.specimenId} ("${o.valueText}") is not a number`,
      });
      continue;
    }
    const of = indices.get(o.specimenId) ?? {};
    of[index] = o.value.value;
    indices.set(o.specimenId, of);
  }
  return { indices, rest, problems };
}
