import { AstmRecordType } from './astm-codes.js';
import { DEFAULT_ASTM_DELIMITERS } from './astm-delimiters.js';
import type { AstmDelimiters } from './astm-delimiters.js';
import type { AstmRecord } from './astm-record.js';

/** A manufacturer (M) or scientific (S) record with the comments that follow it. */
export interface AstmManufacturerNode {
  readonly record: AstmRecord;
  readonly comments: readonly AstmRecord[];
}

/** What every level of the tree carries: its record, the C records after it, and M/S records. */
interface AstmNode {
  readonly record: AstmRecord;
  readonly comments: readonly AstmRecord[];
  readonly manufacturer: readonly AstmManufacturerNode[];
}

export type AstmResultNode = AstmNode;
export type AstmQueryNode = AstmNode;

export interface AstmOrderNode extends AstmNode {
  readonly results: readonly AstmResultNode[];
}

export interface AstmPatientNode extends AstmNode {
  readonly orders: readonly AstmOrderNode[];
}

/**
 * One message, H to L, as a tree: H → P → O → R, each with the C (and M) records that follow it;
 * Q records beside the patients. `records` keeps every record in the order it was sent, including
 * unknown record types, so printing it gives back the text exactly.
 * @see CLSI LIS2-A2 (message hierarchy)
 */
export interface AstmMessage {
  /** Undefined when records arrived before any header. */
  readonly header: AstmRecord | undefined;
  readonly delimiters: AstmDelimiters;
  readonly comments: readonly AstmRecord[];
  readonly manufacturer: readonly AstmManufacturerNode[];
  readonly patients: readonly AstmPatientNode[];
  readonly queries: readonly AstmQueryNode[];
  readonly terminator: AstmRecord | undefined;
  readonly terminatorComments: readonly AstmRecord[];
  /** Records of unknown types, blank lines and comment lines, kept as sent. */
  readonly unrecognised: readonly AstmRecord[];
  /** Records out of place: a result without an order, an order without a patient. */
  readonly orphans: readonly AstmRecord[];
  readonly records: readonly AstmRecord[];
}

export const AstmWarningCode = {
  unknownRecordType: 'unknown-record-type',
  blankLine: 'blank-line',
  unusualDelimiters: 'unusual-delimiters',
  missingHeader: 'missing-header',
  missingTerminator: 'missing-terminator',
  recordAfterTerminator: 'record-after-terminator',
  orphanRecord: 'orphan-record',
} as const;
export type AstmWarningCode = (typeof AstmWarningCode)[keyof typeof AstmWarningCode];

/** Something a parse tolerated. `line` is the record's 1-based position in the text. */
export interface AstmParseWarning {
  readonly code: AstmWarningCode;
  readonly line: number;
  readonly message: string;
}

interface MutableNode {
  record: AstmRecord;
  comments: AstmRecord[];
  manufacturer: { record: AstmRecord; comments: AstmRecord[] }[];
}
interface MutablePatient extends MutableNode {
  orders: (MutableNode & { results: MutableNode[] })[];
}

class MessageBuilder {
  readonly patients: MutablePatient[] = [];
  readonly queries: MutableNode[] = [];
  readonly comments: AstmRecord[] = [];
  readonly manufacturer: { record: AstmRecord; comments: AstmRecord[] }[] = [];
  readonly terminatorComments: AstmRecord[] = [];
  readonly unrecognised: AstmRecord[] = [];
  readonly orphans: AstmRecord[] = [];
  readonly records: AstmRecord[] = [];
  terminator: AstmRecord | undefined;
  patient: MutablePatient | undefined;
  order: (MutableNode & { results: MutableNode[] }) | undefined;
  /** Where the next C record goes: the comments of the record before it. */
  commentTarget: AstmRecord[];
  /** Where the next M or S record goes: beside the last M, or under the last H/P/O/R/Q. */
  manufacturerTarget: { record: AstmRecord; comments: AstmRecord[] }[];

  constructor(readonly header: AstmRecord | undefined) {
    this.commentTarget = this.comments;
    this.manufacturerTarget = this.manufacturer;
  }

  enter(node: MutableNode): void {
    this.commentTarget = node.comments;
    this.manufacturerTarget = node.manufacturer;
  }

