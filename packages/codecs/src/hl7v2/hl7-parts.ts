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
