import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Group, List, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { api, ok } from '../api/client';
import { asProblem, type Problem } from '../api/problem';
import type { CatalogTest, TestDefinition } from '../api/types';
import { ProblemAlert } from '../ui/problem-alert';
import { forgetCatalog } from './catalog-store';
import { IntervalFields } from './interval-fields';
import { fromDraft, toDraft, type LocalErrors, type TestDraft } from './test-draft';

/**
 * The admin's edit of a test definition (PUT /api/catalog/tests/{code}); a new version is kept. The
 * server validates (UCUM unit, LOINC check digit, ranges in order) and its messages appear per field.
 */
export function TestEditForm({
  definition,
  onSaved,
  onCancel,
}: {
  readonly definition: TestDefinition;
  readonly onSaved: (saved: CatalogTest) => void;
  readonly onCancel: () => void;
}) {
  const [draft, setDraft] = useState<TestDraft>(() => toDraft(definition));
  const [local, setLocal] = useState<LocalErrors>({});
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const set = (field: keyof TestDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const error = (path: string) => local[path] ?? problem?.fields[path];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { definition: next, errors } = fromDraft(definition, draft);
    setLocal(errors);
    setProblem(undefined);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      const saved = ok(
        await api.PUT('/api/catalog/tests/{code}', {
          params: { path: { code: definition.code } },
          body: next,
        }),
      );
      forgetCatalog();
      onSaved(saved);
    } catch (caught) {
      setProblem(asProblem(caught));
    } finally {
      setBusy(false);
    }
  };

  const text = (
    field: keyof TestDraft,
    label: string,
    path: string,
    extra: { description?: string } = {},
  ) => (
    <TextInput
      label={label}
      value={draft[field] as string}
      onChange={(e) => set(field)(e.currentTarget.value)}
      error={error(path)}
      autoComplete="off"
      {...extra}
    />
  );
  const fieldIssues = Object.entries(problem?.fields ?? {});

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={`Edit ${definition.code}`} noValidate>
      <Stack gap="md">
        <ProblemAlert problem={problem} title="Not saved">
          {fieldIssues.length > 0 && (
            <List size="sm" mt={4}>
              {fieldIssues.map(([path, message]) => (
                <List.Item key={path}>
                  <code>{path}</code>: {message}
                </List.Item>
              ))}
            </List>
          )}
        </ProblemAlert>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {text('name', 'Name', 'name')}
          {text('loinc', 'LOINC', 'loinc')}
          {text('unit', 'Unit (UCUM)', 'unit', { description: 'e.g. mmol/L, g/dL, 10*9/L' })}
          {text('decimals', 'Decimals', 'decimals')}
        </SimpleGrid>
        <IntervalFields
          rows={draft.referenceIntervals}
          onChange={(rows) => setDraft((d) => ({ ...d, referenceIntervals: rows }))}
          error={error}
        />
        <Fieldset legend="Critical limits">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {text('criticalLow', 'Critical low', 'critical.low')}
            {text('criticalHigh', 'Critical high', 'critical.high')}
            {text('criticalSource', 'Source', 'critical.source')}
          </SimpleGrid>
        </Fieldset>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Fieldset legend="Measuring range">
            <Group grow>
              {text('rangeLow', 'Low', 'measuringRange.low')}
              {text('rangeHigh', 'High', 'measuringRange.high')}
            </Group>
          </Fieldset>
          <Fieldset legend="Turnaround and stability (minutes)">
            <Group grow>
              {text('statMinutes', 'STAT', 'turnaround.statMinutes')}
              {text('routineMinutes', 'Routine', 'turnaround.routineMinutes')}
              {text('stabilityMinutes', 'Stability', 'stabilityMinutes')}
            </Group>
          </Fieldset>
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Save new version
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
