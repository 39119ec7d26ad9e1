import {
  AstmActionCode,
  AstmPriority,
  AstmProcessingId,
  AstmRecordType,
  AstmReportType,
  AstmTerminationCode,
} from './astm-codes.js';
import type { AstmSex } from './astm-codes.js';
import { DEFAULT_ASTM_DELIMITERS } from './astm-delimiters.js';
import type { AstmDelimiters } from './astm-delimiters.js';
import type { AstmComponentInput, AstmFieldInput } from './astm-field.js';
import { assembleAstmDocument } from './astm-message-parser.js';
import type { AstmMessage } from './astm-message-tree.js';
import { AstmRecord } from './astm-record.js';
import { astmTestIdComponents } from './astm-test-id.js';
import { formatAstmDateTime } from './astm-value.js';
import type { AstmDateTime } from './astm-value.js';

/** A date-time given as parts, or already as `YYYYMMDDHHMMSS` text. */
export type AstmDateTimeInput = AstmDateTime | string;

/** What the host says about itself in the header. The clock is the caller's: codecs read none. */
export interface AstmHeaderInput {
  readonly dateTime: AstmDateTimeInput;
  /** H-5, e.g. `ALIQUOT` or `['ALIQUOT', '1.0']`. */
  readonly sender?: AstmFieldInput;
  /** H-10, usually the instrument's H-5 from the query. */
  readonly receiver?: AstmFieldInput;
  readonly messageControlId?: string;
  readonly processingId?: AstmProcessingId;
  /** H-13; `LIS2-A2` unless set. */
  readonly version?: string;
  readonly delimiters?: AstmDelimiters;
}

export interface AstmPatientInput {
  readonly practicePatientId?: string;
  readonly laboratoryPatientId?: string;
  readonly name?: { readonly last: string; readonly first?: string; readonly middle?: string };
  readonly birthDate?: AstmDateTimeInput;
  readonly sex?: AstmSex;
  readonly attendingPhysician?: AstmFieldInput;
  readonly location?: string;
}

/** A test to run: its instrument code, with vendor components (dilution, replicate…) when needed. */
export type AstmTestInput =
  string | { readonly code: string; readonly extra?: readonly AstmComponentInput[] };

export interface AstmOrderInput {
  readonly specimenId: string;
  /** O-4, e.g. the rack and position the instrument sent in its query. */
  readonly instrumentSpecimenId?: AstmFieldInput;
  readonly tests: readonly AstmTestInput[];
  /** O-6; routine unless set. */
  readonly priority?: AstmPriority;
  readonly requestedAt?: AstmDateTimeInput;
  readonly collectedAt?: AstmDateTimeInput;
  /** O-12; N (new) unless set. */
  readonly actionCode?: AstmActionCode;
  /** O-16, e.g. `SERUM`. */
  readonly specimenDescriptor?: AstmFieldInput;
}

export interface AstmPatientOrders {
  readonly patient: AstmPatientInput;
  readonly orders: readonly AstmOrderInput[];
}

export interface AstmOrderMessageInput {
  readonly header: AstmHeaderInput;
  readonly patients: readonly AstmPatientOrders[];
  /** O-26 for every order. */
  readonly reportType: AstmReportType;
  /** L-3; N unless set. */
  readonly terminationCode?: AstmTerminationCode;
}

function dateText(value: AstmDateTimeInput | undefined): string | undefined {
  return value === undefined || typeof value === 'string' ? value : formatAstmDateTime(value);
}

export function buildAstmHeader(header: AstmHeaderInput): AstmRecord {
  const d = header.delimiters ?? DEFAULT_ASTM_DELIMITERS;
  return AstmRecord.build(
    AstmRecordType.header,
    [
      null, // H-2 is written from the delimiters
      header.messageControlId,
      null,
      header.sender,
      null,
      null,
      null,
      null,
      header.receiver,
      null,
      header.processingId ?? AstmProcessingId.production,
      header.version ?? 'LIS2-A2',
      dateText(header.dateTime),
    ],
    d,
  );
}

