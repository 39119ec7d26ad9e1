import {
  AstmWarningCode,
  parseAstmText,
  readAstmComment,
  readAstmHeader,
  readAstmManufacturer,
  readAstmOrder,
  readAstmQuery,
  readAstmResult,
  readAstmTerminator,
  type AstmMessage,
  type AstmOrderNode,
  type AstmRecord,
  type AstmResultNode,
} from '@aliquot/codecs/astm';
import {
  DecodedKind,
  localDate,
  type DecodeProblem,
  type DecodedInstrumentMessage,
  type InstrumentObservation,
  type InstrumentQuery,
} from './instrument-message.js';

/** C-4 codes that carry a reagent lot in the comment after a result. */
const LOT_CODES = new Set(['LOT', 'REAGENT LOT', 'REAGENTLOT', 'RGTLOT', 'REAGENT_LOT']);

function lineOf(message: AstmMessage, record: AstmRecord): number {
  return message.records.indexOf(record) + 1;
}

function readResult(
  message: AstmMessage,
  node: AstmResultNode,
  order: { specimenId: string; markedQc: boolean },
): InstrumentObservation {
  const r = readAstmResult(node.record);
  const flags = [...r.flags];
  const comments: string[] = [];
  let reagentLot: string | undefined;
  for (const c of node.comments) {
    const comment = readAstmComment(c);
    const [code = '', text = ''] = comment.text[0] ?? [];
    if (LOT_CODES.has(code.toUpperCase())) reagentLot = text;
    // C-5 type I: an instrument flag (LIS2-A2 C record, comment type).
    if (comment.type.toUpperCase() === 'I' && code !== '') flags.push(code);
    comments.push(comment.text.map((repeat) => repeat.filter((part) => part !== '').join(' ')).join('; '));
  }
  const completed = r.completedAt ?? r.startedAt;
  const [dilution = '', replicate = ''] = r.test.extra;
  return {
    specimenId: order.specimenId,
    instrumentTestCode: r.test.code,
    alternateCodes:
      r.test.universalId !== '' && r.test.universalId !== r.test.code ? [r.test.universalId] : [],
    valueText: r.valueText,
    value: r.value,
    units: r.units,
    flags,
    status: r.status,
    ...(completed ? { observedAt: localDate(completed) } : {}),
    ...(r.operator[0] ? { operator: r.operator[0] } : {}),
    ...(dilution ? { dilution } : {}),
    ...(replicate ? { replicate } : {}),
    ...(reagentLot ? { reagentLot } : {}),
    ...(r.instrument[0] ? { equipment: r.instrument.filter((p) => p !== '').join('^') } : {}),
    comments,
    manufacturer: node.manufacturer.map((m) => ({
      kind: readAstmManufacturer(m.record).kind,
      record: m.record.text,
    })),
    markedQc: order.markedQc,
    location: `R record (line ${lineOf(message, node.record)})`,
  };
}

function readOrder(
  message: AstmMessage,
  node: AstmOrderNode,
  headerQc: boolean,
  out: { observations: InstrumentObservation[]; warnings: string[] },
): void {
  const o = readAstmOrder(node.record);
  const specimenId = o.specimenId !== '' ? o.specimenId : (o.instrumentSpecimenId[0] ?? '');
  const markedQc = headerQc || o.actionCode.toUpperCase() === 'Q';
  for (const result of node.results) {
    const observation = readResult(message, result, { specimenId, markedQc });
    if (observation.value === undefined) {
      out.warnings.push(
        `${observation.location}: ${observation.instrumentTestCode || 'a test'} on ${specimenId} has no value (status ${observation.status || 'not sent'}); not recorded`,
      );
      continue;
    }
    out.observations.push(observation);
  }
}

function readQueries(message: AstmMessage): InstrumentQuery[] {
  return message.queries.map((node) => {
    const q = readAstmQuery(node.record);
    return {
      specimenId: q.startingRange.specimenId,
      rangeComponents: q.startingRange.components,
      allTests: q.allTests,
      tests: q.tests.map((t) => t.code).filter((c) => c !== ''),
      location: `Q record (line ${lineOf(message, node.record)})`,
    };
  });
}

