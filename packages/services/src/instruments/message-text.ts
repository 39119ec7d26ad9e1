import { decodeAstmText, type AstmCharset } from '@aliquot/codecs/astm';
import { chooseHl7Encoding } from '@aliquot/codecs/hl7v2';

/** Bytes as latin-1: one character per byte, so nothing is lost or guessed. */
export function latin1Text(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192)
    out += String.fromCharCode(...bytes.subarray(i, Math.min(i + 8192, bytes.length)));
  return out;
}

/**
 * An HL7 message's text, decoded as its MSH-18 (or its bytes) say; a byte order mark is kept.
 * @see HL7 v2.5.1 chapter 2.15.9.18 MSH-18
 */
export function hl7RawToText(bytes: Uint8Array): string {
  const { encoding } = chooseHl7Encoding(bytes);
  if (encoding === 'iso-8859-1') return latin1Text(bytes);
  try {
    return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  } catch {
    return latin1Text(bytes);
  }
}

/** A journaled message's text, in the charset agreed with the instrument (ASTM) or declared (HL7). */
export function messageText(
  protocol: 'astm' | 'hl7',
  raw: Uint8Array,
  charset: AstmCharset = 'latin1',
): string {
  return protocol === 'astm' ? decodeAstmText(raw, charset) : hl7RawToText(raw);
}

const CONTROL_NAMES: Readonly<Record<number, string>> = {
  0x00: 'NUL',
  0x01: 'SOH',
  0x02: 'STX',
  0x03: 'ETX',
  0x04: 'EOT',
  0x05: 'ENQ',
  0x06: 'ACK',
  0x07: 'BEL',
  0x08: 'BS',
  0x09: 'TAB',
  0x0a: 'LF',
  0x0b: 'VT',
  0x0c: 'FF',
  0x0d: 'CR',
  0x10: 'DLE',
  0x11: 'DC1',
  0x12: 'DC2',
  0x13: 'DC3',
  0x14: 'DC4',
  0x15: 'NAK',
  0x16: 'SYN',
  0x17: 'ETB',
  0x1c: 'FS',
  0x1d: 'GS',
  0x1e: 'RS',
  0x1f: 'US',
  0x7f: 'DEL',
};

/**
 * Text for people: control characters written as `<STX>`, `<CR>`…, with a line break after each
 * record or segment end (CR, LF or CR LF) and after each frame, so the message reads line by line.
 */
export function readableText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const name =
      code < 0x20 || code === 0x7f
        ? (CONTROL_NAMES[code] ?? `x${code.toString(16).padStart(2, '0')}`)
        : undefined;
    if (name === undefined) {
      out += text.charAt(i);
      continue;
    }
    out += `<${name}>`;
    const next = text.charCodeAt(i + 1);
    // A line break after LF, and after a CR that ends a record (not one followed by LF, ETX or ETB).
    if (code === 0x0a || (code === 0x0d && next !== 0x0a && next !== 0x03 && next !== 0x17)) out += '\n';
  }
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 8192)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(i + 8192, bytes.length)));
  return btoa(binary);
}
