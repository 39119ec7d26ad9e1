import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { api, ok } from '../api/client';
import { LiveBadge } from '../live/live-badge';
import { useLiveData } from '../live/use-live-data';
import { Loaded } from '../ui/loading';
import { ProblemAlert } from '../ui/problem-alert';
import { formatDateTime } from '../ui/format';
import { CriticalCallsCard } from './critical-calls-card';
import { LinksCard } from './links-card';
import { MetricTiles } from './metric-tiles';
import { QcStatusCard } from './qc-status-card';
import { TurnaroundCard } from './turnaround-card';

async function loadDashboard() {
  const [dashboard, links] = await Promise.all([
    api.GET('/api/dashboard', { params: { query: { windowHours: 24 } } }).then(ok),
    api.GET('/api/instrument-links').then(ok),
  ]);
  return { dashboard, links: links.items };
}

/** What needs a person now, kept current by the server's change events. */
export function DashboardPage() {
  const { data, problem, live } = useLiveData(loadDashboard);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Dashboard</Title>
        <Group gap="xs">
          {data && (
            <Text size="sm" c="dimmed">
              As of {formatDateTime(data.dashboard.at)}
            </Text>
          )}
          <LiveBadge state={live} />
        </Group>
      </Group>
      {data ? (
        <>
          <ProblemAlert problem={problem} title="Could not refresh" />
          <MetricTiles dashboard={data.dashboard} />
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <CriticalCallsCard calls={data.dashboard.openCriticalCalls} />
            <TurnaroundCard dashboard={data.dashboard} />
            <QcStatusCard holds={data.dashboard.qcHolds} />
            <LinksCard links={data.links} />
          </SimpleGrid>
        </>
      ) : (
        <Loaded load={problem ? { status: 'failed', problem } : { status: 'loading' }}>{() => null}</Loaded>
      )}
    </Stack>
  );
}
