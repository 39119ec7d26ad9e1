import iconv from 'iconv-lite';
import { chooseHl7Encoding, type Hl7EncodingChoice } from '@aliquot/codecs/hl7v2';

/** Message text decoded from the bytes of an MLLP frame, with the encoding used to decode it. */
export interface Hl7Text {
  readonly text: string;
  /** The encoding to write replies in (an acknowledgment goes back the way the message came). */
  readonly encoding: string;
  readonly basis: Hl7EncodingChoice['basis'];
}

/**
 * Windows-1252 bytes 0x80-0x9F as the WHATWG encoding standard maps them (the five bytes the code page
 * leaves undefined map to the C1 control of the same number), so decoding and encoding lose nothing.
 * Written out because Node's TextDecoder treats 'windows-1252' as ISO 8859-1.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];
const CP1252_BYTES = new Map(CP1252_HIGH.map((code, i) => [code, 0x80 + i]));

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] ?? b) : b);
  return out;
}

function encodeWindows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    return CP1252_BYTES.get(code) ?? 0x3f;
  });
}

/**
 * Decodes a message's bytes the way MSH-18 and the bytes themselves say (see `chooseHl7Encoding`).
 * A byte order mark is kept in the text, so the message prints back as it came.
 * @see HL7 v2.5.1 chapter 2.15.9.18 MSH-18
 */
export function hl7BytesToText(bytes: Uint8Array): Hl7Text {
  const { encoding, basis } = chooseHl7Encoding(bytes);
  let text: string;
  switch (encoding) {
    case 'utf-8':
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      break;
    case 'iso-8859-1':
      text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
      break;
    case 'windows-1252':
      text = decodeWindows1252(bytes);
      break;
    default:
      text = iconv.decode(Buffer.from(bytes), encoding, { stripBOM: false });
  }
  return { text, encoding, basis };
}

/** Encodes text for the wire; characters the encoding lacks become `?`. */
export function hl7TextToBytes(text: string, encoding: string): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'iso-8859-1':
      return Uint8Array.from(text, (c) => (c.charCodeAt(0) > 0xff ? 0x3f : c.charCodeAt(0)));
    case 'windows-1252':
      return encodeWindows1252(text);
    default:
      return iconv.encodingExists(encoding) ? iconv.encode(text, encoding) : Buffer.from(text, 'utf8');
  }
}
