import { Badge } from '@mantine/core';
import type { LiveState } from './use-live-changes';

const text = { live: 'Live', connecting: 'Connecting…', reconnecting: 'Reconnecting…' } as const;

/** Whether the screen is following the server's changes, announced politely when it changes. */
export function LiveBadge({ state }: { readonly state: LiveState }) {
  return (
    <Badge
      role="status"
      aria-live="polite"
      variant={state === 'live' ? 'filled' : 'outline'}
      color={state === 'live' ? 'teal.9' : 'gray.8'}
      data-testid="live-state"
    >
      {text[state]}
    </Badge>
  );
}
