/**
 * DTM / TS values: `YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]`, kept at the precision sent.
 * @see HL7 v2.5.1 chapter 2A.22 DTM and 2A.77 TS (TS-1 is a DTM)
 */
export const DateTimePrecision = {
  year: 'year',
  month: 'month',
  day: 'day',
  hour: 'hour',
  minute: 'minute',
  second: 'second',
  fraction: 'fraction',
} as const;
export type DateTimePrecision = (typeof DateTimePrecision)[keyof typeof DateTimePrecision];

export interface Hl7DateTime {
  readonly year: number;
  readonly month: number | undefined;
  readonly day: number | undefined;
  readonly hour: number | undefined;
  readonly minute: number | undefined;
  readonly second: number | undefined;
  /** The fraction of a second as sent, e.g. '8343' for `.8343`; '' when none. */
  readonly fraction: string;
  /** Minutes east of UTC, when the sender gave an offset. */
  readonly offsetMinutes: number | undefined;
  readonly precision: DateTimePrecision;
}

const DTM =
  /^(\d{4})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:\.(\d{1,4}))?)?)?)?)?)?([+-]\d{4})?$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a DTM; undefined when it is empty or malformed (a month 13, a 25th hour, stray text). */
export function parseHl7DateTime(text: string): Hl7DateTime | undefined {
  const m = DTM.exec(text);
  if (m === null) return undefined;
  const num = (i: number): number | undefined => (m[i] === undefined ? undefined : Number(m[i]));
  const year = Number(m[1]);
  const month = num(2);
  const day = num(3);
  const hour = num(4);
  const minute = num(5);
  const second = num(6);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysIn(year, month ?? 1))) return undefined;
  if (hour !== undefined && hour > 23) return undefined;
  if (minute !== undefined && minute > 59) return undefined;
  if (second !== undefined && second > 59) return undefined;
  let offsetMinutes: number | undefined;
  const zone = m[8];
  if (zone !== undefined) {
    const hh = Number(zone.slice(1, 3));
    const mm = Number(zone.slice(3, 5));
    if (hh > 14 || mm > 59) return undefined;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (hh * 60 + mm);
  }
  const fraction = m[7] ?? '';
  const precision: DateTimePrecision =
    fraction !== ''
      ? 'fraction'
      : second !== undefined
        ? 'second'
        : minute !== undefined
          ? 'minute'
          : hour !== undefined
            ? 'hour'
            : day !== undefined
              ? 'day'
              : month !== undefined
                ? 'month'
                : 'year';
  return { year, month, day, hour, minute, second, fraction, offsetMinutes, precision };
}

const pad = (n: number | undefined, w = 2): string => String(n ?? 0).padStart(w, '0');

/** ISO 8601 text at the value's own precision, e.g. `2008-08-15T10:30-07:00` or `2020-06`. */
export function hl7DateTimeToIso(dt: Hl7DateTime): string {
  let s = pad(dt.year, 4);
  if (dt.month === undefined) return s;
  s += `-${pad(dt.month)}`;
  if (dt.day === undefined) return s;
  s += `-${pad(dt.day)}`;
  if (dt.hour === undefined) return s;
  s += `T${pad(dt.hour)}:${pad(dt.minute)}`;
  if (dt.second !== undefined) s += `:${pad(dt.second)}`;
  if (dt.fraction !== '') s += `.${dt.fraction}`;
  if (dt.offsetMinutes !== undefined) {
    const abs = Math.abs(dt.offsetMinutes);
    s += `${dt.offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  }
  return s;
}

/** Formats a JavaScript date as a DTM to the second, in UTC with a `+0000` offset. */
export function formatHl7DateTime(date: Date): string {
  return (
    pad(date.getUTCFullYear(), 4) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds()) +
    '+0000'
  );
}
