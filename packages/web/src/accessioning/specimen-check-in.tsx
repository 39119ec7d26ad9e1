import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Divider, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { SpecimenTimeline } from '../api/types';
import { useCan } from '../auth/session';
import { fetchTimeline } from '../specimens/fetch-timeline';
import { lastEvent } from '../specimens/specimen-events';
import { PatientCard } from '../specimens/patient-card';
import { formatDateTime } from '../ui/format';
import { Loaded } from '../ui/loading';
import { PriorityBadge, StateBadge } from '../ui/state-badge';
import { useLoad } from '../ui/use-load';
import { AliquotForm } from './aliquot-form';
import { IdentifierCheckForm } from './identifier-check-form';
import { RejectionForm } from './rejection-form';
import { rejectionText } from './rejection-reasons';

/** Scan a tube, see whose it is, then receive it with two identifiers or reject it; label and aliquot. */
export function SpecimenCheckIn({
  accession,
  onAccession,
}: {
  readonly accession: string | undefined;
  readonly onAccession: (accession: string) => void;
}) {
  const [typed, setTyped] = useState(accession ?? '');
  const [specimen, , replace] = useLoad(accession, fetchTimeline);

  useEffect(() => setTyped(accession ?? ''), [accession]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = typed.trim().toUpperCase();
    if (next) onAccession(next);
  };

  return (
    <Stack gap="md">
      <form onSubmit={submit} aria-label="Open a specimen">
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            label="Accession number"
            description="Scan the tube's barcode or type the number and press Enter"
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            style={{ flex: 1 }}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 18 } }}
          />
          <Button type="submit" variant="light">
            Open
          </Button>
        </Group>
      </form>
      {accession && (
        <Loaded load={specimen} title={`Specimen ${accession}`}>
          {(data) => <CheckInSteps specimen={data} onChange={replace} />}
        </Loaded>
      )}
    </Stack>
  );
}

function CheckInSteps({
  specimen,
  onChange,
}: {
  readonly specimen: SpecimenTimeline;
  readonly onChange: (timeline: SpecimenTimeline) => void;
}) {
  const canReceive = useCan('specimen:receive');
  const canReject = useCan('specimen:reject');
  const canProcess = useCan('specimen:process');
  const received = lastEvent(specimen, 'received');
  const rejected = lastEvent(specimen, 'rejected');
  const accession = specimen.accessionNumber;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <Anchor component={Link} to={`/specimens/${accession}`} ff="monospace" fw={700} fz="lg">
            {accession}
          </Anchor>
          <StateBadge state={specimen.state} />
          <PriorityBadge priority={specimen.order.priority} />
        </Group>
        <Text size="sm">
          {specimen.specimenType} · {specimen.container} · order {specimen.order.orderNumber}
        </Text>
      </Group>
      <PatientCard patient={specimen.patient} />
      {rejected && (
        <Alert color="red" title="Rejected" role="status">
          {rejectionText(rejected.detail.reason)} — rejected by {rejected.actor} at{' '}
          {formatDateTime(rejected.at)}.
        </Alert>
      )}
      {received && (
        <Alert color="teal" title="Received" role="status">
          Received by {received.actor} at {formatDateTime(received.at)}.
        </Alert>
      )}
      {!received && !rejected && canReceive && (
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">
            Verify the label
          </Title>
          <IdentifierCheckForm accession={accession} onReceived={onChange} />
        </Paper>
      )}
      {received && !rejected && (
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">
            Label and aliquots
          </Title>
          <Stack gap="sm">
            <Group>
              <Button component={Link} to={`/specimens/${accession}/label`}>
                Print label
              </Button>
              <Button component={Link} to={`/specimens/${accession}`} variant="default">
                Open timeline
              </Button>
            </Group>
            {canProcess && (
              <>
                <Divider />
                <AliquotForm specimen={specimen} onAliquoted={onChange} />
              </>
            )}
          </Stack>
        </Paper>
      )}
      {!rejected && canReject && (
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">
            Reject
          </Title>
          <RejectionForm accession={accession} onRejected={onChange} />
        </Paper>
      )}
    </Stack>
  );
}
