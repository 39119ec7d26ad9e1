import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { Link } from 'react-router';
import { api, ok } from '../api/client';
import type { User } from '../api/types';
import { roleLabel } from '../ui/format';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { UserCreateForm } from './user-create-form';
import { UserEditDialog } from './user-edit-dialog';

const loadUsers = () => api.GET('/api/users').then(ok);

/** Staff accounts with their roles and whether they may sign in; add one, change one (user:write). */
export function UsersPage() {
  const [users, reload] = useLoad('users', loadUsers);
  const [editing, setEditing] = useState<User>();
  const [notice, setNotice] = useState<string>();

  return (
    <Stack gap="md">
      <Title order={2}>Users</Title>
      {notice && (
        <Alert color="teal" role="status" title="Saved">
          {notice}
        </Alert>
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="users-title">
        <Title order={3} size="h4" id="users-title" mb="sm">
          Staff accounts
        </Title>
        <Loaded load={users} title="The users could not be loaded">
          {(data) => (
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover aria-label="Users" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Username</Table.Th>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Roles</Table.Th>
                    <Table.Th>State</Table.Th>
                    <Table.Th>Credentials</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Change</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((user) => (
                    <Table.Tr key={user.id} c={user.active ? undefined : 'dimmed'}>
                      <Table.Td ff="monospace">{user.username}</Table.Td>
                      <Table.Td>{user.displayName}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {user.roles.map((role) => (
                            <Badge key={role} variant="light" radius="sm">
                              {roleLabel[role]}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {user.active ? (
                          <Text size="sm">Active</Text>
                        ) : (
                          <Badge color="gray" variant="outline">
                            Inactive
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/admin/staff/${user.id}`} size="sm">
                          Credentials
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => setEditing(user)}
                          aria-label={`Change ${user.username}`}
                        >
                          Change
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Loaded>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="add-user-title">
        <Title order={3} size="h4" id="add-user-title" mb="sm">
          Add a user
        </Title>
        <UserCreateForm
          onCreated={(user) => {
            setNotice(`${user.displayName} (${user.username}) can now sign in.`);
            reload();
          }}
        />
      </Paper>
      {editing && (
        <UserEditDialog
          user={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(user) => {
            setEditing(undefined);
            setNotice(
              `${user.displayName}: ${user.active ? 'active' : 'deactivated'}, ${user.roles.map((r) => roleLabel[r]).join(', ')}.`,
            );
            reload();
          }}
        />
      )}
    </Stack>
  );
}
