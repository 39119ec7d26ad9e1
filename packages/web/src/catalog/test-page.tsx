import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { api, ok } from '../api/client';
import type { CatalogTest } from '../api/types';
import { useCan } from '../auth/session';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { describeTest } from './describe-test';
import { TestEditForm } from './test-edit-form';
import { TestHistory } from './test-history';

async function fetchTest(code: string): Promise<CatalogTest> {
  return ok(await api.GET('/api/catalog/tests/{code}', { params: { path: { code } } }));
}

/** One test definition: its facts, its version history, and for the admin an edit form. */
export function TestPage() {
  const { code = '' } = useParams();
  const [test, , replace] = useLoad(code, fetchTest);
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/catalog" size="sm">
        ← Test catalog
      </Anchor>
      <Loaded load={test} title={`Test ${code}`}>
        {(data) => <TestDetail test={data} onSaved={replace} />}
      </Loaded>
    </Stack>
  );
}

function TestDetail({
  test,
  onSaved,
}: {
  readonly test: CatalogTest;
  readonly onSaved: (t: CatalogTest) => void;
}) {
  const canEdit = useCan('catalog:write');
  const [editing, setEditing] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number>();
  const def = test.definition;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Title order={2}>
            <Text span ff="monospace" inherit>
              {def.code}
            </Text>{' '}
            {def.name}
          </Title>
          <Badge variant="light">v{test.version}</Badge>
          {!test.active && <Badge color="gray">inactive</Badge>}
        </Group>
        {canEdit && !editing && (
          <Button onClick={() => setEditing(true)} variant="light">
            Edit definition
          </Button>
        )}
      </Group>
      {savedVersion !== undefined && !editing && (
        <Alert color="teal" role="status" title="Saved">
          Version {savedVersion} is now in use.
        </Alert>
      )}
      {editing ? (
        <Paper withBorder p="md" component="section" aria-label="Edit definition">
          <TestEditForm
            definition={def}
            onCancel={() => setEditing(false)}
            onSaved={(saved) => {
              setEditing(false);
              setSavedVersion(saved.version);
              onSaved(saved);
            }}
          />
        </Paper>
      ) : (
        <Paper withBorder p="md" component="section" aria-label="Definition">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
            {describeTest(def).map(([label, value]) => (
              <div key={label}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {label}
                </Text>
                <Text style={{ whiteSpace: 'pre-line' }}>{value}</Text>
              </div>
            ))}
          </SimpleGrid>
        </Paper>
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="history-title">
        <Title order={3} size="h4" id="history-title" mb="sm">
          History
        </Title>
        <TestHistory code={def.code} version={test.version} />
      </Paper>
    </Stack>
  );
}
