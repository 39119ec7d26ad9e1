import type { DeltaMethod } from '@aliquot/domain';
import { contextOverlaps, type ClinicalContext, type ClinicalContextKind } from './clinical-context.js';
import { rcvLimits, type RcvForm } from './reference-change-value.js';

/**
 * Delta checks: compare a result with the same patient's most recent earlier result of the same test.
 * @see shared/domain/delta-and-critical.md §1 and §3; CLSI EP33
 */

/** One result as the delta check sees it; `at` is the collection time. */
export interface DeltaObservation {
  readonly value: number;
  readonly at: Date;
  /** Specimen type (matrix), e.g. "SER/PLAS" or "WB-EDTA". */
  readonly specimenType: string;
  readonly method?: string;
  readonly resultId?: string;
}

export interface DeltaRule {
  readonly method: DeltaMethod;
  /** Only an earlier result collected this recently is compared. */
  readonly windowHours: number;
  /**
   * absolute: in the test's unit; percent: in %; rate: unit per hour; rcv: the RCV in % when no
   * `variation` is given.
   */
  readonly limit?: number;
  /** For rcv: CVa and CVi in percent, from which the RCV is computed. */
  readonly variation?: { readonly cva: number; readonly cvi: number };
  /** For rcv: the Z score (1.96 unless given). */
  readonly z?: number;
  /** For rcv: symmetric, or log-normal for skewed analytes. Symmetric unless given. */
  readonly rcvForm?: RcvForm;
  /** Compare only results of the same specimen type. True unless given. */
  readonly requireSameMatrix?: boolean;
  /** Compare only results of the same method, when both carry one. False unless given. */
  readonly requireSameMethod?: boolean;
  /** Clinical episodes between the two results that excuse a change. */
  readonly excludeContexts?: readonly ClinicalContextKind[];
}

export interface DeltaInput {
  readonly current: DeltaObservation;
  readonly history: readonly DeltaObservation[];
  readonly rule: DeltaRule;
  readonly contexts?: readonly ClinicalContext[];
}

/** The quantity compared with the limit, and the limit, as the method defines them. */
export interface DeltaMeasure {
  readonly method: DeltaMethod;
  /** |Δ| (absolute), |Δ%| (percent), signed Δ% (rcv) or |Δ|/h (rate). */
  readonly observed: number;
  /** The largest allowed fall (rcv only, negative percent). */
  readonly limitDown?: number;
  /** The largest allowed rise, or the largest allowed magnitude. */
  readonly limitUp: number;
}

export interface DeltaComparison {
  readonly previous: DeltaObservation;
  readonly hours: number;
  /** current − previous, in the test's unit. */
  readonly change: number;
  /** 100 × change / previous; absent when the previous value is 0. */
  readonly percentChange?: number;
  readonly ratePerHour: number;
}

export type DeltaResult =
  | { readonly status: 'not-configured'; readonly fired: false; readonly reason: string }
  | {
      readonly status: 'no-prior';
      readonly fired: false;
      readonly reason: string;
      /** Earlier results passed over: other specimen type, other method, older than the window. */
      readonly passedOver: {
        readonly otherMatrix: number;
        readonly otherMethod: number;
        readonly tooOld: number;
      };
    }
  | (DeltaComparison & {
      readonly status: 'excluded';
      readonly fired: false;
      readonly reason: string;
      readonly context: ClinicalContext;
    })
  | (DeltaComparison & {
      readonly status: 'evaluated';
      readonly fired: boolean;
      readonly reason: string;
      readonly measure: DeltaMeasure;
    });

const HOUR = 3_600_000;

/** The most recent earlier comparable observation, and how many were passed over and why. */
export function findPrevious(
  current: DeltaObservation,
  history: readonly DeltaObservation[],
  rule: DeltaRule,
): {
  readonly previous?: DeltaObservation;
  readonly passedOver: Extract<DeltaResult, { status: 'no-prior' }>['passedOver'];
} {
  const now = current.at.getTime();
  const earliest = now - rule.windowHours * HOUR;
  let previous: DeltaObservation | undefined;
  let otherMatrix = 0;
  let otherMethod = 0;
  let tooOld = 0;
  for (const candidate of history) {
    const at = candidate.at.getTime();
    if (at >= now) continue;
    if ((rule.requireSameMatrix ?? true) && candidate.specimenType !== current.specimenType) {
      otherMatrix++;
      continue;
    }
    if (
      rule.requireSameMethod === true &&
      candidate.method !== undefined &&
      current.method !== undefined &&
      candidate.method !== current.method
    ) {
      otherMethod++;
      continue;
    }
    if (at < earliest) {
      tooOld++;
      continue;
    }
    if (previous === undefined || at > previous.at.getTime()) previous = candidate;
  }
  return { previous, passedOver: { otherMatrix, otherMethod, tooOld } };
}