  build(): AstmMessage {
    return {
      header: this.header,
      delimiters: this.header?.delimiters ?? this.records[0]?.delimiters ?? DEFAULT_ASTM_DELIMITERS,
      comments: this.comments,
      manufacturer: this.manufacturer,
      patients: this.patients,
      queries: this.queries,
      terminator: this.terminator,
      terminatorComments: this.terminatorComments,
      unrecognised: this.unrecognised,
      orphans: this.orphans,
      records: this.records,
    };
  }
}

/**
 * Groups records into messages and builds each message's tree. A header starts a new message;
 * comments attach to the record before them. Unknown record types are kept (not dropped) with a
 * warning, as are records out of place.
 */
export function assembleAstmMessages(records: readonly AstmRecord[]): {
  messages: AstmMessage[];
  warnings: AstmParseWarning[];
} {
  const messages: AstmMessage[] = [];
  const warnings: AstmParseWarning[] = [];
  let current: MessageBuilder | undefined;
  const warn = (code: AstmWarningCode, line: number, message: string): void => {
    warnings.push({ code, line, message });
  };
  const finish = (line: number): void => {
    if (!current) return;
    if (current.header && !current.terminator) {
      warn(AstmWarningCode.missingTerminator, line, 'message has no terminator (L) record');
    }
    messages.push(current.build());
  };

  // Comment and blank lines before a message belong to the message that follows them.
  let pending: AstmRecord[] = [];
  const start = (header: AstmRecord | undefined): MessageBuilder => {
    const builder = new MessageBuilder(header);
    builder.records.push(...pending);
    builder.unrecognised.push(...pending);
    pending = [];
    return builder;
  };

  records.forEach((record, index) => {
    const line = index + 1;
    const type = record.recordType;
    if (type === undefined) {
      if (record.text.trim() === '') warn(AstmWarningCode.blankLine, line, 'blank line');
      else
        warn(AstmWarningCode.unknownRecordType, line, `unknown record type ${JSON.stringify(record.type)}`);
      if (current) {
        current.records.push(record);
        current.unrecognised.push(record);
      } else pending.push(record);
      return;
    }
    if (type === AstmRecordType.header) {
      finish(line);
      current = start(record);
      current.records.push(record);
      return;
    }
    if (!current) {
      warn(AstmWarningCode.missingHeader, line, `${type} record before any header`);
      current = start(undefined);
    }
    const m = current;
    m.records.push(record);
    if (m.terminator && type !== AstmRecordType.comment) {
      warn(AstmWarningCode.recordAfterTerminator, line, `${type} record after the terminator`);
    }
    addRecord(m, record, type, (message) => warn(AstmWarningCode.orphanRecord, line, message));
  });
  if (current) finish(records.length);
  else if (pending.length > 0) messages.push(start(undefined).build());
  return { messages, warnings };
}

function addRecord(
  m: MessageBuilder,
  record: AstmRecord,
  recordType: Exclude<AstmRecordType, 'H'>,
  orphan: (message: string) => void,
): void {
  switch (recordType) {
    case AstmRecordType.patient: {
      const patient: MutablePatient = { record, comments: [], manufacturer: [], orders: [] };
      m.patients.push(patient);
      m.patient = patient;
      m.order = undefined;
      m.enter(patient);
      return;
    }
    case AstmRecordType.order: {
      if (!m.patient) {
        orphan('order (O) record without a patient (P) record');
        m.orphans.push(record);
        return;
      }
      const order = { record, comments: [], manufacturer: [], results: [] };
      m.patient.orders.push(order);
      m.order = order;
      m.enter(order);
      return;
    }
    case AstmRecordType.result: {
      if (!m.order) {
        orphan('result (R) record without an order (O) record');
        m.orphans.push(record);
        return;
      }
      const result = { record, comments: [], manufacturer: [] };
      m.order.results.push(result);
      m.enter(result);
      return;
    }
    case AstmRecordType.query: {
      const query = { record, comments: [], manufacturer: [] };
      m.queries.push(query);
      m.patient = undefined;
      m.order = undefined;
      m.enter(query);
      return;
    }
    case AstmRecordType.comment:
      m.commentTarget.push(record);
      return;
    case AstmRecordType.manufacturer:
    case AstmRecordType.scientific: {
      const node = { record, comments: [] };
      m.manufacturerTarget.push(node);
      m.commentTarget = node.comments;
      return;
    }
    case AstmRecordType.terminator:
      if (m.terminator) {
        orphan('second terminator (L) record in one message');
        m.orphans.push(record);
        return;
      }
      m.terminator = record;
      m.commentTarget = m.terminatorComments;
      return;
    default:
      recordType satisfies never;
  }
}
