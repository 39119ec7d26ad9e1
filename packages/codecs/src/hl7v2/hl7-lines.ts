/**
 * Splits message text into segment lines, remembering what ended each one so the text can be printed
 * back exactly. HL7 ends segments with CR; LF and CRLF are accepted too because files and some senders
 * use them.
 * @see HL7 v2.5.1 chapter 2.5.2 "Segments" (segment terminator is always a carriage return)
 */

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
  return { texts, terminators };
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
