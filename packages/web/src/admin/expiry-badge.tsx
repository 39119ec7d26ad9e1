import { Badge, Text } from '@mantine/core';
import { daysText, expiryOf, todayIso } from './expiry';

const words = {
  expires: { expired: 'Expired', soon: 'Expires', current: 'Valid until' },
  due: { expired: 'Overdue since', soon: 'Due', current: 'Next due' },
} as const;

/**
 * A date with its warning: red once past, yellow within the server's alert window, plain otherwise.
 * `kind` words it for a credential (expires) or a competency assessment (due).
 */
export function ExpiryBadge({
  on,
  windowDays,
  kind = 'expires',
}: {
  readonly on: string | null;
  readonly windowDays: number;
  readonly kind?: keyof typeof words;
}) {
  if (!on) return <Text size="sm">No expiry</Text>;
  const expiry = expiryOf(on, todayIso(), windowDays);
  const label = `${words[kind][expiry.state]} ${on}`;
  if (expiry.state === 'current') return <Text size="sm">{label}</Text>;
  return (
    <Badge
      color={expiry.state === 'expired' ? 'red.8' : 'yellow.4'}
      variant="filled"
      radius="sm"
      autoContrast
      tt="none"
      data-expiry={expiry.state}
    >
      {label} ({daysText(expiry.daysLeft)})
    </Badge>
  );
}
