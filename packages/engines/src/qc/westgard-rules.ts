import type { RuleDetector } from './westgard-rule-catalog.js';
import type { ControlSequence, SequencePoint } from './westgard-sequences.js';

/** Which side of the mean a finding lies on; `both` for R-4s. */
export const ViolationSide = {
  high: 'high',
  low: 'low',
  both: 'both',
} as const;
export type ViolationSide = (typeof ViolationSide)[keyof typeof ViolationSide];

/** Points of one sequence that break a rule, as indices into that sequence, in sequence order. */
export interface Finding {
  readonly side: ViolationSide;
  readonly indices: readonly number[];
}

/** Decides whether a window (start inclusive, end exclusive) is in the scope being scanned. */
export type WindowFilter = (points: readonly SequencePoint[], start: number, end: number) => boolean;

type Side = typeof ViolationSide.high | typeof ViolationSide.low;
const sides: readonly Side[] = [ViolationSide.high, ViolationSide.low];

function beyond(z: number, limit: number, side: Side): boolean {
  return side === ViolationSide.high ? z > limit : z < -limit;
}

/**
 * The start of every window of `size` points that lies inside one segment and contains at least one new
 * point, in ascending order. Only such windows can hold a violation this run has not been judged on.
 */
export function windowStarts(sequence: ControlSequence, size: number): number[] {
  const { points, segments } = sequence;
  const starts: number[] = [];
  let next = 0;
  points.forEach((point, index) => {
    if (!point.isNew) return;
    const from = Math.max(next, index - size + 1, 0);
    const to = Math.min(index, points.length - size);
    for (let start = from; start <= to; start += 1) {
      if (segments[start] === segments[start + size - 1]) starts.push(start);
    }
    next = Math.max(next, to + 1);
  });
  return starts;
}

/** Joins findings of one side that share a point, so a long streak is reported once. */
function mergeOverlapping(findings: readonly Finding[]): Finding[] {
  const merged: { side: ViolationSide; indices: Set<number> }[] = [];
  for (const finding of findings) {
    const last = merged.findLast((group) => group.side === finding.side);
    if (last !== undefined && finding.indices.some((index) => last.indices.has(index))) {
      for (const index of finding.indices) last.indices.add(index);
    } else {
      merged.push({ side: finding.side, indices: new Set(finding.indices) });
    }
  }
  return merged.map((group) => ({ side: group.side, indices: [...group.indices].sort((a, b) => a - b) }));
}

function scanConsecutive(
  sequence: ControlSequence,
  count: number,
  limit: number,
  accept: WindowFilter,
): Finding[] {
  const findings: Finding[] = [];
  for (const start of windowStarts(sequence, count)) {
    const end = start + count;
    if (!accept(sequence.points, start, end)) continue;
    const window = sequence.points.slice(start, end);
    for (const side of sides) {
      if (window.every((point) => beyond(point.z, limit, side))) {
        findings.push({ side, indices: window.map((_, offset) => start + offset) });
      }
    }
  }
  return mergeOverlapping(findings);
}

function scanKOfM(
  sequence: ControlSequence,
  k: number,
  m: number,
  limit: number,
  accept: WindowFilter,
): Finding[] {
  const findings: Finding[] = [];
  for (const start of windowStarts(sequence, m)) {
    const end = start + m;
    if (!accept(sequence.points, start, end)) continue;
    for (const side of sides) {
      const indices: number[] = [];
      for (let index = start; index < end; index += 1) {
        const point = sequence.points[index];
        if (point !== undefined && beyond(point.z, limit, side)) indices.push(index);
      }
      // A finding must involve the new run: points already judged together are not judged again.
      const involvesNew = indices.some((index) => sequence.points[index]?.isNew === true);
      if (indices.length >= k && involvesNew) findings.push({ side, indices });
    }
  }
  return mergeOverlapping(findings);
}

function scanSingleValues(sequence: ControlSequence, limit: number): Finding[] {
  return sides.flatMap((side) => {
    const indices = sequence.points.flatMap((point, index) =>
      point.isNew && beyond(point.z, limit, side) ? [index] : [],
    );
    return indices.length > 0 ? [{ side, indices }] : [];
  });
}

function scanRange(sequence: ControlSequence, limit: number): Finding[] {
  const high = sequence.points.flatMap((point, index) => (beyond(point.z, limit, 'high') ? [index] : []));
  const low = sequence.points.flatMap((point, index) => (beyond(point.z, limit, 'low') ? [index] : []));
  if (high.length === 0 || low.length === 0) return [];
  return [{ side: ViolationSide.both, indices: [...high, ...low].sort((a, b) => a - b) }];
}

/**
 * Runs one detector along one sequence. Single-value and range detectors only make sense within a run
 * and look at the sequence's new points; window detectors look at windows the filter accepts.
 */
export function detect(detector: RuleDetector, sequence: ControlSequence, accept: WindowFilter): Finding[] {
  switch (detector.kind) {
    case 'single-value':
      return scanSingleValues(sequence, detector.limit);
    case 'range':
      return scanRange(sequence, detector.limit);
    case 'consecutive':
      return scanConsecutive(sequence, detector.count, detector.limit, accept);
    case 'k-of-m':
      return scanKOfM(sequence, detector.k, detector.m, detector.limit, accept);
    default:
      return detector satisfies never;
  }
}
