import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import type { SpecimenTimeline } from '../api/types';
import { ProblemAlert } from '../ui/problem-alert';

/** Pour off aliquots: child specimens numbered after the parent (POST /api/specimens/{acc}/aliquots). */
export function AliquotForm({
  specimen,
  onAliquoted,
}: {
  readonly specimen: SpecimenTimeline;
  readonly onAliquoted: (timeline: SpecimenTimeline) => void;
}) {
  const [count, setCount] = useState<string | number>(1);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const accession = specimen.accessionNumber;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const body = { count: Number(count) };
      onAliquoted(
        ok(await api.POST('/api/specimens/{accession}/aliquots', { params: { path: { accession } }, body })),
      );
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Aliquot the specimen" noValidate>
      <Stack gap="sm">
        <ProblemAlert problem={problem} title="No aliquots made" />
        <Group align="flex-end" gap="sm">
          <NumberInput
            label="Aliquots to pour off"
            value={count}
            onChange={setCount}
            min={1}
            max={20}
            allowDecimal={false}
            w={180}
            error={fieldProblem(problem, 'count')}
          />
          <Button type="submit" variant="light" loading={busy}>
            Aliquot
          </Button>
        </Group>
        {specimen.aliquots.length > 0 && (
          <Text>
            Aliquots:{' '}
            {specimen.aliquots.map((child, index) => (
              <span key={child}>
                {index > 0 && ', '}
                <Anchor component={Link} to={`/specimens/${child}`} ff="monospace">
                  {child}
                </Anchor>
              </span>
            ))}
          </Text>
        )}
      </Stack>
    </form>
  );
}
