import { useState, type ReactNode } from 'react';
import { Button, Group, Paper, Stack, Title } from '@mantine/core';

/** A titled part of the record with its table and, on demand, the form that adds to it. */
export function CredentialSection({
  title,
  form,
  children,
}: {
  readonly title: string;
  readonly form: ReactNode;
  readonly children: ReactNode;
}) {
  const [adding, setAdding] = useState(false);
  const id = title.toLowerCase().replace(/\W+/g, '-');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        <Button size="compact-sm" variant="light" onClick={() => setAdding((a) => !a)} aria-expanded={adding}>
          {adding ? 'Close the form' : 'Add'}
        </Button>
      </Group>
      <Stack gap="md">
        {children}
        {adding && form}
      </Stack>
    </Paper>
  );
}
