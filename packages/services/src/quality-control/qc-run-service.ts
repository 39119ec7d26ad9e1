import { randomUUID } from 'node:crypto';
import { LabError, type LabErrorIssue, type TestDefinition } from '@aliquot/domain';
import {
  findControlLot,
  findQcRun,
  listQcRuns,
  qcRunObservations,
  type Executor,
  type QcRunRow,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { quantitativeTest, requireTarget, type ResolvedControl } from './control-resolution.js';
import { judgeRun, type QcRunOutcome } from './qc-run-evaluation.js';
import { toRunView, type QcRunView } from './qc-views.js';

/** Manual QC entry for a bench without an interface, and reading runs back (qc.md §1). */

export interface ManualQcValue {
  readonly lotId: string;
  readonly value: number;
  /** Checked against the test's unit when given. */
  readonly unit?: string;
  /** When this control was measured; the run's time by default. */
  readonly measuredAt?: Date;
}

export interface ManualQcRun {
  readonly instrumentCode: string;
  readonly testCode: string;
  /** When the run was measured; now by default. */
  readonly measuredAt?: Date;
  readonly values: readonly ManualQcValue[];
  readonly comment?: string;
}

/** Clocks differ a little; a value "measured" further ahead than this is refused as a typing error. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function checkUnit(test: TestDefinition, unit: string | undefined, location: string): void {
  if (unit !== undefined && test.unit !== undefined && unit !== test.unit) {
    throw LabError.invalid(`${test.name} is reported in ${test.unit}; the QC value came in ${unit}`, [
      { location, message: `expected ${test.unit}` },
    ]);
  }
}

async function resolveValue(
  db: Executor,
  test: TestDefinition,
  input: ManualQcRun,
  value: ManualQcValue,
  index: number,
  now: Date,
): Promise<ResolvedControl & { measuredAt: Date }> {
  const location = `values[${index}]`;
  if (!Number.isFinite(value.value)) {
    throw LabError.invalid(`A QC value must be a finite number`, [
      { location: `${location}.value`, message: 'not a number' },
    ]);
  }
  checkUnit(test, value.unit, `${location}.unit`);
  const measuredAt = value.measuredAt ?? input.measuredAt ?? now;
  if (measuredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw LabError.invalid(`A QC value cannot be measured in the future (${measuredAt.toISOString()})`, [
      { location: `${location}.measuredAt`, message: 'later than now' },
    ]);
  }
  const lot = await findControlLot(db, value.lotId);
  if (lot === undefined) {
    throw LabError.invalid(`Control lot ${value.lotId} is not known; register the lot first`, [
      { location: `${location}.lotId`, message: `unknown control lot ${value.lotId}` },
    ]);
  }
  const resolved = await requireTarget(
    db,
    lot,
    { instrumentCode: input.instrumentCode, testCode: test.code },
    measuredAt,
    `${location}.lotId`,
  );
  return { ...resolved, measuredAt };
}

/**
 * Records a QC run entered by hand and judges it. Every value is checked first; when any is refused
 * (unknown lot, expired lot, level without a target, wrong unit) nothing is recorded and each problem
 * is named.
 */
export async function enterQcRun(lab: LabContext, actor: Actor, input: ManualQcRun): Promise<QcRunOutcome> {
  return runUseCase(lab, actor, 'qc:write', async (uow) => {
    const test = await quantitativeTest(uow.tx, input.testCode);
    if (input.instrumentCode.trim() === '') {
      throw LabError.invalid('A QC run needs the instrument (or bench) it was measured on', [
        { location: 'instrumentCode', message: 'empty' },
      ]);
    }
    if (input.values.length === 0) {
      throw LabError.invalid('A QC run needs at least one control value', [
        { location: 'values', message: 'no values' },
      ]);
    }
    const resolved: (ResolvedControl & { measuredAt: Date; value: ManualQcValue })[] = [];
    const problems: { message: string; issues: readonly LabErrorIssue[] }[] = [];
    for (const [index, value] of input.values.entries()) {
      try {
        resolved.push({ ...(await resolveValue(uow.tx, test, input, value, index, uow.now)), value });
      } catch (error) {
        if (!(error instanceof LabError)) throw error;
        problems.push({ message: error.message, issues: error.issues });
      }
    }
    const [first] = problems;
    if (first !== undefined) {
      const message =
        problems.length === 1 ? first.message : `${problems.length} QC values were refused: ${first.message}`;
      throw LabError.invalid(
        message,
        problems.flatMap((problem) => problem.issues),
      );
    }
    const runId = randomUUID();
    return judgeRun(uow, {
      runId,
      instrumentCode: input.instrumentCode,
      test,
      source: 'manual',
      enteredBy: actor.username,
      ...(input.comment === undefined ? {} : { comment: input.comment }),
      added: resolved.map(({ lot, target, measuredAt, value }) => ({
        id: randomUUID(),
        run_id: runId,
        instrument_code: input.instrumentCode,
        test_code: test.code,
        lot_id: lot.id,
        target_id: target.id,
        level: lot.level,
        value: value.value,
        unit: value.unit ?? test.unit ?? null,
        target_mean: target.mean,
        target_sd: target.sd,
        measured_at: measuredAt,
        entered_by: actor.username,
        flags: [],
      })),
    });
  });
}

async function requireRun(db: Executor, id: string): Promise<QcRunRow> {
  const run = await findQcRun(db, id);
  if (run === undefined) throw LabError.notFound('QC run', id);
  return run;
}

export async function getQcRun(lab: LabContext, actor: Actor, id: string): Promise<QcRunView> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const run = await requireRun(tx, id);
    return toRunView(run, await qcRunObservations(tx, [id]));
  });
}

export async function listQcRunViews(
  lab: LabContext,
  actor: Actor,
  filter: { instrumentCode?: string; testCode?: string; limit: number; offset: number },
): Promise<{ items: QcRunView[]; total: number }> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const { rows, total } = await listQcRuns(tx, filter);
    const observations = await qcRunObservations(
      tx,
      rows.map((row) => row.id),
    );
    return {
      items: rows.map((row) =>
        toRunView(
          row,
          observations.filter((observation) => observation.run_id === row.id),
        ),
      ),
      total,
    };
  });
}
