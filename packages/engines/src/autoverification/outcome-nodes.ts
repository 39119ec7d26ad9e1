import { nodeType } from './node-kit.js';

/**
 * What a rule asks for when it fires. Blocking outcomes (hold, rerun, dilute-and-rerun,
 * cancel-and-recollect) stop release; the others accompany whatever disposition results.
 * @see shared/domain/autoverification.md §2 (decision outcomes)
 */

/**
 * Hold for a technologist's review; the rule's message is the reason. `specimen`: the finding puts the
 * specimen itself in doubt (its identity, as a wrong-blood-in-tube delta does), so every result of the
 * specimen waits with this one until a person has looked.
 */
export interface HoldOutcome {
  readonly kind: 'hold';
  readonly specimen: boolean;
}
export const HoldOutcome = nodeType<HoldOutcome, [specimen?: boolean]>('hold', (specimen = false) => ({
  specimen,
}));

/** Measure again, on the same instrument or on another. */
export interface RerunOutcome {
  readonly kind: 'rerun';
  readonly sameInstrument: boolean;
}
export const RerunOutcome = nodeType<RerunOutcome, [sameInstrument?: boolean]>(
  'rerun',
  (sameInstrument = true) => ({
    sameInstrument,
  }),
);

/**
 * Dilute and measure again. 'auto' takes the smallest factor of the usual series (2, 5, 10, 20, 50,
 * 100, …), larger than any dilution already applied and within the validated maximum, that should bring
 * the value inside the measuring range.
 */
export interface DiluteAndRerunOutcome {
  readonly kind: 'dilute-and-rerun';
  readonly factor: number | 'auto';
}
export const DiluteAndRerunOutcome = nodeType<DiluteAndRerunOutcome, [factor?: number | 'auto']>(
  'dilute-and-rerun',
  (factor = 'auto') => ({ factor }),
);

/** Reject the specimen for this test and request a new collection. */
export interface CancelAndRecollectOutcome {
  readonly kind: 'cancel-and-recollect';
}
export const CancelAndRecollectOutcome = nodeType<CancelAndRecollectOutcome, []>(
  'cancel-and-recollect',
  () => ({}),
);

/** Order further tests on the specimen (the service orders each code once per specimen). */
export interface ReflexOutcome {
  readonly kind: 'reflex';
  readonly tests: readonly string[];
}
export const ReflexOutcome = nodeType<ReflexOutcome, [tests: readonly string[]]>('reflex', (tests) => ({
  tests,
}));

/** A comment printed with the result. `{test}` is replaced by the test's name. */
export interface CommentOutcome {
  readonly kind: 'comment';
  readonly text: string;
}
export const CommentOutcome = nodeType<CommentOutcome, [text: string]>('comment', (text) => ({ text }));

/** Open a critical-result call task. */
export interface NotifyCriticalOutcome {
  readonly kind: 'notify-critical';
}
export const NotifyCriticalOutcome = nodeType<NotifyCriticalOutcome, []>('notify-critical', () => ({}));

export const ReportBound = {
  measuringRangeLow: 'measuring-range-low',
  reportableHigh: 'reportable-high',
} as const;
export type ReportBound = (typeof ReportBound)[keyof typeof ReportBound];

/** Report a censored value: "< lower AMR limit" or "> CRR" instead of the measured number. */
export interface ReportAsOutcome {
  readonly kind: 'report-as';
  readonly comparator: '<' | '>';
  readonly bound: ReportBound;
}
export const ReportAsOutcome = nodeType<ReportAsOutcome, [comparator: '<' | '>', bound: ReportBound]>(
  'report-as',
  (comparator, bound) => ({ comparator, bound }),
);

/** Report a text instead of the value (e.g. a calculated LDL that is not valid). */
export interface SuppressOutcome {
  readonly kind: 'suppress';
  readonly text: string;
}
export const SuppressOutcome = nodeType<SuppressOutcome, [text: string]>('suppress', (text) => ({ text }));

export type OutcomeNode =
  | HoldOutcome
  | RerunOutcome
  | DiluteAndRerunOutcome
  | CancelAndRecollectOutcome
  | ReflexOutcome
  | CommentOutcome
  | NotifyCriticalOutcome
  | ReportAsOutcome
  | SuppressOutcome;

export type OutcomeKind = OutcomeNode['kind'];
