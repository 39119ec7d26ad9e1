import { ActionIcon, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { emptyInterval, type IntervalDraft } from './test-draft';

const sexes = ['any', 'female', 'male', 'unknown'].map((value) => ({ value, label: value }));

/** The reference interval rows of the edit form; each row shows the server's messages for it. */
export function IntervalFields({
  rows,
  onChange,
  error,
}: {
  readonly rows: readonly IntervalDraft[];
  readonly onChange: (rows: IntervalDraft[]) => void;
  readonly error: (path: string) => string | undefined;
}) {
  const update = (index: number, field: keyof IntervalDraft, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  const remove = (index: number) => onChange(rows.filter((_, i) => i !== index));

  return (
    <Stack gap="xs">
      <Text fw={600} size="sm" id="intervals-label">
        Reference intervals
      </Text>
      {error('referenceIntervals') && (
        <Text c="red.8" size="sm" role="alert">
          {error('referenceIntervals')}
        </Text>
      )}
      {rows.map((row, i) => {
        const at = `referenceIntervals.${i}`;
        const field = (name: keyof IntervalDraft, label: string, width: number) => (
          <TextInput
            label={label}
            size="sm"
            w={width}
            value={row[name]}
            onChange={(e) => update(i, name, e.currentTarget.value)}
            error={error(`${at}.${name}`)}
            inputMode={name === 'text' ? 'text' : 'decimal'}
            aria-label={`Interval ${i + 1} ${label}`}
          />
        );
        return (
          <Stack key={i} gap={2} role="group" aria-label={`Reference interval ${i + 1}`}>
            <Group gap="xs" align="flex-start" wrap="wrap">
              <NativeSelect
                label="Sex"
                size="sm"
                w={110}
                data={sexes}
                value={row.sex}
                onChange={(e) => update(i, 'sex', e.currentTarget.value)}
                error={error(`${at}.sex`)}
                aria-label={`Interval ${i + 1} sex`}
              />
              {field('ageFromDays', 'From age (days)', 130)}
              {field('ageToDays', 'To age (days)', 130)}
              {field('low', 'Low', 100)}
              {field('high', 'High', 100)}
              {field('text', 'Expected text', 140)}
              <ActionIcon
                variant="subtle"
                color="red.8"
                size="lg"
                mt={26}
                onClick={() => remove(i)}
                aria-label={`Remove reference interval ${i + 1}`}
              >
                ✕
              </ActionIcon>
            </Group>
            {error(at) && (
              <Text c="red.8" size="sm">
                {error(at)}
              </Text>
            )}
          </Stack>
        );
      })}
      <Group>
        <Button variant="subtle" size="xs" onClick={() => onChange([...rows, emptyInterval])}>
          Add reference interval
        </Button>
      </Group>
    </Stack>
  );
}
