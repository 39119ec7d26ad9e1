import { Checkbox, Group } from '@mantine/core';
import { Role } from '@aliquot/domain';
import { roleLabel } from '../ui/format';

/** The roles a person holds, one checkbox each; permissions follow from the roles. */
export function RoleCheckboxes({
  value,
  onChange,
  error,
}: {
  readonly value: readonly Role[];
  readonly onChange: (roles: Role[]) => void;
  readonly error?: string | undefined;
}) {
  return (
    <Checkbox.Group label="Roles" value={[...value]} onChange={onChange} error={error} withAsterisk>
      <Group gap="md" mt={6}>
        {Object.values(Role).map((role) => (
          <Checkbox key={role} value={role} label={roleLabel[role]} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
