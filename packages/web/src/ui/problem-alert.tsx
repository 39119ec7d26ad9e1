import type { ReactNode } from 'react';
import { Alert } from '@mantine/core';
import type { Problem } from '../api/problem';

/** The server's message for a refused request, announced to screen readers. */
export function ProblemAlert({
  problem,
  title,
  children,
}: {
  readonly problem: Problem | undefined;
  readonly title?: string;
  readonly children?: ReactNode;
}) {
  if (!problem) return null;
  return (
    <Alert color="red" variant="light" title={title ?? 'Not done'} role="alert">
      {problem.message}
      {children}
    </Alert>
  );
}
