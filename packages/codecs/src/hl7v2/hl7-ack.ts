import { areConventional, DEFAULT_HL7_DELIMITERS, readDelimiters } from './hl7-delimiters.js';
import { formatHl7DateTime } from './hl7-datetime.js';
import { Msh } from './hl7-header-segment.js';
import { Hl7Message, tryParseHl7Message } from './hl7-message.js';
import type { Hl7Segment } from './hl7-segment.js';
import { AckCode, hl7ErrorCodeText, type Hl7ErrorCode } from './hl7-tables.js';
import { chooseAckCode, type Hl7AckError, type Hl7Problem } from './hl7-validation.js';

export interface AckOptions {
  /** MSA-1. */
  readonly code: AckCode;
  /** One ERR segment each. */
  readonly errors?: readonly Hl7AckError[];
  /** MSH-10 of the acknowledgment; by default one is made from the time and a counter. */
  readonly controlId?: string;
  /** MSH-7; default now. */
  readonly now?: Date;
  /** MSA-3, kept for receivers from before v2.5 that show it; default none. */
  readonly text?: string;
}

let counter = 0;

/** A fresh control ID: the time to the millisecond and a rolling counter, e.g. `20240501120000123-0007`. */
export function newControlId(now: Date = new Date()): string {
  counter = (counter + 1) % 10000;
  const stamp = formatHl7DateTime(now).slice(0, 14) + String(now.getUTCMilliseconds()).padStart(3, '0');
  return `${stamp}-${String(counter).padStart(4, '0')}`;
}

/**
 * Builds the acknowledgment of a message: MSH with sending and receiving application and facility
 * swapped, MSH-9 `ACK^<trigger>^ACK`, the original's processing ID, version and character set; MSA with
 * the code and the original MSH-10; one ERR per error. Uses the original's delimiters when they are
 * conventional (see `areConventional`), else the default ones; segments end with CR.
 * @see HL7 v2.5.1 chapter 2.14.1 ACK, 2.15.8 MSA, 2.15.5 ERR, 2.9 acknowledgment rules
 */
export function buildAck(original: Hl7Message, options: AckOptions): Hl7Message {
  const msh = new Msh(original.header);
  const same = areConventional(original.delimiters);
  const ack = Hl7Message.create({
    delimiters: same ? original.delimiters : DEFAULT_HL7_DELIMITERS,
    lineEnding: '\r',
  });
  const h = ack.header;
  const copy = (toField: number, fromField: number): void => {
    if (same) copyRaw(h, toField, msh.segment, fromField);
    else if (msh.segment.value(fromField) !== '') h.set(toField, msh.segment.value(fromField));
  };
  copy(3, 5);
  copy(4, 6);
  copy(5, 3);
  copy(6, 4);
  const now = options.now ?? new Date();
  h.set(7, formatHl7DateTime(now));
  h.set({ field: 9, component: 1 }, 'ACK');
  if (msh.triggerEvent !== '') {
    h.set({ field: 9, component: 2 }, msh.triggerEvent);
    h.set({ field: 9, component: 3 }, 'ACK');
  }
  h.set(10, options.controlId ?? newControlId(now));
  if (msh.segment.raw(11) === '') h.set(11, 'P');
  else copy(11, 11);
  if (msh.segment.raw(12) === '') h.set(12, '2.5.1');
  else copy(12, 12);
  copy(18, 18);
  const msa = ack.appendSegment('MSA');
  msa.set(1, options.code);
  msa.set(2, msh.controlId);
  if (options.text !== undefined) msa.set(3, options.text);
  for (const error of options.errors ?? []) writeErr(ack.appendSegment('ERR'), error);
  return ack;
}

function copyRaw(to: Hl7Segment, toField: number, from: Hl7Segment, fromField: number): void {
  const raw = from.raw(fromField);
  if (raw !== '') to.setRaw(toField, raw);
}

function writeErr(err: Hl7Segment, error: Hl7AckError): void {
  const loc = error.location;
  if (loc !== undefined) {
    err.set({ field: 2, component: 1 }, loc.segment);
    err.set({ field: 2, component: 2 }, String(loc.sequence));
    const parts = [
      loc.field,
      loc.repetition ?? (loc.field === undefined ? undefined : 1),
      loc.component,
      loc.subcomponent,
    ];
    parts.forEach((n, i) => {
      if (n !== undefined) err.set({ field: 2, component: i + 3 }, String(n));
    });
  }
  writeErrorCode(err, error.errorCode);
  err.set(4, error.severity);
  if (error.diagnostic !== undefined) err.set(7, error.diagnostic);
  err.set(8, error.message);
}

function writeErrorCode(err: Hl7Segment, code: Hl7ErrorCode): void {
  err.set({ field: 3, component: 1 }, code);
  err.set({ field: 3, component: 2 }, hl7ErrorCodeText(code));
  err.set({ field: 3, component: 3 }, 'HL70357');
}

/**
 * The acknowledgment problems call for (see `chooseAckCode`), in enhanced mode when the sender filled
 * MSH-15 (accept acknowledgment type), otherwise in original mode.
 */
export function buildAckForProblems(
  original: Hl7Message,
  problems: readonly Hl7Problem[],
  options: Omit<AckOptions, 'code' | 'errors'> = {},
): Hl7Message {
  const enhanced = new Msh(original.header).acceptAckType !== '';
  const code = chooseAckCode(problems, enhanced ? 'enhanced' : 'original');
  return buildAck(original, { ...options, code, errors: problems });
}

/**
 * A reject (AR) for input that could not be parsed as a message, with ERR saying why. What can be
 * salvaged from a damaged MSH line (delimiters, MSH-10, applications) is used; otherwise the ACK has
 * default delimiters and an empty MSA-2.
 */
export function buildRejectAck(
  input: string,
  errors: readonly Hl7AckError[],
  options: Omit<AckOptions, 'code' | 'errors'> = {},
): Hl7Message {
  const parsed = tryParseHl7Message(input);
  if (parsed.ok) return buildAck(parsed.message, { ...options, code: AckCode.applicationReject, errors });
  const ack = buildAck(Hl7Message.create(), { ...options, code: AckCode.applicationReject, errors });
  const mshLine = input
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .find((l) => l.startsWith('MSH') && l.length > 3);
  if (mshLine !== undefined) {
    const fs = mshLine.charAt(3);
    const fields = mshLine.split(fs);
    const controlId = fields[9] ?? '';
    const d = readDelimiters(mshLine);
    const delimiters = typeof d === 'string' ? DEFAULT_HL7_DELIMITERS : d;
    const plain = (s: string): string =>
      s.split(delimiters.component)[0]?.split(delimiters.subcomponent)[0] ?? '';
    if (controlId !== '') ack.segment('MSA')?.set(2, plain(controlId));
    const sender = fields[2] ?? '';
    if (sender !== '') ack.header.set(5, plain(sender));
  }
  return ack;
}
