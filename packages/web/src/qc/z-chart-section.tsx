import { Paper, Text, Title } from '@mantine/core';
import { Suspense, lazy } from 'react';
import { api, ok } from '../api/client';
import { formatDateTime } from '../ui/format';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { ViolationList } from './violation-list';

const ZChart = lazy(() => import('./z-chart'));

function loadZChart(key: string) {
  const [instrumentCode = '', testCode = ''] = key.split('|');
  return api.GET('/api/qc/z-chart', { params: { query: { instrumentCode, testCode } } }).then(ok);
}

/** Every control level of one instrument × test on one z axis over the last month, with its violations. */
export function ZChartSection({ instrumentCode, testCode }: { instrumentCode: string; testCode: string }) {
  const [chart] = useLoad(`${instrumentCode}|${testCode}`, loadZChart);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="z-title">
      <Loaded load={chart} title="No z-chart">
        {(data) => (
          <>
            <Title order={3} size="h4" id="z-title">
              {data.testCode} on {data.instrumentCode} · all levels as z-scores · {formatDateTime(data.from)}{' '}
              to {formatDateTime(data.to)}
            </Title>
            {data.chart.series.length === 0 ? (
              <Text c="dimmed">No QC value of this instrument × test in the last month.</Text>
            ) : (
              <Suspense fallback={<Text c="dimmed">Drawing the chart…</Text>}>
                <ZChart data={data} />
              </Suspense>
            )}
            <ViolationList violations={data.violations} label="Rules broken on the z-chart" />
          </>
        )}
      </Loaded>
    </Paper>
  );
}
