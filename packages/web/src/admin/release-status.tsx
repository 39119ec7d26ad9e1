import { Badge, Group, Stack, Text } from '@mantine/core';
import { humanize } from '../ui/format';
import type { CredentialRecord } from './staff-types';

/** Per discipline, whether the person may release results today, and if not what is missing. */
export function ReleaseStatus({ release }: { readonly release: CredentialRecord['release'] }) {
  const entries = Object.entries(release);
  const may = entries.filter(([, r]) => r.ok).map(([d]) => humanize(d));
  const mayNot = entries.filter(([, r]) => !r.ok);
  return (
    <Stack gap={6} role="list" aria-label="May release results">
      <Group gap={6} role="listitem">
        <Text size="sm" fw={600}>
          May release:
        </Text>
        {may.length === 0 ? (
          <Text size="sm">no discipline</Text>
        ) : (
          may.map((d) => (
            <Badge key={d} color="teal" variant="light" radius="sm">
              {d}
            </Badge>
          ))
        )}
      </Group>
      {mayNot.map(([discipline, r]) => (
        <Text key={discipline} size="sm" role="listitem">
          <Text span fw={600}>
            {humanize(discipline)}:
          </Text>{' '}
          {r.reason}
        </Text>
      ))}
    </Stack>
  );
}
