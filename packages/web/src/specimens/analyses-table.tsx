import { Fragment } from 'react';
import { Badge, Button, Table, Text } from '@mantine/core';
import type { Analysis, ResultVersion } from '../api/types';
import { formatDateTime, humanize, valueWithUnit } from '../ui/format';
import { IdentityBadge } from '../ui/identity-badge';
import { ResultContext } from '../ui/result-context';
import { specimenHold } from '../ui/specimen-hold';
import type { HeldReasons, Reason } from './held-reasons';
import { resultDetail } from './result-detail';
import { ResultFlags } from './result-flags';

const replaced = new Set(['superseded', 'corrected', 'cancelled']);

const noReasons: HeldReasons = new Map();

/**
 * Every test on the specimen with every version of its result, newest first, with the analyzer's serum
 * indices and alarms, and why a held result waits. Replaced versions stay visible (struck through), as a
 * correction never overwrites. @see workflow.md §8
 */
export function AnalysesTable({
  analyses,
  reasons = noReasons,
  onCorrect,
}: {
  readonly analyses: readonly Analysis[];
  readonly reasons?: HeldReasons;
  /** Offered on each final result to those who may correct one. */
  readonly onCorrect?: (analysis: Analysis, result: ResultVersion) => void;
}) {
  if (analyses.length === 0) return <Text c="dimmed">No tests on this specimen.</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label="Tests and results" verticalSpacing="xs" withRowBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Test</Table.Th>
            <Table.Th>Result</Table.Th>
            <Table.Th>Flags</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Version</Table.Th>
            <Table.Th>Entered by</Table.Th>
            <Table.Th>When</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {analyses.map((analysis) => (
            <AnalysisRows key={analysis.id} analysis={analysis} reasons={reasons} onCorrect={onCorrect} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function AnalysisRows({
  analysis,
  reasons,
  onCorrect,
}: {
  readonly analysis: Analysis;
  readonly reasons: HeldReasons;
  readonly onCorrect: ((analysis: Analysis, result: ResultVersion) => void) | undefined;
}) {
  const versions = [...analysis.results].sort((a, b) => b.version - a.version);
  const testCell = (
    <Table.Td rowSpan={Math.max(versions.length, 1)} style={{ verticalAlign: 'top' }}>
      <Text fw={600} ff="monospace" span>
        {analysis.testCode}
      </Text>{' '}
      <Text span>{analysis.testName}</Text>
      <Text size="xs" c="dimmed">
        {analysis.panelCode ? `${analysis.panelCode} · ` : ''}
        {humanize(analysis.status)}
      </Text>
    </Table.Td>
  );
  if (versions.length === 0) {
    return (
      <Table.Tr data-testid={`analysis-${analysis.testCode}`}>
        {testCell}
        <Table.Td colSpan={6}>
          <Text c="dimmed" size="sm">
            {analysis.status === 'cancelled' ? 'Cancelled' : 'No result yet'}
          </Text>
        </Table.Td>
      </Table.Tr>
    );
  }
  return (
    <Fragment>
      {versions.map((result, index) => (
        <Table.Tr key={result.id} data-testid={`analysis-${analysis.testCode}`}>
          {index === 0 && testCell}
          <VersionCells
            result={result}
            reasons={reasons.get(result.id) ?? []}
            {...(onCorrect && result.status === 'final'
              ? { onCorrect: () => onCorrect(analysis, result) }
              : {})}
          />
        </Table.Tr>
      ))}
    </Fragment>
  );
}

function VersionCells({
  result,
  reasons,
  onCorrect,
}: {
  readonly result: ResultVersion;
  readonly reasons: readonly Reason[];
  readonly onCorrect?: () => void;
}) {
  const old = replaced.has(result.status);
  const identity = specimenHold(reasons);
  return (
    <>
      <Table.Td>
        <Text fw={old ? 400 : 700} td={old ? 'line-through' : undefined} c={old ? 'dimmed' : undefined}>
          {valueWithUnit(result.value, result.unit)}
        </Text>
      </Table.Td>
      <Table.Td>
        <ResultFlags flags={result.flags} />
        <ResultContext {...resultDetail(result.detail)} />
      </Table.Td>
      <Table.Td miw={result.status === 'held' ? 280 : undefined}>
        <Badge variant={old ? 'outline' : 'light'} color={result.status === 'final' ? 'teal' : 'gray'}>
          {humanize(result.status)}
        </Badge>
        {identity && <IdentityBadge sentence={identity.sentence} />}
        {onCorrect && (
          <Button size="compact-xs" variant="default" ml={6} onClick={onCorrect}>
            Correct
          </Button>
        )}
        {reasons.map((reason) => (
          <Text key={reason.ruleId} size="xs" fw={reason.blocking ? 600 : 400}>
            {reason.sentence}
          </Text>
        ))}
      </Table.Td>
      <Table.Td>v{result.version}</Table.Td>
      <Table.Td>
        {result.enteredBy}
        <Text size="xs" c="dimmed">
          {humanize(result.source)}
          {result.instrumentId ? ` · ${result.instrumentId}` : ''}
        </Text>
      </Table.Td>
      <Table.Td>{formatDateTime(result.observedAt ?? result.createdAt)}</Table.Td>
    </>
  );
}
