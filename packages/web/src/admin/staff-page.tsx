import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { api, ok } from '../api/client';
import { roleLabel } from '../ui/format';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { ExpiringList } from './expiring-list';

const loadStaff = async () => {
  const [expiring, users] = await Promise.all([
    api.GET('/api/staff/credentials/expiring'),
    api.GET('/api/users'),
  ]);
  return { expiring: ok(expiring), users: ok(users).items.filter((u) => u.active) };
};

/** What expires soon across the lab, and every active person's credential record. */
export function StaffPage() {
  const [staff] = useLoad('staff', loadStaff);
  return (
    <Stack gap="md">
      <Title order={2}>Staff credentials and competency</Title>
      <Loaded load={staff} title="The staff credentials could not be read">
        {({ expiring, users }) => (
          <>
            <Paper withBorder p="md" component="section" aria-labelledby="expiring-title">
              <Title order={3} size="h4" id="expiring-title" mb="xs">
                Expiring soon
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                Licences and certifications that expire, and competency assessments that fall due, within{' '}
                {expiring.withinDays} days — or already have.
              </Text>
              <ExpiringList expiring={expiring} />
            </Paper>
            <Paper withBorder p="md" component="section" aria-labelledby="people-title">
              <Title order={3} size="h4" id="people-title" mb="sm">
                People
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs" role="list" aria-label="People">
                {users.map((u) => (
                  <div key={u.id} role="listitem">
                    <Anchor component={Link} to={`/admin/staff/${u.id}`} fw={600}>
                      {u.displayName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {u.roles.map((r) => roleLabel[r]).join(', ')}
                    </Text>
                  </div>
                ))}
              </SimpleGrid>
            </Paper>
          </>
        )}
      </Loaded>
    </Stack>
  );
}
