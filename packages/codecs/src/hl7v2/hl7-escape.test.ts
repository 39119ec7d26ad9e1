import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HL7_DELIMITERS, delimitersOf } from './hl7-delimiters.js';
import { decodeHl7Text, encodeHl7Text } from './hl7-escape.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const corpus = path.resolve(repoRoot, '../shared/corpus');

interface Vector {
  readonly input: string;
  readonly expect: string;
}
interface VectorFile {
  readonly unescape: readonly Vector[];
  readonly escape?: readonly Vector[];
  readonly encoding_characters?: {
    readonly field: string;
    readonly component: string;
    readonly subcomponent: string;
    readonly repetition: string;
    readonly escape: string;
  };
}
const load = (file: string): VectorFile =>
  JSON.parse(readFileSync(path.join(corpus, file), 'utf8')) as VectorFile;

const d = DEFAULT_HL7_DELIMITERS;

describe('python-hl7 escape vectors (default delimiters |^~\\&)', () => {
  const vectors = load('python-hl7/escape_vectors.json');
  for (const v of vectors.unescape) {
    it(`reads ${JSON.stringify(v.input)} as ${JSON.stringify(v.expect)}`, () => {
      expect(decodeHl7Text(v.input, d)).toBe(v.expect);
    });
  }
  for (const v of vectors.escape ?? []) {
    it(`writes ${JSON.stringify(v.input)} as ${JSON.stringify(v.expect)}`, () => {
      expect(encodeHl7Text(v.input, d)).toBe(v.expect);
    });
  }
});

describe('FHIR-Converter escape vectors (non-default delimiters A B C D)', () => {
  const vectors = load('fhir-converter/escape_vectors.json');
  const e = vectors.encoding_characters;
  if (e === undefined) throw new Error('the vector file names its encoding characters');
  const custom = delimitersOf(e.field, e.component + e.repetition + e.escape + e.subcomponent);
  for (const v of vectors.unescape) {
    it(`reads ${JSON.stringify(v.input)} as ${JSON.stringify(v.expect)}`, () => {
      expect(decodeHl7Text(v.input, custom)).toBe(v.expect);
    });
  }
  it('writes the same letters back as escapes, since in this message they are delimiters', () => {
    expect(encodeHl7Text('ABCD\\n', custom)).toBe('\\F\\\\S\\\\T\\\\R\\\\E\\n');
  });
});

describe('escape sequences a lab report uses', () => {
  it('turns \\.br\\ in a newborn-screening comment into line breaks', () => {
    expect(decodeHl7Text('(510) 231-1790\\.br\\\\.br\\Follow-up:\\.br\\', d)).toBe(
      '(510) 231-1790\n\nFollow-up:\n',
    );
  });
  it('decodes hexadecimal bytes as UTF-8 when they are UTF-8', () => {
    expect(decodeHl7Text('5 \\XC2B5\\g/L', d)).toBe('5 µg/L');
  });
  it('decodes hexadecimal bytes that are not UTF-8 one character per byte', () => {
    expect(decodeHl7Text('\\XB5\\', d)).toBe('µ');
    expect(decodeHl7Text('\\X0D0A\\', d)).toBe('\r\n');
  });
  it('keeps highlighting, other formatting commands and character-set switches verbatim', () => {
    for (const kept of ['\\H\\', '\\N\\', '\\.sp2\\', '\\.in+4\\', '\\C2842\\', '\\M2442\\', '\\Zlocal\\']) {
      expect(decodeHl7Text(`a${kept}b`, d)).toBe(`a${kept}b`);
    }
  });
  it('keeps malformed escapes as they are: odd or non-hex \\X, an unclosed escape, an empty pair', () => {
    for (const kept of ['\\X0\\', '\\XZZ\\', 'C:\\temp', '\\\\', '\\Q\\']) {
      expect(decodeHl7Text(kept, d)).toBe(kept);
    }
  });
  it('reads escapes in pairs, so an unknown one does not swallow the next', () => {
    expect(decodeHl7Text('\\Q\\F\\T\\', d)).toBe('\\Q\\F&');
  });
  it('writes line breaks and MLLP control characters as escapes so they cannot break a segment', () => {
    expect(encodeHl7Text('a\nb\rc\u000bd\u001ce', d)).toBe('a\\.br\\b\\X0D\\c\\X0B\\d\\X1C\\e');
  });
  it('uses the truncation character of a v2.7 message (\\P\\)', () => {
    const v27 = delimitersOf('|', '^~\\&#');
    expect(encodeHl7Text('#1', v27)).toBe('\\P\\1');
    expect(decodeHl7Text('\\P\\1', v27)).toBe('#1');
    expect(decodeHl7Text('\\P\\1', d)).toBe('\\P\\1');
  });
  it('refuses to write a delimiter when the message declared no escape character', () => {
    const noEscape = delimitersOf('|', '^~');
    expect(() => encodeHl7Text('a^b', noEscape)).toThrow(RangeError);
    expect(encodeHl7Text('ab', noEscape)).toBe('ab');
    expect(decodeHl7Text('a\\F\\b', noEscape)).toBe('a\\F\\b');
  });
  it('writes hex digits in lower case when the escape character is an upper-case hex letter', () => {
    const letterEscape = delimitersOf('|', '^~C&');
    expect(encodeHl7Text('a\u001cC', letterEscape)).toBe('aCX1cCCEC');
    expect(decodeHl7Text('aCX1cCCEC', letterEscape)).toBe('a\u001cC');
    const letterComponent = delimitersOf('|', 'D~\\&');
    expect(encodeHl7Text('\r', letterComponent)).toBe('\\X0d\\');
  });
  it('refuses a character whose sequence would contain a delimiter', () => {
    expect(() => encodeHl7Text('|', delimitersOf('|', '^~F&'))).toThrow(RangeError);
    expect(() => encodeHl7Text('E', delimitersOf('|', '^~E&'))).toThrow(RangeError);
    expect(() => encodeHl7Text('^', delimitersOf('|', '^~\\S'))).toThrow(RangeError);
  });
  it('returns text without escapes unchanged', () => {
    const text = 'Glucose 5.4 mmol/L';
    expect(decodeHl7Text(text, d)).toBe(text);
    expect(encodeHl7Text(text, d)).toBe(text);
  });
});
