import { useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import type { Order, Patient } from '../api/types';
import { useCan } from '../auth/session';
import { patientName } from '../ui/format';
import { OrderForm } from './order-form';
import { PatientFinder } from './patient-finder';
import { PatientRegisterForm } from './patient-register-form';
import { PlacedOrder } from './placed-order';
import { SpecimenCheckIn } from './specimen-check-in';

/**
 * The accessioning desk: on the left find or register the patient and order tests; on the right scan a
 * tube to receive or reject it, print its label and pour off aliquots. The open specimen is in the URL
 * (?specimen=), so a reload or a link from the timeline lands on it.
 */
export function AccessioningPage() {
  const [params, setParams] = useSearchParams();
  const accession = params.get('specimen') ?? undefined;
  const [patient, setPatient] = useState<Patient>();
  const [registering, setRegistering] = useState(false);
  const [order, setOrder] = useState<Order>();
  const canRegister = useCan('patient:write');
  const canOrder = useCan('order:write');

  const choose = (next: Patient) => {
    setPatient(next);
    setRegistering(false);
    setOrder(undefined);
  };
  const openSpecimen = (next: string) => setParams({ specimen: next });

  return (
    <Stack gap="md">
      <Title order={2}>Accessioning desk</Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" style={{ alignItems: 'start' }}>
        <Stack gap="md">
          <Paper withBorder p="md" component="section" aria-labelledby="desk-patient">
            <Group justify="space-between" mb="sm">
              <Title order={3} size="h4" id="desk-patient">
                1 · Patient
              </Title>
              {canRegister && (
                <Button variant="subtle" size="sm" onClick={() => setRegistering((r) => !r)}>
                  {registering ? 'Back to search' : 'Register new patient'}
                </Button>
              )}
            </Group>
            {registering ? (
              <PatientRegisterForm onRegistered={choose} />
            ) : (
              <PatientFinder onSelect={choose} />
            )}
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="desk-order">
            <Title order={3} size="h4" id="desk-order" mb="sm">
              2 · Order
            </Title>
            {patient ? (
              <Stack gap="sm">
                <Text data-testid="order-patient">
                  For <strong>{patientName(patient)}</strong> · MRN{' '}
                  <Text span ff="monospace">
                    {patient.mrn}
                  </Text>{' '}
                  · born {patient.birthDate}
                </Text>
                {order && <PlacedOrder order={order} onCheckIn={openSpecimen} />}
                {canOrder ? (
                  <OrderForm patient={patient} onPlaced={setOrder} />
                ) : (
                  <Text c="dimmed">Your role does not place orders.</Text>
                )}
              </Stack>
            ) : (
              <Text c="dimmed">Find or register the patient first.</Text>
            )}
          </Paper>
        </Stack>
        <Paper withBorder p="md" component="section" aria-labelledby="desk-specimen">
          <Title order={3} size="h4" id="desk-specimen" mb="sm">
            3 · Specimen check-in
          </Title>
          <SpecimenCheckIn accession={accession} onAccession={openSpecimen} />
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
