import { useState, type FormEvent } from 'react';
import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import type { LabelIdentifiers, SpecimenTimeline } from '../api/types';
import { ProblemAlert } from '../ui/problem-alert';

const empty = { mrn: '', familyName: '', givenName: '', birthDate: '' };
type Draft = typeof empty;

/**
 * Receive a specimen: the identifiers are typed as read off the tube's label, and the server checks
 * that two of them match the patient record (TJC NPSG.01.01.01). A refusal keeps what was typed.
 */
export function IdentifierCheckForm({
  accession,
  onReceived,
}: {
  readonly accession: string;
  readonly onReceived: (timeline: SpecimenTimeline) => void;
}) {
  const [draft, setDraft] = useState<Draft>(empty);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const set = (field: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const body: LabelIdentifiers = {};
    for (const key of Object.keys(draft) as (keyof Draft)[]) {
      const value = draft[key].trim();
      if (value) body[key] = value;
    }
    try {
      const timeline = ok(
        await api.POST('/api/specimens/{accession}/receive', { params: { path: { accession } }, body }),
      );
      onReceived(timeline);
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const error = (field: keyof Draft) => fieldProblem(problem, field);
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Receive with two identifiers" noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Read the identifiers off the tube&apos;s label — at least two must match the patient record (name
          counts when both family and given name match). Never use a room or bed number.
        </Text>
        <ProblemAlert problem={problem} title="Not received" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="MRN on label"
            // The tube was just scanned: the next thing read off its label goes here.
            autoFocus
            value={draft.mrn}
            onChange={(e) => set('mrn')(e.currentTarget.value)}
            error={error('mrn')}
            autoComplete="off"
          />
          <TextInput
            label="Birth date on label"
            type="date"
            value={draft.birthDate}
            onChange={(e) => set('birthDate')(e.currentTarget.value)}
            error={error('birthDate')}
          />
          <TextInput
            label="Family name on label"
            value={draft.familyName}
            onChange={(e) => set('familyName')(e.currentTarget.value)}
            error={error('familyName')}
            autoComplete="off"
          />
          <TextInput
            label="Given name on label"
            value={draft.givenName}
            onChange={(e) => set('givenName')(e.currentTarget.value)}
            error={error('givenName')}
            autoComplete="off"
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Receive specimen
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
