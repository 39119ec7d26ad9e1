import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import { ProblemAlert } from '../ui/problem-alert';
import { instrumentInput, type Instrument, type SerumIndexCodes } from './instrument-input';

const fields = [
  { name: 'hemolysis', label: 'Hemolysis index code' },
  { name: 'icterus', label: 'Icterus index code' },
  { name: 'lipemia', label: 'Lipemia index code' },
] as const;

/**
 * The codes under which the analyzer sends its hemolysis, icterus and lipemia indices as results; an
 * empty field means the analyzer sends none. Saves the instrument with everything else unchanged.
 */
export function SerumIndexDialog({
  instrument,
  onClose,
  onSaved,
}: {
  readonly instrument: Instrument;
  readonly onClose: () => void;
  readonly onSaved: (message: string) => void;
}) {
  const [codes, setCodes] = useState<SerumIndexCodes>(instrument.serumIndexCodes);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const serumIndexCodes = Object.fromEntries(
        fields.flatMap(({ name }) => (codes[name]?.trim() ? [[name, codes[name].trim()]] : [])),
      );
      const path = { code: instrument.code };
      const body = { ...instrumentInput(instrument), serumIndexCodes };
      ok(await api.PUT('/api/instruments/{code}', { params: { path }, body }));
      onSaved(`Serum-index codes of ${instrument.code} saved.`);
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const title = `Serum-index codes of ${instrument.code}`;
  return (
    <Modal opened onClose={onClose} title={title} size="md">
      <form aria-label={title} onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <ProblemAlert problem={problem} />
          <Text size="sm" c="dimmed">
            The codes {instrument.name} sends its indices under; results held for hemolysis, icterus or
            lipemia are judged against them.
          </Text>
          {fields.map(({ name, label }) => (
            <TextInput
              key={name}
              label={label}
              value={codes[name] ?? ''}
              onChange={(e) => setCodes({ ...codes, [name]: e.currentTarget.value })}
              error={fieldProblem(problem, `serumIndexCodes.${name}`)}
            />
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} color="blue.9">
              Save codes
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
