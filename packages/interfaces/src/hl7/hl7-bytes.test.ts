import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { hl7BytesToText, hl7TextToBytes } from './hl7-bytes.js';

const header = (msh18: string): string =>
  `MSH|^~\\&|A|B|C|D|20240501||ORU^R01|1|P|2.5.1||||||${msh18}\rPID|1||`;

describe('message bytes and text', () => {
  it('keeps a UTF-8 byte order mark and every character', () => {
    const bytes = Buffer.from(`\uFEFF${header('UNICODE UTF-8')}µg/L 血`, 'utf8');
    const { text, encoding } = hl7BytesToText(bytes);
    expect(encoding).toBe('utf-8');
    expect(text.startsWith('\uFEFFMSH')).toBe(true);
    expect(Buffer.from(hl7TextToBytes(text, encoding)).equals(bytes)).toBe(true);
  });
  it('reads undeclared 8-bit text as Windows-1252 and writes back every one of the 256 bytes', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i).filter((b) => b !== 0x0d && b !== 0x0a);
    const bytes = Buffer.concat([Buffer.from(header('')), all]);
    const { text, encoding, basis } = hl7BytesToText(bytes);
    expect(encoding).toBe('windows-1252');
    expect(basis).toBe('windows-1252-fallback');
    expect(text).toContain('€');
    expect(Buffer.from(hl7TextToBytes(text, encoding)).equals(bytes)).toBe(true);
  });
  it('follows MSH-18 for ISO 8859-1 and for a multi-byte set such as GB 18030', () => {
    const latin = Buffer.from(`${header('8859/1')}Müller`, 'latin1');
    expect(hl7BytesToText(latin)).toMatchObject({ encoding: 'iso-8859-1', basis: 'declared' });
    expect(hl7BytesToText(latin).text.endsWith('Müller')).toBe(true);
    const chinese = `${header('GB 18030-2000')}王`;
    const bytes = hl7TextToBytes(chinese, 'gb18030');
    const decoded = hl7BytesToText(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(chinese);
  });
  it('agrees with iconv-lite on every byte Windows-1252 defines', () => {
    const defined = Uint8Array.from({ length: 256 }, (_, i) => i).filter(
      (b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b),
    );
    const bytes = Buffer.concat([Buffer.from(header('')), defined]);
    expect(hl7BytesToText(bytes).text).toBe(iconv.decode(bytes, 'win1252'));
  });
  it('writes characters an 8-bit set lacks as a question mark', () => {
    expect(Buffer.from(hl7TextToBytes('a血', 'iso-8859-1')).toString('latin1')).toBe('a?');
    expect(Buffer.from(hl7TextToBytes('a血', 'windows-1252')).toString('latin1')).toBe('a?');
  });
});
