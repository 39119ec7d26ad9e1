import { Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api, ok } from '../api/client';
import { asProblem, type Problem } from '../api/problem';
import { Loaded } from '../ui/loading';
import { ProblemAlert } from '../ui/problem-alert';
import { useLoad } from '../ui/use-load';
import { LotForm } from './lot-form';
import { LotTargets } from './lot-targets';
import { LotsTable } from './lots-table';
import { MaterialForm } from './material-form';
import type { ControlLot } from './qc-types';

async function loadLotsAndMaterials() {
  const [materials, lots] = await Promise.all([
    api.GET('/api/qc/materials').then(ok),
    api.GET('/api/qc/lots', { params: { query: { includeInactive: 'true' } } }).then(ok),
  ]);
  return { materials: materials.items, lots: lots.items };
}

/**
 * Control materials and their lots (expiry, level, in use or retired): register a material or a lot,
 * set a lot's targets by hand or from its runs, retire a lot.
 */
export function LotsPage() {
  const [data, , replace] = useLoad('lots', loadLotsAndMaterials);
  const [chosen, setChosen] = useState<ControlLot>();
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  // Read again in place: the forms below keep what is typed in them.
  const reload = () =>
    void loadLotsAndMaterials().then(replace, (caught: unknown) => setProblem(asProblem(caught)));

  const retire = async (lot: ControlLot) => {
    setProblem(undefined);
    try {
      ok(await api.POST('/api/qc/lots/{lotId}/retire', { params: { path: { lotId: lot.id } } }));
      setNotice(`Lot ${lot.lotNumber} (${lot.level}) retired; its values stay on the charts.`);
      reload();
    } catch (caught) {
      setProblem(asProblem(caught));
    }
  };

  return (
    <Loaded load={data} title="The control lots could not be read">
      {({ materials, lots }) => (
        <Stack>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="lots-title">
            <Title order={3} size="h4" id="lots-title" mb="xs">
              Control materials and lots
            </Title>
            <Stack gap="sm">
              <ProblemAlert problem={problem} />
              {notice && (
                <Text role="status" c="teal.9" fw={600}>
                  {notice}
                </Text>
              )}
              <LotsTable
                lots={lots}
                materials={materials}
                chosen={chosen?.id}
                onChoose={setChosen}
                onRetire={(lot) => void retire(lot)}
              />
              <MaterialForm onCreated={reload} />
            </Stack>
          </Paper>
          {materials.length > 0 && (
            <LotForm
              materials={materials}
              onCreated={(lot) => {
                setNotice(`Lot ${lot.lotNumber} (${lot.level}) registered; set its targets below.`);
                setChosen(lot);
                reload();
              }}
            />
          )}
          {chosen && <LotTargets key={chosen.id} lot={chosen} />}
        </Stack>
      )}
    </Loaded>
  );
}
