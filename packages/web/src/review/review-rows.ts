import type { components } from '../api/schema.js';

export type SpecimenReview = components['schemas']['SpecimenReview'];
export type HeldResult = components['schemas']['HeldResult'];

/** One line of the worklist: a held result with the specimen and patient it belongs to. */
export interface ReviewRow {
  readonly specimen: SpecimenReview;
  readonly result: HeldResult;
  /** The first held result of its specimen starts a group. */
  readonly firstOfSpecimen: boolean;
}

/** The queue (specimens, STAT first, each with its held results) as rows, one per held result. */
export function reviewRows(specimens: readonly SpecimenReview[]): ReviewRow[] {
  return specimens.flatMap((specimen) =>
    specimen.held.map((result, index) => ({ specimen, result, firstOfSpecimen: index === 0 })),
  );
}

export type ReviewKeyAction = 'release' | 'rerun' | 'dilute' | 'reject' | 'comment';

/** The keyboard shortcuts of the focused row, shown on the screen as they are. */
export const reviewShortcuts: readonly { key: string; action: ReviewKeyAction; label: string }[] = [
  { key: 'R', action: 'release', label: 'Release' },
  { key: 'U', action: 'rerun', label: 'Rerun' },
  { key: 'D', action: 'dilute', label: 'Dilute' },
  { key: 'J', action: 'reject', label: 'Reject specimen' },
  { key: 'C', action: 'comment', label: 'Comment' },
];

/** The action a key press asks for, or undefined (modifier keys leave the browser's own shortcuts alone). */
export function keyAction(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): ReviewKeyAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  return reviewShortcuts.find((s) => s.key === event.key.toUpperCase())?.action;
}

/** The latest delta against the patient's previous result, e.g. "+1.2 (+25 %)", or undefined. */
export function latestDelta(result: HeldResult): string | undefined {
  const last = result.history.at(-1);
  if (!last || last.delta === null) return undefined;
  const sign = last.delta > 0 ? '+' : '';
  const pct = last.deltaPercent === null ? '' : ` (${sign}${Math.round(last.deltaPercent)} %)`;
  return `${sign}${Number(last.delta.toFixed(3))}${pct}`;
}

/** Stages whose hold a person must confirm in words before releasing. */
const CONFIRMED_STAGES: ReadonlySet<string> = new Set(['critical', 'delta']);
const CRITICAL_FLAGS: ReadonlySet<string> = new Set(['LL', 'HH', 'AA']);

/**
 * Why releasing this row needs a confirming comment, one sentence each, or an empty list: it was held
 * for a critical value or a delta, or it carries a critical flag or call. The comment is sent as the
 * release's reason.
 */
export function releaseConfirmation(row: ReviewRow): string[] {
  const { result } = row;
  const why = result.reasons.filter((r) => CONFIRMED_STAGES.has(r.stage)).map((r) => r.sentence);
  if (why.length === 0 && result.flags.some((f) => CRITICAL_FLAGS.has(f)))
    why.push(`${result.testCode} is flagged critical (${result.flags.join(', ')}).`);
  if (why.length === 0 && result.criticalCall) why.push(`A critical call is ${result.criticalCall.status}.`);
  return why;
}
