import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import { ProblemAlert } from '../ui/problem-alert';
import type { ControlMaterial } from './qc-types';

/** Registers a control material (a product; its lots follow, one per level). */
export function MaterialForm({ onCreated }: { readonly onCreated: (material: ControlMaterial) => void }) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [manufacturer, setManufacturer] = useState('');
  const [problem, setProblem] = useState<Problem>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    try {
      const material = ok(
        await api.POST('/api/qc/materials', {
          body: { code, name, ...(manufacturer.trim() ? { manufacturer: manufacturer.trim() } : {}) },
        }),
      );
      setCode('');
      setName('');
      setManufacturer('');
      onCreated(material);
    } catch (caught) {
      setProblem(asProblem(caught));
    }
  };

  return (
    <form aria-label="New control material" onSubmit={(e) => void submit(e)} noValidate>
      <ProblemAlert problem={problem} title="Material not registered" />
      <Group align="flex-end" grow>
        <TextInput
          label="Material code"
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fieldProblem(problem, 'code')}
          autoComplete="off"
        />
        <TextInput
          label="Name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldProblem(problem, 'name')}
          autoComplete="off"
        />
        <TextInput
          label="Manufacturer"
          value={manufacturer}
          onChange={(e) => setManufacturer(e.currentTarget.value)}
          autoComplete="off"
        />
        <Button type="submit" variant="default" disabled={!code.trim() || !name.trim()}>
          Register material
        </Button>
      </Group>
    </form>
  );
}
