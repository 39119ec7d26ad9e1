import { Box, Group, Text } from '@mantine/core';
import type { SpecimenTimeline } from '../api/types';
import { lastEvent } from '../specimens/fetch-timeline';
import { formatDateTime, patientName } from '../ui/format';
import { BarcodeCanvas } from './barcode-canvas';

/**
 * A tube label: the accession as a Code 128 barcode, two patient identifiers (name, MRN, birth date),
 * the collection time and who collected. Sized for a 62 × 40 mm label roll. @see workflow.md §1
 */
export function SpecimenLabel({ specimen }: { readonly specimen: SpecimenTimeline }) {
  const collected = lastEvent(specimen, 'collected');
  const patient = specimen.patient;
  return (
    <Box
      className="print-area specimen-label"
      w="62mm"
      mih="40mm"
      p="1.5mm"
      bg="white"
      c="black"
      style={{ border: '1px solid var(--mantine-color-gray-5)', boxSizing: 'border-box', overflow: 'hidden' }}
      aria-label={`Label for specimen ${specimen.accessionNumber}`}
    >
      <Text fw={700} fz="11pt" lh={1.15} truncate="end" data-testid="label-patient">
        {patient ? patientName(patient) : 'NO PATIENT'}
      </Text>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text fz="8pt" lh={1.2}>
          MRN <strong>{patient?.mrn ?? '—'}</strong>
        </Text>
        <Text fz="8pt" lh={1.2}>
          DOB <strong>{patient?.birthDate ?? '—'}</strong>
        </Text>
      </Group>
      <BarcodeCanvas
        value={specimen.accessionNumber}
        label={`Code 128 barcode of accession ${specimen.accessionNumber}`}
      />
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text fz="7pt" lh={1.2}>
          Coll. {collected ? formatDateTime(collected.at) : 'not recorded'}
          {collected ? ` · ${collected.actor}` : ''}
        </Text>
        <Text fz="7pt" lh={1.2} fw={700}>
          {specimen.specimenType} {specimen.container}
        </Text>
      </Group>
    </Box>
  );
}