/**
 * Reads one LIS2-A2 message (H…L) for processing: results under their orders, host queries, and what
 * is wrong with it. `complete` is false when the transfer ended before an L record arrived.
 * Reading of vendor fields: R-3 components 5 and 6 are dilution and replicate; a C record after R
 * with C-4 `LOT^…` gives the reagent lot, one of type I (C-5) an instrument flag; M records after R
 * (histograms, scattergrams) are kept with the result.
 *
 * A record of a type LIS2-A2 does not define is an error unless `lenient`: what it says about the
 * results is unknown, so a person looks before the message is processed (reprocessing is lenient).
 * @see CLSI LIS2-A2 records H, P, O, R, C, M, Q, L
 */
export function decodeAstmMessage(text: string, complete = true, lenient = false): DecodedInstrumentMessage {
  const doc = parseAstmText(text);
  const errors: DecodeProblem[] = [];
  const warnings: string[] = [];
  const observations: InstrumentObservation[] = [];
  const queries: InstrumentQuery[] = [];
  let sender = '';
  let controlId = '';
  let sawOrders = false;
  for (const w of doc.warnings) {
    switch (w.code) {
      case AstmWarningCode.missingHeader:
        errors.push({ location: `line ${w.line}`, message: `no header (H) record: ${w.message}` });
        break;
      case AstmWarningCode.missingTerminator:
        break;
      case AstmWarningCode.blankLine:
        break;
      case AstmWarningCode.unknownRecordType:
        if (lenient) warnings.push(`line ${w.line}: ${w.message}, not read`);
        else
          errors.push({
            location: `line ${w.line}`,
            message: `${w.message}; kept as sent (reprocess to read the message without it)`,
          });
        break;
      case AstmWarningCode.unusualDelimiters:
      case AstmWarningCode.recordAfterTerminator:
      case AstmWarningCode.orphanRecord:
        warnings.push(`line ${w.line}: ${w.message}`);
        break;
      default:
        w.code satisfies never;
    }
  }
  if (doc.messages.length === 0) errors.push({ location: 'message', message: 'no records' });
  for (const message of doc.messages) {
    if (message.header) {
      const h = readAstmHeader(message.header);
      sender ||= h.sender[0] ?? '';
      controlId ||= h.messageControlId;
      if (!message.terminator || !complete) {
        errors.push({
          location: 'L record',
          message: 'the transfer ended before the terminator (L) record: the message is truncated',
        });
      } else {
        const code = readAstmTerminator(message.terminator).code.toUpperCase();
        if (code === 'T' || code === 'E' || code === 'R')
          errors.push({
            location: 'L-3',
            message: `the sender ended the message with code ${code} (aborted)`,
          });
      }
      const headerQc = h.processingId.toUpperCase() === 'Q';
      for (const patient of message.patients)
        for (const order of patient.orders) {
          sawOrders = true;
          try {
            readOrder(message, order, headerQc, { observations, warnings });
          } catch (error) {
            errors.push({
              location: `O record (line ${lineOf(message, order.record)})`,
              message: error instanceof Error ? error.message : String(error),
            });
          }
        }
      queries.push(...readQueries(message));
    }
  }
  const kind =
    queries.length > 0
      ? DecodedKind.query
      : observations.length > 0
        ? DecodedKind.results
        : sawOrders
          ? DecodedKind.orders
          : DecodedKind.other;
  return {
    kind,
    messageType: `ASTM ${kind}`,
    sender,
    controlId,
    observations,
    queries,
    errors,
    warnings,
  };
}

/**
 * The text a resent message is recognised by: records with CR line ends and the header's date-time
 * (H-14, which some instruments restamp when they resend) left out.
 */
export function astmDedupeContent(text: string): string {
  const lines = text
    .replace(/\r\n|\n/g, '\r')
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')
    .split('\r');
  return lines
    .map((line) => {
      if (!/^\d?H/.test(line) || line.length < 2) return line;
      const at = line.indexOf('H');
      const separator = line.charAt(at + 1);
      const fields = line.split(separator);
      if (fields.length > 13) fields[13] = '';
      return fields.join(separator);
    })
    .filter((line) => line !== '')
    .join('\r');
}
