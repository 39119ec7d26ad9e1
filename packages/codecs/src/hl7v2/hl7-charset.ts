/**
 * Which character encoding an HL7 message's bytes use, from MSH-18, so the transport can decode and
 * encode them. Decoding itself happens outside this pure package; here are the table and the sniffing.
 * @see HL7 v2.5.1 chapter 2.15.9.18 MSH-18 and table 0211 "Alternate character sets"
 */

/** Table 0211 values and the encoding label (WHATWG / iconv-lite) each one means. */
const TABLE_0211: Readonly<Record<string, string>> = {
  ASCII: 'utf-8',
  '8859/1': 'iso-8859-1',
  '8859/2': 'iso-8859-2',
  '8859/3': 'iso-8859-3',
  '8859/4': 'iso-8859-4',
  '8859/5': 'iso-8859-5',
  '8859/6': 'iso-8859-6',
  '8859/7': 'iso-8859-7',
  '8859/8': 'iso-8859-8',
  '8859/9': 'iso-8859-9',
  '8859/15': 'iso-8859-15',
  'ISO IR6': 'utf-8',
  'ISO IR100': 'iso-8859-1',
  'ISO IR14': 'shift_jis',
  'ISO IR87': 'euc-jp',
  'KS X 1001': 'euc-kr',
  'GB 18030-2000': 'gb18030',
  'BIG-5': 'big5',
  'UNICODE UTF-8': 'utf-8',
  'UNICODE UTF-16': 'utf-16be',
  UNICODE: 'utf-16be',
};

/** The encoding label for an MSH-18 value; undefined when the value is not in table 0211. */
export function hl7CharsetEncoding(msh18: string): string | undefined {
  return TABLE_0211[msh18.trim().toUpperCase()];
}

/** True when the bytes are well-formed UTF-8 (an ASCII-only text is). */
export function isWellFormedUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let size: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      size = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      size = 3;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      size = 4;
      min = 0x10000;
    } else {
      return false;
    }
    if (i + size > n) return false;
    let cp = b & (0xff >> (size + 1));
    for (let k = 1; k < size; k++) {
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += size;
  }
  return true;
}

/** MSH-18 (first repetition) read straight from the bytes; '' when absent or there is no MSH. */
export function readMsh18(bytes: Uint8Array): string {
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (bytes[start] === 0x0d || bytes[start] === 0x0a) start++;
  if (bytes[start] !== 0x4d || bytes[start + 1] !== 0x53 || bytes[start + 2] !== 0x48) return '';
  const fs = bytes[start + 3];
  const rep = bytes[start + 5];
  if (fs === undefined) return '';
  let field = 1;
  let out = '';
  for (let i = start + 3; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0x0d || b === 0x0a) break;
    if (b === fs) {
      if (field === 18) break;
      field++;
      continue;
    }
    if (field === 18) {
      if (b === rep) break;
      out += String.fromCharCode(b);
    }
  }
  return out;
}

export interface Hl7EncodingChoice {
  /** MSH-18 as sent ('' when absent). */
  readonly msh18: string;
  /** The label to decode and encode with. */
  readonly encoding: string;
  /** How it was chosen. */
  readonly basis: 'declared' | 'utf-8-by-content' | 'windows-1252-fallback' | 'unknown-declared';
}

/**
 * Chooses how to decode a message's bytes: by MSH-18 when it names a table 0211 set other than ASCII;
 * otherwise UTF-8 when the bytes are well-formed UTF-8, else Windows-1252, which is what 8-bit senders
 * that declare nothing (or ASCII) use in practice, and which maps every byte so nothing is lost.
 */
export function chooseHl7Encoding(bytes: Uint8Array): Hl7EncodingChoice {
  const msh18 = readMsh18(bytes);
  const declared = msh18 === '' ? undefined : hl7CharsetEncoding(msh18);
  const plain = msh18 === '' || declared === 'utf-8';
  if (!plain && declared !== undefined) return { msh18, encoding: declared, basis: 'declared' };
  if (isWellFormedUtf8(bytes)) {
    return {
      msh18,
      encoding: 'utf-8',
      basis: msh18 !== '' && declared === undefined ? 'unknown-declared' : 'utf-8-by-content',
    };
  }
  return { msh18, encoding: 'windows-1252', basis: 'windows-1252-fallback' };
}
