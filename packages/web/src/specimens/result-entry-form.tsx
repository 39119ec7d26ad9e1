import { useMemo, useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import type { Catalog, SpecimenTimeline } from '../api/types';
import { loadCatalog } from '../catalog/catalog-store';
import { Loaded } from '../ui/loading';
import { ProblemAlert } from '../ui/problem-alert';
import { useLoad } from '../ui/use-load';
import { parseResult } from './parse-result';

type Props = {
  readonly specimen: SpecimenTimeline;
  readonly onEntered: (timeline: SpecimenTimeline) => void;
};

/** Manual result entry for one test (POST /api/specimens/{acc}/results); it then awaits verification. */
export function ResultEntryForm(props: Props) {
  const [catalog] = useLoad('catalog', loadCatalog);
  return (
    <Loaded load={catalog} title="The catalog could not be loaded">
      {(data) => <ResultFields {...props} catalog={data} />}
    </Loaded>
  );
}

function ResultFields({ specimen, onEntered, catalog }: Props & { readonly catalog: Catalog }) {
  const open = specimen.analyses.filter((a) => a.status !== 'cancelled' && a.status !== 'released');
  const [testCode, setTestCode] = useState(open[0]?.testCode ?? '');
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const definition = useMemo(
    () => catalog.tests.find((t) => t.definition.code === testCode)?.definition,
    [catalog, testCode],
  );
  const accession = specimen.accessionNumber;

  if (open.length === 0) return <Text c="dimmed">No test on this specimen is open for results.</Text>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseResult(typed, definition);
    if (!parsed.ok) {
      setProblem({ message: `${testCode}: ${parsed.message}`, fields: { value: parsed.message }, status: 0 });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const body = { testCode, value: parsed.value, ...(definition?.unit ? { unit: definition.unit } : {}) };
      onEntered(
        ok(await api.POST('/api/specimens/{accession}/results', { params: { path: { accession } }, body })),
      );
      setTyped('');
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const answers = definition?.valueKind === 'coded' ? (definition.answers ?? []) : [];
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Enter a result" noValidate>
      <Stack gap="sm">
        <ProblemAlert problem={problem} title="Result not saved" />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <NativeSelect
            label="Test"
            data={open.map((a) => ({ value: a.testCode, label: `${a.testCode} — ${a.testName}` }))}
            value={testCode}
            onChange={(e) => setTestCode(e.currentTarget.value)}
            error={fieldProblem(problem, 'testCode')}
            w={260}
          />
          {answers.length > 0 ? (
            <NativeSelect
              label="Answer"
              data={[{ value: '', label: 'Choose…', disabled: true }, ...answers]}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              error={fieldProblem(problem, 'value')}
              w={200}
            />
          ) : (
            <TextInput
              label="Value"
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              rightSection={definition?.unit ? <Text size="sm">{definition.unit}</Text> : undefined}
              rightSectionWidth={definition?.unit ? 80 : undefined}
              inputMode={definition?.valueKind === 'numeric' ? 'decimal' : 'text'}
              error={fieldProblem(problem, 'value') ?? fieldProblem(problem, 'unit')}
              autoComplete="off"
              w={220}
            />
          )}
          <Button type="submit" loading={busy} mt={28}>
            Save result
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
