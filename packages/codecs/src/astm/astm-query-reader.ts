import { AstmRecordType } from './astm-codes.js';
import { expectAstmRecordType } from './astm-record-guard.js';
import type { AstmRecord } from './astm-record.js';
import { readAstmTestId } from './astm-test-id.js';
import type { AstmTestId } from './astm-test-id.js';
import { parseAstmDateTime } from './astm-value.js';
import type { AstmDateTime } from './astm-value.js';

/** patient ID ^ specimen ID ^ vendor components (rack, position…). */
export interface AstmRangeId {
  readonly patientId: string;
  /**
   * The specimen ID the instrument asks about: component 2 (`^SID`), or component 1 when the
   * instrument sent it bare (`VALI200301`).
   */
  readonly specimenId: string;
  readonly components: readonly string[];
}

/** The key fields of a request-information (Q) record, the host query. @see CLSI LIS2-A2 Q record */
export interface AstmQueryFields {
  readonly sequence: number | undefined;
  /** */
  readonly startingRange: AstmRangeId;
  /** */
  readonly endingRange: AstmRangeId;
  /** Q-5; `allTests` is true for `ALL` or an empty field. */
  readonly tests: readonly AstmTestId[];
  readonly allTests: boolean;
  /** */
  readonly beginAt: AstmDateTime | undefined;
  /** */
  readonly endAt: AstmDateTime | undefined;
  /** Q-13 O orders and demographics, A cancel last request, F final results… as sent. */
  readonly requestStatus: string;
}

function readRange(components: readonly string[]): AstmRangeId {
  const [first = '', second = ''] = components;
  return components.length === 1
    ? { patientId: '', specimenId: first, components }
    : { patientId: first, specimenId: second, components };
}

export function readAstmQuery(record: AstmRecord): AstmQueryFields {
  expectAstmRecordType(record, AstmRecordType.query);
  const tests = record.field(5);
  const allTests = tests.isEmpty || tests.text.toUpperCase() === 'ALL';
  return {
    sequence: record.sequence,
    startingRange: readRange(record.field(3).components),
    endingRange: readRange(record.field(4).components),
    tests: allTests ? [] : tests.repeats.map(readAstmTestId),
    allTests,
    beginAt: parseAstmDateTime(record.field(7).text),
    endAt: parseAstmDateTime(record.field(8).text),
    requestStatus: record.field(13).text,
  };
}

/** The fields of a terminator (L) record. @see CLSI LIS2-A2 L record */
export interface AstmTerminatorFields {
  readonly sequence: number | undefined;
  /** L-3 N normal, T sender abort, R receiver abort, E system error, Q query error, I no information, F query processed; '' when not sent. */
  readonly code: string;
}

export function readAstmTerminator(record: AstmRecord): AstmTerminatorFields {
  expectAstmRecordType(record, AstmRecordType.terminator);
  return { sequence: record.sequence, code: record.field(3).text };
}
