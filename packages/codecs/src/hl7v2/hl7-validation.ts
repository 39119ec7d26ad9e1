import { parseHl7DateTime } from './hl7-datetime.js';
import { Msh } from './hl7-header-segment.js';
import { tryParseHl7Message, type Hl7Message } from './hl7-message.js';
import { AckCode, ErrorSeverity, Hl7ErrorCode } from './hl7-tables.js';

/** Where in a message a problem is, as ERR-2 (ERL) reports it. @see HL7 v2.5.1 chapter 2A.25 ERL */
export interface Hl7ErrorLocation {
  readonly segment: string;
  /** 1-based occurrence of the segment in the message. */
  readonly sequence: number;
  readonly field?: number;
  readonly repetition?: number;
  readonly component?: number;
  readonly subcomponent?: number;
}

/** One error to report in an acknowledgment's ERR segment. */
export interface Hl7AckError {
  readonly errorCode: Hl7ErrorCode;
  readonly severity: ErrorSeverity;
  readonly location?: Hl7ErrorLocation;
  /** For people: written to ERR-8. */
  readonly message: string;
  /** For the sender's support staff: written to ERR-7. */
  readonly diagnostic?: string;
}

export const Hl7ProblemKind = {
  noHeader: 'no-header',
  badDelimiters: 'bad-delimiters',
  segmentBeforeHeader: 'segment-before-header',
  extraHeader: 'extra-header',
  badSegmentId: 'bad-segment-id',
  requiredFieldMissing: 'required-field-missing',
  unsupportedVersion: 'unsupported-version',
  unsupportedMessageType: 'unsupported-message-type',
  unsupportedProcessingId: 'unsupported-processing-id',
  malformedDateTime: 'malformed-date-time',
} as const;
export type Hl7ProblemKind = (typeof Hl7ProblemKind)[keyof typeof Hl7ProblemKind];

/** A problem found in an inbound message, ready to become an ERR segment. */
export interface Hl7Problem extends Hl7AckError {
  readonly kind: Hl7ProblemKind;
  /** True when the message cannot be processed at all, which calls for a reject (AR/CR), not AE/CE. */
  readonly rejects: boolean;
}

export interface Hl7ValidationOptions {
  /** MSH-12 values accepted, e.g. `['2.5.1']`. Default: any `2.x`. */
  readonly supportedVersions?: readonly string[];
  /** Message types accepted as `TYPE^TRIGGER` (`ORU^R01`) or `TYPE` (`ACK`). Default: any. */
  readonly supportedMessageTypes?: readonly string[];
  /** MSH-11.1 values accepted. Default: P, T, D. */
  readonly processingIds?: readonly string[];
  /**
   * MSH fields that must not be empty. Default 9, 10, 11, 12: what routing, acknowledging and reading
   * need. Profiles ask for more (the ELR and LRI guides require MSH-3 to MSH-7 and MSH-21).
   */
  readonly requiredHeaderFields?: readonly number[];
}

export interface Hl7ValidationResult {
  /** The parsed message, when it could be parsed. */
  readonly message: Hl7Message | undefined;
  readonly problems: readonly Hl7Problem[];
  /** The original-mode acknowledgment the problems call for: AA, AE or AR. */
  readonly ackCode: AckCode;
}

const SEGMENT_ID = /^[A-Z][A-Z0-9]{2}$/;
const DEFAULT_REQUIRED = [9, 10, 11, 12] as const;
/** MSH fields whose absence makes the message unprocessable (AR rather than AE). */
const REJECTING_FIELDS = new Set([9, 10, 11, 12]);

function problem(
  kind: Hl7ProblemKind,
  errorCode: Hl7ErrorCode,
  message: string,
  location?: Hl7ErrorLocation,
  rejects = true,
  severity: ErrorSeverity = ErrorSeverity.error,
): Hl7Problem {
  return { kind, errorCode, severity, message, rejects, ...(location === undefined ? {} : { location }) };
}

/**
 * Checks an inbound message's envelope and structure, and says which acknowledgment it deserves.
 * It checks what HL7 v2.5.1 chapter 2.9 asks a receiver to check before accepting: that there is an
 * MSH with usable delimiters, and that message type, version and processing ID are ones it supports.
 * Content rules of a message profile belong to the application that handles the message.
 * @see HL7 v2.5.1 chapter 2.9.2 "Message response using the original processing rules"
 */
export function validateHl7Message(
  input: string | Hl7Message,
  options: Hl7ValidationOptions = {},
): Hl7ValidationResult {
  let message: Hl7Message;
  if (typeof input === 'string') {
    const parsed = tryParseHl7Message(input);
    if (!parsed.ok) {
      const badDelimiters = parsed.error.issues.some((i) => i.location === 'MSH-2');
      const p = badDelimiters
        ? problem(Hl7ProblemKind.badDelimiters, Hl7ErrorCode.segmentSequenceError, parsed.error.message, {
            segment: 'MSH',
            sequence: 1,
            field: 2,
          })
        : problem(Hl7ProblemKind.noHeader, Hl7ErrorCode.segmentSequenceError, parsed.error.message, {
            segment: 'MSH',
            sequence: 1,
          });
      return { message: undefined, problems: [p], ackCode: AckCode.applicationReject };
    }
    message = parsed.message;
  } else {
    message = input;
  }
  const problems = [...checkSegments(message), ...checkHeader(message, options)];
  return { message, problems, ackCode: chooseAckCode(problems) };
}

