import { nodeType } from './node-kit.js';
import type { QcStatus } from './result-context.js';

/**
 * The measurement: analyzer flags (filter 3), QC (4), measuring and reportable range (6, 7) and
 * implausible values (8) of autoverification.md §2.
 */

/**
 * The analyzer sent a flag: any of `anyOf` when given, otherwise any flag at all; flags in `except`
 * (interpretive or morphology flags handled by other rules) never count.
 */
export interface InstrumentFlagNode {
  readonly kind: 'instrument-flag';
  readonly anyOf?: readonly string[];
  readonly except?: readonly string[];
}
export const InstrumentFlagNode = nodeType<
  InstrumentFlagNode,
  [options?: { anyOf?: readonly string[]; except?: readonly string[] }]
>('instrument-flag', (options = {}) => ({ anyOf: options.anyOf, except: options.except }));

/**
 * QC of this test on this instrument does not allow release: its status is one of `failOn`, its last
 * accepted run is older than `validityMinutes`, or (with `pbrtqc`) patient-based QC is alarming.
 * @see shared/domain/qc.md §9
 */
export interface QcStateNode {
  readonly kind: 'qc-state';
  readonly failOn: readonly QcStatus[];
  readonly validityMinutes?: number;
  readonly pbrtqc: boolean;
}
export const QcStateNode = nodeType<
  QcStateNode,
  [options?: { failOn?: readonly QcStatus[]; validityMinutes?: number; pbrtqc?: boolean }]
>('qc-state', (options = {}) => ({
  failOn: options.failOn ?? ['rejected', 'none'],
  validityMinutes: options.validityMinutes,
  pbrtqc: options.pbrtqc ?? true,
}));

/**
 * Where the measured value (the reported value divided by any dilution already applied) lies against
 * the test's analytical measurement range (AMR):
 * - below: under the lower AMR limit (report "< LoQ");
 * - above-dilutable: over the upper limit and a larger validated dilution remains (dilute and rerun);
 * - above-reportable: over the upper limit at the largest validated dilution, so beyond the clinically
 *   reportable range (CRR = AMR high × max dilution): report "> CRR" and hold.
 */
export const RangePosition = {
  below: 'below',
  aboveDilutable: 'above-dilutable',
  aboveReportable: 'above-reportable',
} as const;
export type RangePosition = (typeof RangePosition)[keyof typeof RangePosition];

export interface MeasuringRangeNode {
  readonly kind: 'measuring-range';
  readonly position: RangePosition;
}
export const MeasuringRangeNode = nodeType<MeasuringRangeNode, [position: RangePosition]>(
  'measuring-range',
  (position) => ({ position }),
);

/** A value no living patient can have (e.g. K > 10 mmol/L, Na < 90): contamination or misidentification. */
export interface ImplausibleValueNode {
  readonly kind: 'implausible-value';
  readonly low?: number;
  readonly high?: number;
}
export const ImplausibleValueNode = nodeType<ImplausibleValueNode, [limits: { low?: number; high?: number }]>(
  'implausible-value',
  (limits) => ({ low: limits.low, high: limits.high }),
);
