import { describe, expect, it } from 'vitest';
import { readAstmDelimiters } from './astm-delimiters.js';
import { AstmRecord } from './astm-record.js';

describe('a record', () => {
  it('numbers its fields from 1, the record type being field 1', () => {
    const order = AstmRecord.parse('O|1|SID305||^^^ABO|N|20210309142136');
    expect(order.type).toBe('O');
    expect(order.recordType).toBe('O');
    expect(order.field(3).text).toBe('SID305');
    expect(order.field(5).component(4)).toBe('ABO');
    expect(order.sequence).toBe(1);
    expect(order.raw(40)).toBe('');
  });

  it('keeps trailing empty fields, so it prints back the same', () => {
    const line = 'P|1|2776833|||ABC||||||||||||||||||||';
    const record = AstmRecord.parse(line);
    expect(record.fields).toHaveLength(26);
    expect(record.text).toBe(line);
  });

  it('a header declares the delimiters; its own delimiter field is not split', () => {
    const header = AstmRecord.parse('H|`^&|||ANALYZER^1.0');
    expect(header.delimiters).toEqual({ field: '|', repeat: '`', component: '^', escape: '&' });
    expect(header.field(2).repeats).toEqual([['`^&']]);
    expect(header.field(5).components).toEqual(['ANALYZER', '1.0']);
  });

  it('a header with other field delimiters is read with them', () => {
    const header = AstmRecord.parse('H!@#$!!!SENDER');
    expect(header.delimiters).toEqual({ field: '!', repeat: '@', component: '#', escape: '$' });
    expect(header.field(5).text).toBe('SENDER');
  });

  it('a malformed delimiter definition falls back to the standard ones with a warning', () => {
    const reading = readAstmDelimiters('H|\\\\^&|||RVT');
    expect(reading.delimiters).toEqual({ field: '|', repeat: '\\', component: '^', escape: '&' });
    expect(reading.warning).toMatch(/unusual delimiter definition/);
    expect(readAstmDelimiters('H').warning).toMatch(/no delimiter definition/);
  });

  it('replacing one field re-encodes that field only', () => {
    const result = AstmRecord.parse(
      'R|1|^^^NA^Sodium|7.273|mmol/l|10-120|0|N|F||Val.Autom.^Smith |201009261006',
    );
    const corrected = result.withField(4, '7,30');
    expect(corrected.text).toBe('R|1|^^^NA^Sodium|7,30|mmol/l|10-120|0|N|F||Val.Autom.^Smith |201009261006');
    expect(result.field(4).text).toBe('7.273');
    // R-12 is the last field sent; are added empty before R-16.
    expect(result.withField(16, ['A', 'B']).text.endsWith('|201009261006||||A^B')).toBe(true);
  });

  it('its type and a header delimiter definition cannot be replaced', () => {
    expect(() => AstmRecord.parse('L|1|N').withField(1, 'X')).toThrow();
    expect(() => AstmRecord.parse('H|\\^&').withField(2, '~^&')).toThrow();
  });

  it('is built from values numbered from field 2', () => {
    expect(AstmRecord.build('L', [1, 'N']).toString()).toBe('L|1|N\r');
    expect(AstmRecord.build('H', [null, 'ID1'], undefined, '').toString()).toBe('H|\\^&|ID1');
  });

  it('keeps the terminator it came with and can be given another', () => {
    const record = AstmRecord.parse('L|1|N', undefined, '\n');
    expect(record.toString()).toBe('L|1|N\n');
    expect(record.withTerminator('\r').toString()).toBe('L|1|N\r');
  });
});
