import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { api, ok } from '../api/client';
import { percent } from '../dashboard/dashboard-types';
import { humanize } from '../ui/format';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { versionName, type ReplayReport, type RuleSetTally } from './rule-set-types';

/** The stored report, or null while the version has not been validated. */
async function loadReport(key: string): Promise<ReplayReport | null> {
  const [id = '', version = ''] = key.split('|');
  const answer = await api.GET('/api/rule-sets/{id}/versions/{version}/report', {
    params: { path: { id, version: Number(version) } },
  });
  if (answer.response.status === 404) return null;
  return ok(answer).report as unknown as ReplayReport;
}

const dispositions = (tally: RuleSetTally): string =>
  Object.entries(tally.dispositions)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${humanize(kind)} ${count}`)
    .join(', ') || 'none';

/**
 * The validation report: the draft and the active version replayed over the same stored results; their
 * autoverification rates, per rule the cases seen, fired, held and released, and every decision that
 * would change.
 */
export function ReplayReportView({
  id,
  version,
  validatedAt,
}: {
  readonly id: string;
  readonly version: number;
  readonly validatedAt: string | null;
}) {
  const [report] = useLoad(`${id}|${version}|${validatedAt ?? ''}`, loadReport);
  return (
    <Loaded load={report} title="The validation report could not be read">
      {(data) =>
        data === null ? (
          <Text c="dimmed">
            Not validated yet: validation replays this version and the active one over stored results and
            keeps the report here for the approver.
          </Text>
        ) : (
          <ReportBody report={data} />
        )
      }
    </Loaded>
  );
}

function ReportBody({ report }: { readonly report: ReplayReport }) {
  const { active, candidate } = report;
  const never = candidate.rules.filter((r) => r.seen > 0 && r.fired === 0).map((r) => r.ruleId);
  return (
    <Stack gap="md" aria-label="Validation report" role="region">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <Figure label="Results replayed" value={String(report.cases)} />
        <Figure
          label={`Autoverified, active ${versionName(active)}`}
          value={percent(active.autoverificationRate)}
          detail={dispositions(active)}
        />
        <Figure
          label={`Autoverified, this version ${versionName(candidate)}`}
          value={percent(candidate.autoverificationRate)}
          detail={dispositions(candidate)}
        />
        <Figure
          label="Decisions that would change"
          value={String(report.differences.length)}
          detail={`newly held ${report.newlyHeld}, newly released ${report.newlyReleased}`}
        />
      </SimpleGrid>
      {never.length > 0 && (
        <Text size="sm">
          Rules that never fired (their failure path is not tested by these results): {never.join(', ')}
        </Text>
      )}
      <Title order={4} size="h5">
        Per rule
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label="Per-rule counts" striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Rule</Table.Th>
              <Table.Th>Stage</Table.Th>
              <Table.Th ta="right">Seen</Table.Th>
              <Table.Th ta="right">Fired</Table.Th>
              <Table.Th ta="right">Held</Table.Th>
              <Table.Th ta="right">Released</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {candidate.rules.map((r) => (
              <Table.Tr key={r.ruleId} c={r.seen === 0 ? 'dimmed' : undefined}>
                <Table.Td>
                  <Text span ff="monospace" size="sm">
                    {r.ruleId}
                  </Text>{' '}
                  <Text span size="sm">
                    {r.ruleName}
                  </Text>
                </Table.Td>
                <Table.Td>{humanize(r.stage)}</Table.Td>
                <Table.Td ta="right">{r.seen}</Table.Td>
                <Table.Td ta="right" fw={r.fired > 0 ? 700 : undefined}>
                  {r.fired}
                </Table.Td>
                <Table.Td ta="right">{r.held}</Table.Td>
                <Table.Td ta="right">{r.released}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={4} size="h5">
        What would change
      </Title>
      {report.differences.length === 0 ? (
        <Text c="dimmed">No stored result would be decided differently.</Text>
      ) : (
        <Table aria-label="Changed decisions" striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Result</Table.Th>
              <Table.Th>Active</Table.Th>
              <Table.Th>This version</Table.Th>
              <Table.Th>What changes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.differences.map((d) => (
              <Table.Tr key={d.index}>
                <Table.Td>{d.label}</Table.Td>
                <Table.Td>{humanize(d.active.disposition)}</Table.Td>
                <Table.Td fw={600}>{humanize(d.candidate.disposition)}</Table.Td>
                <Table.Td>{d.changes.join('; ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function Figure({
  label,
  value,
  detail,
}: {
  readonly label: string;
  readonly value: string;
  readonly detail?: string;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </div>
  );
}
