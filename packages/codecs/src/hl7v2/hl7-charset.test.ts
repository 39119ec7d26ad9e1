import { describe, expect, it } from 'vitest';
import { chooseHl7Encoding, hl7CharsetEncoding, isWellFormedUtf8, readMsh18 } from './hl7-charset.js';

const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const msh = (msh18: string): string =>
  `MSH|^~\\&|A|B|C|D|20240101||ORU^R01|1|P|2.5.1|||AL|NE||${msh18}|\rPID|1`;

describe('choosing how to decode a message from MSH-18', () => {
  it('reads MSH-18 straight from the bytes, first repetition only', () => {
    expect(readMsh18(utf8(msh('8859/1~UNICODE UTF-8')))).toBe('8859/1');
    expect(readMsh18(utf8(`\uFEFF${msh('UNICODE UTF-8')}`))).toBe('UNICODE UTF-8');
    expect(readMsh18(utf8('MSH|^~\\&|A\rPID|1|||||||||||||||||||||X'))).toBe('');
    expect(readMsh18(utf8('PID|1'))).toBe('');
  });
  it('maps table 0211 names to encodings', () => {
    expect(hl7CharsetEncoding('8859/1')).toBe('iso-8859-1');
    expect(hl7CharsetEncoding('UNICODE UTF-8')).toBe('utf-8');
    expect(hl7CharsetEncoding('unicode utf-8 ')).toBe('utf-8');
    expect(hl7CharsetEncoding('EBCDIC')).toBeUndefined();
  });
  it('follows a declared ISO 8859-1 (a German lab sending umlauts)', () => {
    expect(chooseHl7Encoding(latin1(msh('8859/1') + '|Müller'))).toMatchObject({
      encoding: 'iso-8859-1',
      basis: 'declared',
    });
  });
  it('reads undeclared text as UTF-8 when it is UTF-8, and as Windows-1252 when it is not', () => {
    expect(chooseHl7Encoding(utf8(msh('') + '|µg/L'))).toMatchObject({
      encoding: 'utf-8',
      basis: 'utf-8-by-content',
    });
    expect(chooseHl7Encoding(latin1(msh('ASCII') + '|\u00b5g/L'))).toMatchObject({
      encoding: 'windows-1252',
      basis: 'windows-1252-fallback',
    });
  });
  it('tells well-formed UTF-8 from overlong forms, surrogates and cut-off sequences', () => {
    expect(isWellFormedUtf8(utf8('Glukose µ 血 😀'))).toBe(true);
    expect(isWellFormedUtf8(Uint8Array.of(0xc0, 0xaf))).toBe(false);
    expect(isWellFormedUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBe(false);
    expect(isWellFormedUtf8(Uint8Array.of(0xe2, 0x82))).toBe(false);
  });
});
