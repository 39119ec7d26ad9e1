import { Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api, ok } from '../api/client';
import { formatDateTime, humanize } from '../ui/format';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { figure } from './qc-drafts';
import type { ControlLot } from './qc-types';
import { TargetForm } from './target-form';

const loadTargets = (key: string) =>
  api
    .GET('/api/qc/targets', { params: { query: { lotId: key.split('|')[0] ?? '', includeHistory: 'true' } } })
    .then(ok);

/** The targets of one lot on each instrument × test, in force and past, and the form to set one. */
export function LotTargets({ lot }: { readonly lot: ControlLot }) {
  const [round, setRound] = useState(0);
  const [targets] = useLoad(`${lot.id}|${round}`, loadTargets);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="targets-title">
      <Title order={3} size="h4" id="targets-title" mb="xs">
        Targets of lot {lot.lotNumber} · {lot.level}
      </Title>
      <Loaded load={targets} title="The targets could not be read">
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed" mb="sm">
              No target yet: set the manufacturer&apos;s mean with a provisional SD, then establish the
              lab&apos;s own.
            </Text>
          ) : (
            <Table aria-label={`Targets of lot ${lot.lotNumber}`} striped mb="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Instrument</Table.Th>
                  <Table.Th>Test</Table.Th>
                  <Table.Th>Mean</Table.Th>
                  <Table.Th>SD</Table.Th>
                  <Table.Th>CV %</Table.Th>
                  <Table.Th>Source</Table.Th>
                  <Table.Th>In force</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((t) => (
                  <Table.Tr key={t.id}>
                    <Table.Td>{t.instrumentCode}</Table.Td>
                    <Table.Td>{t.testCode}</Table.Td>
                    <Table.Td>{figure(t.mean)}</Table.Td>
                    <Table.Td>{figure(t.sd)}</Table.Td>
                    <Table.Td>{t.cvPercent.toFixed(1)}</Table.Td>
                    <Table.Td>
                      {humanize(t.source)}
                      {t.establishedFrom === null ? '' : ` (${t.establishedFrom} values)`}
                    </Table.Td>
                    <Table.Td>
                      {formatDateTime(t.effectiveFrom)} →{' '}
                      {t.effectiveTo ? formatDateTime(t.effectiveTo) : 'now'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </Loaded>
      <TargetForm lot={lot} onSaved={() => setRound((n) => n + 1)} />
    </Paper>
  );
}
