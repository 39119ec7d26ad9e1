import { LabError } from '@aliquot/domain';
import type { AstmRecordType } from './astm-codes.js';
import type { AstmRecord } from './astm-record.js';

/** Readers are for one record type; reading a P record as an order is a programming error. */
export function expectAstmRecordType(record: AstmRecord, type: AstmRecordType): void {
  if (record.type !== type) {
    throw LabError.invalid(`expected an ${type} record, got ${JSON.stringify(record.type)}`);
  }
}
