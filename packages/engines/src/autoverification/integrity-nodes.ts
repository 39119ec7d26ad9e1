import { nodeType } from './node-kit.js';

/** Order and result integrity (filter 1 of autoverification.md §2). */

/** The analysis was cancelled, yet a result arrived: hold it, never release it. */
export interface CancelledAnalysisNode {
  readonly kind: 'cancelled-analysis';
}
export const CancelledAnalysisNode = nodeType<CancelledAnalysisNode, []>('cancelled-analysis', () => ({}));

/**
 * The value is not of the kind the test reports: a non-numeric (or non-finite) value for a numeric
 * test, or a coded answer not among the test's permitted answers.
 */
export interface ValueKindMismatchNode {
  readonly kind: 'value-kind-mismatch';
}
export const ValueKindMismatchNode = nodeType<ValueKindMismatchNode, []>('value-kind-mismatch', () => ({}));

/** The test has a unit but the result carries none; with `requireMatch`, also a different unit. */
export interface MissingUnitNode {
  readonly kind: 'missing-unit';
  readonly requireMatch: boolean;
}
export const MissingUnitNode = nodeType<MissingUnitNode, [requireMatch?: boolean]>(
  'missing-unit',
  (requireMatch = true) => ({ requireMatch }),
);

export const DemographicField = { sex: 'sex', birthDate: 'birth-date' } as const;
export type DemographicField = (typeof DemographicField)[keyof typeof DemographicField];

/**
 * The patient's sex or birth date is missing. With `onlyWhenIntervalDepends`, only when the test's
 * reference intervals are partitioned by that field (so no interval can be chosen without it).
 */
export interface MissingDemographicNode {
  readonly kind: 'missing-demographic';
  readonly fields: readonly DemographicField[];
  readonly onlyWhenIntervalDepends: boolean;
}
export const MissingDemographicNode = nodeType<
  MissingDemographicNode,
  [fields?: readonly DemographicField[], onlyWhenIntervalDepends?: boolean]
>('missing-demographic', (fields = ['sex', 'birth-date'], onlyWhenIntervalDepends = true) => ({
  fields,
  onlyWhenIntervalDepends,
}));
