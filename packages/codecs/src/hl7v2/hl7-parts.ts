/**
 * Splitting helpers that find the n-th part of a delimited string without building arrays, so that
 * reading one component of one field costs a couple of `indexOf` calls.
 */

/** The 1-based `n`-th part of `s` split on `delim`; '' when there is no such part. */
export function nthPart(s: string, delim: string, n: number): string {
  if (delim === '') return n === 1 ? s : '';
  let start = 0;
  for (let i = 1; i < n; i++) {
    const at = s.indexOf(delim, start);
    if (at === -1) return '';
    start = at + 1;
  }
  const end = s.indexOf(delim, start);
  return end === -1 ? (start === 0 ? s : s.slice(start)) : s.slice(start, end);
}

/** How many parts `s` has when split on `delim` (an empty string has one, empty, part). */
export function countParts(s: string, delim: string): number {
  if (delim === '') return 1;
  let count = 1;
  let at = s.indexOf(delim);
  while (at !== -1) {
    count++;
    at = s.indexOf(delim, at + 1);
  }
  return count;
}

/** `s` split on `delim`; a missing delimiter means one part. */
export function splitParts(s: string, delim: string): string[] {
  return delim === '' ? [s] : s.split(delim);
}

/**
 * Returns `s` with its 1-based `n`-th part replaced, adding empty parts when `s` has fewer than `n`.
 * Every other part keeps its text exactly. Returns undefined when `n > 1` and there is no delimiter to
 * write with.
 */
export function withPart(s: string, delim: string, n: number, part: string): string | undefined {
  if (delim === '') return n === 1 ? part : undefined;
  const parts = s.split(delim);
  while (parts.length < n) parts.push('');
  parts[n - 1] = part;
  return parts.join(delim);
}

/** The character codes of the delimiters below field level; -1 for one a message did not declare. */
export interface DelimiterCodes {
  readonly repetition: number;
  readonly component: number;
  readonly subcomponent: number;
  readonly escape: number;
}

const code = (c: string): number => (c === '' ? -1 : c.charCodeAt(0));

export function delimiterCodes(
  repetition: string,
  component: string,
  subcomponent: string,
  escape: string,
): DelimiterCodes {
  return {
    repetition: code(repetition),
    component: code(component),
    subcomponent: code(subcomponent),
    escape: code(escape),
  };
}

/**
 * Finds one subcomponent of one component of one repetition in the raw text of a field, which lies
 * at `[from, to)` of `s`, in a single pass, and says whether it holds the escape character (so only such
 * values are decoded). Returns `[start, end, escaped]` in a reused array, or undefined when absent.
 */
const found: [number, number, boolean] = [0, 0, false];

export function locatePart(
  s: string,
  from: number,
  to: number,
  codes: DelimiterCodes,
  repetition: number,
  component: number,
  subcomponent: number,
): readonly [number, number, boolean] | undefined {
  let r = 1;
  let c = 1;
  let k = 1;
  let start = repetition === 1 && component === 1 && subcomponent === 1 ? from : -1;
  let escaped = false;
  for (let i = from; i < to; i++) {
    const ch = s.charCodeAt(i);
    if (ch === codes.repetition) {
      if (start !== -1) return done(start, i, escaped);
      r++;
      c = 1;
      k = 1;
      if (r > repetition) return undefined;
    } else if (ch === codes.component) {
      if (start !== -1) return done(start, i, escaped);
      if (r === repetition && ++c > component) return undefined;
      k = 1;
    } else if (ch === codes.subcomponent) {
      if (start !== -1) return done(start, i, escaped);
      if (r === repetition && c === component && ++k > subcomponent) return undefined;
    } else {
      if (ch === codes.escape && start !== -1) escaped = true;
      continue;
    }
    if (r === repetition && c === component && k === subcomponent) start = i + 1;
  }
  return start === -1 ? undefined : done(start, to, escaped);
}

function done(start: number, end: number, escaped: boolean): readonly [number, number, boolean] {
  found[0] = start;
  found[1] = end;
  found[2] = escaped;
  return found;
}
