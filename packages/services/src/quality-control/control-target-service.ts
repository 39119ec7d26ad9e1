import { LabError } from '@aliquot/domain';
import {
  ObservationStatus,
  defaultTargetPolicy,
  establishControlTarget,
  summarize,
  type ControlTarget,
  type TargetPolicy,
} from '@aliquot/engines/qc';
import { chartObservations, insertQcTarget, type Executor, type QcObservationRow } from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { requireLot } from './control-lot-service.js';
import { checkLotUsable, quantitativeTest } from './control-resolution.js';
import { toQcTarget, type QcTarget } from './qc-views.js';

/**
 * The lab's own target for a control lot on an instrument × test (qc.md §4, CLSI C24): established from
 * at least 20 values from at least 20 runs of the new lot in parallel with the old one, excluding rejected
 * runs and excluded values; later replaced by the cumulative mean and SD of all its accepted values.
 */

export interface EstablishTarget {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly lotId: string;
  /** The lab's policy; 20 values from 20 runs by default (qc.md §4 [U] for the provisional minimum). */
  readonly policy?: Partial<TargetPolicy>;
  /** Accept a provisional target (fewer values than the policy asks, at least its provisional minimum). */
  readonly allowProvisional?: boolean;
}

export interface EstablishedTarget {
  readonly target: QcTarget;
  /** The calculation: counts, mean, SD, CV and any shortfalls. */
  readonly calculation: ControlTarget;
}

function shortfallText(lotNumber: string, level: string, calculation: ControlTarget): string {
  return `Control lot ${lotNumber} (${level}) has ${calculation.n} usable values from ${calculation.runCount} runs: ${calculation.shortfalls.join(', ')}`;
}

async function lotValues(tx: Executor, input: EstablishTarget): Promise<QcObservationRow[]> {
  return chartObservations(tx, {
    instrumentCode: input.instrumentCode,
    testCode: input.testCode,
    lotId: input.lotId,
  });
}

/** Establishes the lab's target from the lot's parallel-period values and puts it in force. */
export async function establishTarget(
  lab: LabContext,
  actor: Actor,
  input: EstablishTarget,
): Promise<EstablishedTarget> {
  return runUseCase(lab, actor, 'qc:write', async ({ tx, now, audit }) => {
    await quantitativeTest(tx, input.testCode);
    const lot = await requireLot(tx, input.lotId);
    checkLotUsable(lot, now, 'lotId');
    const policy: TargetPolicy = { ...defaultTargetPolicy, ...input.policy };
    const values = await lotValues(tx, input);
    const calculation = establishControlTarget(
      values.map((row) => ({ value: row.value, runId: row.run_id, status: row.status })),
      policy,
    );
    if (calculation.status === 'insufficient') {
      throw LabError.ruleViolation(
        `${shortfallText(lot.lot_number, lot.level, calculation)}; keep running it in parallel with the current lot`,
      );
    }
    if (calculation.status === 'provisional' && input.allowProvisional !== true) {
      throw LabError.ruleViolation(
        `${shortfallText(lot.lot_number, lot.level, calculation)}; a provisional target must be asked for explicitly`,
      );
    }
    const row = await insertQcTarget(tx, {
      instrumentCode: input.instrumentCode,
      testCode: input.testCode,
      lotId: lot.id,
      mean: calculation.mean,
      sd: calculation.sd,
      source: 'established',
      establishedFrom: calculation.n,
      effectiveFrom: now,
      createdBy: actor.username,
    });
    audit({
      action: 'qc.target.establish',
      entity: 'qc-target',
      entityId: row.id,
      after: { row, calculation },
    });
    return { target: toQcTarget(row), calculation };
  });
}

/**
 * Replaces the target with the cumulative mean and SD of every accepted value of the lot on this
 * instrument × test (qc.md §4: re-examine after 3–6 months). Needs at least the policy's minimum values.
 */
export async function updateCumulativeTarget(
  lab: LabContext,
  actor: Actor,
  input: Omit<EstablishTarget, 'allowProvisional'>,
): Promise<EstablishedTarget> {
  return runUseCase(lab, actor, 'qc:write', async ({ tx, now, audit }) => {
    await quantitativeTest(tx, input.testCode);
    const lot = await requireLot(tx, input.lotId);
    const policy: TargetPolicy = { ...defaultTargetPolicy, ...input.policy };
    const accepted = (await lotValues(tx, input)).filter((row) => row.status === ObservationStatus.accepted);
    if (accepted.length < policy.minimumValues) {
      throw LabError.ruleViolation(
        `Control lot ${lot.lot_number} (${lot.level}) has ${accepted.length} accepted values on ${input.instrumentCode} ` +
          `for ${input.testCode}; a cumulative target needs at least ${policy.minimumValues}`,
      );
    }
    const summary = summarize(accepted.map((row) => row.value));
    if (!(summary.sd > 0)) {
      throw LabError.ruleViolation(
        `The accepted values of control lot ${lot.lot_number} (${lot.level}) do not vary; no SD can be taken from them`,
      );
    }
    const calculation: ControlTarget = {
      status: 'established',
      n: summary.n,
      runCount: new Set(accepted.map((row) => row.run_id)).size,
      excludedCount: 0,
      mean: summary.mean,
      sd: summary.sd,
      cvPercent: summary.cvPercent,
      sdSource: 'observed',
      shortfalls: [],
    };
    const row = await insertQcTarget(tx, {
      instrumentCode: input.instrumentCode,
      testCode: input.testCode,
      lotId: lot.id,
      mean: summary.mean,
      sd: summary.sd,
      source: 'cumulative',
      establishedFrom: summary.n,
      effectiveFrom: now,
      createdBy: actor.username,
    });
    audit({
      action: 'qc.target.cumulative',
      entity: 'qc-target',
      entityId: row.id,
      after: { row, calculation },
    });
    return { target: toQcTarget(row), calculation };
  });
}
