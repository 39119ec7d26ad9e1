import { Alert } from '@mantine/core';
import { specimenHold } from '../ui/specimen-hold';
import type { HeldReasons } from './held-reasons';

/**
 * A specimen whose identity is in doubt (a wrong blood in tube suspected) says so above its results:
 * every result of it waits for review until someone confirms who the blood belongs to, or rejects it.
 */
export function SpecimenHoldAlert({ reasons }: { readonly reasons: HeldReasons }) {
  const hold = [...reasons.values()].map((r) => specimenHold(r)).find((r) => r !== undefined);
  if (!hold) return null;
  return (
    <Alert
      color="red"
      variant="light"
      title="Identity in doubt: every result of this specimen is held"
      mb="sm"
    >
      {hold.sentence.replace(/^./, (c) => c.toUpperCase())}. Confirm the patient’s identity (recollect if
      needed) before releasing any result, or reject the specimen.
    </Alert>
  );
}
