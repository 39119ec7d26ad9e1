import type { NumericValue, TextValue } from '@aliquot/domain';
import { AstmRecordType } from './astm-codes.js';
import { expectAstmRecordType } from './astm-record-guard.js';
import type { AstmRecord } from './astm-record.js';
import { readAstmTestId } from './astm-test-id.js';
import type { AstmTestId } from './astm-test-id.js';
import { interpretAstmValue, parseAstmDateTime, parseAstmReferenceRange } from './astm-value.js';
import type { AstmDateTime, AstmReferenceRange } from './astm-value.js';

/** The key fields of a result (R) record. @see CLSI LIS2-A2 R record */
export interface AstmResultFields {
  readonly sequence: number | undefined;
  /** R-3, with vendor components such as dilution or replicate in `extra`. */
  readonly test: AstmTestId;
  /** R-4 component 1 as sent, e.g. `7,41`, `>8`, `B Pos`. */
  readonly valueText: string;
  /** R-4 all components (blood-bank reaction grades send several: `3+^3+^45`). */
  readonly valueComponents: readonly string[];
  /** R-4 read as a number (decimal comma and `<`/`>` understood) or kept as text. */
  readonly value: NumericValue | TextValue | undefined;
  /** */
  readonly units: string;
  /** */
  readonly referenceRange: AstmReferenceRange;
  /** R-7 abnormal flags (L, H, LL, HH, <, >, N, A…), one per repeat, as sent. */
  readonly flags: readonly string[];
  /** */
  readonly natureOfAbnormality: string;
  /** R-9 F final, P preliminary, C correction, X cannot be done… as sent. */
  readonly status: string;
  /** R-11 operator (components: performed by ^ verified by). */
  readonly operator: readonly string[];
  /** */
  readonly startedAt: AstmDateTime | undefined;
  /** */
  readonly completedAt: AstmDateTime | undefined;
  readonly completedAtText: string;
  /** */
  readonly instrument: readonly string[];
}

export function readAstmResult(record: AstmRecord): AstmResultFields {
  expectAstmRecordType(record, AstmRecordType.result);
  const value = record.field(4);
  const flags = record.field(7);
  return {
    sequence: record.sequence,
    test: readAstmTestId(record.field(3).components),
    valueText: value.text,
    valueComponents: value.components,
    value: interpretAstmValue(value.text),
    units: record.field(5).text,
    referenceRange: parseAstmReferenceRange(record.field(6).text),
    flags: flags.isEmpty ? [] : flags.repeats.map((repeat) => repeat[0] ?? '').filter((flag) => flag !== ''),
    natureOfAbnormality: record.field(8).text,
    status: record.field(9).text,
    operator: record.field(11).components,
    startedAt: parseAstmDateTime(record.field(12).text),
    completedAt: parseAstmDateTime(record.field(13).text),
    completedAtText: record.field(13).text,
    instrument: record.field(14).components,
  };
}
