import { useState, type FormEvent } from 'react';
import { Button, Group, List, Stack, TextInput, Textarea } from '@mantine/core';
import { useNavigate } from 'react-router';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import { ProblemAlert } from '../ui/problem-alert';
import { versionPath, type RuleSetDocument } from './rule-set-types';

/** What is wrong with the typed rule set before the server sees it: JSON that does not parse. */
function jsonProblem(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return 'a rule set is a JSON object with an id, a name and its rules';
    }
    return Array.isArray((value as { rules?: unknown }).rules)
      ? undefined
      : 'the rule set has no "rules" list';
  } catch (error) {
    return `not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * A new draft, started from the rules of the version on screen (rules:write). The server checks the tree
 * and the test codes it names; its refusal lists every problem with its path, and the text stays as typed.
 */
export function RuleSetDraftForm({
  from,
  onCancel,
}: {
  readonly from: RuleSetDocument;
  readonly onCancel: () => void;
}) {
  const navigate = useNavigate();
  const [text, setText] = useState(() => JSON.stringify(from, null, 2));
  const [changeNote, setChangeNote] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const local = jsonProblem(text);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (local !== undefined || changeNote.trim() === '') return;
    setProblem(undefined);
    setBusy(true);
    try {
      const saved = ok(
        await api.POST('/api/rule-sets/drafts', {
          body: { rules: JSON.parse(text) as Record<string, unknown>, changeNote },
        }),
      );
      void navigate(versionPath(saved));
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const issues = Object.entries(problem?.fields ?? {});
  return (
    <form aria-label="New draft" onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <TextInput
          label="Why the rules change"
          description="Kept with the version and shown to the approver"
          value={changeNote}
          onChange={(e) => setChangeNote(e.currentTarget.value)}
          error={fieldProblem(problem, 'changeNote')}
          required
        />
        <Textarea
          label="Rule set (JSON)"
          description="The version number is given by the server when the draft is saved"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={local}
          rows={24}
          resize="vertical"
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        />
        {/* Beside the button, so the refusal of a long text is seen where the save was asked. */}
        <ProblemAlert problem={problem} title="Not saved">
          {issues.length > 0 && (
            <List size="sm" mt={4}>
              {issues.map(([path, message]) => (
                <List.Item key={path}>
                  <code>{path}</code>: {message}
                </List.Item>
              ))}
            </List>
          )}
        </ProblemAlert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={busy} disabled={local !== undefined || changeNote.trim() === ''}>
            Save draft
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
