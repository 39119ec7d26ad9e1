import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { ClinicalSex } from '@aliquot/domain';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import type { NewPatient, Patient } from '../api/types';
import { humanize } from '../ui/format';
import { ProblemAlert } from '../ui/problem-alert';

const empty = { mrn: '', familyName: '', givenName: '', birthDate: '', clinicalSex: '' };
type Draft = typeof empty;

const sexes = [
  { value: '', label: 'Choose…', disabled: true },
  ...Object.values(ClinicalSex).map((value) => ({ value, label: humanize(value) })),
];

/** Register a new patient (POST /api/patients); the server's messages appear beside their fields. */
export function PatientRegisterForm({ onRegistered }: { readonly onRegistered: (patient: Patient) => void }) {
  const [draft, setDraft] = useState<Draft>(empty);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const set = (field: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const body = {
        mrn: draft.mrn,
        familyName: draft.familyName,
        givenName: draft.givenName,
        birthDate: draft.birthDate,
        clinicalSex: draft.clinicalSex as NewPatient['clinicalSex'],
      };
      const patient = ok(await api.POST('/api/patients', { body }));
      setDraft(empty);
      onRegistered(patient);
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const error = (field: keyof Draft) => fieldProblem(problem, field);
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Register a patient" noValidate>
      <Stack gap="sm">
        <ProblemAlert problem={problem} title="Patient not registered" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="MRN"
            required
            value={draft.mrn}
            onChange={(e) => set('mrn')(e.currentTarget.value)}
            error={error('mrn')}
            autoComplete="off"
          />
          <TextInput
            label="Birth date"
            type="date"
            required
            value={draft.birthDate}
            onChange={(e) => set('birthDate')(e.currentTarget.value)}
            error={error('birthDate')}
          />
          <TextInput
            label="Family name"
            required
            value={draft.familyName}
            onChange={(e) => set('familyName')(e.currentTarget.value)}
            error={error('familyName')}
            autoComplete="off"
          />
          <TextInput
            label="Given name"
            value={draft.givenName}
            onChange={(e) => set('givenName')(e.currentTarget.value)}
            error={error('givenName')}
            autoComplete="off"
          />
          <NativeSelect
            label="Sex for clinical use"
            description="Chooses the reference intervals"
            required
            data={sexes}
            value={draft.clinicalSex}
            onChange={(e) => set('clinicalSex')(e.currentTarget.value)}
            error={error('clinicalSex')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Register patient
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
