import type { DeltaMethod } from '@aliquot/domain';
import type { CriticalLimitPartition } from '../critical/index.js';
import type { ClinicalContextKind, RcvForm } from '../delta/index.js';
import { nodeType } from './node-kit.js';

/** Clinical judgement of the value: critical limits (filter 9), delta checks (10), reference interval. */

/**
 * At or beyond a critical limit. The node's own partitions (sex and age aware) when given, otherwise
 * the test definition's `critical` limits.
 */
export interface CriticalValueNode {
  readonly kind: 'critical-value';
  readonly limits?: readonly CriticalLimitPartition[];
}
export const CriticalValueNode = nodeType<CriticalValueNode, [limits?: readonly CriticalLimitPartition[]]>(
  'critical-value',
  (limits) => ({ limits }),
);

export interface DeltaSettingSpec {
  readonly method: DeltaMethod;
  /** Unit (absolute), % (percent; rcv without variation) or unit per hour (rate). */
  readonly limit?: number;
  readonly windowHours: number;
}

/**
 * A delta check against the patient's previous result. The node's `setting` when given, otherwise the
 * test definition's `delta`; an RCV check takes CVa and CVi from the definition's `variation`.
 */
export interface DeltaCheckNode {
  readonly kind: 'delta-check';
  readonly setting?: DeltaSettingSpec;
  readonly excludeContexts: readonly ClinicalContextKind[];
  readonly requireSameMatrix: boolean;
  readonly requireSameMethod: boolean;
  readonly rcvForm: RcvForm;
  readonly z?: number;
}
export const DeltaCheckNode = nodeType<
  DeltaCheckNode,
  [
    options?: {
      setting?: DeltaSettingSpec;
      excludeContexts?: readonly ClinicalContextKind[];
      requireSameMatrix?: boolean;
      requireSameMethod?: boolean;
      rcvForm?: RcvForm;
      z?: number;
    },
  ]
>('delta-check', (options = {}) => ({
  setting: options.setting,
  excludeContexts: options.excludeContexts ?? [],
  requireSameMatrix: options.requireSameMatrix ?? true,
  requireSameMethod: options.requireSameMethod ?? false,
  rcvForm: options.rcvForm ?? 'symmetric',
  z: options.z,
}));

export const IntervalPosition = { outside: 'outside', below: 'below', above: 'above' } as const;
export type IntervalPosition = (typeof IntervalPosition)[keyof typeof IntervalPosition];

/** Outside the patient's reference interval (chosen by sex and age), e.g. to trigger a reflex. */
export interface ReferenceIntervalNode {
  readonly kind: 'reference-interval';
  readonly position: IntervalPosition;
}
export const ReferenceIntervalNode = nodeType<ReferenceIntervalNode, [position: IntervalPosition]>(
  'reference-interval',
  (position) => ({ position }),
);
