import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { Discipline, competencyElements } from '@aliquot/domain';
import { api, ok } from '../api/client';
import { humanize } from '../ui/format';
import { ProblemAlert } from '../ui/problem-alert';
import { competencyElementLabel } from './competency-elements';
import { competencyBody, competencyErrors, emptyCompetency } from './credential-drafts';
import { useDraftForm } from './use-draft-form';

/**
 * Record a competency assessment in one discipline: the six CLIA elements, each met or not. It passes only
 * with all six; the server sets the next due date (six months in the first year, then twelve).
 */
export function CompetencyForm({
  userId,
  onSaved,
}: {
  readonly userId: string;
  readonly onSaved: () => void;
}) {
  const { draft, set, error, problem, busy, submit } = useDraftForm(
    emptyCompetency,
    competencyErrors,
    async (d) => {
      ok(
        await api.POST('/api/staff/{userId}/competencies', {
          params: { path: { userId } },
          body: competencyBody(d),
        }),
      );
      onSaved();
    },
  );
  const all = draft.met.length === competencyElements.length;

  return (
    <form aria-label="Record a competency assessment" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ProblemAlert problem={problem} title="Not recorded" />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NativeSelect
            label="Discipline"
            value={draft.discipline}
            onChange={(e) => set('discipline', e.currentTarget.value as Discipline)}
            data={[
              { value: '', label: 'Choose…' },
              ...Object.values(Discipline).map((d) => ({ value: d, label: humanize(d) })),
            ]}
            error={error('discipline')}
            required
          />
          <TextInput
            label="Assessed on"
            placeholder="YYYY-MM-DD"
            value={draft.assessedOn}
            onChange={(e) => set('assessedOn', e.currentTarget.value.trim())}
            error={error('assessedOn')}
            autoComplete="off"
            required
          />
          <TextInput
            label="Assessor"
            value={draft.assessor}
            onChange={(e) => set('assessor', e.currentTarget.value)}
            error={error('assessor')}
            autoComplete="off"
            required
          />
        </SimpleGrid>
        <Checkbox.Group
          label="Elements met"
          description="All six are needed to pass"
          value={[...draft.met]}
          onChange={(list) => set('met', list)}
        >
          <Stack gap={6} mt={6}>
            {competencyElements.map((element) => (
              <Checkbox key={element} value={element} label={competencyElementLabel[element]} />
            ))}
          </Stack>
        </Checkbox.Group>
        {!all && draft.met.length > 0 && (
          <Text size="sm" c="red.9">
            {competencyElements.length - draft.met.length} of six not met: it will be recorded as not passed.
          </Text>
        )}
        <Textarea
          label="Note"
          value={draft.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          autosize
          minRows={1}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Record assessment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
