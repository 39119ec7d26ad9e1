import { Badge, type MantineColor } from '@mantine/core';
import { humanize } from '../ui/format';
import type { RuleSetStatus } from './rule-set-types';

const statusColor = {
  draft: 'gray',
  validated: 'blue',
  active: 'teal',
  retired: 'dark',
} as const satisfies Record<RuleSetStatus, MantineColor>;

/** Where a rule-set version stands: draft → validated → approved and active → retired. */
export function RuleSetStatusBadge({ status }: { readonly status: RuleSetStatus }) {
  return (
    <Badge color={statusColor[status]} variant={status === 'active' ? 'filled' : 'light'} radius="sm">
      {humanize(status)}
    </Badge>
  );
}
