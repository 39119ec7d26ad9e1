import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTPException } from 'hono/http-exception';
import { LabError, describeError, type LabErrorCode } from '@aliquot/domain';

/** HTTP status and FHIR issue type for each error code: the one place errors are mapped. */
const mapping: Record<LabErrorCode, { status: ContentfulStatusCode; issueType: string }> = {
  invalid: { status: 422, issueType: 'invalid' },
  'not-found': { status: 404, issueType: 'not-found' },
  conflict: { status: 409, issueType: 'conflict' },
  unauthenticated: { status: 401, issueType: 'login' },
  forbidden: { status: 403, issueType: 'forbidden' },
  'rule-violation': { status: 409, issueType: 'business-rule' },
};

/**
 * Every error leaves the server as a FHIR OperationOutcome, on the REST API and the FHIR API alike:
 * the first issue carries the message, further issues name each problem and where it is.
 */
export function operationOutcome(error: LabError) {
  const { issueType } = mapping[error.code];
  return {
    resourceType: 'OperationOutcome' as const,
    issue: [
      { severity: 'error' as const, code: issueType, diagnostics: error.message },
      ...error.issues.map((issue) => ({
        severity: 'error' as const,
        code: issueType,
        diagnostics: issue.message,
        ...(issue.location ? { expression: [issue.location] } : {}),
      })),
    ],
  };
}

export function renderError(error: unknown, c: Context): Response {
  if (error instanceof LabError) return c.json(operationOutcome(error), mapping[error.code].status);
  if (error instanceof HTTPException) {
    const code: LabErrorCode =
      error.status === 401 ? 'unauthenticated' : error.status === 404 ? 'not-found' : 'invalid';
    return c.json(
      operationOutcome(new LabError(code, error.message || 'the request was not understood')),
      error.status,
    );
  }
  console.error('unexpected error', error);
  return c.json(
    {
      resourceType: 'OperationOutcome' as const,
      issue: [
        {
          severity: 'fatal' as const,
          code: 'exception',
          diagnostics: `internal error: ${describeError(error)}`,
        },
      ],
    },
    500,
  );
}
