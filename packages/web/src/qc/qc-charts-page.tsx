import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { Suspense, lazy, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, ok } from '../api/client';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { HoldsList } from './holds-list';
import { QcRunForm } from './qc-run-form';
import { ViolationList } from './violation-list';
import { ZChartSection } from './z-chart-section';

const LjChart = lazy(() => import('./lj-chart'));

const loadLots = () => api.GET('/api/qc/lots', { params: { query: {} } }).then(ok);

function loadChart(key: string) {
  const [instrumentCode = '', testCode = '', lotId = ''] = key.split('|');
  return api
    .GET('/api/qc/levey-jennings', { params: { query: { instrumentCode, testCode, lotId } } })
    .then(ok);
}

/**
 * The charts of one instrument × test: a QC run entered by hand, the multi-level z-chart, the
 * Levey–Jennings chart of one control lot, and the QC holds in force.
 */
export function QcChartsPage() {
  const [params, setParams] = useSearchParams();
  const [lots] = useLoad('lots', loadLots);
  const [instrument, setInstrument] = useState(params.get('instrument') ?? '');
  const [test, setTest] = useState(params.get('test') ?? '');
  const [lotId, setLotId] = useState(params.get('lot') ?? '');
  const shownInstrument = params.get('instrument');
  const shownTest = params.get('test');
  const shownLot = params.get('lot');
  const key =
    shownInstrument && shownTest && shownLot ? `${shownInstrument}|${shownTest}|${shownLot}` : undefined;
  const [chart, reloadChart] = useLoad(key, loadChart);
  const [runs, setRuns] = useState(0);
  const lotItems = lots.status === 'ready' ? lots.data.items : [];
  const chosenLot = lotId || lotItems[0]?.id || '';

  const show = (event: FormEvent) => {
    event.preventDefault();
    setParams({ instrument: instrument.trim(), test: test.trim().toUpperCase(), lot: chosenLot });
  };

  return (
    <Stack>
      <Paper
        withBorder
        p="md"
        radius="md"
        component="form"
        aria-label="Choose a Levey–Jennings chart"
        onSubmit={show}
      >
        <Group align="flex-end">
          <TextInput
            label="Instrument"
            value={instrument}
            onChange={(e) => setInstrument(e.currentTarget.value)}
            required
          />
          <TextInput label="Test" value={test} onChange={(e) => setTest(e.currentTarget.value)} required />
          <NativeSelect
            label="Control lot"
            value={chosenLot}
            onChange={(e) => setLotId(e.currentTarget.value)}
            data={lotItems.map((lot) => ({
              value: lot.id,
              label: `${lot.lotNumber} · ${lot.level} (expires ${lot.expiresOn})`,
            }))}
          />
          <Button type="submit" disabled={!chosenLot}>
            Show chart
          </Button>
        </Group>
      </Paper>
      {shownInstrument && shownTest && (
        <>
          <QcRunForm
            instrumentCode={shownInstrument}
            testCode={shownTest}
            lots={lotItems}
            onRecorded={() => {
              setRuns((n) => n + 1);
              if (key) reloadChart();
            }}
          />
          <ZChartSection key={runs} instrumentCode={shownInstrument} testCode={shownTest} />
        </>
      )}
      {key ? (
        <Loaded load={chart} title="No chart">
          {(data) => (
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="lj-title">
              <Title order={3} size="h4" id="lj-title">
                {data.testCode} on {data.instrumentCode} · lot {data.lot.lotNumber} {data.chart.level} · mean{' '}
                {data.chart.mean}, SD {data.chart.sd}
              </Title>
              <Suspense fallback={<Text c="dimmed">Drawing the chart…</Text>}>
                <LjChart data={data} />
              </Suspense>
              <ViolationList violations={data.violations} />
            </Paper>
          )}
        </Loaded>
      ) : (
        <Text c="dimmed">
          Choose an instrument, a test and a control lot to see its Levey–Jennings chart.
        </Text>
      )}
      <HoldsList key={runs} />
    </Stack>
  );
}
