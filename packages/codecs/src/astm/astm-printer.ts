import type { AstmCharset } from './astm-charset.js';
import { encodeAstmText } from './astm-charset.js';
import { frameAstmMessage, frameAstmRecords } from './astm-frame-splitter.js';
import type { AstmMessage } from './astm-message-tree.js';
import type { AstmDocument } from './astm-message-parser.js';
import { AstmLineTerminator } from './astm-record.js';
import type { AstmRecord } from './astm-record.js';

export interface AstmPrintOptions {
  /** End every record with this instead of the terminator it was read with. */
  readonly terminator?: AstmLineTerminator;
}

/**
 * Prints records. Without options each record keeps the fields and terminator it was read with, so
 * a parsed text prints back byte for byte.
 */
export function printAstmRecords(records: readonly AstmRecord[], options: AstmPrintOptions = {}): string {
  let out = '';
  for (const record of records) out += record.text + (options.terminator ?? record.terminator);
  return out;
}

/** Prints a document, its byte-order mark first if it had one (unless a terminator is forced for the wire). */
export function printAstmDocument(document: AstmDocument, options: AstmPrintOptions = {}): string {
  const mark = options.terminator === undefined ? document.byteOrderMark : '';
  return mark + printAstmRecords(document.records, options);
}

export function printAstmMessage(message: AstmMessage, options: AstmPrintOptions = {}): string {
  return printAstmRecords(message.records, options);
}

/** How records are put into frames. */
export const AstmFraming = {
  /** Each record is a message of its own, ending with ETX (what most instruments send and expect). */
  recordPerMessage: 'record-per-message',
  /** All records in one message, split into ETB frames every 240 bytes, the last ending with ETX. */
  singleMessage: 'single-message',
} as const;
export type AstmFraming = (typeof AstmFraming)[keyof typeof AstmFraming];

export interface AstmFrameOptions {
  readonly charset: AstmCharset;
  readonly framing?: AstmFraming;
  readonly maxTextLength?: number;
}

/**
 * Turns records into the frames of one transfer phase, numbered from 1. On the wire every record ends
 * with CR, whatever it was read with.
 * @see CLSI LIS1-A (frames) and LIS2-A2 (records end with CR)
 */
export function astmRecordsToFrames(records: readonly AstmRecord[], options: AstmFrameOptions): Uint8Array[] {
  const framing = options.framing ?? AstmFraming.recordPerMessage;
  const framingOptions =
    options.maxTextLength === undefined
      ? { firstFrameNumber: 1 }
      : { firstFrameNumber: 1, maxTextLength: options.maxTextLength };
  switch (framing) {
    case AstmFraming.recordPerMessage:
      return [
        ...frameAstmRecords(
          records.map((r) => encodeAstmText(r.text + AstmLineTerminator.cr, options.charset)),
          framingOptions,
        ).frames,
      ];
    case AstmFraming.singleMessage:
      return [
        ...frameAstmMessage(
          encodeAstmText(printAstmRecords(records, { terminator: AstmLineTerminator.cr }), options.charset),
          framingOptions,
        ).frames,
      ];
    default:
      return framing satisfies never;
  }
}
