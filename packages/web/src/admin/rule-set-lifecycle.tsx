import { Stepper, Text } from '@mantine/core';
import { formatDateTime } from '../ui/format';
import type { RuleSetDetail } from './rule-set-types';

function Done({ by, at }: { readonly by: string | null; readonly at: string | null }) {
  if (!by) return <>not yet</>;
  return (
    <>
      {by}
      <Text component="span" display="block" size="xs" c="dimmed">
        {formatDateTime(at)}
      </Text>
    </>
  );
}

/** Draft → validated → approved → active, with who did each step and when. */
export function RuleSetLifecycle({ detail }: { readonly detail: RuleSetDetail }) {
  const reached = { draft: 1, validated: 2, active: 4, retired: 4 }[detail.status];
  return (
    <Stepper active={reached} size="sm" aria-label="Lifecycle" allowNextStepsSelect={false} wrap={false}>
      <Stepper.Step label="Drafted" description={<Done by={detail.draftedBy} at={detail.draftedAt} />} />
      <Stepper.Step
        label="Validated"
        description={<Done by={detail.validatedBy} at={detail.validatedAt} />}
      />
      <Stepper.Step label="Approved" description={<Done by={detail.approvedBy} at={detail.approvedAt} />} />
      <Stepper.Step
        label={detail.status === 'retired' ? 'Retired' : 'Active'}
        description={
          detail.status === 'retired'
            ? `replaced ${formatDateTime(detail.retiredAt)}`
            : detail.status === 'active'
              ? 'in use for new results'
              : 'not yet'
        }
      />
    </Stepper>
  );
}
