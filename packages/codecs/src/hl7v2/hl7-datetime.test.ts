import { describe, expect, it } from 'vitest';
import { formatHl7DateTime, hl7DateTimeToIso, parseHl7DateTime } from './hl7-datetime.js';

describe('HL7 date/times (DTM)', () => {
  it('keeps the precision a sender used', () => {
    const cases: [string, string, string][] = [
      ['2011', '2011', 'year'],
      ['201106', '2011-06', 'month'],
      ['20110615', '2011-06-15', 'day'],
      ['2011061514', '2011-06-15T14:00', 'hour'],
      ['201106151430-0500', '2011-06-15T14:30-05:00', 'minute'],
      ['20110615143028', '2011-06-15T14:30:28', 'second'],
      ['20210622131413.8343-0400', '2021-06-22T13:14:13.8343-04:00', 'fraction'],
      ['20190311101633+0100', '2019-03-11T10:16:33+01:00', 'second'],
    ];
    for (const [text, iso, precision] of cases) {
      const dt = parseHl7DateTime(text);
      expect(dt?.precision, text).toBe(precision);
      expect(dt && hl7DateTimeToIso(dt), text).toBe(iso);
    }
  });
  it('refuses impossible dates and stray text', () => {
    for (const bad of [
      '',
      '2023-01-01',
      '20230230',
      '20231301',
      '2023010125',
      '202301011260',
      '20230101+25',
      'abc',
    ]) {
      expect(parseHl7DateTime(bad), bad).toBeUndefined();
    }
  });
  it('accepts the 29th of February in a leap year only', () => {
    expect(parseHl7DateTime('20240229')).toBeDefined();
    expect(parseHl7DateTime('20230229')).toBeUndefined();
  });
  it('formats a moment to the second in UTC', () => {
    expect(formatHl7DateTime(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)))).toBe('20240102030405+0000');
  });
});
