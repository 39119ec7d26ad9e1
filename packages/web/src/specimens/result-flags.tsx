import { Badge, Group } from '@mantine/core';
import type { AbnormalFlag } from '@aliquot/domain';

const flagText = {
  L: 'Low',
  H: 'High',
  LL: 'Critical low',
  HH: 'Critical high',
  '<': 'Below measuring range',
  '>': 'Above measuring range',
  N: 'Normal',
  A: 'Abnormal',
  AA: 'Critical abnormal',
} as const satisfies Record<AbnormalFlag, string>;

const critical = new Set(['LL', 'HH', 'AA']);

/** Abnormal flags in words: critical ones solid red so they cannot be missed, others amber. */
export function ResultFlags({ flags }: { readonly flags: readonly string[] }) {
  if (flags.length === 0) return null;
  return (
    <Group gap={4}>
      {flags.map((flag) => (
        <Badge
          key={flag}
          color={critical.has(flag) ? 'red.9' : 'yellow.4'}
          variant="filled"
          autoContrast
          radius="sm"
          title={flag in flagText ? flagText[flag as AbnormalFlag] : flag}
        >
          {flag in flagText ? `${flag} · ${flagText[flag as AbnormalFlag]}` : flag}
        </Badge>
      ))}
    </Group>
  );
}
