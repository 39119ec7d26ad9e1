import { Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import type { components } from '../api/schema';
import { loadCatalog } from '../catalog/catalog-store';
import { ProblemAlert } from '../ui/problem-alert';
import { instrumentInput, withMapping } from './instrument-input';

type UnmappedCode = components['schemas']['UnmappedCode'];

/**
 * Maps an instrument's unknown test code to a catalog test (with the unit the analyzer sends and the
 * factor to the catalog's unit when they differ), saves it into the instrument's mappings, then hands
 * back so the waiting messages are reprocessed. A refusal keeps what was chosen.
 */
export function MapCodeDialog({
  code,
  onClose,
  onSaved,
}: {
  readonly code: UnmappedCode;
  readonly onClose: () => void;
  readonly onSaved: (journalIds: readonly string[]) => void;
}) {
  const [tests, setTests] = useState<{ value: string; label: string }[]>([]);
  const [testCode, setTestCode] = useState<string | null>(null);
  const [unit, setUnit] = useState('');
  const [factor, setFactor] = useState<number | string>('');
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    loadCatalog().then(
      (catalog) =>
        setTests(
          catalog.tests
            .filter((t) => t.active)
            .map(({ definition: d }) => ({
              value: d.code,
              label: `${d.code} · ${d.name}${d.unit ? ` (${d.unit})` : ''}`,
            })),
        ),
      (error: unknown) => setProblem(asProblem(error)),
    );
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!testCode) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const path = { code: code.instrument };
      const instrument = ok(await api.GET('/api/instruments/{code}', { params: { path } }));
      const body = withMapping(instrumentInput(instrument), {
        instrumentCode: code.code,
        testCode,
        ...(unit.trim() ? { instrumentUnit: unit.trim() } : {}),
        ...(factor === '' ? {} : { factor: Number(factor) }),
      });
      ok(await api.PUT('/api/instruments/{code}', { params: { path }, body }));
      onSaved(code.journalIds);
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const title = `Map ${code.code} from ${code.instrument}`;
  const waiting = code.journalIds.length;
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form aria-label={title} onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <ProblemAlert problem={problem} />
          <Select
            label="Catalog test"
            placeholder="Search by code or name"
            data={tests}
            value={testCode}
            onChange={setTestCode}
            searchable
            required
            data-autofocus
            error={fieldProblem(problem, 'testCodes')}
          />
          <TextInput
            label="Unit the analyzer sends (optional)"
            value={unit}
            onChange={(e) => setUnit(e.currentTarget.value)}
          />
          <NumberInput
            label="Factor to the catalog unit (optional)"
            description="The analyzer's value is multiplied by it"
            min={0}
            decimalScale={6}
            value={factor}
            onChange={setFactor}
          />
          <Text size="sm" c="dimmed">
            Saving adds the mapping to {code.instrument} and reprocesses the {waiting} waiting message
            {waiting === 1 ? '' : 's'}.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} disabled={!testCode} color="blue.9">
              Save mapping and reprocess
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
