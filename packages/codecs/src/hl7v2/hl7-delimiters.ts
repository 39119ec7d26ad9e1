/**
 * The five HL7 v2 delimiters a message declares for itself in MSH-1 and MSH-2 (FHS/BHS likewise).
 *
 * @see HL7 v2.5.1 chapter 2.5.4 "Message delimiters" and 2.15.9 MSH-1/MSH-2
 */
export interface Hl7Delimiters {
  /** MSH-1, the field separator (`|` by default). */
  readonly field: string;
  /** MSH-2 first character (`^`). */
  readonly component: string;
  /** MSH-2 second character (`~`). */
  readonly repetition: string;
  /** MSH-2 third character (`\`). Empty when the sender declared none: nothing is then escaped. */
  readonly escape: string;
  /** MSH-2 fourth character (`&`). Empty when the sender declared none. */
  readonly subcomponent: string;
  /** MSH-2 fifth character (`#`), the truncation character introduced by v2.7; usually empty. */
  readonly truncation: string;
}

export const DEFAULT_HL7_DELIMITERS: Hl7Delimiters = Object.freeze({
  field: '|',
  component: '^',
  repetition: '~',
  escape: '\\',
  subcomponent: '&',
  truncation: '',
});

/** The header segments whose first two fields declare delimiters. */
export const HL7_HEADER_SEGMENTS = ['MSH', 'FHS', 'BHS'] as const;
export type Hl7HeaderSegment = (typeof HL7_HEADER_SEGMENTS)[number];

export function isHeaderSegmentText(text: string): boolean {
  if (text.length < 4) return false;
  const name = text.slice(0, 3);
  return name === 'MSH' || name === 'FHS' || name === 'BHS';
}

/** The encoding characters as they appear in MSH-2, e.g. `^~\&`. */
export function encodingCharacters(d: Hl7Delimiters): string {
  return d.component + d.repetition + d.escape + d.subcomponent + d.truncation;
}

/**
 * Reads the delimiters from a header segment's text (`MSH|^~\&|...`). Returns a reason string instead of
 * delimiters when the header cannot declare a usable set: no field separator, an encoding character
 * that repeats another, or a line break among them.
 */
export function readDelimiters(headerText: string): Hl7Delimiters | string {
  if (headerText.length < 4) return 'the header segment ends before its field separator (MSH-1)';
  const field = headerText.charAt(3);
  let end = headerText.indexOf(field, 4);
  if (end === -1) end = headerText.length;
  const chars = headerText.slice(4, end);
  if (chars.length > 5) {
    return `MSH-2 must hold at most 5 encoding characters, found ${chars.length}`;
  }
  const all = field + chars;
  for (let i = 0; i < all.length; i++) {
    const c = all.charAt(i);
    if (c === '\r' || c === '\n') return 'a line break cannot be a delimiter';
    if (all.indexOf(c) !== i) return `the delimiter '${c}' is declared twice in MSH-1/MSH-2`;
  }
  if (
    field === DEFAULT_HL7_DELIMITERS.field &&
    chars === '^~\\&' // the common case, shared to keep messages small in memory
  ) {
    return DEFAULT_HL7_DELIMITERS;
  }
  return Object.freeze({
    field,
    component: chars.charAt(0),
    repetition: chars.charAt(1),
    escape: chars.charAt(2),
    subcomponent: chars.charAt(3),
    truncation: chars.charAt(4),
  });
}

/** Builds a delimiter set from MSH-1 and MSH-2 strings, e.g. for constructing a message with `A` and `BDC\`. */
export function delimitersOf(fieldSeparator: string, encoding: string): Hl7Delimiters {
  if (fieldSeparator.length !== 1) throw new RangeError('the field separator must be one character');
  const result = readDelimiters(`MSH${fieldSeparator}${encoding}${fieldSeparator}`);
  if (typeof result === 'string') throw new RangeError(result);
  return result;
}

/**
 * True for delimiters any text can be written with: all five present (truncation aside) and none a
 * letter, digit or space. Acknowledgments reuse a sender's delimiters only when they are conventional.
 */
export function areConventional(d: Hl7Delimiters): boolean {
  for (const c of [d.field, d.component, d.repetition, d.escape, d.subcomponent]) {
    if (c === '' || /[\p{L}\p{N}\s]/u.test(c)) return false;
  }
  return d.truncation === '' || !/[\p{L}\p{N}\s]/u.test(d.truncation);
}
