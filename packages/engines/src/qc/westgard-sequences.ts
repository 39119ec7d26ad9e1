import { LabError } from '@aliquot/domain';
import {
  measuredAtMillis,
  observationZ,
  ObservationStatus,
  type ControlObservation,
  type HistoricalObservation,
} from './control-observation.js';

/** One point of a rule sequence: an observation reduced to what the rules need. */
export interface SequencePoint {
  readonly id: string;
  readonly runId: string;
  readonly level: string;
  readonly lotId: string;
  readonly z: number;
  readonly time: number;
  /** True for the observations of the run being evaluated. */
  readonly isNew: boolean;
}

/**
 * A time-ordered series of points. `segments[i]` numbers the stretch point i belongs to: a rule window
 * never spans two segments, which is how sequences reset at a control-lot change.
 */
export interface ControlSequence {
  readonly points: readonly SequencePoint[];
  readonly segments: readonly number[];
}

/** The three kinds of series the rules look along (qc.md §2 implementation notes). */
export interface ControlSequences {
  /** The new run's observations in measurement order. */
  readonly run: ControlSequence;
  /** Each level's accepted history plus its new observations, in measurement order. */
  readonly levels: ReadonlyMap<string, ControlSequence>;
  /** All levels pooled into one series in measurement order. */
  readonly pooled: ControlSequence;
}

export interface SequenceOptions {
  /** Start every sequence afresh when a level's control lot changes (most labs do; qc.md §2). */
  readonly resetAtControlLotChange: boolean;
  /**
   * Keep, per level, only this many accepted points measured before the run (and all measured after).
   * With the longest rule window here, the outcome is the same as with the whole history: a window
   * holding a new point reaches back at most window − 1 points of any level, and one more point per
   * level is enough to see a lot change at the edge. Undefined keeps the whole history.
   */
  readonly lookBack?: number;
}

function toPoint(observation: ControlObservation, isNew: boolean, time: number): SequencePoint {
  return {
    id: observation.id,
    runId: observation.runId,
    level: observation.level,
    lotId: observation.lotId,
    z: observationZ(observation),
    time,
    isNew,
  };
}

interface Timed {
  readonly observation: HistoricalObservation;
  readonly time: number;
}

/** Per level, the last `keep` points before `runStart` and every point from it on, in input order. */
function recent(history: readonly Timed[], runStart: number, keep: number): Timed[] {
  const beforeByLevel = new Map<string, Timed[]>();
  for (const entry of history) {
    if (entry.time >= runStart) continue;
    const list = beforeByLevel.get(entry.observation.level);
    if (list === undefined) beforeByLevel.set(entry.observation.level, [entry]);
    else list.push(entry);
  }
  const dropped = new Set<Timed>();
  for (const list of beforeByLevel.values()) {
    if (list.length <= keep) continue;
    const byTime = [...list].sort((a, b) => a.time - b.time);
    for (const entry of byTime.slice(0, byTime.length - keep)) dropped.add(entry);
  }
  return dropped.size === 0 ? [...history] : history.filter((entry) => !dropped.has(entry));
}

function sortByTime(points: readonly SequencePoint[]): SequencePoint[] {
  // Array.prototype.sort is stable: points measured at the same instant keep their input order.
  return [...points].sort((a, b) => a.time - b.time);
}

/**
 * Segment numbers for a series. A run in which some level's control lot differs from that level's
 * previous lot starts a new segment at its first point, so the whole run lies after the reset.
 */
function segmentsOf(points: readonly SequencePoint[], reset: boolean): number[] {
  if (!reset) return points.map(() => 0);
  const lastLotOfLevel = new Map<string, string>();
  const changingRuns = new Set<string>();
  for (const point of points) {
    const previousLot = lastLotOfLevel.get(point.level);
    if (previousLot !== undefined && previousLot !== point.lotId) changingRuns.add(point.runId);
    lastLotOfLevel.set(point.level, point.lotId);
  }
  const entered = new Set<string>();
  let segment = 0;
  return points.map((point) => {
    if (changingRuns.has(point.runId) && !entered.has(point.runId)) {
      entered.add(point.runId);
      segment += 1;
    }
    return segment;
  });
}

function sequence(points: readonly SequencePoint[], reset: boolean): ControlSequence {
  return { points, segments: segmentsOf(points, reset) };
}

function validate(run: readonly ControlObservation[], history: readonly HistoricalObservation[]): void {
  const first = run[0];
  if (first === undefined) throw LabError.invalid('A QC run needs at least one control observation');
  const strayRun = run.find((observation) => observation.runId !== first.runId);
  if (strayRun !== undefined) {
    throw LabError.invalid(`All observations of a run must share its run id`, [
      { location: `observation ${strayRun.id}`, message: `run ${strayRun.runId} is not run ${first.runId}` },
    ]);
  }
  const seen = new Set<string>();
  for (const observation of [...history, ...run]) {
    if (seen.has(observation.id)) {
      throw LabError.invalid(`Observation ${observation.id} appears twice in the run and its history`);
    }
    seen.add(observation.id);
  }
}

/**
 * Builds the run, per-level and pooled sequences. Rejected and excluded history points are left out, so
 * the accepted points around them become consecutive (qc.md §2).
 */
export function buildControlSequences(
  run: readonly ControlObservation[],
  history: readonly HistoricalObservation[],
  options: SequenceOptions,
): ControlSequences {
  validate(run, history);
  const reset = options.resetAtControlLotChange;
  const runPoints = sortByTime(
    run.map((observation) => toPoint(observation, true, measuredAtMillis(observation))),
  );
  const runStart = runPoints[0]?.time ?? Infinity;
  const accepted = history
    .filter((observation) => observation.status === ObservationStatus.accepted)
    .map((observation) => ({ observation, time: measuredAtMillis(observation) }));
  const kept = options.lookBack === undefined ? accepted : recent(accepted, runStart, options.lookBack);
  const historyPoints = kept.map(({ observation, time }) => toPoint(observation, false, time));
  const pooled = sortByTime([...historyPoints, ...runPoints]);
  const byLevel = new Map<string, SequencePoint[]>();
  for (const point of pooled) {
    const series = byLevel.get(point.level);
    if (series === undefined) byLevel.set(point.level, [point]);
    else series.push(point);
  }
  const levels = new Map<string, ControlSequence>();
  for (const [level, points] of byLevel) levels.set(level, sequence(points, reset));
  return {
    run: { points: runPoints, segments: runPoints.map(() => 0) },
    levels,
    pooled: sequence(pooled, reset),
  };
}
