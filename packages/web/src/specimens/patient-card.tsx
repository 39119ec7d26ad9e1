import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { SpecimenTimeline } from '../api/types';
import { humanize, patientName } from '../ui/format';

type TimelinePatient = NonNullable<SpecimenTimeline['patient']>;

/** The patient's identifiers, large enough to compare against a tube's label at arm's length. */
export function PatientCard({ patient }: { readonly patient: TimelinePatient | undefined }) {
  return (
    <Paper withBorder p="md" aria-labelledby="patient-card-title">
      <Title order={3} size="h5" id="patient-card-title" c="dimmed" tt="uppercase" mb={4}>
        Patient
      </Title>
      {patient ? (
        <Stack gap={2}>
          <Text fz="xl" fw={700} data-testid="patient-name">
            {patientName(patient)}
          </Text>
          <Group gap="lg" wrap="wrap">
            <Text>
              MRN{' '}
              <Text span ff="monospace" fw={600}>
                {patient.mrn}
              </Text>
            </Text>
            <Text>
              Born{' '}
              <Text span fw={600}>
                {patient.birthDate}
              </Text>
            </Text>
            <Text>{humanize(patient.clinicalSex)}</Text>
          </Group>
        </Stack>
      ) : (
        <Text c="red.8">This specimen has no patient on record.</Text>
      )}
    </Paper>
  );
}
