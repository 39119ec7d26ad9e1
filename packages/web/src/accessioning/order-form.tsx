import { useMemo, useState, type FormEvent } from 'react';
import { Button, Group, Input, MultiSelect, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { Priority } from '@aliquot/domain';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import type { Catalog, Order, Patient } from '../api/types';
import { loadCatalog } from '../catalog/catalog-store';
import { priorityLabel } from '../ui/format';
import { Loaded } from '../ui/loading';
import { ProblemAlert } from '../ui/problem-alert';
import { useLoad } from '../ui/use-load';

const priorities = Object.values(Priority).map((value) => ({ value, label: priorityLabel[value] }));

function orderables(catalog: Catalog) {
  return [
    {
      group: 'Panels',
      items: catalog.panels.map((p) => ({ value: p.code, label: `${p.code} — ${p.name}` })),
    },
    {
      group: 'Tests',
      items: catalog.tests
        .filter((t) => t.active)
        .map((t) => ({ value: t.definition.code, label: `${t.definition.code} — ${t.definition.name}` })),
    },
  ];
}

/** Order panels and tests for the selected patient (POST /api/orders); specimens come back with it. */
export function OrderForm({
  patient,
  onPlaced,
}: {
  readonly patient: Patient;
  readonly onPlaced: (order: Order) => void;
}) {
  const [catalog] = useLoad('catalog', loadCatalog);
  return (
    <Loaded load={catalog} title="The catalog could not be loaded">
      {(data) => <OrderFields catalog={data} patient={patient} onPlaced={onPlaced} />}
    </Loaded>
  );
}

function OrderFields({
  catalog,
  patient,
  onPlaced,
}: {
  readonly catalog: Catalog;
  readonly patient: Patient;
  readonly onPlaced: (order: Order) => void;
}) {
  const data = useMemo(() => orderables(catalog), [catalog]);
  const [selected, setSelected] = useState<string[]>([]);
  const [priority, setPriority] = useState<Priority>('routine');
  const [clinicalInfo, setClinicalInfo] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const body = {
        patientId: patient.id,
        orderables: selected,
        priority,
        ...(clinicalInfo.trim() ? { clinicalInfo: clinicalInfo.trim() } : {}),
      };
      const order = ok(await api.POST('/api/orders', { body }));
      // The next order starts routine again: STAT is chosen, never inherited.
      setSelected([]);
      setPriority('routine');
      setClinicalInfo('');
      onPlaced(order);
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Place an order" noValidate>
      <Stack gap="sm">
        <ProblemAlert problem={problem} title="Order not placed" />
        <MultiSelect
          label="Panels and tests"
          placeholder={selected.length === 0 ? 'Type a code or name, e.g. BMP' : undefined}
          data={data}
          value={selected}
          onChange={setSelected}
          searchable
          clearable
          hidePickedOptions
          nothingFoundMessage="No test or panel by that name"
          error={fieldProblem(problem, 'orderables')}
          maxDropdownHeight={320}
        />
        <Input.Wrapper label="Priority" id="order-priority-label">
          <div>
            <SegmentedControl
              aria-labelledby="order-priority-label"
              data={priorities}
              value={priority}
              onChange={setPriority}
              color={priority === 'stat' ? 'red' : priority === 'asap' ? 'yellow.4' : 'teal'}
              autoContrast
            />
          </div>
        </Input.Wrapper>
        <Textarea
          label="Clinical information"
          description="Optional: diagnosis, fasting state, drug dose time"
          value={clinicalInfo}
          onChange={(e) => setClinicalInfo(e.currentTarget.value)}
          autosize
          minRows={1}
          maxRows={4}
          error={fieldProblem(problem, 'clinicalInfo')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={busy} disabled={selected.length === 0}>
            Place order
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
