import { AstmRecordType } from './astm-codes.js';
import { expectAstmRecordType } from './astm-record-guard.js';
import type { AstmRecord } from './astm-record.js';
import { readAstmTestId } from './astm-test-id.js';
import type { AstmTestId } from './astm-test-id.js';
import { parseAstmDateTime } from './astm-value.js';
import type { AstmDateTime } from './astm-value.js';

/** The key fields of an order (O) record. @see CLSI LIS2-A2 O record */
export interface AstmOrderFields {
  readonly sequence: number | undefined;
  /** O-3 specimen ID as the LIS knows it (component 1). */
  readonly specimenId: string;
  readonly specimenIdComponents: readonly string[];
  /** O-4 the instrument's specimen ID, often `rack^position`. */
  readonly instrumentSpecimenId: readonly string[];
  /** O-5, one per repeat. */
  readonly tests: readonly AstmTestId[];
  /** O-6 S stat, A asap, R routine… as sent. */
  readonly priority: string;
  /** O-7 */
  readonly requestedAt: AstmDateTime | undefined;
  /** O-8 */
  readonly collectedAt: AstmDateTime | undefined;
  /** O-12 N new, A add, C cancel, Q quality control… as sent. */
  readonly actionCode: string;
  /** O-16 specimen descriptor (type ^ source). */
  readonly specimenDescriptor: readonly string[];
  /** O-26 O order, F final, Q query response, Y no order, Z no record… as sent. */
  readonly reportType: string;
}

export function readAstmOrder(record: AstmRecord): AstmOrderFields {
  expectAstmRecordType(record, AstmRecordType.order);
  const specimen = record.field(3);
  const tests = record.field(5);
  return {
    sequence: record.sequence,
    specimenId: specimen.text,
    specimenIdComponents: specimen.components,
    instrumentSpecimenId: record.field(4).components,
    tests: tests.isEmpty ? [] : tests.repeats.map(readAstmTestId),
    priority: record.field(6).text,
    requestedAt: parseAstmDateTime(record.field(7).text),
    collectedAt: parseAstmDateTime(record.field(8).text),
    actionCode: record.field(12).text,
    specimenDescriptor: record.field(16).components,
    reportType: record.field(26).text,
  };
}
