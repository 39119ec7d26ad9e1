import type { FhirOperationOutcome, OutcomeIssue } from './fhir-types.js';

/**
 * An OperationOutcome of error issues: the first says what happened, each further one names the
 * element or search parameter it is about in `expression`.
 * @see https://hl7.org/fhir/R4/operationoutcome.html
 */
export function errorOutcome(
  code: string,
  message: string,
  issues: readonly { readonly location: string; readonly message: string }[],
): FhirOperationOutcome {
  const issue: OutcomeIssue[] = [
    { severity: 'error', code, diagnostics: message },
    ...issues.map((i) => ({
      severity: 'error' as const,
      code,
      diagnostics: i.message,
      expression: [i.location],
    })),
  ];
  return { resourceType: 'OperationOutcome', issue };
}
