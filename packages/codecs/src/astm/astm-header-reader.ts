import { AstmRecordType } from './astm-codes.js';
import type { AstmDelimiters } from './astm-delimiters.js';
import { expectAstmRecordType } from './astm-record-guard.js';
import type { AstmRecord } from './astm-record.js';
import { parseAstmDateTime } from './astm-value.js';
import type { AstmDateTime } from './astm-value.js';

/** The key fields of a header (H) record. @see CLSI LIS2-A2 H record */
export interface AstmHeaderFields {
  readonly delimiters: AstmDelimiters;
  /** H-3 */
  readonly messageControlId: string;
  /** H-5 sender name or ID, e.g. `OCD^VISION^5.13.1^J60009999` (name, software version, serial…). */
  readonly sender: readonly string[];
  /** H-10 */
  readonly receiver: readonly string[];
  /** H-12 P production, T training, D debugging, Q quality control. */
  readonly processingId: string;
  /** H-13, e.g. `LIS2-A2` or `E 1394-97`. */
  readonly version: string;
  /** H-14 */
  readonly dateTime: AstmDateTime | undefined;
  readonly dateTimeText: string;
}

export function readAstmHeader(record: AstmRecord): AstmHeaderFields {
  expectAstmRecordType(record, AstmRecordType.header);
  return {
    delimiters: record.delimiters,
    messageControlId: record.field(3).text,
    sender: record.field(5).components,
    receiver: record.field(10).components,
    processingId: record.field(12).text,
    version: record.field(13).text,
    dateTime: parseAstmDateTime(record.field(14).text),
    dateTimeText: record.field(14).text,
  };
}
