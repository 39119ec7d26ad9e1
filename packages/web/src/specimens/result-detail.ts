/**
 * What the interface stored beside an instrument result (`detail`): the serum indices and the analyzer's
 * alarms, read defensively since a manual result has neither.
 */
export function resultDetail(detail: Readonly<Record<string, unknown>>): {
  serumIndices: Record<string, number> | null;
  instrumentFlags: string[];
} {
  const indices = detail.serumIndices;
  const serumIndices =
    typeof indices === 'object' && indices !== null
      ? Object.fromEntries(
          Object.entries(indices).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
        )
      : null;
  const flags = detail.instrumentFlags;
  const instrumentFlags = Array.isArray(flags) ? flags.filter((f): f is string => typeof f === 'string') : [];
  return { serumIndices, instrumentFlags };
}
