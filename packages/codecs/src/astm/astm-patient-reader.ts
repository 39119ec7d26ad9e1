import { AstmRecordType } from './astm-codes.js';
import { expectAstmRecordType } from './astm-record-guard.js';
import type { AstmRecord } from './astm-record.js';
import { parseAstmDateTime } from './astm-value.js';
import type { AstmDateTime } from './astm-value.js';

/** P-6: last ^ first ^ middle ^ suffix ^ title. */
export interface AstmPersonName {
  readonly last: string;
  readonly first: string;
  readonly middle: string;
  readonly suffix: string;
  readonly title: string;
}

/** The key fields of a patient (P) record. @see CLSI LIS2-A2 P record */
export interface AstmPatientFields {
  readonly sequence: number | undefined;
  /** P-3 practice-assigned patient ID */
  readonly practicePatientId: string;
  /** P-4 laboratory-assigned patient ID (components as sent). */
  readonly laboratoryPatientId: readonly string[];
  /** P-5 patient ID No. 3 */
  readonly patientId3: string;
  readonly name: AstmPersonName;
  /** P-8 */
  readonly birthDate: AstmDateTime | undefined;
  readonly birthDateText: string;
  /** P-9 M, F or U, as sent. */
  readonly sex: string;
  /** P-14 */
  readonly attendingPhysician: readonly string[];
  /** P-26 */
  readonly location: string;
}

export function readAstmPatient(record: AstmRecord): AstmPatientFields {
  expectAstmRecordType(record, AstmRecordType.patient);
  const name = record.field(6);
  return {
    sequence: record.sequence,
    practicePatientId: record.field(3).text,
    laboratoryPatientId: record.field(4).components,
    patientId3: record.field(5).text,
    name: {
      last: name.component(1),
      first: name.component(2),
      middle: name.component(3),
      suffix: name.component(4),
      title: name.component(5),
    },
    birthDate: parseAstmDateTime(record.field(8).text),
    birthDateText: record.field(8).text,
    sex: record.field(9).text,
    attendingPhysician: record.field(14).components,
    location: record.field(26).text,
  };
}
