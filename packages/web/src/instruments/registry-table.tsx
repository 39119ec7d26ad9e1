import { Button, Paper, Table, Text, Title } from '@mantine/core';
import type { Instrument } from './instrument-input';

const indexNames = ['hemolysis', 'icterus', 'lipemia'] as const;

/** The serum-index codes in one line: "H hemolysis · I icterus", or that none are set. */
function serumIndexText(instrument: Instrument): string {
  const codes = instrument.serumIndexCodes;
  const set = indexNames.filter((name) => codes[name]).map((name) => `${codes[name]} ${name}`);
  return set.length > 0 ? set.join(' · ') : 'none';
}

/** The registered instruments: protocol, how many codes are mapped, the serum-index codes to edit. */
export function RegistryTable({
  instruments,
  onEdit,
}: {
  readonly instruments: readonly Instrument[];
  /** For those who may change instruments. */
  readonly onEdit?: (instrument: Instrument) => void;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="registry-title">
      <Title order={3} size="h4" id="registry-title" mb="xs">
        Registered instruments
      </Title>
      {instruments.length === 0 ? (
        <Text c="dimmed">No instrument is registered.</Text>
      ) : (
        <Table aria-label="Registered instruments" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Instrument</Table.Th>
              <Table.Th>Protocol</Table.Th>
              <Table.Th ta="right">Mapped codes</Table.Th>
              <Table.Th>Serum-index codes</Table.Th>
              {onEdit && <Table.Th>Change</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {instruments.map((instrument) => (
              <Table.Tr key={instrument.code}>
                <Table.Td>
                  <Text fw={600} ff="monospace" span>
                    {instrument.code}
                  </Text>{' '}
                  {instrument.name}
                  {!instrument.active && (
                    <Text span c="dimmed">
                      {' '}
                      (inactive)
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{instrument.protocol.toUpperCase()}</Table.Td>
                <Table.Td ta="right">{instrument.testCodes.length}</Table.Td>
                <Table.Td>{serumIndexText(instrument)}</Table.Td>
                {onEdit && (
                  <Table.Td>
                    <Button size="compact-sm" variant="default" onClick={() => onEdit(instrument)}>
                      Serum-index codes of {instrument.code}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
