import { LabError } from '@aliquot/domain';
import {
  correctiveActions,
  firstAcceptedRunAfter,
  insertCorrectiveAction,
  liftInstrumentHold,
  type InstrumentHoldRow,
  type Tx,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { requireHold } from './instrument-hold-service.js';
import { instrumentQcChanged } from './instrument-qc-standing.js';
import { restartPbrtqcMonitor } from './pbrtqc-service.js';
import {
  toCorrectiveAction,
  toInstrumentHold,
  type CorrectiveAction,
  type InstrumentHold,
} from './qc-views.js';

/**
 * Ending a hold (qc.md §9): release resumes only after a corrective action (cause, action, who, when)
 * and an acceptable QC run after it. A privileged person may override with a mandatory reason, which
 * is audited.
 *
 * @see 42 CFR 493.1282 (corrective actions), shared/domain/qc.md §9.
 */

export interface NewCorrectiveAction {
  readonly cause: string;
  readonly action: string;
  /** Who did the work; the person recording it by default. */
  readonly performedBy?: string;
  /** When the work was done; now by default. */
  readonly performedAt?: Date;
}

const holdName = (row: InstrumentHoldRow): string =>
  `the ${row.source} hold on ${row.test_code} at ${row.instrument_code}`;

function requireOpen(row: InstrumentHoldRow): void {
  if (row.lifted_at !== null) {
    throw LabError.conflict(
      `${holdName(row)} was already lifted on ${row.lifted_at.toISOString()} by ${row.lifted_by ?? 'unknown'}`,
    );
  }
}

export async function recordCorrectiveAction(
  lab: LabContext,
  actor: Actor,
  holdId: string,
  input: NewCorrectiveAction,
): Promise<CorrectiveAction> {
  return runUseCase(lab, actor, 'qc:write', async ({ tx, now, audit }) => {
    const hold = await requireHold(tx, holdId, true);
    requireOpen(hold);
    const issues = [
      ...(input.cause.trim() === '' ? [{ location: 'cause', message: 'say what caused the failure' }] : []),
      ...(input.action.trim() === '' ? [{ location: 'action', message: 'say what was done about it' }] : []),
    ];
    if (issues.length > 0) throw LabError.invalid('A corrective action needs a cause and an action', issues);
    const performedAt = input.performedAt ?? now;
    if (performedAt.getTime() > now.getTime()) {
      throw LabError.invalid('A corrective action cannot be recorded as done in the future', [
        { location: 'performedAt', message: `${performedAt.toISOString()} is later than now` },
      ]);
    }
    const row = await insertCorrectiveAction(tx, {
      holdId,
      cause: input.cause.trim(),
      action: input.action.trim(),
      performedBy: input.performedBy?.trim() || actor.username,
      performedAt,
      recordedBy: actor.username,
    });
    audit({ action: 'qc.corrective-action.record', entity: 'instrument-hold', entityId: holdId, after: row });
    return toCorrectiveAction(row);
  });
}

/** After a PBRTQC hold the moving statistic starts afresh: the old window holds the biased results. */
async function afterLift(tx: Tx, row: InstrumentHoldRow, now: Date): Promise<void> {
  instrumentQcChanged(tx, row.instrument_code);
  if (row.source === 'pbrtqc') await restartPbrtqcMonitor(tx, row.instrument_code, row.test_code, now);
}

/**
 * Lifts a hold once a corrective action is on record and a QC run started after it was accepted.
 * Refused otherwise, saying which of the two is missing.
 */
export async function liftHold(lab: LabContext, actor: Actor, holdId: string): Promise<InstrumentHold> {
  return runUseCase(lab, actor, 'qc:write', async ({ tx, now, audit }) => {
    const hold = await requireHold(tx, holdId, true);
    requireOpen(hold);
    const actions = await correctiveActions(tx, [hold.id]);
    const latest = actions.at(-1);
    if (latest === undefined) {
      throw LabError.ruleViolation(
        `${holdName(hold)} cannot be lifted: record the corrective action (cause, action, who, when) first`,
      );
    }
    const after = new Date(Math.max(latest.performed_at.getTime(), hold.held_since.getTime()));
    const accepted = await firstAcceptedRunAfter(
      tx,
      { instrumentCode: hold.instrument_code, testCode: hold.test_code },
      after,
    );
    if (accepted === undefined) {
      throw LabError.ruleViolation(
        `${holdName(hold)} cannot be lifted: no accepted QC run since the corrective action of ` +
          `${latest.performed_at.toISOString()}; run QC and lift the hold when it is accepted`,
      );
    }
    const lifted = await liftInstrumentHold(tx, hold.id, {
      liftedAt: now,
      liftedBy: actor.username,
      kind: 'corrective-action',
      liftingQcRunId: accepted.id,
    });
    await afterLift(tx, hold, now);
    audit({
      action: 'qc.hold.lift',
      entity: 'instrument-hold',
      entityId: hold.id,
      before: hold,
      after: lifted,
    });
    return toInstrumentHold(lifted, actions);
  });
}

/**
 * Lifts a hold without the corrective action and accepted QC, for a person with the `qc:override`
 * permission and a reason; the override and its reason go into the audit log.
 */
export async function overrideHold(
  lab: LabContext,
  actor: Actor,
  holdId: string,
  reason: string,
): Promise<InstrumentHold> {
  return runUseCase(lab, actor, 'qc:override', async ({ tx, now, audit }) => {
    if (reason.trim() === '') {
      throw LabError.invalid('Overriding a QC hold needs a reason', [
        { location: 'reason', message: 'the reason is empty' },
      ]);
    }
    const hold = await requireHold(tx, holdId, true);
    requireOpen(hold);
    const lifted = await liftInstrumentHold(tx, hold.id, {
      liftedAt: now,
      liftedBy: actor.username,
      kind: 'override',
      overrideReason: reason.trim(),
    });
    await afterLift(tx, hold, now);
    audit({
      action: 'qc.hold.override',
      entity: 'instrument-hold',
      entityId: hold.id,
      before: hold,
      after: lifted,
    });
    return toInstrumentHold(lifted, await correctiveActions(tx, [hold.id]));
  });
}
