import { Badge, Group, Text } from '@mantine/core';

const indexLetter = { hemolysis: 'H', icterus: 'I', lipemia: 'L' } as const;
const indexOrder = ['hemolysis', 'icterus', 'lipemia'];

/**
 * What the analyzer said about the sample beside the value: its serum indices (H, I, L) and its alarms
 * (above linearity, clot, short sample…), so a reviewer sees them without opening the raw message.
 */
export function ResultContext({
  serumIndices,
  instrumentFlags,
}: {
  readonly serumIndices: Readonly<Record<string, number>> | null;
  readonly instrumentFlags: readonly string[];
}) {
  const indices = Object.entries(serumIndices ?? {}).sort(
    ([a], [b]) => indexOrder.indexOf(a) - indexOrder.indexOf(b),
  );
  if (indices.length === 0 && instrumentFlags.length === 0) return null;
  return (
    <Group gap={6} mt={2}>
      {indices.length > 0 && (
        <Text
          size="xs"
          style={{ whiteSpace: 'nowrap' }}
          aria-label={`Serum indices: ${indices.map(([k, v]) => `${k} ${v}`).join(', ')}`}
        >
          Serum indices{' '}
          {indices.map(([name, value]) => (
            <Text span key={name} ff="monospace" mr={6} title={name}>
              {name in indexLetter ? indexLetter[name as keyof typeof indexLetter] : name} {value}
            </Text>
          ))}
        </Text>
      )}
      {instrumentFlags.map((flag) => (
        <Badge key={flag} size="sm" color="grape.9" variant="filled" title="Analyzer alarm">
          Analyzer: {flag}
        </Badge>
      ))}
    </Group>
  );
}
