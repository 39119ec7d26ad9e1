import { List, Paper, Text, Title } from '@mantine/core';
import { Suspense, lazy } from 'react';
import { api, ok } from '../api/client';
import { formatDateTime } from '../ui/format';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { settingsText } from './pbrtqc-settings-text';
import { figure } from './qc-drafts';

const PbrtqcChart = lazy(() => import('./pbrtqc-chart'));

function loadChart(key: string) {
  const [instrumentCode = '', testCode = ''] = key.split('|');
  return api.GET('/api/qc/pbrtqc/chart', { params: { query: { instrumentCode, testCode } } }).then(ok);
}

/** One monitor's moving statistic over its latest patient results, with its limits and alarms. */
export function PbrtqcChartSection({ monitorKey }: { readonly monitorKey: string }) {
  const [chart] = useLoad(monitorKey, loadChart);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="pbrtqc-chart-title">
      <Loaded load={chart} title="No moving-average chart">
        {(data) => (
          <>
            <Title order={3} size="h4" id="pbrtqc-chart-title">
              {data.monitor.testCode} on {data.monitor.instrumentCode} · {settingsText(data.monitor.settings)}
            </Title>
            {data.points.length === 0 ? (
              <Text c="dimmed">No patient result from this instrument yet.</Text>
            ) : (
              <Suspense fallback={<Text c="dimmed">Drawing the chart…</Text>}>
                <PbrtqcChart data={data} />
              </Suspense>
            )}
            {data.alarms.length === 0 ? (
              <Text c="dimmed">No alarm in this window.</Text>
            ) : (
              <List aria-label="Alarms" spacing={4} mt="sm">
                {data.alarms.map((a) => (
                  <List.Item key={a.id}>
                    {formatDateTime(a.raisedAt)}: the statistic {figure(a.statistic)} went{' '}
                    {a.side === 'high' ? 'above the upper' : 'below the lower'} limit {a.limit}; the test was
                    held.
                  </List.Item>
                ))}
              </List>
            )}
          </>
        )}
      </Loaded>
    </Paper>
  );
}
