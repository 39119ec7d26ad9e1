import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import type { Analysis, ResultVersion, TestDefinition } from '../api/types';
import { loadCatalog } from '../catalog/catalog-store';
import { valueWithUnit } from '../ui/format';
import { ProblemAlert } from '../ui/problem-alert';
import { parseResult } from './parse-result';

/**
 * Corrects a released result: the new value and why. The server keeps both versions (the old one
 * struck through on the timeline) and tells the EHR; a refusal keeps what was typed.
 */
export function CorrectionDialog({
  analysis,
  result,
  onClose,
  onCorrected,
}: {
  readonly analysis: Analysis;
  readonly result: ResultVersion;
  readonly onClose: () => void;
  readonly onCorrected: () => void;
}) {
  const [definition, setDefinition] = useState<TestDefinition>();
  const [typed, setTyped] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    loadCatalog().then(
      (catalog) =>
        setDefinition(catalog.tests.find((t) => t.definition.code === analysis.testCode)?.definition),
      (error: unknown) => setProblem(asProblem(error)),
    );
  }, [analysis.testCode]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseResult(typed, definition);
    if (!parsed.ok) {
      setProblem({ message: parsed.message, fields: { value: parsed.message }, status: 0 });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const unit = result.unit ?? definition?.unit;
      const body = { value: parsed.value, reason, ...(unit ? { unit } : {}) };
      ok(await api.POST('/api/results/{id}/correct', { params: { path: { id: result.id } }, body }));
      onCorrected();
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const title = `Correct ${analysis.testCode} ${analysis.testName}`;
  return (
    <Modal opened onClose={onClose} title={title} size="md">
      <form aria-label={title} onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <ProblemAlert problem={problem} title="Not corrected" />
          <Text size="sm">
            Released as <strong>{valueWithUnit(result.value, result.unit)}</strong> (v{result.version}). The
            correction is sent to the EHR as a corrected report.
          </Text>
          <TextInput
            label="Corrected value"
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            rightSection={result.unit ? <Text size="sm">{result.unit}</Text> : undefined}
            rightSectionWidth={result.unit ? 80 : undefined}
            error={fieldProblem(problem, 'value')}
            autoComplete="off"
            required
            data-autofocus
          />
          <Textarea
            label="Reason"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldProblem(problem, 'reason')}
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} color="red.9">
              Correct the result
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
