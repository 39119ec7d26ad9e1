import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, ok } from '../api/client';
import { useCan } from '../auth/session';
import { formatDateTime } from '../ui/format';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { PbrtqcChartSection } from './pbrtqc-chart-section';
import { PbrtqcSettingsForm } from './pbrtqc-settings-form';
import { settingsText } from './pbrtqc-settings-text';
import { figure } from './qc-drafts';

const loadMonitors = () => api.GET('/api/qc/pbrtqc', { params: { query: {} } }).then(ok);

/**
 * Patient-based real-time QC (qc.md §8): the monitors with their settings and latest statistic, the
 * chosen one's moving statistic over time with its limits and alarms, and its settings.
 */
export function PbrtqcPage() {
  const [params, setParams] = useSearchParams();
  const canChange = useCan('rules:write');
  const [monitors, , replace] = useLoad('monitors', loadMonitors);
  const [notice, setNotice] = useState<string>();
  const [round, setRound] = useState(0);
  const instrument = params.get('instrument');
  const test = params.get('test');
  const chosenKey = instrument && test ? `${instrument}|${test}` : undefined;
  const items = monitors.status === 'ready' ? monitors.data.items : [];
  const chosen = items.find((m) => `${m.instrumentCode}|${m.testCode}` === chosenKey);

  return (
    <Stack>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="monitors-title">
        <Title order={3} size="h4" id="monitors-title" mb="xs">
          Moving-average monitors
        </Title>
        {notice && (
          <Text role="status" c="teal.9" fw={600} mb="xs">
            {notice}
          </Text>
        )}
        <Loaded load={monitors} title="The monitors could not be read">
          {(data) =>
            data.items.length === 0 ? (
              <Text c="dimmed">No instrument × test is monitored on patient results yet.</Text>
            ) : (
              <Table aria-label="Moving-average monitors" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Instrument</Table.Th>
                    <Table.Th>Test</Table.Th>
                    <Table.Th>Settings</Table.Th>
                    <Table.Th>Latest statistic</Table.Th>
                    <Table.Th>Results seen</Table.Th>
                    <Table.Th>Set by</Table.Th>
                    <Table.Th>Chart</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((m) => {
                    const key = `${m.instrumentCode}|${m.testCode}`;
                    return (
                      <Table.Tr key={key}>
                        <Table.Td>{m.instrumentCode}</Table.Td>
                        <Table.Td>{m.testCode}</Table.Td>
                        <Table.Td>
                          {settingsText(m.settings)} {!m.enabled && <Badge color="gray">Off</Badge>}
                        </Table.Td>
                        <Table.Td>{m.lastStatistic === null ? '—' : figure(m.lastStatistic)}</Table.Td>
                        <Table.Td>{m.resultsSeen}</Table.Td>
                        <Table.Td>
                          {m.configuredBy}, {formatDateTime(m.configuredAt)}
                        </Table.Td>
                        <Table.Td>
                          <Button
                            size="compact-sm"
                            variant={key === chosenKey ? 'filled' : 'default'}
                            aria-label={`Show the chart of ${m.testCode} on ${m.instrumentCode}`}
                            onClick={() => setParams({ instrument: m.instrumentCode, test: m.testCode })}
                          >
                            Show
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            )
          }
        </Loaded>
      </Paper>
      {chosenKey && <PbrtqcChartSection key={`${chosenKey}-${round}`} monitorKey={chosenKey} />}
      {canChange && monitors.status === 'ready' && (
        <PbrtqcSettingsForm
          key={chosenKey ?? 'new'}
          monitor={chosen}
          onSaved={(monitor, note) => {
            setNotice(note);
            setRound((n) => n + 1);
            void loadMonitors().then(replace);
            setParams({ instrument: monitor.instrumentCode, test: monitor.testCode });
          }}
        />
      )}
    </Stack>
  );
}
