import { LabError } from '@aliquot/domain';
import {
  measuredAtMillis,
  observationZ,
  zScore,
  type HistoricalObservation,
  type ObservationStatus,
} from './control-observation.js';
import type { RuleRole, RuleScope, WestgardRule } from './westgard-rule-catalog.js';
import type { WestgardViolation } from './westgard-evaluator.js';

/** Events shown on a chart because they explain shifts (qc.md §3). */
export const AnnotationKind = {
  controlLotChange: 'control-lot-change',
  calibration: 'calibration',
  maintenance: 'maintenance',
  reagentLotChange: 'reagent-lot-change',
  comment: 'comment',
} as const;
export type AnnotationKind = (typeof AnnotationKind)[keyof typeof AnnotationKind];

export interface ChartAnnotation {
  readonly kind: AnnotationKind;
  /** ISO 8601 date-time of the event. */
  readonly at: string;
  readonly text?: string;
}

/** A rule a point took part in breaking. */
export interface PointViolation {
  readonly rule: WestgardRule;
  readonly role: RuleRole;
  readonly scope: RuleScope;
}

export interface ChartPoint {
  readonly id: string;
  readonly runId: string;
  readonly measuredAt: string;
  readonly value: number;
  readonly z: number;
  readonly status: ObservationStatus;
  readonly violations: readonly PointViolation[];
}

export interface PlacedAnnotation extends ChartAnnotation {
  /** Index of the last point measured at or before the event; −1 when it precedes every point. */
  readonly afterPointIndex: number;
}

/** A horizontal line at mean + k·SD (k = −3 … +3; k = 0 is the mean). */
export interface SdLine {
  readonly k: number;
  readonly value: number;
}

export interface LeveyJenningsChart {
  readonly level: string;
  readonly lotId: string;
  readonly mean: number;
  readonly sd: number;
  readonly lines: readonly SdLine[];
  /** Points in measurement order; z is against the chart's target, so it matches the lines. */
  readonly points: readonly ChartPoint[];
  readonly annotations: readonly PlacedAnnotation[];
  /** A y-range that shows ±3 SD and every point. */
  readonly valueRange: { readonly min: number; readonly max: number };
}

export interface LeveyJenningsInput {
  /** Observations of one instrument × test × level × control lot, any status. */
  readonly observations: readonly HistoricalObservation[];
  /** The lab-established target; defaults to the target of the latest observation. */
  readonly target?: { readonly mean: number; readonly sd: number };
  /** Violations from the runs' evaluations (stored, or from `replayRuns`). */
  readonly violations?: readonly WestgardViolation[];
  readonly annotations?: readonly ChartAnnotation[];
}

const sdMultiples = [-3, -2, -1, 0, 1, 2, 3] as const;

function violationsById(violations: readonly WestgardViolation[]): Map<string, PointViolation[]> {
  const byId = new Map<string, PointViolation[]>();
  for (const violation of violations) {
    const entry: PointViolation = { rule: violation.rule, role: violation.role, scope: violation.scope };
    for (const id of violation.observationIds) {
      const list = byId.get(id) ?? [];
      if (!list.some((seen) => seen.rule === entry.rule && seen.scope === entry.scope)) list.push(entry);
      byId.set(id, list);
    }
  }
  return byId;
}

function byTime<T extends HistoricalObservation>(observations: readonly T[]): T[] {
  const times = new Map(observations.map((observation) => [observation, measuredAtMillis(observation)]));
  return [...observations].sort((a, b) => (times.get(a) ?? 0) - (times.get(b) ?? 0));
}

function placeAnnotations(
  annotations: readonly ChartAnnotation[],
  pointTimes: readonly number[],
): PlacedAnnotation[] {
  return annotations
    .map((annotation) => {
      const at = Date.parse(annotation.at);
      if (Number.isNaN(at)) throw LabError.invalid(`Annotation time "${annotation.at}" is not a date-time`);
      return { annotation, at };
    })
    .sort((a, b) => a.at - b.at)
    .map(({ annotation, at }) => ({
      ...annotation,
      afterPointIndex: pointTimes.findLastIndex((time) => time <= at),
    }));
}

