/**
 * The one error type of Aliquot. Every refusal a person or a sending system sees is a LabError with a
 * code that says what kind of problem it is; the server maps codes to HTTP statuses (and FHIR
 * OperationOutcome issue types) in one place.
 */
export const LabErrorCode = {
  /** The request or message is malformed or fails a validation rule. */
  invalid: 'invalid',
  /** The thing named does not exist. */
  notFound: 'not-found',
  /** The request conflicts with the current state (e.g. receiving a specimen twice). */
  conflict: 'conflict',
  /** No valid credentials were presented. */
  unauthenticated: 'unauthenticated',
  /** The user is known but lacks the role, credential or competency for this action. */
  forbidden: 'forbidden',
  /** A business rule forbids the transition (a guard refused it). */
  ruleViolation: 'rule-violation',
} as const;
export type LabErrorCode = (typeof LabErrorCode)[keyof typeof LabErrorCode];

export interface LabErrorIssue {
  /** Where the problem is: a JSON path, an HL7 location like `OBX[3]-5`, or an ASTM record position. */
  readonly location?: string;
  readonly message: string;
}

export class LabError extends Error {
  override readonly name = 'LabError';
  constructor(
    readonly code: LabErrorCode,
    message: string,
    readonly issues: readonly LabErrorIssue[] = [],
  ) {
    super(message);
  }

  static invalid(message: string, issues: readonly LabErrorIssue[] = []): LabError {
    return new LabError(LabErrorCode.invalid, message, issues);
  }
  static notFound(what: string, id: string): LabError {
    return new LabError(LabErrorCode.notFound, `${what} ${id} was not found`);
  }
  static conflict(message: string): LabError {
    return new LabError(LabErrorCode.conflict, message);
  }
  static forbidden(message: string): LabError {
    return new LabError(LabErrorCode.forbidden, message);
  }
  static ruleViolation(message: string): LabError {
    return new LabError(LabErrorCode.ruleViolation, message);
  }
}

/** The message of anything thrown, for logs and replies to senders. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return 'unknown error';
  }
}
