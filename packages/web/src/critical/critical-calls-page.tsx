import { Alert, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api, ok } from '../api/client';
import { LiveBadge } from '../live/live-badge';
import { useLiveData } from '../live/use-live-data';
import { useNow } from '../live/use-now';
import { ProblemAlert } from '../ui/problem-alert';
import { CallLog } from './call-log';
import { OpenCallCard } from './open-call-card';
import { ReadBackForm } from './read-back-form';

const loadOpen = () => api.GET('/api/critical-calls/open').then(ok);

/** Open critical calls with their clocks; the read-back form for the one being called; the log. */
export function CriticalCallsPage() {
  const { data, problem, live, reload } = useLiveData(loadOpen);
  const now = useNow();
  const [selectedId, setSelectedId] = useState<string>();
  const [completed, setCompleted] = useState<string>();
  const calls = data?.items ?? [];
  const selected = calls.find((c) => c.id === selectedId) ?? calls[0];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Critical calls</Title>
        <LiveBadge state={live} />
      </Group>
      <ProblemAlert problem={problem} title="Open calls could not be read" />
      {completed && (
        <Alert
          color="teal"
          title="Call completed"
          role="status"
          withCloseButton
          onClose={() => setCompleted(undefined)}
        >
          {completed}
        </Alert>
      )}
      {data && calls.length === 0 && <Text c="dimmed">No critical call is open.</Text>}
      {selected && (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <Stack gap="sm" aria-label="Open calls" component="section">
            {calls.map((call) => (
              <OpenCallCard
                key={call.id}
                call={call}
                now={now}
                selected={call.id === selected.id}
                onSelect={() => setSelectedId(call.id)}
              />
            ))}
          </Stack>
          <ReadBackForm
            key={selected.id}
            call={selected}
            onRecorded={(next) => {
              if (next.status === 'completed') {
                setCompleted(
                  `${next.testCode} on ${next.accessionNumber}: ${next.notifiedPerson ?? ''} read the result back.`,
                );
              }
              reload();
            }}
          />
        </SimpleGrid>
      )}
      <CallLog refresh={`${calls.length}:${completed ?? ''}`} />
    </Stack>
  );
}
