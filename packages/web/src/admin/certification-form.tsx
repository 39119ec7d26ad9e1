import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { CertificationBody, CertificationKind } from '@aliquot/domain';
import { api, ok } from '../api/client';
import { ProblemAlert } from '../ui/problem-alert';
import { certificationBody, certificationErrors, emptyCertification } from './credential-drafts';
import { DisciplineCheckboxes } from './discipline-checkboxes';
import { useDraftForm } from './use-draft-form';

/** Add an ASCP or AMT certification to a person's record, checked as it is typed. */
export function CertificationForm({
  userId,
  onSaved,
}: {
  readonly userId: string;
  readonly onSaved: () => void;
}) {
  const { draft, set, error, problem, busy, submit } = useDraftForm(
    emptyCertification,
    certificationErrors,
    async (d) => {
      ok(
        await api.POST('/api/staff/{userId}/certifications', {
          params: { path: { userId } },
          body: certificationBody(d),
        }),
      );
      onSaved();
    },
  );
  const date = (field: 'issuedOn' | 'expiresOn', label: string) => (
    <TextInput
      label={label}
      placeholder="YYYY-MM-DD"
      value={draft[field]}
      onChange={(e) => set(field, e.currentTarget.value.trim())}
      error={error(field)}
      autoComplete="off"
    />
  );

  return (
    <form aria-label="Add a certification" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ProblemAlert problem={problem} title="Not added" />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NativeSelect
            label="Certifying body"
            value={draft.body}
            onChange={(e) => set('body', e.currentTarget.value as CertificationBody)}
            data={Object.values(CertificationBody)}
            error={error('body')}
          />
          <NativeSelect
            label="Certification"
            value={draft.credential}
            onChange={(e) => set('credential', e.currentTarget.value as CertificationKind)}
            data={Object.values(CertificationKind)}
            error={error('credential')}
          />
          <TextInput
            label="Number"
            value={draft.number}
            onChange={(e) => set('number', e.currentTarget.value)}
            error={error('number')}
            autoComplete="off"
          />
          <TextInput
            label="Categories"
            description="ASCP categories, comma-separated, e.g. C, H"
            value={draft.categories}
            onChange={(e) => set('categories', e.currentTarget.value)}
            error={error('categories')}
            autoComplete="off"
          />
          {date('issuedOn', 'Issued on')}
          {date('expiresOn', 'Expires on')}
        </SimpleGrid>
        <DisciplineCheckboxes
          value={draft.disciplines}
          onChange={(list) => set('disciplines', list)}
          error={error('disciplines')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Add certification
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
