import { useMemo, useState } from 'react';
import { Anchor, Badge, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Catalog } from '../api/types';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { loadCatalog } from './catalog-store';
import { describeInterval } from './describe-test';

/** The test catalog for everyone: tests with their specimen, unit and reference intervals; panels. */
export function CatalogPage() {
  const [catalog] = useLoad('catalog', loadCatalog);
  return (
    <Stack gap="md">
      <Title order={2}>Test catalog</Title>
      <Loaded load={catalog} title="The catalog could not be loaded">
        {(data) => <CatalogTables catalog={data} />}
      </Loaded>
    </Stack>
  );
}

function CatalogTables({ catalog }: { readonly catalog: Catalog }) {
  const [filter, setFilter] = useState('');
  const tests = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return catalog.tests.filter(
      ({ definition: d }) =>
        !f ||
        d.code.toLowerCase().includes(f) ||
        d.name.toLowerCase().includes(f) ||
        d.discipline.includes(f) ||
        (d.loinc ?? '').includes(f),
    );
  }, [catalog, filter]);

  return (
    <>
      <TextInput
        label="Filter tests"
        description="Code, name, discipline or LOINC"
        value={filter}
        onChange={(e) => setFilter(e.currentTarget.value)}
        maw={420}
        autoComplete="off"
      />
      <Paper withBorder p="md" component="section" aria-labelledby="catalog-tests">
        <Title order={3} size="h4" id="catalog-tests" mb="sm">
          Tests ({tests.length} of {catalog.tests.length})
        </Title>
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover aria-label="Tests" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Code</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>Discipline</Table.Th>
                <Table.Th>Specimen</Table.Th>
                <Table.Th>Reference interval</Table.Th>
                <Table.Th>Version</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tests.map(({ definition: d, version, active }) => (
                <Table.Tr key={d.code}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/catalog/tests/${encodeURIComponent(d.code)}`}
                      ff="monospace"
                      fw={600}
                    >
                      {d.code}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {d.name}
                    {!active && (
                      <Badge ml="xs" color="gray" variant="outline">
                        inactive
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{d.discipline}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {d.specimenType} · {d.container}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {d.referenceIntervals.map((ri) => describeInterval(ri, d.unit)).join('; ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>v{version}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="catalog-panels">
        <Title order={3} size="h4" id="catalog-panels" mb="sm">
          Panels
        </Title>
        <Stack gap="xs">
          {catalog.panels.map((panel) => (
            <Group key={panel.code} gap="xs" wrap="nowrap" align="baseline">
              <Text ff="monospace" fw={600} w={70} style={{ flexShrink: 0 }}>
                {panel.code}
              </Text>
              <Text>
                {panel.name} —{' '}
                <Text span c="dimmed">
                  {panel.members.join(', ')}
                </Text>
              </Text>
            </Group>
          ))}
        </Stack>
      </Paper>
    </>
  );
}
