import type { NumericValue, TextValue } from '@aliquot/domain';

/**
 * A date and time as instruments send it, `YYYYMMDD[HH[MM[SS]]]`, with no time zone: the local time
 * of the sender. Parts not sent are undefined.
 * @see CLSI LIS2-A2 (date and time format)
 */
export interface AstmDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
}

/** Reads `YYYYMMDD`, `YYYYMMDDHHMM` or `YYYYMMDDHHMMSS`; undefined when empty or not a valid date. */
export function parseAstmDateTime(text: string): AstmDateTime | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})?(\d{2})?)?$/.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const dt: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number } = {
    year,
    month,
    day,
  };
  if (h !== undefined) {
    dt.hour = Number(h);
    if (dt.hour > 23) return undefined;
  }
  if (mi !== undefined) {
    dt.minute = Number(mi);
    if (dt.minute > 59) return undefined;
  }
  if (s !== undefined) {
    dt.second = Number(s);
    if (dt.second > 59) return undefined;
  }
  return dt;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Writes a date-time back as `YYYYMMDD[HH[MM[SS]]]`. */
export function formatAstmDateTime(dt: AstmDateTime): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  let out = `${String(dt.year).padStart(4, '0')}${two(dt.month)}${two(dt.day)}`;
  if (dt.hour === undefined) return out;
  out += two(dt.hour);
  if (dt.minute === undefined) return out;
  out += two(dt.minute);
  return dt.second === undefined ? out : out + two(dt.second);
}

const NUMBER = String.raw`[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?`;
const NUMERIC_RESULT = new RegExp(String.raw`^(<=|>=|<|>|=)?\s*(${NUMBER})$`);

/**
 * Reads a measurement value as instruments send it: `7.41`, `7,41` (decimal comma), `>8`,
 * `< 0.5`, or text such as `Examine` or `B Pos`. A comma is read as a decimal mark, so `1,234` is
 * 1.234: instruments do not send thousands separators. Undefined when the value is empty.
 * @see CLSI LIS2-A2 R-4 (data or measurement value)
 */
export function interpretAstmValue(text: string): NumericValue | TextValue | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const match = NUMERIC_RESULT.exec(trimmed);
  if (!match) return { kind: 'text', text };
  const value = parseAstmNumber(match[2] ?? '');
  if (value === undefined) return { kind: 'text', text };
  const comparator = match[1];
  return comparator === undefined || comparator === '='
    ? { kind: 'numeric', value }
    : { kind: 'numeric', value, comparator: comparator as '<' | '<=' | '>' | '>=' };
}

/** Reads a plain number with a decimal point or comma; undefined when it is not one. */
export function parseAstmNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!new RegExp(`^${NUMBER}$`).test(trimmed)) return undefined;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/** A reference range as text, with its limits when they could be read. */
export interface AstmReferenceRange {
  readonly text: string;
  readonly low?: number;
  readonly high?: number;
}

/**
 * Reads a reference range: `10-120`, `80.0 - 96.0`, `3,5-5,1`, `<5`, `>60`. The text is kept as sent
 * (component 1 of R-6); limits are given only when they are unambiguous.
 * @see CLSI LIS2-A2 R-6 (reference ranges)
 */
export function parseAstmReferenceRange(text: string): AstmReferenceRange {
  const trimmed = text.trim();
  const range = new RegExp(String.raw`^(${NUMBER})\s*(?:-|to)\s*(${NUMBER})$`).exec(trimmed);
  if (range) {
    const low = parseAstmNumber(range[1] ?? '');
    const high = parseAstmNumber(range[2] ?? '');
    if (low !== undefined && high !== undefined) return { text, low, high };
  }
  const bound = new RegExp(String.raw`^(<=|>=|<|>)\s*(${NUMBER})$`).exec(trimmed);
  if (bound) {
    const limit = parseAstmNumber(bound[2] ?? '');
    if (limit !== undefined) return bound[1]?.startsWith('<') ? { text, high: limit } : { text, low: limit };
  }
  return { text };
}
