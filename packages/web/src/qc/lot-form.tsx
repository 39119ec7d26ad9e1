import { Button, Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import { ProblemAlert } from '../ui/problem-alert';
import { emptyLot, lotErrors, shownErrors, type LotDraft } from './qc-drafts';
import type { ControlLot, ControlMaterial } from './qc-types';

/**
 * Registers a lot of one control level. Each field is checked as it is typed; the server judges the
 * rest (an expired lot, an unknown material) and a refusal keeps what was typed.
 */
export function LotForm({
  materials,
  onCreated,
}: {
  readonly materials: readonly ControlMaterial[];
  readonly onCreated: (lot: ControlLot) => void;
}) {
  const [draft, setDraft] = useState<LotDraft>({ ...emptyLot, materialId: materials[0]?.id ?? '' });
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const errors = lotErrors(draft);
  const shown = shownErrors(draft, errors, submitted);
  const set = (field: keyof LotDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const error = (field: keyof LotDraft) => shown[field] ?? fieldProblem(problem, field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setProblem(undefined);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      const specimenId = draft.specimenId.trim();
      const lot = ok(
        await api.POST('/api/qc/lots', {
          body: {
            materialId: draft.materialId,
            level: draft.level.trim(),
            lotNumber: draft.lotNumber.trim(),
            expiresOn: draft.expiresOn,
            ...(specimenId ? { specimenId } : {}),
          },
        }),
      );
      setDraft((d) => ({ ...emptyLot, materialId: d.materialId }));
      setSubmitted(false);
      onCreated(lot);
    } catch (caught) {
      setProblem(asProblem(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="new-lot-title">
      <Title order={3} size="h4" id="new-lot-title" mb="xs">
        New control lot
      </Title>
      <form aria-label="New control lot" onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <ProblemAlert problem={problem} title="Lot not registered" />
          <Group align="flex-start" grow>
            <NativeSelect
              label="Material"
              value={draft.materialId}
              onChange={(e) => set('materialId')(e.currentTarget.value)}
              error={error('materialId')}
              data={materials.map((m) => ({ value: m.id, label: m.code }))}
            />
            <TextInput
              label="Level"
              placeholder="L1"
              value={draft.level}
              onChange={(e) => set('level')(e.currentTarget.value)}
              error={error('level')}
              autoComplete="off"
            />
            <TextInput
              label="Lot number"
              value={draft.lotNumber}
              onChange={(e) => set('lotNumber')(e.currentTarget.value)}
              error={error('lotNumber')}
              autoComplete="off"
            />
            <TextInput
              label="Expires on"
              placeholder="YYYY-MM-DD"
              value={draft.expiresOn}
              onChange={(e) => set('expiresOn')(e.currentTarget.value)}
              error={error('expiresOn')}
              autoComplete="off"
            />
            <TextInput
              label="Tube barcode"
              description="Optional: the ID analyzers report"
              value={draft.specimenId}
              onChange={(e) => set('specimenId')(e.currentTarget.value)}
              error={error('specimenId')}
              autoComplete="off"
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              Register lot
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
