import { Badge } from '@mantine/core';

/** Marks a result held because its specimen's identity is in doubt; the reason's sentence as its title. */
export function IdentityBadge({ sentence }: { readonly sentence: string }) {
  return (
    <Badge color="red.9" variant="filled" size="sm" title={sentence}>
      Identity in doubt
    </Badge>
  );
}
