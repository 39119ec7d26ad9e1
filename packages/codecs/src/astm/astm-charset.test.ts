import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AstmCharset, decodeAstmText, encodeAstmText } from './astm-charset.js';

const allBytes = Uint8Array.from({ length: 256 }, (_, i) => i);

describe('instrument character sets', () => {
  it.each([AstmCharset.latin1, AstmCharset.windows1252])('%s gives back every byte it decoded', (charset) => {
    expect(encodeAstmText(decodeAstmText(allBytes, charset), charset)).toEqual(allBytes);
  });

  it('latin-1 maps each byte to the character of the same code', () => {
    expect(decodeAstmText(allBytes, AstmCharset.latin1)).toBe(String.fromCharCode(...allBytes));
  });

  // Node built with small ICU decodes 'windows-1252' as latin-1, one reason the table is our own.
  it('windows-1252 agrees with iconv-lite for every byte the code page defines', () => {
    const ours = decodeAstmText(allBytes, AstmCharset.windows1252);
    expect(ours.charCodeAt(0x80)).toBe(0x20ac);
    const definedOnly = (text: string): string => text.replace(/[\x81\x8d\x8f\x90\x9d\ufffd]/g, '');
    expect(definedOnly(ours)).toBe(definedOnly(iconv.decode(Buffer.from(allBytes), 'win1252')));
    for (const char of definedOnly(ours)) {
      expect(encodeAstmText(char, AstmCharset.windows1252)).toEqual(
        Uint8Array.from(iconv.encode(char, 'win1252')),
      );
    }
  });

  it('a euro sign is byte 0x80 in windows-1252 and cannot be sent in latin-1', () => {
    expect(encodeAstmText('5 €', AstmCharset.windows1252)).toEqual(Uint8Array.of(0x35, 0x20, 0x80));
    expect(encodeAstmText('5 €', AstmCharset.latin1)).toEqual(Uint8Array.of(0x35, 0x20, 0x3f));
    expect(() => encodeAstmText('5 €', AstmCharset.latin1, 'throw')).toThrow(/U\+20AC/);
  });

  it('a patient name with accents travels in all three', () => {
    const name = 'Müller^Zoë';
    for (const charset of Object.values(AstmCharset)) {
      expect(decodeAstmText(encodeAstmText(name, charset), charset)).toBe(name);
    }
    expect(encodeAstmText(name, AstmCharset.utf8)).toHaveLength(name.length + 2);
  });

  it('UTF-8 keeps a byte-order mark so the bytes can be given back', () => {
    const bytes = Uint8Array.of(0xef, 0xbb, 0xbf, 0x48);
    const text = decodeAstmText(bytes, AstmCharset.utf8);
    expect(text).toBe('\ufeffH');
    expect(encodeAstmText(text, AstmCharset.utf8)).toEqual(bytes);
  });

  it('characters outside the basic plane are one replacement byte, not two', () => {
    expect(encodeAstmText('a😀b', AstmCharset.windows1252)).toEqual(Uint8Array.of(0x61, 0x3f, 0x62));
  });
});
