import { Checkbox, Group } from '@mantine/core';
import { Discipline } from '@aliquot/domain';
import { humanize } from '../ui/format';

/** The disciplines a credential covers; none ticked means it covers every discipline. */
export function DisciplineCheckboxes({
  value,
  onChange,
  error,
  description = 'None ticked: it covers every discipline',
}: {
  readonly value: readonly Discipline[];
  readonly onChange: (disciplines: Discipline[]) => void;
  readonly error?: string | undefined;
  readonly description?: string;
}) {
  return (
    <Checkbox.Group
      label="Disciplines covered"
      description={description}
      value={[...value]}
      onChange={onChange}
      error={error}
    >
      <Group gap="md" mt={6}>
        {Object.values(Discipline).map((d) => (
          <Checkbox key={d} value={d} label={humanize(d)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
