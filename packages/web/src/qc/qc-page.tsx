import { Tabs, Title, Stack } from '@mantine/core';
import { Outlet, useLocation, useNavigate } from 'react-router';

const tabs = [
  { value: 'charts', label: 'Charts and holds' },
  { value: 'lots', label: 'Lots and targets' },
  { value: 'rules', label: 'Sigma and rules' },
  { value: 'pbrtqc', label: 'Moving averages' },
  { value: 'maintenance', label: 'Maintenance' },
] as const;

/** Quality control: one tab per job, each its own address under /qc (the charts at /qc itself). */
export function QcPage() {
  const navigate = useNavigate();
  const section = useLocation().pathname.split('/')[2] ?? '';
  const active = tabs.some((t) => t.value === section) ? section : 'charts';
  return (
    <Stack>
      <Title order={2}>Quality control</Title>
      <Tabs
        value={active}
        onChange={(value) => void navigate(value === 'charts' || value === null ? '/qc' : `/qc/${value}`)}
      >
        <Tabs.List aria-label="Quality control">
          {tabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((t) => (
          <Tabs.Panel key={t.value} value={t.value} pt="md">
            {active === t.value && <Outlet />}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
