import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { api, ok } from '../api/client';
import { asProblem, type Problem } from '../api/problem';
import type { Patient } from '../api/types';
import { patientName } from '../ui/format';
import { ProblemAlert } from '../ui/problem-alert';

/** Find a patient by MRN or the start of the family name (GET /api/patients?q=). */
export function PatientFinder({ onSelect }: { readonly onSelect: (patient: Patient) => void }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; items: Patient[]; total: number }>();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    if (!q) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const page = ok(await api.GET('/api/patients', { params: { query: { q, limit: 20 } } }));
      setFound({ query: q, items: page.items, total: page.total });
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <form onSubmit={(e) => void search(e)} role="search" aria-label="Find a patient">
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            label="MRN or family name"
            name="patient-query"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            autoComplete="off"
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="light" loading={busy}>
            Find
          </Button>
        </Group>
      </form>
      <ProblemAlert problem={problem} title="Search failed" />
      {found && found.items.length === 0 && (
        <Text role="status">No patient matches “{found.query}”. Register the patient below.</Text>
      )}
      {found && found.items.length > 0 && (
        <Table.ScrollContainer minWidth={420}>
          <Table highlightOnHover aria-label="Patients found" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>MRN</Table.Th>
                <Table.Th>Birth date</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Action</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {found.items.map((patient) => (
                <Table.Tr key={patient.id}>
                  <Table.Td>{patientName(patient)}</Table.Td>
                  <Table.Td ff="monospace">{patient.mrn}</Table.Td>
                  <Table.Td>{patient.birthDate}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      onClick={() => onSelect(patient)}
                      aria-label={`Select ${patientName(patient)}`}
                    >
                      Select
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {found && found.total > found.items.length && (
        <Text size="sm" c="dimmed">
          Showing {found.items.length} of {found.total}; type more of the name or the MRN.
        </Text>
      )}
    </Stack>
  );
}
