import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { api, ok } from '../api/client';
import { ProblemAlert } from '../ui/problem-alert';
import { emptyLicence, licenceBody, licenceErrors } from './credential-drafts';
import { DisciplineCheckboxes } from './discipline-checkboxes';
import { useDraftForm } from './use-draft-form';

/** Add a state licence (e.g. a California CLS licence) to a person's record, checked as it is typed. */
export function LicenceForm({ userId, onSaved }: { readonly userId: string; readonly onSaved: () => void }) {
  const { draft, set, error, problem, busy, submit } = useDraftForm(
    emptyLicence,
    licenceErrors,
    async (d) => {
      ok(
        await api.POST('/api/staff/{userId}/licences', {
          params: { path: { userId } },
          body: licenceBody(d),
        }),
      );
      onSaved();
    },
  );
  const text = (
    field: 'licenceType' | 'number' | 'issuedOn' | 'expiresOn',
    label: string,
    placeholder?: string,
  ) => (
    <TextInput
      label={label}
      value={draft[field]}
      onChange={(e) => set(field, e.currentTarget.value)}
      error={error(field)}
      autoComplete="off"
      required={field !== 'issuedOn'}
      {...(placeholder ? { placeholder } : {})}
    />
  );

  return (
    <form aria-label="Add a licence" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ProblemAlert problem={problem} title="Not added" />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label="State"
            placeholder="CA"
            value={draft.state}
            onChange={(e) => set('state', e.currentTarget.value.toUpperCase())}
            error={error('state')}
            maxLength={2}
            autoComplete="off"
            required
          />
          {text('licenceType', 'Licence type', 'CLS')}
          {text('number', 'Number')}
          {text('issuedOn', 'Issued on', 'YYYY-MM-DD')}
          {text('expiresOn', 'Expires on', 'YYYY-MM-DD')}
        </SimpleGrid>
        <DisciplineCheckboxes
          value={draft.disciplines}
          onChange={(list) => set('disciplines', list)}
          error={error('disciplines')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Add licence
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
