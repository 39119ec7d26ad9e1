import './app-shell.css';
import { AppShell, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useSession, useSessionContext } from '../auth/session';
import { roleLabel } from '../ui/format';
import { AccessionSearch } from './accession-search';
import { navigationFor } from './navigation';

/** Header with the lab's name, the barcode box, the user and sign-out; navigation by role. */
export function AppShellLayout() {
  const session = useSession();
  const { signOut } = useSessionContext();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const items = navigationFor(session.user.roles);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 230, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header px="md" bg="teal.9" c="white">
        <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              color="white"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
            />
            <Title order={1} size="h3" c="white">
              Aliquot
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <AccessionSearch />
            <Stack gap={0} visibleFrom="sm" align="flex-end">
              <Text size="sm" fw={600} lh={1.2} data-testid="signed-in-user">
                {session.user.displayName}
              </Text>
              <Text size="xs" lh={1.2} c="teal.0">
                {session.user.roles.map((role) => roleLabel[role]).join(', ')}
              </Text>
            </Stack>
            <Button variant="white" color="teal.9" size="sm" onClick={() => void signOut()}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            label={item.label}
            description={item.description}
            active={location.pathname.startsWith(item.to)}
            className="main-nav-link"
            onClick={close}
            styles={{ label: { fontSize: 'var(--mantine-font-size-md)', fontWeight: 600 } }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
