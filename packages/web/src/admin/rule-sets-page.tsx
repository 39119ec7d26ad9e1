import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { api, ok } from '../api/client';
import { formatDateTime } from '../ui/format';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { RuleSetStatusBadge } from './rule-set-status-badge';
import { versionPath } from './rule-set-types';

const loadVersions = () => api.GET('/api/rule-sets').then(ok);

/** Every autoverification rule-set version with its state and who drafted, validated and approved it. */
export function RuleSetsPage() {
  const [versions] = useLoad('rule-sets', loadVersions);
  return (
    <Stack gap="md">
      <Title order={2}>Autoverification rule sets</Title>
      <Text c="dimmed" maw={760}>
        A change to the rules is saved as a draft, validated by replaying it against the active version over
        stored results, and approved by a pathologist or laboratory director; approval makes it the one active
        version. Open a version to read its rules, compare it and act on it.
      </Text>
      <Paper withBorder p="md" component="section" aria-labelledby="rule-set-versions">
        <Title order={3} size="h4" id="rule-set-versions" mb="sm">
          Versions
        </Title>
        <Loaded load={versions} title="The rule sets could not be loaded">
          {(data) => (
            <Table.ScrollContainer minWidth={900}>
              <Table striped highlightOnHover aria-label="Rule-set versions" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Rule set</Table.Th>
                    <Table.Th>Version</Table.Th>
                    <Table.Th>State</Table.Th>
                    <Table.Th>Why it changed</Table.Th>
                    <Table.Th>Drafted</Table.Th>
                    <Table.Th>Validated</Table.Th>
                    <Table.Th>Approved</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((v) => (
                    <Table.Tr key={`${v.id}@${v.version}`}>
                      <Table.Td>
                        <Text fw={600}>{v.name}</Text>
                        <Text size="xs" c="dimmed" ff="monospace">
                          {v.id}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={versionPath(v)} fw={600}>
                          v{v.version}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <RuleSetStatusBadge status={v.status} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2}>
                          {v.changeNote}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Who by={v.draftedBy} at={v.draftedAt} />
                      </Table.Td>
                      <Table.Td>
                        <Who by={v.validatedBy} at={v.validatedAt} />
                      </Table.Td>
                      <Table.Td>
                        <Who by={v.approvedBy} at={v.approvedAt} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Loaded>
      </Paper>
    </Stack>
  );
}

function Who({ by, at }: { readonly by: string | null; readonly at: string | null }) {
  if (!by) return <Text c="dimmed">—</Text>;
  return (
    <Text size="sm">
      {by}
      <br />
      <Text span size="xs" c="dimmed">
        {formatDateTime(at)}
      </Text>
    </Text>
  );
}