function measureFor(rule: DeltaRule, comparison: DeltaComparison): DeltaMeasure | string {
  const { change, percentChange, ratePerHour } = comparison;
  switch (rule.method) {
    case 'absolute':
    case 'percent':
    case 'rate': {
      if (rule.limit === undefined) return `a ${rule.method} delta check needs a limit`;
      const observed =
        rule.method === 'absolute'
          ? Math.abs(change)
          : rule.method === 'rate'
            ? Math.abs(ratePerHour)
            : Math.abs(percentChange ?? (change === 0 ? 0 : Number.POSITIVE_INFINITY));
      return { method: rule.method, observed, limitUp: rule.limit };
    }
    case 'rcv': {
      const limits = rule.variation
        ? rcvLimits({ ...rule.variation, z: rule.z }, rule.rcvForm ?? 'symmetric')
        : rule.limit !== undefined
          ? { up: rule.limit, down: -rule.limit }
          : undefined;
      if (limits === undefined) return 'an RCV delta check needs CVa and CVi, or an RCV limit';
      const observed = percentChange ?? (change === 0 ? 0 : Math.sign(change) * Number.POSITIVE_INFINITY);
      return { method: 'rcv', observed, limitUp: limits.up, limitDown: limits.down };
    }
    default:
      return rule.method satisfies never;
  }
}

/**
 * Absolute, percent and rate checks fire at or beyond their limit; an RCV check fires when the change
 * exceeds the RCV (beyond `limitUp`, or below `limitDown`).
 */
function fires(measure: DeltaMeasure): boolean {
  if (measure.method === 'rcv') {
    return measure.observed > measure.limitUp || measure.observed < (measure.limitDown ?? -measure.limitUp);
  }
  return measure.observed >= measure.limitUp;
}

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

function describeMeasure(measure: DeltaMeasure, fired: boolean): string {
  const observed = Number.isFinite(measure.observed) ? String(round(measure.observed, 1)) : 'unbounded';
  switch (measure.method) {
    case 'absolute':
      return `change of ${observed} ${fired ? 'reaches' : 'is within'} the limit of ${measure.limitUp}`;
    case 'percent':
      return `change of ${observed}% ${fired ? 'reaches' : 'is within'} the limit of ${measure.limitUp}%`;
    case 'rate':
      return `change of ${observed} per hour ${fired ? 'reaches' : 'is within'} the limit of ${measure.limitUp} per hour`;
    case 'rcv':
      return `change of ${observed}% is ${fired ? 'beyond' : 'within'} the reference change value (${round(measure.limitDown ?? -measure.limitUp, 1)}% to +${round(measure.limitUp, 1)}%)`;
    default:
      return measure.method satisfies never;
  }
}

/** Run a delta check. Pure: the same input always gives the same result. */
export function checkDelta(input: DeltaInput): DeltaResult {
  const { current, rule } = input;
  if (!(rule.windowHours > 0)) {
    return { status: 'not-configured', fired: false, reason: 'a delta check needs a positive time window' };
  }
  const { previous, passedOver } = findPrevious(current, input.history, rule);
  if (previous === undefined) {
    const skipped = [
      passedOver.otherMatrix > 0 ? `${passedOver.otherMatrix} of another specimen type` : undefined,
      passedOver.otherMethod > 0 ? `${passedOver.otherMethod} by another method` : undefined,
      passedOver.tooOld > 0 ? `${passedOver.tooOld} older than ${rule.windowHours} h` : undefined,
    ].filter((part) => part !== undefined);
    return {
      status: 'no-prior',
      fired: false,
      passedOver,
      reason: `no earlier result within ${rule.windowHours} h${skipped.length > 0 ? ` (passed over ${skipped.join(', ')})` : ''}`,
    };
  }
  const hours = (current.at.getTime() - previous.at.getTime()) / HOUR;
  const change = current.value - previous.value;
  const comparison: DeltaComparison = {
    previous,
    hours,
    change,
    ...(previous.value === 0 ? {} : { percentChange: (100 * change) / Math.abs(previous.value) }),
    ratePerHour: change / hours,
  };
  const since = `since ${previous.value} ${round(hours, 1)} h earlier`;
  const excusing = input.contexts?.find(
    (context) =>
      rule.excludeContexts?.includes(context.kind) === true &&
      contextOverlaps(context, previous.at, current.at),
  );
  if (excusing !== undefined) {
    return {
      ...comparison,
      status: 'excluded',
      fired: false,
      context: excusing,
      reason: `not checked: ${excusing.kind} between the two results (${since})`,
    };
  }
  const measure = measureFor(rule, comparison);
  if (typeof measure === 'string') return { status: 'not-configured', fired: false, reason: measure };
  const fired = fires(measure);
  return {
    ...comparison,
    status: 'evaluated',
    fired,
    measure,
    reason: `${describeMeasure(measure, fired)} (${since})`,
  };
}
