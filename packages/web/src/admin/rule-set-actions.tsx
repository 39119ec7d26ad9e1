import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import { useCan } from '../auth/session';
import { ProblemAlert } from '../ui/problem-alert';
import { versionName, type RuleSetDetail } from './rule-set-types';

/**
 * Validate (rules:write) while the version is a draft, approve (rules:approve) once it is validated. Each
 * button shows only to those whose roles grant it; the server checks again and its refusal is shown.
 */
export function RuleSetActions({
  detail,
  onChanged,
}: {
  readonly detail: RuleSetDetail;
  readonly onChanged: (notice: string) => void;
}) {
  const canValidate = useCan('rules:write') && (detail.status === 'draft' || detail.status === 'validated');
  const canApprove = useCan('rules:approve') && detail.status === 'validated';
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const path = { id: detail.id, version: detail.version };

  const attempt = async (work: () => Promise<string>) => {
    setProblem(undefined);
    setBusy(true);
    try {
      onChanged(await work());
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const approve = (event: FormEvent) => {
    event.preventDefault();
    void attempt(async () => {
      ok(
        await api.POST('/api/rule-sets/{id}/versions/{version}/approve', {
          params: { path },
          body: { note },
        }),
      );
      return `${versionName(detail)} is approved and now the active rule set.`;
    });
  };

  if (!canValidate && !canApprove) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="rule-set-actions">
      <Stack gap="sm">
        <Title order={3} size="h4" id="rule-set-actions">
          {canApprove ? 'Approval' : 'Validation'}
        </Title>
        <ProblemAlert problem={problem} />
        {canValidate && (
          <Group>
            <Button
              variant={canApprove ? 'default' : 'filled'}
              loading={busy}
              onClick={() =>
                void attempt(async () => {
                  const reply = ok(
                    await api.POST('/api/rule-sets/{id}/versions/{version}/validate', {
                      params: { path },
                      body: {},
                    }),
                  );
                  return `Validated: ${reply.report.cases} results replayed against the active version.`;
                })
              }
            >
              {detail.status === 'validated' ? 'Validate again' : 'Validate by replay'}
            </Button>
            <Text size="sm" c="dimmed">
              Replays this version and the active one over stored results and keeps the report.
            </Text>
          </Group>
        )}
        {canApprove && (
          <form aria-label="Approve" onSubmit={approve}>
            <Stack gap="xs">
              <Textarea
                label="Approval note"
                description="Why this version may go live, for the record"
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                error={fieldProblem(problem, 'note')}
                autosize
                minRows={2}
                required
              />
              <Group justify="flex-end">
                <Button type="submit" loading={busy} disabled={note.trim() === ''}>
                  Approve and make active
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
