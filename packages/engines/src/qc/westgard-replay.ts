import {
  measuredAtMillis,
  ObservationStatus,
  type ControlObservation,
  type HistoricalObservation,
} from './control-observation.js';
import { evaluateRun, QcDecision, type RunEvaluation, type WestgardConfig } from './westgard-evaluator.js';

export interface RunOutcome {
  readonly runId: string;
  readonly evaluation: RunEvaluation;
}

export interface ReplayResult {
  /** One outcome per run, in the order the runs were measured. */
  readonly runs: readonly RunOutcome[];
  /** The prior history followed by every replayed observation with the status its run was given. */
  readonly history: readonly HistoricalObservation[];
}

/**
 * Evaluates runs one after another in measurement order, each against the accepted observations before
 * it, as the lab would have seen them. A rejected run's points are recorded as rejected and so take no
 * part in later sequences. Useful to rebuild Levey–Jennings annotations, to try a different rule set on
 * past data, and in the simulator.
 */
export function replayRuns(
  observations: readonly ControlObservation[],
  config: WestgardConfig,
  priorHistory: readonly HistoricalObservation[] = [],
): ReplayResult {
  const runs = new Map<string, { start: number; observations: ControlObservation[] }>();
  for (const observation of observations) {
    const time = measuredAtMillis(observation);
    const run = runs.get(observation.runId);
    if (run === undefined) runs.set(observation.runId, { start: time, observations: [observation] });
    else {
      run.observations.push(observation);
      run.start = Math.min(run.start, time);
    }
  }
  const ordered = [...runs.entries()].sort(([, a], [, b]) => a.start - b.start);
  const history: HistoricalObservation[] = [...priorHistory];
  const outcomes: RunOutcome[] = [];
  for (const [runId, run] of ordered) {
    const evaluation = evaluateRun({ run: run.observations, history, config });
    outcomes.push({ runId, evaluation });
    const status =
      evaluation.decision === QcDecision.reject ? ObservationStatus.rejected : ObservationStatus.accepted;
    for (const observation of run.observations) history.push({ ...observation, status });
  }
  return { runs: outcomes, history };
}
