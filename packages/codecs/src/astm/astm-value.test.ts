import { describe, expect, it } from 'vitest';
import {
  formatAstmDateTime,
  interpretAstmValue,
  parseAstmDateTime,
  parseAstmNumber,
  parseAstmReferenceRange,
} from './astm-value.js';

describe('result values as instruments send them', () => {
  it.each([
    ['7.41', { kind: 'numeric', value: 7.41 }],
    ['7,41', { kind: 'numeric', value: 7.41 }],
    ['>8', { kind: 'numeric', value: 8, comparator: '>' }],
    ['< 0.5', { kind: 'numeric', value: 0.5, comparator: '<' }],
    ['<=0,01', { kind: 'numeric', value: 0.01, comparator: '<=' }],
    ['-3.2', { kind: 'numeric', value: -3.2 }],
    ['1.2E+03', { kind: 'numeric', value: 1200 }],
    [' 56.1 ', { kind: 'numeric', value: 56.1 }],
    ['Examine', { kind: 'text', text: 'Examine' }],
    ['B Pos', { kind: 'text', text: 'B Pos' }],
    ['3+', { kind: 'text', text: '3+' }],
    ['1.2.3', { kind: 'text', text: '1.2.3' }],
  ])('%j is read as %j', (text, expected) => {
    expect(interpretAstmValue(text)).toEqual(expected);
  });

  it('an empty value is no value', () => {
    expect(interpretAstmValue('')).toBeUndefined();
    expect(interpretAstmValue('  ')).toBeUndefined();
    expect(parseAstmNumber('abc')).toBeUndefined();
  });
});

describe('reference ranges', () => {
  it.each([
    ['10-120', { text: '10-120', low: 10, high: 120 }],
    ['80.0 - 96.0', { text: '80.0 - 96.0', low: 80, high: 96 }],
    ['3,5-5,1', { text: '3,5-5,1', low: 3.5, high: 5.1 }],
    ['-2 - 2', { text: '-2 - 2', low: -2, high: 2 }],
    ['<5', { text: '<5', high: 5 }],
    ['>60', { text: '>60', low: 60 }],
    ['negative', { text: 'negative' }],
  ])('%j has limits %j', (text, expected) => {
    expect(parseAstmReferenceRange(text)).toEqual(expected);
  });
});

describe('dates and times', () => {
  it('reads a full timestamp, a date, and a timestamp without seconds', () => {
    expect(parseAstmDateTime('20240307151237')).toEqual({
      year: 2024,
      month: 3,
      day: 7,
      hour: 15,
      minute: 12,
      second: 37,
    });
    expect(parseAstmDateTime('19650102')).toEqual({ year: 1965, month: 1, day: 2 });
    expect(parseAstmDateTime('201009261006')).toEqual({ year: 2010, month: 9, day: 26, hour: 10, minute: 6 });
  });

  it('refuses what is not a date', () => {
    for (const text of ['', '2024', '20240230', '20241301', '20240101250000', '2024010112601', 'yesterday']) {
      expect(parseAstmDateTime(text)).toBeUndefined();
    }
    expect(parseAstmDateTime('20240229')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('writes a date-time back the way it is read', () => {
    for (const text of ['20240307151237', '19650102', '201009261006', '2010092610']) {
      const parsed = parseAstmDateTime(text);
      expect(parsed && formatAstmDateTime(parsed)).toBe(text);
    }
  });
});