/**
 * Chart-ready Levey–Jennings data for one instrument × test × level × lot: the target mean, ±1/2/3 SD
 * lines, each point with its z and the rules it broke, and the annotations placed between points.
 *
 * @see Levey S, Jennings ER. Am J Clin Pathol 1950;20:1059; qc.md §3.
 */
export function leveyJenningsChart(input: LeveyJenningsInput): LeveyJenningsChart {
  const observations = byTime(input.observations);
  const latest = observations.at(-1);
  const first = observations[0];
  const target = input.target ?? (latest && { mean: latest.targetMean, sd: latest.targetSd });
  if (target === undefined || first === undefined) {
    throw LabError.invalid('A Levey–Jennings chart needs at least one observation');
  }
  const stray = observations.find((o) => o.level !== first.level || o.lotId !== first.lotId);
  if (stray !== undefined) {
    throw LabError.invalid(`A Levey–Jennings chart is for one level and one control lot`, [
      { location: `observation ${stray.id}`, message: `level ${stray.level}, lot ${stray.lotId}` },
    ]);
  }
  const violations = violationsById(input.violations ?? []);
  const points = observations.map((observation) => ({
    id: observation.id,
    runId: observation.runId,
    measuredAt: observation.measuredAt,
    value: observation.value,
    z: zScore(observation.value, target.mean, target.sd),
    status: observation.status,
    violations: violations.get(observation.id) ?? [],
  }));
  const values = [
    ...points.map((point) => point.value),
    target.mean - 3 * target.sd,
    target.mean + 3 * target.sd,
  ];
  return {
    level: first.level,
    lotId: first.lotId,
    mean: target.mean,
    sd: target.sd,
    lines: sdMultiples.map((k) => ({ k, value: target.mean + k * target.sd })),
    points,
    annotations: placeAnnotations(input.annotations ?? [], observations.map(measuredAtMillis)),
    valueRange: { min: Math.min(...values), max: Math.max(...values) },
  };
}

export interface ZChartPoint {
  readonly id: string;
  readonly runId: string;
  readonly measuredAt: string;
  readonly z: number;
  readonly status: ObservationStatus;
  /** Position in the pooled measurement order of all levels: the shared x-axis. */
  readonly sequenceIndex: number;
  readonly violations: readonly PointViolation[];
}

export interface ZChart {
  /** One series per level, in order of first appearance. */
  readonly series: readonly { readonly level: string; readonly points: readonly ZChartPoint[] }[];
  readonly lines: readonly SdLine[];
  readonly annotations: readonly PlacedAnnotation[];
}

/**
 * A multi-level z-chart: every level on one z axis (each point against its own target) in pooled
 * measurement order, which makes across-level rules visible (qc.md §3).
 */
export function zChart(
  observations: readonly HistoricalObservation[],
  violations: readonly WestgardViolation[] = [],
  annotations: readonly ChartAnnotation[] = [],
): ZChart {
  const ordered = byTime(observations);
  const byId = violationsById(violations);
  const series = new Map<string, ZChartPoint[]>();
  ordered.forEach((observation, sequenceIndex) => {
    const list = series.get(observation.level) ?? [];
    list.push({
      id: observation.id,
      runId: observation.runId,
      measuredAt: observation.measuredAt,
      z: observationZ(observation),
      status: observation.status,
      sequenceIndex,
      violations: byId.get(observation.id) ?? [],
    });
    series.set(observation.level, list);
  });
  return {
    series: [...series].map(([level, points]) => ({ level, points })),
    lines: sdMultiples.map((k) => ({ k, value: k })),
    annotations: placeAnnotations(annotations, ordered.map(measuredAtMillis)),
  };
}
