import { LabError } from '@aliquot/domain';
import type { Hl7Delimiters } from './hl7-delimiters.js';
import { decodeHl7Text, encodeHl7Text } from './hl7-escape.js';
import {
  countParts,
  delimiterCodes,
  locatePart,
  nthPart,
  splitParts,
  withPart,
  type DelimiterCodes,
} from './hl7-parts.js';

/**
 * A position inside a segment, 1-based at every level as HL7 numbers them. A level left out means "the
 * whole" of it when writing (`{ field: 5 }` replaces all of OBX-5) and "the first" when a deeper level
 * is given (`{ field: 5, component: 2 }` is OBX-5, first repetition, second component).
 */
export interface Hl7Location {
  readonly field: number;
  readonly repetition?: number;
  readonly component?: number;
  readonly subcomponent?: number;
}

/** Nothing but spaces, tabs, VT, FS or a BOM: what editors and captured MLLP streams leave around messages. */
export function isBlankLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!isBlankChar(text.charCodeAt(i)) && text.charCodeAt(i) !== 0xfeff) return false;
  }
  return true;
}

/** Space, tab, VT, form feed or FS. */
export function isBlankChar(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0x1c;
}

const codeCache = new WeakMap<Hl7Delimiters, DelimiterCodes>();

function codesOf(d: Hl7Delimiters): DelimiterCodes {
  let codes = codeCache.get(d);
  if (codes === undefined) {
    codes = delimiterCodes(d.repetition, d.component, d.subcomponent, d.escape);
    codeCache.set(d, codes);
  }
  return codes;
}

function checkPosition(what: string, n: number | undefined): void {
  if (n !== undefined && !(Number.isInteger(n) && n >= 1)) {
    throw LabError.invalid(`an HL7 ${what} number must be a whole number from 1, not ${n}`);
  }
}

/**
 * One segment. Its text is split into fields only when a field is first read, and joined again only if
 * a field was changed, so an untouched segment prints exactly as it came.
 *
 * Fields are numbered as HL7 numbers them: in MSH (and FHS/BHS) field 1 is the field separator itself
 * and field 2 the encoding characters; in every other segment field 1 is the first one after the name.
 * @see HL7 v2.5.1 chapter 2.5.2 "Segments" and 2.15.9 MSH
 */
export class Hl7Segment {
  /**
   * The segment ID (`OBX`, `ZXY`), or '' for a line holding nothing but white space or MLLP framing
   * characters, kept only for printing.
   */
  readonly name: string;
  /** What ended this segment in its source (`\r`, `\n`, `\r\n`), or '' for a last segment without one. */
  terminator: string;
  /** The source text; undefined once a field was set and `fields` holds the truth. */
  private text: string | undefined;
  /** Raw field texts, HL7-numbered; made only when a field is set. */
  private fields: string[] | undefined;
  /** Positions of the field separators found so far in `text`, scanned only as far as reads reach. */
  private separators: number[] | undefined;
  private scanFrom = 0;
  /** Where `locateField` found the last field asked for. */
  private rangeStart = 0;
  private rangeEnd = 0;
  private readonly header: boolean;
  private changed = false;
  private readonly codes: DelimiterCodes;

  constructor(
    text: string,
    terminator: string,
    readonly delimiters: Hl7Delimiters,
  ) {
    const fs = delimiters.field;
    if (text.length === 3 || (text.length > 3 && text.charAt(3) === fs)) {
      this.name = text.slice(0, 3);
    } else if (isBlankLine(text)) {
      this.name = '';
    } else {
      const at = text.indexOf(fs);
      this.name = at === -1 ? text : text.slice(0, at);
    }
    this.text = text;
    this.terminator = terminator;
    this.codes = codesOf(delimiters);
    this.header =
      text.length > 3 &&
      text.charAt(3) === fs &&
      (this.name === 'MSH' || this.name === 'FHS' || this.name === 'BHS');
  }

  /** True once any field has been set since parsing. */
  get isModified(): boolean {
    return this.changed;
  }

  /**
   * Finds field `field` in the unchanged text: sets `rangeStart`/`rangeEnd` and returns true, or false
   * when the segment has no such field. Separators are searched only as far as needed, and remembered.
   */
  private locateField(text: string, field: number): boolean {
    const k = this.header ? field - 1 : field;
    if (k < 1) return false;
    let seps = this.separators;
    if (seps === undefined) {
      seps = this.separators = [];
      this.scanFrom = this.name.length;
    }
    const fs = this.delimiters.field;
    while (seps.length <= k && this.scanFrom !== -1) {
      const at = text.indexOf(fs, this.scanFrom);
      if (at === -1) this.scanFrom = -1;
      else {
        seps.push(at);
        this.scanFrom = at + 1;
      }
    }
    const before = seps[k - 1];
    if (before === undefined) return false;
    this.rangeStart = before + 1;
    this.rangeEnd = seps[k] ?? text.length;
    return true;
  }

  /** Splits the text into fields, for writing. */
  private split(): string[] {
    const text = this.text ?? '';
    const fs = this.delimiters.field;
    // A segment ID that contains the field separator (only in garbled input) is split after the ID.
    const parts = this.name.includes(fs) ? [this.name, ...text.slice(4).split(fs)] : text.split(fs);
    if (this.header) parts.splice(1, 0, fs);
    this.fields = parts;
    return parts;
  }

  /** The number of the last field present (trailing empty fields count when their separators are there). */
  get fieldCount(): number {
    const text = this.text;
    if (this.fields !== undefined || text === undefined) return (this.fields ?? this.split()).length - 1;
    this.locateField(text, Number.MAX_SAFE_INTEGER);
    const separators = this.separators?.length ?? 0;
    return this.header ? separators + 1 : separators;
  }

