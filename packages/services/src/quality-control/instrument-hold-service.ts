import { LabError } from '@aliquot/domain';
import {
  correctiveActions,
  findInstrumentHold,
  insertInstrumentHold,
  lastAcceptedRunBefore,
  listInstrumentHolds,
  lookBackResults,
  openInstrumentHolds,
  type Executor,
  type HoldSource,
  type InstrumentHoldRow,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext, type UnitOfWork } from '../use-case.js';
import { quantitativeTest } from './control-resolution.js';
import { instrumentQcChanged, openHoldsOf } from './instrument-qc-standing.js';
import { toInstrumentHold, toLookBackEntry, type InstrumentHold, type LookBackEntry } from './qc-views.js';

/**
 * QC lock-out (qc.md §9): a rejected QC run or a PBRTQC alarm puts the instrument × test on hold, so
 * autoverification holds that test's new results from that instrument, and lists every patient result
 * released since the last accepted QC for review (42 CFR 493.1282(b)(2)).
 */

/** How many look-back results one answer carries at most; a larger window is paged. */
export const LOOK_BACK_LIMIT = 5000;

/**
 * The holds in force on one instrument × test (empty when results may flow). Autoverification reads
 * this inside its own transaction for every result from an instrument (the instrument's holds are read
 * once per transaction).
 */
export async function activeHolds(
  tx: Executor,
  instrumentCode: string,
  testCode: string,
): Promise<InstrumentHold[]> {
  return (await openHoldsOf(tx, instrumentCode, testCode)).map((row) => toInstrumentHold(row));
}

export interface PlaceHold {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly source: HoldSource;
  readonly reason: string;
  readonly qcRunId?: string;
  readonly pbrtqcAlarmId?: string;
  /** When the failure happened: the look-back reaches back to the last accepted QC before it. */
  readonly failedAt: Date;
  readonly placedBy: string;
}

export interface PlacedHold {
  readonly hold: InstrumentHold;
  /** False when a hold from the same source was already open; that hold stands. */
  readonly created: boolean;
  readonly lookBack: readonly LookBackEntry[];
}

/** Places a hold (or finds the open one from the same source) and lists the look-back results. */
export async function placeHold(uow: UnitOfWork, input: PlaceHold): Promise<PlacedHold> {
  const key = { instrumentCode: input.instrumentCode, testCode: input.testCode };
  const lastAccepted = await lastAcceptedRunBefore(uow.tx, key, input.failedAt);
  const inserted = await insertInstrumentHold(uow.tx, {
    ...key,
    source: input.source,
    reason: input.reason,
    heldSince: uow.now,
    ...(input.qcRunId === undefined ? {} : { qcRunId: input.qcRunId }),
    ...(input.pbrtqcAlarmId === undefined ? {} : { pbrtqcAlarmId: input.pbrtqcAlarmId }),
    lookBackFrom: lastAccepted?.measured_at ?? null,
    placedBy: input.placedBy,
  });
  instrumentQcChanged(uow.tx, input.instrumentCode);
  const row =
    inserted ??
    (await openInstrumentHolds(uow.tx, input.instrumentCode, input.testCode)).find(
      (hold) => hold.source === input.source,
    );
  if (row === undefined) throw new Error(`the ${input.source} hold on ${input.testCode} vanished`);
  if (inserted !== undefined) {
    uow.audit({ action: 'qc.hold.place', entity: 'instrument-hold', entityId: row.id, after: row });
  }
  const lookBack = await lookBackResults(uow.tx, key, row.look_back_from, LOOK_BACK_LIMIT);
  return {
    hold: toInstrumentHold(row),
    created: inserted !== undefined,
    lookBack: lookBack.map(toLookBackEntry),
  };
}

export async function requireHold(db: Executor, id: string, forUpdate = false): Promise<InstrumentHoldRow> {
  const row = await findInstrumentHold(db, id, forUpdate);
  if (row === undefined) throw LabError.notFound('Hold', id);
  return row;
}

export async function getHold(lab: LabContext, actor: Actor, id: string): Promise<InstrumentHold> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const row = await requireHold(tx, id);
    return toInstrumentHold(row, await correctiveActions(tx, [row.id]));
  });
}

export interface HoldFilter {
  /** Only open holds (true), only lifted ones (false), or all (undefined). */
  readonly open?: boolean;
  readonly instrumentCode?: string;
  readonly testCode?: string;
  readonly limit: number;
  readonly offset: number;
}

export async function listHolds(
  lab: LabContext,
  actor: Actor,
  filter: HoldFilter,
): Promise<{ items: InstrumentHold[]; total: number }> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const { rows, total } = await listInstrumentHolds(tx, filter);
    const actions = await correctiveActions(
      tx,
      rows.map((row) => row.id),
    );
    return { items: rows.map((row) => toInstrumentHold(row, actions)), total };
  });
}

export interface LookBackList {
  readonly hold: InstrumentHold;
  /** Released results of the held test from the held instrument since `hold.lookBackFrom`, oldest first. */
  readonly results: readonly LookBackEntry[];
  /** True when more results exist than one answer carries (see LOOK_BACK_LIMIT). */
  readonly truncated: boolean;
}

/** The look-back list of a hold: every released patient result to evaluate for impact. */
export async function holdLookBack(lab: LabContext, actor: Actor, holdId: string): Promise<LookBackList> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const row = await requireHold(tx, holdId);
    const key = { instrumentCode: row.instrument_code, testCode: row.test_code };
    const results = await lookBackResults(tx, key, row.look_back_from, LOOK_BACK_LIMIT + 1);
    return {
      hold: toInstrumentHold(row, await correctiveActions(tx, [row.id])),
      results: results.slice(0, LOOK_BACK_LIMIT).map(toLookBackEntry),
      truncated: results.length > LOOK_BACK_LIMIT,
    };
  });
}

export interface ManualHold {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly reason: string;
}

/** A person stops a test on an instrument (e.g. suspicious patient results, instrument fault). */
export async function placeManualHold(lab: LabContext, actor: Actor, input: ManualHold): Promise<PlacedHold> {
  return runUseCase(lab, actor, 'qc:write', async (uow) => {
    if (input.reason.trim() === '') {
      throw LabError.invalid('A hold needs a reason', [
        { location: 'reason', message: 'the reason is empty' },
      ]);
    }
    await quantitativeTest(uow.tx, input.testCode);
    const placed = await placeHold(uow, {
      instrumentCode: input.instrumentCode,
      testCode: input.testCode,
      source: 'manual',
      reason: input.reason.trim(),
      failedAt: uow.now,
      placedBy: actor.username,
    });
    if (!placed.created) {
      throw LabError.conflict(
        `${input.testCode} on ${input.instrumentCode} is already on a manual hold since ${placed.hold.heldSince}`,
      );
    }
    return placed;
  });
}