function checkSegments(message: Hl7Message): Hl7Problem[] {
  const problems: Hl7Problem[] = [];
  const seen = new Map<string, number>();
  let headerSeen = false;
  for (const seg of message.segments) {
    if (seg.name === '') continue;
    const sequence = (seen.get(seg.name) ?? 0) + 1;
    seen.set(seg.name, sequence);
    if (seg.name === 'MSH') {
      if (headerSeen) {
        problems.push(
          problem(
            Hl7ProblemKind.extraHeader,
            Hl7ErrorCode.segmentSequenceError,
            'a second MSH segment: send one message per frame, or a batch with FHS/BHS',
            { segment: 'MSH', sequence },
          ),
        );
      }
      headerSeen = true;
    } else if (!headerSeen) {
      problems.push(
        problem(
          Hl7ProblemKind.segmentBeforeHeader,
          Hl7ErrorCode.segmentSequenceError,
          `the message must begin with MSH, but ${printable(seg.name)} comes first`,
          { segment: printable(seg.name), sequence },
        ),
      );
    } else if (!SEGMENT_ID.test(seg.name)) {
      problems.push(
        problem(
          Hl7ProblemKind.badSegmentId,
          Hl7ErrorCode.segmentSequenceError,
          `'${printable(seg.name)}' is not a segment ID (three capital letters or digits)`,
          { segment: printable(seg.name), sequence },
          false,
        ),
      );
    }
  }
  return problems;
}

function printable(name: string): string {
  return name.length > 20 ? `${name.slice(0, 20)}…` : name;
}

function checkHeader(message: Hl7Message, options: Hl7ValidationOptions): Hl7Problem[] {
  const problems: Hl7Problem[] = [];
  const msh = new Msh(message.header);
  const at = (field: number, component?: number): Hl7ErrorLocation => ({
    segment: 'MSH',
    sequence: 1,
    field,
    ...(component === undefined ? {} : { component }),
  });
  for (const field of options.requiredHeaderFields ?? DEFAULT_REQUIRED) {
    if (field > 2 && msh.segment.raw(field) === '') {
      problems.push(
        problem(
          Hl7ProblemKind.requiredFieldMissing,
          Hl7ErrorCode.requiredFieldMissing,
          `MSH-${field} (${MSH_FIELD_NAMES[field] ?? 'required field'}) is empty`,
          at(field),
          REJECTING_FIELDS.has(field),
        ),
      );
    }
  }
  const type = msh.messageType;
  if (type !== '' && msh.segment.raw(9) !== '' && options.supportedMessageTypes !== undefined) {
    const full = `${type}^${msh.triggerEvent}`;
    if (!options.supportedMessageTypes.includes(full) && !options.supportedMessageTypes.includes(type)) {
      problems.push(
        problem(
          Hl7ProblemKind.unsupportedMessageType,
          Hl7ErrorCode.unsupportedMessageType,
          `message type ${full} is not accepted here (accepted: ${options.supportedMessageTypes.join(', ')})`,
          at(9),
        ),
      );
    }
  }
  const version = msh.version;
  if (version !== '') {
    const supported = options.supportedVersions;
    const ok = supported === undefined ? /^2\.\d/.test(version) : supported.includes(version);
    if (!ok) {
      problems.push(
        problem(
          Hl7ProblemKind.unsupportedVersion,
          Hl7ErrorCode.unsupportedVersionId,
          `HL7 version ${version} is not accepted here (accepted: ${supported?.join(', ') ?? '2.x'})`,
          at(12),
        ),
      );
    }
  }
  const processingId = msh.processingId;
  const processingIds = options.processingIds ?? ['P', 'T', 'D'];
  if (processingId !== '' && !processingIds.includes(processingId)) {
    problems.push(
      problem(
        Hl7ProblemKind.unsupportedProcessingId,
        Hl7ErrorCode.unsupportedProcessingId,
        `processing ID ${processingId} is not accepted here (accepted: ${processingIds.join(', ')})`,
        at(11),
      ),
    );
  }
  const dateTime = msh.dateTimeText;
  if (dateTime !== '' && parseHl7DateTime(dateTime) === undefined) {
    problems.push(
      problem(
        Hl7ProblemKind.malformedDateTime,
        Hl7ErrorCode.dataTypeError,
        `MSH-7 '${dateTime}' is not a date/time of the form YYYYMMDDHHMMSS[.S][+/-ZZZZ]`,
        at(7),
        false,
        ErrorSeverity.warning,
      ),
    );
  }
  return problems;
}

const MSH_FIELD_NAMES: Readonly<Record<number, string>> = {
  3: 'sending application',
  4: 'sending facility',
  5: 'receiving application',
  6: 'receiving facility',
  7: 'date/time of message',
  9: 'message type',
  10: 'message control ID',
  11: 'processing ID',
  12: 'version ID',
  21: 'message profile identifier',
};

/**
 * The acknowledgment code problems call for: a reject when any problem makes the message unprocessable,
 * an error when any has severity E, otherwise accept. Enhanced mode gives the commit codes CR/CE/CA.
 * @see HL7 v2.5.1 chapter 2.9.2 (original) and 2.9.3 (enhanced) acknowledgment rules
 */
export function chooseAckCode(
  problems: readonly Hl7Problem[],
  mode: 'original' | 'enhanced' = 'original',
): AckCode {
  const reject = problems.some((p) => p.rejects);
  const error = problems.some((p) => p.severity === ErrorSeverity.error);
  if (mode === 'enhanced')
    return reject ? AckCode.commitReject : error ? AckCode.commitError : AckCode.commitAccept;
  return reject ? AckCode.applicationReject : error ? AckCode.applicationError : AckCode.applicationAccept;
}