  /** The raw (still escaped) text of a whole field, '' when absent. */
  rawField(field: number): string {
    const text = this.text;
    if (this.fields !== undefined || text === undefined) return (this.fields ?? this.split())[field] ?? '';
    if (this.header && field === 1) return this.delimiters.field;
    return this.locateField(text, field) ? text.slice(this.rangeStart, this.rangeEnd) : '';
  }

  /**
   * Raw (still escaped) text at a location; levels left out are returned whole: `raw(5)` is all of field
   * 5 with its repetitions, `raw(5, 2)` the second component of its first repetition.
   */
  raw(field: number, component?: number, subcomponent?: number, repetition?: number): string {
    let s = this.rawField(field);
    if (s === '' || (this.header && field <= 2)) {
      return component === undefined && subcomponent === undefined && repetition === undefined ? s : '';
    }
    const d = this.delimiters;
    if (repetition === undefined && component === undefined && subcomponent === undefined) return s;
    s = nthPart(s, d.repetition, repetition ?? 1);
    if (component === undefined && subcomponent === undefined) return s;
    s = nthPart(s, d.component, component ?? 1);
    return subcomponent === undefined ? s : nthPart(s, d.subcomponent, subcomponent);
  }

  /**
   * The decoded text at a location, with every level defaulting to the first: `value(3)` is OBX-3.1,
   * the identifier; `value(3, 2)` its text. Escape sequences are resolved; '' when absent.
   */
  value(field: number, component = 1, subcomponent = 1, repetition = 1): string {
    if (this.header && field <= 2) {
      return component === 1 && subcomponent === 1 && repetition === 1 ? this.rawField(field) : '';
    }
    let s: string;
    let from: number;
    let to: number;
    const text = this.text;
    if (this.fields === undefined && text !== undefined) {
      if (!this.locateField(text, field)) return '';
      s = text;
      from = this.rangeStart;
      to = this.rangeEnd;
    } else {
      s = (this.fields ?? this.split())[field] ?? '';
      from = 0;
      to = s.length;
    }
    if (from === to) return '';
    const at = locatePart(s, from, to, this.codes, repetition, component, subcomponent);
    if (at === undefined) return '';
    const part = at[0] === 0 && at[1] === s.length ? s : s.slice(at[0], at[1]);
    return at[2] ? decodeHl7Text(part, this.delimiters) : part;
  }

  /** How many repetitions a field has (0 when it is empty). */
  repetitionCount(field: number): number {
    const s = this.rawField(field);
    if (s === '') return 0;
    return this.header && field <= 2 ? 1 : countParts(s, this.delimiters.repetition);
  }

  /** The decoded components of one repetition of a field (first subcomponent of each). */
  components(field: number, repetition = 1): string[] {
    if (this.header && field <= 2) return [this.value(field)];
    const d = this.delimiters;
    const rep = nthPart(this.rawField(field), d.repetition, repetition);
    return splitParts(rep, d.component).map((c) => decodeHl7Text(nthPart(c, d.subcomponent, 1), d));
  }

  /** Writes text at a location, escaping delimiters as needed. */
  set(location: Hl7Location | number, text: string): void {
    let encoded: string;
    try {
      encoded = encodeHl7Text(text, this.delimiters);
    } catch (e) {
      throw LabError.invalid(e instanceof Error ? e.message : String(e));
    }
    this.setRaw(location, encoded);
  }

  /** Writes already-escaped text at a location; other fields and parts keep their text exactly. */
  setRaw(location: Hl7Location | number, raw: string): void {
    const loc = typeof location === 'number' ? { field: location } : location;
    const { field, repetition, component, subcomponent } = loc;
    checkPosition('field', field);
    checkPosition('repetition', repetition);
    checkPosition('component', component);
    checkPosition('subcomponent', subcomponent);
    if (this.name === '') throw LabError.invalid('an empty line has no fields to set');
    if (this.header && field <= 2) {
      throw LabError.invalid(`${this.name}-${field} is fixed by the message's delimiters and cannot be set`, [
        { location: `${this.name}-${field}`, message: 'read-only' },
      ]);
    }
    const d = this.delimiters;
    const fields = this.fields ?? this.split();
    while (fields.length <= field) fields.push('');
    let next: string | undefined = raw;
    if (repetition !== undefined || component !== undefined || subcomponent !== undefined) {
      const whole = fields[field] ?? '';
      const r = repetition ?? 1;
      const rep = nthPart(whole, d.repetition, r);
      if (component !== undefined || subcomponent !== undefined) {
        const c = component ?? 1;
        const comp = nthPart(rep, d.component, c);
        const newComp = subcomponent === undefined ? raw : withPart(comp, d.subcomponent, subcomponent, raw);
        next = newComp === undefined ? undefined : withPart(rep, d.component, c, newComp);
      }
      next = next === undefined ? undefined : withPart(whole, d.repetition, r, next);
    }
    if (next === undefined) {
      throw LabError.invalid(
        `${this.name}-${field} cannot be written: the message declares no such delimiter`,
      );
    }
    fields[field] = next;
    this.text = undefined;
    this.changed = true;
  }

  /** The segment's text without its terminator. */
  toString(): string {
    if (this.text !== undefined) return this.text;
    const fields = this.fields ?? [];
    const fs = this.delimiters.field;
    this.text = this.header ? fields[0] + fs + fields.slice(2).join(fs) : fields.join(fs);
    return this.text;
  }
}
