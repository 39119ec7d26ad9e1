import { LabError } from '@aliquot/domain';

/**
 * Character sets instruments send message text in. The standard leaves this to agreement between
 * the parties, so it is configured per instrument.
 * @see CLSI LIS1-A (checksums are over bytes; the encoding must be agreed out of band)
 */
export const AstmCharset = { latin1: 'latin1', utf8: 'utf-8', windows1252: 'windows-1252' } as const;
export type AstmCharset = (typeof AstmCharset)[keyof typeof AstmCharset];

/**
 * Windows-1252 bytes 0x80–0x9F. The five bytes the code page leaves undefined (0x81, 0x8D, 0x8F,
 * 0x90, 0x9D) map to the C1 controls of the same value, as the WHATWG encoding standard does, so every
 * byte decodes and encodes back to itself.
 */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const CP1252_ENCODE: ReadonlyMap<number, number> = new Map(CP1252_HIGH.map((code, i) => [code, 0x80 + i]));

const REPLACEMENT_BYTE = 0x3f; // '?'
const CHUNK = 8192;

/**
 * Decodes message text. Latin-1 and windows-1252 map every byte to one character, so decoding and
 * encoding again gives back the same bytes. UTF-8 keeps a byte-order mark as U+FEFF and turns
 * malformed sequences into U+FFFD.
 */
export function decodeAstmText(bytes: Uint8Array, charset: AstmCharset): string {
  switch (charset) {
    case AstmCharset.latin1:
      return decodeSingleByte(bytes, undefined);
    case AstmCharset.windows1252:
      return decodeSingleByte(bytes, CP1252_HIGH);
    case AstmCharset.utf8:
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    default:
      return charset satisfies never;
  }
}

function decodeSingleByte(bytes: Uint8Array, high: readonly number[] | undefined): string {
  let out = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK));
    if (high) {
      for (let i = 0; i < codes.length; i++) {
        const code = codes[i] ?? 0;
        if (code >= 0x80 && code <= 0x9f) codes[i] = high[code - 0x80] ?? code;
      }
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** What to do with a character the charset cannot hold: send '?' instead, or refuse. */
export const AstmUnmappable = { replace: 'replace', throw: 'throw' } as const;
export type AstmUnmappable = (typeof AstmUnmappable)[keyof typeof AstmUnmappable];

/** Encodes message text for an instrument. */
export function encodeAstmText(
  text: string,
  charset: AstmCharset,
  onUnmappable: AstmUnmappable = AstmUnmappable.replace,
): Uint8Array {
  switch (charset) {
    case AstmCharset.utf8:
      return new TextEncoder().encode(text);
    case AstmCharset.latin1:
      return encodeSingleByte(text, charset, onUnmappable, (code) => (code <= 0xff ? code : undefined));
    case AstmCharset.windows1252:
      return encodeSingleByte(text, charset, onUnmappable, (code) =>
        code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : CP1252_ENCODE.get(code),
      );
    default:
      return charset satisfies never;
  }
}

function encodeSingleByte(
  text: string,
  charset: AstmCharset,
  onUnmappable: AstmUnmappable,
  map: (code: number) => number | undefined,
): Uint8Array {
  const out = new Uint8Array(text.length);
  let length = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const byte = map(code);
    if (byte === undefined && onUnmappable === AstmUnmappable.throw) {
      throw LabError.invalid(
        `U+${code.toString(16).toUpperCase().padStart(4, '0')} cannot be sent in ${charset}`,
      );
    }
    out[length++] = byte ?? REPLACEMENT_BYTE;
  }
  return out.subarray(0, length);
}
