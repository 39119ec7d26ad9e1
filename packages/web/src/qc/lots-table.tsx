import { Badge, Button, Table, Text } from '@mantine/core';
import type { ControlLot, ControlMaterial } from './qc-types';

function LotState({ lot, today }: { readonly lot: ControlLot; readonly today: string }) {
  if (!lot.active) return <Badge color="gray">Retired</Badge>;
  if (lot.expiresOn < today) return <Badge color="red.9">Expired</Badge>;
  return <Badge color="teal.9">In use</Badge>;
}

/** The control lots of every material with expiry and state; each opens to its targets or is retired. */
export function LotsTable({
  lots,
  materials,
  chosen,
  onChoose,
  onRetire,
}: {
  readonly lots: readonly ControlLot[];
  readonly materials: readonly ControlMaterial[];
  readonly chosen: string | undefined;
  readonly onChoose: (lot: ControlLot) => void;
  readonly onRetire: (lot: ControlLot) => void;
}) {
  const today = new Date().toISOString().slice(0, 10);
  const material = (id: string) => materials.find((m) => m.id === id);
  if (lots.length === 0) return <Text c="dimmed">No control lot is registered yet.</Text>;
  return (
    <Table aria-label="Control lots" striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Material</Table.Th>
          <Table.Th>Level</Table.Th>
          <Table.Th>Lot</Table.Th>
          <Table.Th>Expires</Table.Th>
          <Table.Th>Tube barcode</Table.Th>
          <Table.Th>State</Table.Th>
          <Table.Th>Work</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lots.map((lot) => (
          <Table.Tr key={lot.id} data-testid="lot-row">
            <Table.Td>
              {material(lot.materialId)?.code ?? '—'}
              <Text size="xs" c="dimmed">
                {material(lot.materialId)?.manufacturer ?? ''}
              </Text>
            </Table.Td>
            <Table.Td>{lot.level}</Table.Td>
            <Table.Td>{lot.lotNumber}</Table.Td>
            <Table.Td>{lot.expiresOn}</Table.Td>
            <Table.Td>{lot.specimenId ?? '—'}</Table.Td>
            <Table.Td>
              <LotState lot={lot} today={today} />
            </Table.Td>
            <Table.Td>
              <Button.Group>
                <Button
                  size="compact-sm"
                  variant={chosen === lot.id ? 'filled' : 'default'}
                  aria-label={`Targets of lot ${lot.lotNumber} ${lot.level}`}
                  onClick={() => onChoose(lot)}
                >
                  Targets
                </Button>
                {lot.active && (
                  <Button
                    size="compact-sm"
                    variant="default"
                    aria-label={`Retire lot ${lot.lotNumber} ${lot.level}`}
                    onClick={() => onRetire(lot)}
                  >
                    Retire
                  </Button>
                )}
              </Button.Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
