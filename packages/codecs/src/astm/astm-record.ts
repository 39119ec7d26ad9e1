import { LabError } from '@aliquot/domain';
import { AstmRecordType, isAstmRecordType } from './astm-codes.js';
import { DEFAULT_ASTM_DELIMITERS, isAstmHeaderLine, readAstmDelimiters } from './astm-delimiters.js';
import type { AstmDelimiters } from './astm-delimiters.js';
import { AstmField, encodeAstmField } from './astm-field.js';
import type { AstmFieldInput } from './astm-field.js';

/** How a record line ended in the text it came from; '' for a last line with no terminator. */
export const AstmLineTerminator = { cr: '\r', lf: '\n', crlf: '\r\n', none: '' } as const;
export type AstmLineTerminator = (typeof AstmLineTerminator)[keyof typeof AstmLineTerminator];

/**
 * One record: its fields exactly as sent (so printing gives back the same text), the line terminator
 * it came with, and the delimiters in force. Fields are numbered from 1 as in the standard: field 1 is
 * the record type, so `O-3` (specimen ID) is `record.field(3)`. Records are immutable; `withField`
 * returns a new record in which only that field is re-encoded.
 * @see CLSI LIS2-A2 (record and field layout)
 */
export class AstmRecord {
  private constructor(
    /** Raw field texts; `fields[0]` is field 1, the record type. */
    readonly fields: readonly string[],
    readonly terminator: AstmLineTerminator,
    readonly delimiters: AstmDelimiters,
  ) {}

  /**
   * Reads one record line (without its terminator). A header line declares its own delimiters;
   * other lines use `delimiters`.
   */
  static parse(
    line: string,
    delimiters: AstmDelimiters = DEFAULT_ASTM_DELIMITERS,
    terminator: AstmLineTerminator = AstmLineTerminator.none,
  ): AstmRecord {
    // H-2 (the delimiter definition) holds no field delimiter, so a plain split keeps it whole.
    const d = isAstmHeaderLine(line) ? readAstmDelimiters(line).delimiters : delimiters;
    return new AstmRecord(line.split(d.field), terminator, d);
  }

  /**
   * Builds a record from field values, numbered from field 2 on: `AstmRecord.build('L', [1, 'N'])`
   * is `L|1|N`. For a header, field 2 (the delimiter definition) is written from `delimiters`.
   */
  static build(
    type: string,
    values: readonly AstmFieldInput[],
    delimiters: AstmDelimiters = DEFAULT_ASTM_DELIMITERS,
    terminator: AstmLineTerminator = AstmLineTerminator.cr,
  ): AstmRecord {
    const fields = [type, ...values.map((value) => encodeAstmField(value, delimiters))];
    if (type === AstmRecordType.header) {
      fields[1] = `${delimiters.repeat}${delimiters.component}${delimiters.escape}`;
    }
    return new AstmRecord(fields, terminator, delimiters);
  }

  /** Field 1 as sent: 'H', 'P', … or whatever an instrument put there. */
  get type(): string {
    return this.fields[0] ?? '';
  }

  /** The record type when it is one of the standard's (H P O R C Q M S L), otherwise undefined. */
  get recordType(): AstmRecordType | undefined {
    const type = this.type;
    return isAstmRecordType(type) ? type : undefined;
  }

  /** Raw text of field `n` (1-based), '' when the record is shorter. */
  raw(n: number): string {
    return this.fields[n - 1] ?? '';
  }

  /** Field `n` (1-based), decoded on access. */
  field(n: number): AstmField {
    return new AstmField(this.raw(n), this.delimiters, n === 2 && this.type === AstmRecordType.header);
  }

  /** Sequence number (field 2) when it is a whole number. */
  get sequence(): number | undefined {
    const raw = this.raw(2).trim();
    return /^\d+$/.test(raw) ? Number(raw) : undefined;
  }

  /**
   * A copy with field `n` replaced; fields in between are added empty. Every other field keeps its
   * raw text. The record type (field 1) and a header's delimiter definition cannot be replaced.
   */
  withField(n: number, value: AstmFieldInput): AstmRecord {
    if (!Number.isInteger(n) || n < 2 || (n === 2 && this.type === AstmRecordType.header)) {
      throw LabError.invalid(`field ${n} of an ${this.type} record cannot be replaced`);
    }
    const fields = [...this.fields];
    while (fields.length < n) fields.push('');
    fields[n - 1] = encodeAstmField(value, this.delimiters);
    return new AstmRecord(fields, this.terminator, this.delimiters);
  }

  /** A copy that ends with `terminator` instead. */
  withTerminator(terminator: AstmLineTerminator): AstmRecord {
    return terminator === this.terminator ? this : new AstmRecord(this.fields, terminator, this.delimiters);
  }

  /** The record text without its terminator. */
  get text(): string {
    return this.fields.join(this.delimiters.field);
  }

  /** The record text with its terminator, exactly as it was read when nothing was replaced. */
  toString(): string {
    return this.text + this.terminator;
  }
}
