import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { SpecimenTimeline } from '../api/types';
import { formatDateTime } from '../ui/format';
import { PriorityBadge } from '../ui/state-badge';

const specimenLink = (accession: string) => (
  <Anchor key={accession} component={Link} to={`/specimens/${accession}`} ff="monospace">
    {accession}
  </Anchor>
);

/** The order the specimen belongs to, the tube, and its parent and aliquots as links. */
export function OrderCard({ specimen }: { readonly specimen: SpecimenTimeline }) {
  return (
    <Paper withBorder p="md" aria-labelledby="order-card-title">
      <Title order={3} size="h5" id="order-card-title" c="dimmed" tt="uppercase" mb={4}>
        Order and specimen
      </Title>
      <Stack gap={4}>
        <Group gap="xs">
          <Text fw={600}>Order {specimen.order.orderNumber}</Text>
          <PriorityBadge priority={specimen.order.priority} />
        </Group>
        <Text size="sm">Ordered {formatDateTime(specimen.order.orderedAt)}</Text>
        <Text size="sm">
          {specimen.specimenType} in {specimen.container}
        </Text>
        {specimen.parent && <Text size="sm">Aliquot of {specimenLink(specimen.parent)}</Text>}
        {specimen.aliquots.length > 0 && (
          <Group gap={6}>
            <Text size="sm">Aliquots:</Text>
            {specimen.aliquots.map(specimenLink)}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
