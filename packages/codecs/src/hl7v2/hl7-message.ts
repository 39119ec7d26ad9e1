import { LabError } from '@aliquot/domain';
import {
  DEFAULT_HL7_DELIMITERS,
  encodingCharacters,
  readDelimiters,
  type Hl7Delimiters,
} from './hl7-delimiters.js';
import { dominantTerminator, splitSegmentLines, type SegmentTerminators } from './hl7-lines.js';
import { parseHl7Path, type Hl7Path } from './hl7-path.js';
import { Hl7Segment } from './hl7-segment.js';

export interface Hl7ParseOptions {
  /** Which line endings end a segment; default `any` (CR, LF or CRLF). */
  readonly segmentTerminators?: SegmentTerminators;
}

const BOM = '\uFEFF';

/**
 * An HL7 v2 message that keeps its text. Parsing only splits segments; fields are split when first read
 * and escapes decoded when a value is read. Printing an unchanged message returns the very text it was
 * parsed from (byte order mark, line endings and trailing delimiters included); after a change, only
 * the changed segments are joined again.
 * @see HL7 v2.5.1 chapter 2.5 "Message construction rules"
 */
export class Hl7Message {
  private source: string | undefined;
  private readonly list: Hl7Segment[];

  private constructor(
    segments: Hl7Segment[],
    readonly delimiters: Hl7Delimiters,
    /** True when the text began with a UTF-8 byte order mark, which is printed back. */
    readonly hasBom: boolean,
    /** The line ending used by most segments; new segments get it. */
    readonly lineEnding: string,
    source: string | undefined,
  ) {
    this.list = segments;
    this.source = source;
  }

  /** @internal Builds a message from lines already split (used by the batch parser). */
  static fromLines(
    texts: readonly string[],
    terminators: readonly string[],
    hasBom: boolean,
    source: string | undefined,
  ): Hl7Message {
    const header = texts.findIndex((t) => t.length > 3 && t.startsWith('MSH'));
    if (header === -1) {
      throw LabError.invalid('the text holds no MSH segment, so it is not an HL7 v2 message', [
        { location: 'MSH', message: 'missing' },
      ]);
    }
    const d = readDelimiters(texts[header] ?? '');
    if (typeof d === 'string') {
      throw LabError.invalid(`the MSH segment declares unusable delimiters: ${d}`, [
        { location: 'MSH-2', message: d },
      ]);
    }
    const segments = new Array<Hl7Segment>(texts.length);
    for (let i = 0; i < texts.length; i++) {
      segments[i] = new Hl7Segment(texts[i] ?? '', terminators[i] ?? '', d);
    }
    return new Hl7Message(segments, d, hasBom, dominantTerminator(terminators), source);
  }

  /** A new message holding only `MSH|^~\&` (or the given delimiters), to be filled with `set`. */
  static create(options: { delimiters?: Hl7Delimiters; lineEnding?: string } = {}): Hl7Message {
    const d = options.delimiters ?? DEFAULT_HL7_DELIMITERS;
    const lineEnding = options.lineEnding ?? '\r';
    const msh = new Hl7Segment(`MSH${d.field}${encodingCharacters(d)}`, lineEnding, d);
    return new Hl7Message([msh], d, false, lineEnding, undefined);
  }

  /** All segments in order, empty lines included (their name is ''). */
  get segments(): readonly Hl7Segment[] {
    return this.list;
  }

  /** The MSH segment (the first one). */
  get header(): Hl7Segment {
    for (const s of this.list) if (s.name === 'MSH') return s;
    throw LabError.invalid('the message has no MSH segment');
  }

  /** The `occurrence`-th segment with this ID (1-based), or undefined. */
  segment(name: string, occurrence = 1): Hl7Segment | undefined {
    let seen = 0;
    for (const s of this.list) {
      if (s.name === name && ++seen === occurrence) return s;
    }
    return undefined;
  }

  /** Every segment with this ID, in order. */
  segmentsNamed(name: string): Hl7Segment[] {
    const out: Hl7Segment[] = [];
    for (const s of this.list) if (s.name === name) out.push(s);
    return out;
  }

  private at(path: string | Hl7Path): { seg: Hl7Segment | undefined; p: Hl7Path } {
    const p = typeof path === 'string' ? parseHl7Path(path) : path;
    return { seg: this.segment(p.segment, p.occurrence), p };
  }

  /** The decoded value at a path such as `OBX[2]-5` or `PID-5.2`; levels left out mean the first. */
  value(path: string | Hl7Path): string {
    const { seg, p } = this.at(path);
    return seg === undefined ? '' : seg.value(p.field, p.component, p.subcomponent, p.repetition);
  }

