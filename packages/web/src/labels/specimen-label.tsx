import { Box, Group, Text } from '@mantine/core';
import type { SpecimenTimeline } from '../api/types';
import { lastEvent } from '../specimens/specimen-events';
import { formatDateTime, patientName, priorityText } from '../ui/format';
import { BarcodeCanvas } from './barcode-canvas';

/**
 * A tube label: the accession as a Code 128 barcode, two patient identifiers (name, MRN, birth date),
 * the collection time and who collected, the tube and a STAT mark. Sized for a 62 × 40 mm label roll.
 * @see shared/domain/workflow.md §1
 */
export function SpecimenLabel({ specimen }: { readonly specimen: SpecimenTimeline }) {
  const collected = lastEvent(specimen, 'collected');
  const patient = specimen.patient;
  const urgent = specimen.order.priority !== 'routine';
  return (
    <Box
      className="print-area specimen-label"
      w="62mm"
      h="40mm"
      p="1.5mm"
      bg="white"
      c="black"
      style={{ border: '1px solid var(--mantine-color-gray-5)', boxSizing: 'border-box', overflow: 'hidden' }}
      aria-label={`Label for specimen ${specimen.accessionNumber}`}
    >
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text fw={700} fz="10pt" lh={1.15} truncate="end" data-testid="label-patient">
          {patient ? patientName(patient) : 'NO PATIENT'}
        </Text>
        {urgent && (
          <Text fw={800} fz="9pt" lh={1.15} px={3} bg="black" c="white">
            {priorityText(specimen.order.priority)}
          </Text>
        )}
      </Group>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text fz="8pt" lh={1.25}>
          MRN <strong>{patient?.mrn ?? '—'}</strong>
        </Text>
        <Text fz="8pt" lh={1.25}>
          DOB <strong>{patient?.birthDate ?? '—'}</strong>
        </Text>
      </Group>
      <BarcodeCanvas
        value={specimen.accessionNumber}
        label={`Code 128 barcode of accession ${specimen.accessionNumber}`}
      />
      <Text fz="7pt" lh={1.25} truncate="end">
        Collected {collected ? `${formatDateTime(collected.at)} by ${collected.actor}` : '— not recorded'}
      </Text>
      <Text fz="7pt" lh={1.25} fw={700} truncate="end">
        {specimen.specimenType} · {specimen.container}
      </Text>
    </Box>
  );
}