function patientRecord(patient: AstmPatientInput, sequence: number, d: AstmDelimiters): AstmRecord {
  const values: AstmFieldInput[] = [
    sequence,
    patient.practicePatientId,
    patient.laboratoryPatientId,
    null,
    patient.name ? [patient.name.last, patient.name.first, patient.name.middle] : null,
    null,
    dateText(patient.birthDate),
    patient.sex,
  ];
  if (patient.attendingPhysician !== undefined || patient.location !== undefined) {
    values.push(null, null, null, null, patient.attendingPhysician);
  }
  if (patient.location !== undefined) {
    values.push(...new Array<AstmFieldInput>(11).fill(null), patient.location);
  }
  return AstmRecord.build(AstmRecordType.patient, values, d);
}

function orderRecord(
  order: AstmOrderInput,
  sequence: number,
  reportType: AstmReportType,
  d: AstmDelimiters,
): AstmRecord {
  const tests = order.tests.map((test) =>
    typeof test === 'string' ? astmTestIdComponents(test) : astmTestIdComponents(test.code, test.extra),
  );
  return AstmRecord.build(
    AstmRecordType.order,
    [
      sequence, // O-2
      order.specimenId, // O-3
      order.instrumentSpecimenId, // O-4
      tests.length === 1 ? tests[0] : tests, // O-5, repeated
      order.priority ?? AstmPriority.routine, // O-6
      dateText(order.requestedAt), // O-7
      dateText(order.collectedAt), // O-8
      null,
      null,
      null,
      order.actionCode ?? AstmActionCode.new, // O-12
      null,
      null,
      null,
      order.specimenDescriptor, // O-16
      ...new Array<AstmFieldInput>(9).fill(null),
      reportType, // O-26
    ],
    d,
  );
}

/**
 * Builds a message of orders for an instrument: H, then P and its O records for each patient, then
 * L. Sequence numbers restart at 1 under each parent.
 * @see CLSI LIS2-A2 (message hierarchy; O-12 action code; O-26 report type)
 */
export function buildAstmOrderMessage(input: AstmOrderMessageInput): AstmMessage {
  const d = input.header.delimiters ?? DEFAULT_ASTM_DELIMITERS;
  const records: AstmRecord[] = [buildAstmHeader(input.header)];
  input.patients.forEach((entry, p) => {
    records.push(patientRecord(entry.patient, p + 1, d));
    entry.orders.forEach((order, o) => records.push(orderRecord(order, o + 1, input.reportType, d)));
  });
  records.push(
    AstmRecord.build(AstmRecordType.terminator, [1, input.terminationCode ?? AstmTerminationCode.normal], d),
  );
  const message = assembleAstmDocument(records).messages[0];
  if (!message) throw new Error('a built message always has a header');
  return message;
}

/**
 * The reply to a host query (Q) that found orders: H, P, O (tests to run, action code N, report type
 * Q "response to query"), L.
 */
export function buildAstmQueryResponse(input: {
  readonly header: AstmHeaderInput;
  readonly patients: readonly AstmPatientOrders[];
}): AstmMessage {
  return buildAstmOrderMessage({ ...input, reportType: AstmReportType.queryResponse });
}

/** The reply to a host query the host knows nothing about: H then L with code I (no information). */
export function buildAstmNoInformationReply(input: { readonly header: AstmHeaderInput }): AstmMessage {
  return buildAstmOrderMessage({
    header: input.header,
    patients: [],
    reportType: AstmReportType.queryResponse,
    terminationCode: AstmTerminationCode.noInformation,
  });
}

/** An order download (worklist) the host sends unasked: orders with report type O. */
export function buildAstmWorklist(input: {
  readonly header: AstmHeaderInput;
  readonly patients: readonly AstmPatientOrders[];
}): AstmMessage {
  return buildAstmOrderMessage({ ...input, reportType: AstmReportType.order });
}