  /** The raw (escaped) text at a path; levels left out are returned whole. */
  raw(path: string | Hl7Path): string {
    const { seg, p } = this.at(path);
    return seg === undefined ? '' : seg.raw(p.field, p.component, p.subcomponent, p.repetition);
  }

  /** Writes a value at a path, escaping it; appends the segment when it is the next one of its kind. */
  set(path: string | Hl7Path, text: string): void {
    const { seg, p } = this.target(path);
    seg.set(p, text);
  }

  /** Writes already-escaped text at a path. */
  setRaw(path: string | Hl7Path, raw: string): void {
    const { seg, p } = this.target(path);
    seg.setRaw(p, raw);
  }

  private target(path: string | Hl7Path): { seg: Hl7Segment; p: Hl7Path } {
    const { seg, p } = this.at(path);
    if (seg !== undefined) return { seg, p };
    if (p.occurrence === this.segmentsNamed(p.segment).length + 1) {
      return { seg: this.appendSegment(p.segment), p };
    }
    throw LabError.invalid(`the message has no ${p.segment} number ${p.occurrence - 1} to add one after`);
  }

  /** Inserts an empty segment with this ID at `index` (default: at the end) and returns it. */
  insertSegment(name: string, index = this.list.length): Hl7Segment {
    if (!/^[A-Z0-9]{3}$/.test(name) || name === 'MSH') {
      throw LabError.invalid(`'${name}' cannot be added as a segment: use three letters or digits, not MSH`);
    }
    if (index < 1 || index > this.list.length) {
      throw LabError.invalid(`a segment can only be inserted after MSH, at 1..${this.list.length}`);
    }
    const last = this.list[this.list.length - 1];
    const endsWithTerminator = last !== undefined && last.terminator !== '';
    const seg = new Hl7Segment(name, this.lineEnding, this.delimiters);
    if (index === this.list.length) {
      if (last !== undefined && last.terminator === '') last.terminator = this.lineEnding;
      if (!endsWithTerminator) seg.terminator = '';
    }
    this.list.splice(index, 0, seg);
    this.source = undefined;
    return seg;
  }

  /** Appends an empty segment with this ID and returns it. */
  appendSegment(name: string): Hl7Segment {
    return this.insertSegment(name, this.list.length);
  }

  /** Removes a segment (not the MSH). */
  removeSegment(segment: Hl7Segment): void {
    const i = this.list.indexOf(segment);
    if (i === -1) return;
    if (segment.name === 'MSH' && this.list.filter((s) => s.name === 'MSH').length === 1) {
      throw LabError.invalid('the MSH segment cannot be removed');
    }
    const wasLast = i === this.list.length - 1;
    this.list.splice(i, 1);
    const last = this.list[this.list.length - 1];
    if (wasLast && last !== undefined) last.terminator = segment.terminator;
    this.source = undefined;
  }

  /** True when anything was changed since parsing. */
  get isModified(): boolean {
    if (this.source === undefined) return true;
    for (const s of this.list) if (s.isModified) return true;
    return false;
  }

  /** The message text: exactly the parsed text when nothing changed. */
  toString(): string {
    if (this.source !== undefined && !this.isModified) return this.source;
    let out = this.hasBom ? BOM : '';
    for (const s of this.list) out += s.toString() + s.terminator;
    return out;
  }
}

/**
 * Parses one HL7 v2 message. Throws a LabError (code `invalid`) only when the text has no MSH segment
 * or its MSH declares unusable delimiters; everything else is left for `validateHl7Message` to judge.
 */
export function parseHl7Message(text: string, options: Hl7ParseOptions = {}): Hl7Message {
  const hasBom = text.charCodeAt(0) === 0xfeff;
  const { texts, terminators } = splitSegmentLines(text, hasBom ? 1 : 0, options.segmentTerminators ?? 'any');
  return Hl7Message.fromLines(texts, terminators, hasBom, text);
}

export type Hl7ParseResult =
  { readonly ok: true; readonly message: Hl7Message } | { readonly ok: false; readonly error: LabError };

/** Like `parseHl7Message`, but returns the error instead of throwing it. */
export function tryParseHl7Message(text: string, options: Hl7ParseOptions = {}): Hl7ParseResult {
  try {
    return { ok: true, message: parseHl7Message(text, options) };
  } catch (error) {
    if (error instanceof LabError) return { ok: false, error };
    throw error;
  }
}
