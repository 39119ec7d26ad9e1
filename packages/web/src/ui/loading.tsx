import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Load } from './use-load';
import { ProblemAlert } from './problem-alert';

/** Shows a loader, the server's refusal, or the loaded content. */
export function Loaded<T>({
  load,
  title,
  children,
}: {
  readonly load: Load<T>;
  readonly title?: string;
  readonly children: (data: T) => ReactNode;
}) {
  switch (load.status) {
    case 'loading':
      return (
        <Center py="xl">
          <Loader aria-label="Loading" />
        </Center>
      );
    case 'failed':
      return <ProblemAlert problem={load.problem} {...(title ? { title } : {})} />;
    case 'ready':
      return children(load.data);
  }
}
