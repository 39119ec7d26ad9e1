import { Suspense, lazy, useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { Analysis, ResultVersion, SpecimenTimeline } from '../api/types';
import { useCan } from '../auth/session';
import { Loaded } from '../ui/loading';
import { StateBadge } from '../ui/state-badge';
import { useLoad } from '../ui/use-load';
import { AnalysesTable } from './analyses-table';
import { CorrectionDialog } from './correction-dialog';
import { EventTimeline } from './event-timeline';
import { fetchTimeline } from './fetch-timeline';
import { fetchHeldReasons, heldResultIds } from './held-reasons';
import { lastEvent } from './specimen-events';
import { OrderCard } from './order-card';
import { PatientCard } from './patient-card';
import { ResultEntryForm } from './result-entry-form';
import { SpecimenHoldAlert } from './specimen-hold-alert';
import { turnaroundIntervals } from './turnaround';

const TurnaroundChart = lazy(() => import('./turnaround-chart'));

/** Everything about one specimen on one screen: who, what was ordered, what happened, and the results. */
export function SpecimenPage() {
  const { accession = '' } = useParams();
  const [specimen, , replace] = useLoad(accession, fetchTimeline);
  return (
    <Loaded load={specimen} title={`Specimen ${accession}`}>
      {(data) => <SpecimenDetail specimen={data} onChange={replace} />}
    </Loaded>
  );
}

function SpecimenDetail({
  specimen,
  onChange,
}: {
  readonly specimen: SpecimenTimeline;
  readonly onChange: (timeline: SpecimenTimeline) => void;
}) {
  const canEnter = useCan('result:enter');
  const canReceive = useCan('specimen:receive');
  const canCorrect = useCan('result:correct');
  const [correcting, setCorrecting] = useState<{ analysis: Analysis; result: ResultVersion }>();
  const accession = specimen.accessionNumber;
  const received = lastEvent(specimen, 'received') !== undefined;
  const rejected = lastEvent(specimen, 'rejected') !== undefined;
  const intervals = turnaroundIntervals(specimen);
  const [held] = useLoad(heldResultIds(specimen), fetchHeldReasons);
  const reasons = held.status === 'ready' ? held.data : undefined;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Title order={2} ff="monospace">
            {accession}
          </Title>
          <StateBadge state={specimen.state} />
        </Group>
        <Group gap="sm">
          {!received && !rejected && canReceive && (
            <Button component={Link} to={`/accessioning?specimen=${encodeURIComponent(accession)}`}>
              Receive at the desk
            </Button>
          )}
          {!rejected && (
            <Button variant="default" component={Link} to={`/specimens/${accession}/label`}>
              Label
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <PatientCard patient={specimen.patient} />
        <OrderCard specimen={specimen} />
      </SimpleGrid>
      <Paper withBorder p="md" component="section" aria-labelledby="results-title">
        <Title order={3} size="h4" id="results-title" mb="sm">
          Tests and results
        </Title>
        {reasons && <SpecimenHoldAlert reasons={reasons} />}
        <AnalysesTable
          analyses={specimen.analyses}
          {...(reasons ? { reasons } : {})}
          {...(canCorrect ? { onCorrect: (analysis, result) => setCorrecting({ analysis, result }) } : {})}
        />
        {correcting && (
          <CorrectionDialog
            analysis={correcting.analysis}
            result={correcting.result}
            onClose={() => setCorrecting(undefined)}
            onCorrected={() => {
              setCorrecting(undefined);
              void fetchTimeline(accession).then(onChange);
            }}
          />
        )}
        {canEnter && received && !rejected && (
          <Stack mt="md" gap="xs">
            <Title order={4} size="h5">
              Enter a result
            </Title>
            <ResultEntryForm specimen={specimen} onEntered={onChange} />
          </Stack>
        )}
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md" component="section" aria-labelledby="events-title">
          <Title order={3} size="h4" id="events-title" mb="sm">
            Timeline
          </Title>
          <EventTimeline events={specimen.events} />
        </Paper>
        {intervals.length > 0 && (
          <Paper withBorder p="md" component="section" aria-labelledby="tat-title">
            <Title order={3} size="h4" id="tat-title" mb="sm">
              Turnaround
            </Title>
            <Suspense fallback={null}>
              <TurnaroundChart intervals={intervals} />
            </Suspense>
          </Paper>
        )}
      </SimpleGrid>
    </Stack>
  );
}
