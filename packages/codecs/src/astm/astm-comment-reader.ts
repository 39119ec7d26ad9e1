import { AstmRecordType } from './astm-codes.js';
import { expectAstmRecordType } from './astm-record-guard.js';
import type { AstmRecord } from './astm-record.js';

/** The fields of a comment (C) record. @see CLSI LIS2-A2 C record */
export interface AstmCommentFields {
  readonly sequence: number | undefined;
  /** C-3 P practice, L LIS, I instrument, as sent. */
  readonly source: string;
  /** C-4 every repeat, each a list of components (often `code^text`). */
  readonly text: readonly (readonly string[])[];
  /** C-5 G generic, T test name, I instrument flag… as sent. */
  readonly type: string;
}

export function readAstmComment(record: AstmRecord): AstmCommentFields {
  expectAstmRecordType(record, AstmRecordType.comment);
  return {
    sequence: record.sequence,
    source: record.field(3).text,
    text: record.field(4).repeats,
    type: record.field(5).text,
  };
}

/**
 * A manufacturer (M) record: field 3 usually names the record's kind (`REAGENT`, `Anti-A`), the rest
 * is vendor-defined. @see CLSI LIS2-A2 M record
 */
export interface AstmManufacturerFields {
  readonly sequence: number | undefined;
  readonly kind: string;
  /** Fields 3 and on, each as repeats of components. */
  readonly fields: readonly (readonly (readonly string[])[])[];
}

export function readAstmManufacturer(record: AstmRecord): AstmManufacturerFields {
  expectAstmRecordType(record, AstmRecordType.manufacturer);
  return {
    sequence: record.sequence,
    kind: record.field(3).text,
    fields: record.fields.slice(2).map((_, i) => record.field(i + 3).repeats),
  };
}
