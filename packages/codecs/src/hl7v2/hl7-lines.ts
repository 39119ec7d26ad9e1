/**
 * Splits message text into segment lines, remembering what ended each one so the text can be printed
 * back exactly. HL7 ends segments with CR; LF and CRLF are accepted too because files and some senders
 * use them.
 * @see HL7 v2.5.1 chapter 2.5.2 "Segments" (segment terminator is always a carriage return)
 */
import { isBlankChar } from './hl7-segment.js';

export const SegmentTerminators = {
  /** CR, LF and CRLF all end a segment (the default: what real files and senders do). */
  any: 'any',
  /** Only CR ends a segment, as the standard says; a lone LF is data. */
  cr: 'cr',
} as const;
export type SegmentTerminators = (typeof SegmentTerminators)[keyof typeof SegmentTerminators];

export interface SegmentLines {
  readonly texts: string[];
  readonly terminators: string[];
}

/** Splits `text` from `start` into lines; a final line without a terminator is kept with terminator ''. */
export function splitSegmentLines(text: string, start: number, mode: SegmentTerminators): SegmentLines {
  const texts: string[] = [];
  const terminators: string[] = [];
  const n = text.length;
  let pos = start;
  let cr = text.indexOf('\r', pos);
  let lf = mode === 'cr' ? -1 : text.indexOf('\n', pos);
  while (pos < n) {
    if (cr !== -1 && cr < pos) cr = text.indexOf('\r', pos);
    if (lf !== -1 && lf < pos) lf = text.indexOf('\n', pos);
    let end: number;
    let term: string;
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      end = cr;
      if (mode === 'any' && lf === cr + 1) term = '\r\n';
      else term = '\r';
    } else if (lf !== -1) {
      end = lf;
      term = '\n';
    } else {
      texts.push(text.slice(pos));
      terminators.push('');
      break;
    }
    texts.push(text.slice(pos, end));
    terminators.push(term);
    pos = end + term.length;
  }
  detachBlankPrefixes(texts, terminators);
  return { texts, terminators };
}

/**
 * A header preceded by spaces or MLLP framing bytes on its line (a captured `<VT>MSH|...`) is split into
 * a blank line with no terminator and the header itself, so the header is found and the text still
 * prints back exactly.
 */
function detachBlankPrefixes(texts: string[], terminators: string[]): void {
  for (let i = 0; i < texts.length; i++) {
    const line = texts[i] ?? '';
    let n = 0;
    while (n < line.length && isBlankChar(line.charCodeAt(n))) n++;
    if (n === 0 || n + 3 >= line.length) continue;
    const id = line.slice(n, n + 3);
    if (id !== 'MSH' && id !== 'FHS' && id !== 'BHS') continue;
    const prefix = line.slice(0, n);
    texts.splice(i, 1, prefix, line.slice(n));
    terminators.splice(i, 0, '');
    i++;
  }
}

/** The terminator most lines use, for segments added later; CR when there is none. */
export function dominantTerminator(terminators: readonly string[]): string {
  let cr = 0;
  let lf = 0;
  let crlf = 0;
  for (const t of terminators) {
    if (t === '\r') cr++;
    else if (t === '\n') lf++;
    else if (t === '\r\n') crlf++;
  }
  if (lf > cr && lf >= crlf) return '\n';
  if (crlf > cr && crlf > lf) return '\r\n';
  return '\r';
}
