import type { OperationOutcome } from './types.js';

/** A refusal from the server, read for a person: the message, and messages per field path. */
export interface Problem {
  readonly message: string;
  /** Field path (e.g. `referenceIntervals.0.low`) → what is wrong with it. */
  readonly fields: Readonly<Record<string, string>>;
  readonly status: number;
}

/** `referenceIntervals[0].low` and `referenceIntervals.0.low` name the same field. */
export function normalizePath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

function isOutcome(body: unknown): body is OperationOutcome {
  return (
    typeof body === 'object' &&
    body !== null &&
    (body as { resourceType?: unknown }).resourceType === 'OperationOutcome' &&
    Array.isArray((body as { issue?: unknown }).issue)
  );
}

/** Reads an OperationOutcome: `issue[0]` carries the message, later issues each name a field. */
export function toProblem(body: unknown, status: number): Problem {
  if (!isOutcome(body)) {
    return { message: `The server answered ${status} without an explanation.`, fields: {}, status };
  }
  const [first, ...rest] = body.issue;
  const fields: Record<string, string> = {};
  const loose: string[] = [];
  for (const issue of rest) {
    const path = issue.expression?.[0];
    const text = issue.diagnostics ?? issue.code;
    if (path && path !== '(body)') {
      const key = normalizePath(path);
      fields[key] = fields[key] ? `${fields[key]}; ${text}` : text;
    } else loose.push(text);
  }
  const message = [first?.diagnostics ?? 'The request was refused.', ...loose].join(' — ');
  return { message, fields, status };
}

/** The first message for a field or anything beneath it (`critical` covers `critical.low`). */
export function fieldProblem(problem: Problem | undefined, field: string): string | undefined {
  if (!problem) return undefined;
  const exact = problem.fields[field];
  if (exact) return exact;
  const nested = Object.entries(problem.fields).find(([path]) => path.startsWith(`${field}.`));
  return nested?.[1];
}

/** A thrown value as a Problem: network failures read as such, not as server refusals. */
export function asProblem(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  const message = error instanceof Error ? error.message : String(error);
  return { message: `The server could not be reached (${message}).`, fields: {}, status: 0 };
}

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
    this.name = 'ProblemError';
  }
}
