import type { TestDefinition } from '@aliquot/domain';
import {
  describeViolation,
  evaluateRun,
  lookBackFor,
  type ControlObservation,
  type HistoricalObservation,
  type RunEvaluation,
} from '@aliquot/engines/qc';
import {
  insertQcObservations,
  insertQcRun,
  lockInstrumentTestQc,
  qcHistory,
  qcRunObservations,
  setRunObservationStatus,
  updateQcRunJudgement,
  type NewQcObservation,
  type QcObservationRow,
  type QcRunRow,
} from '@aliquot/storage';
import type { UnitOfWork } from '../use-case.js';
import { placeHold, type PlacedHold } from './instrument-hold-service.js';
import { instrumentQcChanged } from './instrument-qc-standing.js';
import { effectiveRules, type EffectiveRules } from './qc-rule-config.js';
import { toRunView, type QcRunView, type ViolationView } from './qc-views.js';

/**
 * Judges a QC run and settles its consequences in the caller's unit of work: z-scores, the Westgard
 * decision against the accepted history (only as far back as the rule set reaches, `lookBackFor`), the
 * observations' status, and on rejection the hold with its look-back list (qc.md §2, §9).
 */

/** A run and what its judgement set in motion. */
export interface QcRunOutcome {
  readonly run: QcRunView;
  /** The rule set used and where it came from. */
  readonly rules: Pick<EffectiveRules, 'origin' | 'sigma'>;
  /** Present when this run's rejection placed (or met an open) QC hold. */
  readonly hold: PlacedHold | null;
}

export interface RunToJudge {
  readonly runId: string;
  readonly instrumentCode: string;
  readonly test: TestDefinition;
  readonly source: QcRunRow['source'];
  readonly enteredBy: string;
  readonly comment?: string;
  /** The run as stored so far (an instrument run gaining a level), or undefined for a new run. */
  readonly stored?: QcRunRow;
  /** The rules in force, when the caller already looked them up. */
  readonly rules?: EffectiveRules;
  /** Observations to add; their `z` and `status` are set here. */
  readonly added: readonly Omit<NewQcObservation, 'z' | 'status'>[];
}

const toControl = (
  row: Pick<
    QcObservationRow,
    'id' | 'run_id' | 'level' | 'lot_id' | 'value' | 'target_mean' | 'target_sd' | 'measured_at'
  >,
): ControlObservation => ({
  id: row.id,
  runId: row.run_id,
  level: row.level,
  lotId: row.lot_id,
  value: row.value,
  targetMean: row.target_mean,
  targetSd: row.target_sd,
  measuredAt: row.measured_at.toISOString(),
});

function withSentences(evaluation: RunEvaluation): ViolationView[] {
  return evaluation.violations.map((violation) => ({ ...violation, sentence: describeViolation(violation) }));
}

function holdReason(violations: readonly ViolationView[]): string {
  const rules = [...new Set(violations.filter((v) => v.role === 'rejection').map((v) => v.rule))];
  const first = violations.find((v) => v.role === 'rejection');
  return `QC rejected by ${rules.join(', ')}${first === undefined ? '' : `: ${first.sentence}`}`;
}

export async function judgeRun(uow: UnitOfWork, input: RunToJudge): Promise<QcRunOutcome> {
  const { tx, audit } = uow;
  const key = { instrumentCode: input.instrumentCode, testCode: input.test.code };
  await lockInstrumentTestQc(tx, key.instrumentCode, key.testCode);
  const rules = input.rules ?? (await effectiveRules(tx, input.instrumentCode, input.test));
  const existing = input.stored === undefined ? [] : await qcRunObservations(tx, [input.runId]);
  const counted = existing.filter((row) => row.status !== 'excluded');
  const pending = input.added;
  const run = [...counted.map(toControl), ...pending.map(toControl)];
  const times = [...existing, ...pending].map((row) => row.measured_at.getTime());
  const startedAt = new Date(Math.min(...times));
  const measuredAt = new Date(Math.max(...times));
  const history: HistoricalObservation[] = (
    await qcHistory(tx, key, startedAt, lookBackFor(rules.config.rules), input.runId)
  ).map((row) => ({ ...toControl(row), status: row.status }));
  const evaluation = evaluateRun({ run, history, config: rules.config });
  const violations = withSentences(evaluation);
  const status = evaluation.decision === 'reject' ? 'rejected' : 'accepted';
  const zById = new Map(evaluation.zScores.map((entry) => [entry.id, entry.z]));
  const judgement = {
    decision: evaluation.decision,
    rules: rules.config.rules,
    violations,
    startedAt,
    measuredAt,
  };
  const stored =
    input.stored === undefined
      ? await insertQcRun(tx, {
          id: input.runId,
          ...key,
          source: input.source,
          ...judgement,
          ...(input.comment === undefined ? {} : { comment: input.comment }),
          enteredBy: input.enteredBy,
        })
      : await updateQcRunJudgement(tx, input.runId, judgement);
  instrumentQcChanged(tx, key.instrumentCode);
  await insertQcObservations(
    tx,
    pending.map((row) => ({ ...row, z: zById.get(row.id) ?? 0, status })),
  );
  if (input.stored !== undefined) await setRunObservationStatus(tx, input.runId, status);
  const observations = await qcRunObservations(tx, [input.runId]);
  audit({
    action: input.stored === undefined ? 'qc.run.record' : 'qc.run.add-observation',
    entity: 'qc-run',
    entityId: input.runId,
    ...(input.stored === undefined ? {} : { before: input.stored }),
    after: { ...stored, observations: observations.map((row) => row.id) },
  });
  const newlyRejected = evaluation.decision === 'reject' && input.stored?.decision !== 'reject';
  const hold = newlyRejected
    ? await placeHold(uow, {
        ...key,
        source: 'qc',
        reason: holdReason(violations),
        qcRunId: input.runId,
        failedAt: startedAt,
        placedBy: input.enteredBy,
      })
    : null;
  return { run: toRunView(stored, observations), rules: { origin: rules.origin, sigma: rules.sigma }, hold };
}
