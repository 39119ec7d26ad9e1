import type { Hl7Delimiters } from './hl7-delimiters.js';

/**
 * HL7 v2 escape sequences: decoding on read, encoding on write.
 *
 * Decoded: `\F\ \S\ \T\ \R\ \E\` (the message's own delimiters), `\P\` (truncation, v2.7), `\Xhh..\`
 * (hexadecimal bytes, read as UTF-8 when they form valid UTF-8, else one character per byte, as
 * ISO 8859-1) and `\.br\` (a line break, decoded as `\n`).
 *
 * Kept verbatim, escape characters included, because they have no plain-text equivalent: highlighting
 * `\H\ \N\`, the other formatted-text commands (`\.sp\ \.in\ \.ti\ \.sk\ \.ce\ \.fi\ \.nf\`), character
 * set switches `\Cxxyy\ \Mxxyyzz\`, local escapes `\Z..\`, and anything malformed (an odd-length or
 * non-hex `\X..\`, an escape character without its closing partner).
 *
 * Encoding escapes every delimiter, writes a line feed as `\.br\`, and writes CR, VT and FS (which would
 * break segments or MLLP frames) as `\X0D\ \X0B\ \X1C\`. So `decode(encode(s)) === s` for every string.
 *
 * @see HL7 v2.5.1 chapter 2.7 "Use of escape sequences in text fields" (2.7.1 formatting codes,
 *   2.7.2 escape sequences, 2.7.3 highlighting, 2.7.6 local, 2.7.4 FT formatting commands)
 */
export function decodeHl7Text(raw: string, d: Hl7Delimiters): string {
  const e = d.escape;
  if (e === '') return raw;
  let start = raw.indexOf(e);
  if (start === -1) return raw;
  let out = '';
  let pos = 0;
  while (start !== -1) {
    const end = raw.indexOf(e, start + 1);
    if (end === -1) break;
    const decoded = decodeSequence(raw.slice(start + 1, end), d);
    if (decoded !== undefined) {
      out += raw.slice(pos, start) + decoded;
      pos = end + 1;
    }
    start = raw.indexOf(e, end + 1);
  }
  return pos === 0 ? raw : out + raw.slice(pos);
}

function decodeSequence(seq: string, d: Hl7Delimiters): string | undefined {
  if (seq.length === 1) {
    switch (seq) {
      case 'F':
        return d.field;
      case 'S':
        return d.component || undefined;
      case 'T':
        return d.subcomponent || undefined;
      case 'R':
        return d.repetition || undefined;
      case 'E':
        return d.escape;
      case 'P':
        return d.truncation || undefined;
      default:
        return undefined;
    }
  }
  if (seq === '.br') return '\n';
  if (seq.charCodeAt(0) === 0x58 /* X */) return decodeHex(seq, 1);
  return undefined;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

function decodeHex(seq: string, from: number): string | undefined {
  const digits = seq.length - from;
  if (digits === 0 || digits % 2 !== 0) return undefined;
  const bytes = new Array<number>(digits / 2);
  for (let i = from, b = 0; i < seq.length; i += 2, b++) {
    const hi = hexValue(seq.charCodeAt(i));
    const lo = hexValue(seq.charCodeAt(i + 1));
    if (hi < 0 || lo < 0) return undefined;
    bytes[b] = hi * 16 + lo;
  }
  return utf8OrLatin1(bytes);
}

/** Decodes bytes as UTF-8 when they are well-formed UTF-8, otherwise one character per byte. */
function utf8OrLatin1(bytes: readonly number[]): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    let cp = -1;
    let size = 1;
    if (b0 < 0x80) {
      cp = b0;
    } else if (b0 >= 0xc2 && b0 <= 0xf4) {
      size = b0 < 0xe0 ? 2 : b0 < 0xf0 ? 3 : 4;
      cp = b0 & (size === 2 ? 0x1f : size === 3 ? 0x0f : 0x07);
      for (let k = 1; k < size; k++) {
        const b = bytes[i + k];
        if (b === undefined || (b & 0xc0) !== 0x80) return latin1(bytes);
        cp = (cp << 6) | (b & 0x3f);
      }
      const min = size === 2 ? 0x80 : size === 3 ? 0x800 : 0x10000;
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return latin1(bytes);
    } else {
      return latin1(bytes);
    }
    out += String.fromCodePoint(cp);
    i += size;
  }
  return out;
}

function latin1(bytes: readonly number[]): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/** The sequence for a character that needs escaping, or undefined for one that does not. */
function sequenceFor(c: string, d: Hl7Delimiters): string | undefined {
  if (c === d.field) return 'F';
  if (c === d.component) return 'S';
  if (c === d.repetition) return 'R';
  if (c === d.escape) return 'E';
  if (c === d.subcomponent) return 'T';
  if (c === d.truncation) return 'P';
  if (c === '\n') return '.br';
  if (c === '\r') return 'X0D';
  if (c === '\u000b') return 'X0B';
  if (c === '\u001c') return 'X1C';
  return undefined;
}

/**
 * Makes a sequence writable: it must not contain a delimiter, or the message would split inside it. Hex
 * digits switch case and `.br` becomes `X0A` when needed (senders who pick letters as delimiters, like
 * the `A B C D` of some test suites, are rare but legal).
 */
function writable(seq: string, d: Hl7Delimiters): string | undefined {
  const clean = (s: string): boolean => {
    for (const c of [d.field, d.component, d.repetition, d.escape, d.subcomponent, d.truncation]) {
      if (c !== '' && s.includes(c)) return false;
    }
    return true;
  };
  if (clean(seq)) return seq;
  const hex = seq === '.br' ? 'X0A' : seq;
  if (hex.startsWith('X')) {
    for (const candidate of [hex, `X${hex.slice(1).toLowerCase()}`]) if (clean(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Escapes text for one HL7 value. Throws a RangeError when a character cannot be written: the message
 * declared no escape character, or one of its delimiters is a letter of the needed sequence.
 */
export function encodeHl7Text(text: string, d: Hl7Delimiters): string {
  let out = '';
  let pos = 0;
  const e = d.escape;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const seq = sequenceFor(c, d);
    if (seq === undefined) continue;
    const safe = e === '' ? undefined : writable(seq, d);
    if (safe === undefined) {
      throw new RangeError(
        e === ''
          ? `cannot write '${c}' in a message that declares no escape character`
          : `cannot write '${c}': a delimiter of this message clashes with its escape sequence`,
      );
    }
    out += text.slice(pos, i) + e + safe + e;
    pos = i + 1;
  }
  return pos === 0 ? text : out + text.slice(pos);
}
