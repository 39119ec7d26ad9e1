import { DEFAULT_ASTM_DELIMITERS, isAstmHeaderLine, readAstmDelimiters } from './astm-delimiters.js';
import type { AstmDelimiters } from './astm-delimiters.js';
import { assembleAstmMessages, AstmWarningCode } from './astm-message-tree.js';
import type { AstmMessage, AstmParseWarning } from './astm-message-tree.js';
import { AstmLineTerminator, AstmRecord } from './astm-record.js';

/**
 * The records of a text and the messages they form. `records` holds every line as sent, so
 * {@link printAstmDocument} gives back the text byte for byte; `messages` is the tree view.
 */
export interface AstmDocument {
  /**
   * A byte-order mark the text began with ('\uFEFF' decoded as UTF-8, 'ï»¿' decoded as latin-1 or
   * windows-1252), kept apart so the header is recognised and printed back first; '' when none.
   */
  readonly byteOrderMark: string;
  readonly records: readonly AstmRecord[];
  readonly messages: readonly AstmMessage[];
  readonly warnings: readonly AstmParseWarning[];
}

export interface AstmLine {
  readonly text: string;
  readonly terminator: AstmLineTerminator;
}

/**
 * Splits text into record lines. Records end with CR as the standard says, but files and some
 * instruments use LF or CR LF; each line keeps the terminator it came with.
 * @see CLSI LIS2-A2 (a record ends with a carriage return)
 */
export function splitAstmLines(text: string): AstmLine[] {
  const lines: AstmLine[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) {
        lines.push({ text: text.slice(start, i), terminator: AstmLineTerminator.crlf });
        i++;
      } else lines.push({ text: text.slice(start, i), terminator: AstmLineTerminator.cr });
      start = i + 1;
    } else if (code === 0x0a) {
      lines.push({ text: text.slice(start, i), terminator: AstmLineTerminator.lf });
      start = i + 1;
    }
  }
  if (start < text.length) lines.push({ text: text.slice(start), terminator: AstmLineTerminator.none });
  return lines;
}

export interface AstmParseOptions {
  /** Delimiters for records before the first header (standard `|\^&` unless set). */
  readonly delimiters?: AstmDelimiters;
}

/**
 * Parses message text: records ended by CR, LF or CR LF, delimiters taken from each header, unknown
 * record types kept as raw records with a warning. Never throws.
 */
export function parseAstmText(text: string, options: AstmParseOptions = {}): AstmDocument {
  let delimiters = options.delimiters ?? DEFAULT_ASTM_DELIMITERS;
  const records: AstmRecord[] = [];
  const warnings: AstmParseWarning[] = [];
  const byteOrderMark = BYTE_ORDER_MARKS.find((mark) => text.startsWith(mark)) ?? '';
  for (const line of splitAstmLines(byteOrderMark ? text.slice(byteOrderMark.length) : text)) {
    if (isAstmHeaderLine(line.text)) {
      const reading = readAstmDelimiters(line.text);
      delimiters = reading.delimiters;
      if (reading.warning) {
        warnings.push({
          code: AstmWarningCode.unusualDelimiters,
          line: records.length + 1,
          message: reading.warning,
        });
      }
    }
    records.push(AstmRecord.parse(line.text, delimiters, line.terminator));
  }
  const assembled = assembleAstmMessages(records);
  return {
    byteOrderMark,
    records,
    messages: assembled.messages,
    warnings: [...warnings, ...assembled.warnings],
  };
}

const BYTE_ORDER_MARKS = ['\uFEFF', '\u00EF\u00BB\u00BF'];

/** Rebuilds a document after records were replaced, added or removed. */
export function assembleAstmDocument(records: readonly AstmRecord[], byteOrderMark = ''): AstmDocument {
  const assembled = assembleAstmMessages(records);
  return { byteOrderMark, records, messages: assembled.messages, warnings: assembled.warnings };
}

/** A copy of the document with record `index` (0-based) replaced; every other record is kept as sent. */
export function replaceAstmRecord(document: AstmDocument, index: number, record: AstmRecord): AstmDocument {
  if (index < 0 || index >= document.records.length) {
    throw new RangeError(`record ${index} is outside a document of ${document.records.length} records`);
  }
  const records = [...document.records];
  records[index] = record;
  return assembleAstmDocument(records, document.byteOrderMark);
}
