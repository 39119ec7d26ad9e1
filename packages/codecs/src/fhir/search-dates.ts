/**
 * Date search values: a prefix and a date or date-time of any precision, read as the interval it
 * covers. `2024-03` is all of March; `ge2024-03` is from its first instant on, `gt2024-03` from April.
 * A time without an offset is read as UTC.
 * @see https://hl7.org/fhir/R4/search.html#date
 */
export const DatePrefix = { eq: 'eq', gt: 'gt', lt: 'lt', ge: 'ge', le: 'le' } as const;
export type DatePrefix = (typeof DatePrefix)[keyof typeof DatePrefix];

export interface DateBound {
  readonly prefix: DatePrefix;
  /** First instant of the value's interval (ISO 8601, UTC). */
  readonly start: string;
  /** First instant after it. */
  readonly end: string;
}

/** How a point in time `t` must relate to the bound: `t >= from` and `t < before`, either side open. */
export function boundRange(bound: DateBound): { from?: string; before?: string } {
  switch (bound.prefix) {
    case 'eq':
      return { from: bound.start, before: bound.end };
    case 'ge':
      return { from: bound.start };
    case 'gt':
      return { from: bound.end };
    case 'le':
      return { before: bound.end };
    case 'lt':
      return { before: bound.start };
    default:
      return bound.prefix satisfies never;
  }
}

const PATTERN =
  /^(eq|ne|gt|lt|ge|le|sa|eb|ap)?(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+\- ]\d{2}:\d{2})?)?)?)?$/;

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The bound a search value stands for, or what is wrong with it. */
export function parseDateValue(raw: string): DateBound | string {
  const match = PATTERN.exec(raw);
  if (!match)
    return `${raw} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][Z|±hh:mm]) with an optional prefix eq, gt, lt, ge, le`;
  const [, prefix = 'eq', y, mo, d, h, mi, s, fraction, zone] = match;
  if (!(prefix in DatePrefix)) return `the prefix ${prefix} is not supported; use eq, gt, lt, ge or le`;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millis = fraction === undefined ? 0 : Math.floor(Number(fraction) * 1000);
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysIn(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return `${raw} is not a valid date`;
  }
  let offsetMinutes = 0;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    offsetMinutes = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  }
  const start = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  let end: number;
  if (mo === undefined) end = Date.UTC(year + 1, 0, 1);
  else if (d === undefined) end = Date.UTC(year, month, 1);
  else if (h === undefined) end = Date.UTC(year, month - 1, day + 1);
  else if (s === undefined) end = start + 60_000;
  else if (fraction === undefined) end = start + 1000;
  else end = start + 1;
  return {
    prefix: prefix as DatePrefix,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
  };
}
