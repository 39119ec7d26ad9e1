import { Badge, type MantineColor } from '@mantine/core';
import type { Priority, SpecimenState } from '@aliquot/domain';
import { humanize, priorityText } from './format';

const stateColor = {
  ordered: 'gray',
  collected: 'blue',
  received: 'teal',
  rejected: 'red',
  centrifuged: 'teal',
  aliquoted: 'teal',
  loaded: 'indigo',
  resulted: 'violet',
  verified: 'indigo',
  released: 'cyan',
  stored: 'gray',
  disposed: 'dark',
} as const satisfies Record<SpecimenState, MantineColor>;

export function StateBadge({ state }: { readonly state: string }) {
  const color: MantineColor = state in stateColor ? stateColor[state as SpecimenState] : 'gray';
  return (
    <Badge color={color} variant="light" size="lg" radius="sm">
      {humanize(state)}
    </Badge>
  );
}

// ASAP is amber with dark text: white on orange stays under 4.5:1.
const priorityColor = { stat: 'red', asap: 'yellow.4', routine: 'gray' } as const satisfies Record<
  Priority,
  MantineColor
>;

export function PriorityBadge({ priority }: { readonly priority: string }) {
  const color: MantineColor = priority in priorityColor ? priorityColor[priority as Priority] : 'gray';
  return (
    <Badge color={color} variant={priority === 'routine' ? 'outline' : 'filled'} radius="sm" autoContrast>
      {priorityText(priority)}
    </Badge>
  );
}
