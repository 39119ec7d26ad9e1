import { LabError, type LabErrorIssue } from '@aliquot/domain';
import {
  findControlLot,
  findControlMaterial,
  insertControlLot,
  insertControlMaterial,
  insertInstrumentEvent,
  insertQcTarget,
  listControlLots,
  listControlMaterials,
  listQcTargets,
  setControlLotActive,
  updateControlLot,
  type ControlLotRow,
  type Executor,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { calendarDay, checkLotUsable, quantitativeTest } from './control-resolution.js';
import {
  toControlLot,
  toControlMaterial,
  toQcTarget,
  type ControlLot,
  type ControlMaterial,
  type QcTarget,
} from './qc-views.js';

/**
 * Control materials, lots and targets (qc.md §1, §4). A lot is one level of one material; each
 * instrument × test × lot has its own target mean and SD. Refusals name the problem: an expired lot,
 * an unknown lot, a negative or zero SD.
 */

export interface NewMaterial {
  readonly code: string;
  readonly name: string;
  readonly manufacturer?: string;
}

export async function createControlMaterial(
  lab: LabContext,
  actor: Actor,
  input: NewMaterial,
): Promise<ControlMaterial> {
  return runUseCase(lab, actor, 'qc:write', async ({ tx, audit }) => {
    const issues: LabErrorIssue[] = [];
    if (input.code.trim() === '') issues.push({ location: 'code', message: 'the code is required' });
    if (input.name.trim() === '') issues.push({ location: 'name', message: 'the name is required' });
    if (issues.length > 0) throw LabError.invalid('The control material cannot be registered', issues);
    const row = await insertControlMaterial(tx, {
      code: input.code.trim(),
      name: input.name.trim(),
      ...(input.manufacturer === undefined ? {} : { manufacturer: input.manufacturer.trim() }),
      createdBy: actor.username,
    });
    audit({ action: 'qc.material.create', entity: 'control-material', entityId: row.id, after: row });
    return toControlMaterial(row);
  });
}

export async function listMaterials(lab: LabContext, actor: Actor): Promise<ControlMaterial[]> {
  return runUseCase(lab, actor, 'read', async ({ tx }) =>
    (await listControlMaterials(tx)).map(toControlMaterial),
  );
}

export interface NewLot {
  readonly materialId: string;
  readonly level: string;
  readonly lotNumber: string;
  /** YYYY-MM-DD */
  readonly expiresOn: string;
  readonly specimenId?: string;
}

function checkExpiry(expiresOn: string, lotNumber: string, today: string): void {
  const expires = Date.parse(`${expiresOn}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(expiresOn) || Number.isNaN(expires)) {
    throw LabError.invalid('The expiry date is not a date', [
      { location: 'expiresOn', message: 'use the form YYYY-MM-DD' },
    ]);
  }
  if (expiresOn < today) {
    throw LabError.invalid(`Control lot ${lotNumber} expired on ${expiresOn}; it cannot be put in use`, [
      { location: 'expiresOn', message: `${expiresOn} is in the past` },
    ]);
  }
}

/** Registers a lot of one level; an already expired lot is refused. */
export async function createControlLot(lab: LabContext, actor: Actor, input: NewLot): Promise<ControlLot> {
  return runUseCase(lab, actor, 'qc:write', async ({ tx, now, audit }) => {
    const issues: LabErrorIssue[] = [];
    if (input.level.trim() === '')
      issues.push({ location: 'level', message: 'the level is required, e.g. L1' });
    if (input.lotNumber.trim() === '')
      issues.push({ location: 'lotNumber', message: 'the lot number is required' });
    if (issues.length > 0) throw LabError.invalid('The control lot cannot be registered', issues);
    checkExpiry(input.expiresOn, input.lotNumber.trim(), calendarDay(now));
    const material = await findControlMaterial(tx, input.materialId);
    if (material === undefined) {
      throw LabError.invalid(`Control material ${input.materialId} is not known`, [
        { location: 'materialId', message: 'unknown control material' },
      ]);
    }
    const row = await insertControlLot(tx, {
      materialId: material.id,
      level: input.level.trim(),
      lotNumber: input.lotNumber.trim(),
      expiresOn: input.expiresOn,
      ...(input.specimenId === undefined || input.specimenId.trim() === ''
        ? {}
        : { specimenId: input.specimenId.trim() }),
      createdBy: actor.username,
    });
    audit({ action: 'qc.lot.create', entity: 'control-lot', entityId: row.id, after: row });
    return toControlLot(row);
  });
}

export async function listLots(
  lab: LabContext,
  actor: Actor,
  filter: { materialId?: string; includeInactive?: boolean } = {},
): Promise<ControlLot[]> {
  return runUseCase(lab, actor, 'read', async ({ tx }) =>
    (await listControlLots(tx, filter)).map(toControlLot),
  );
}

export async function requireLot(db: Executor, lotId: string, location = 'lotId'): Promise<ControlLotRow> {
  const lot = await findControlLot(db, lotId);
  if (lot === undefined) {
    throw LabError.invalid(`Control lot ${lotId} is not known; register the lot first`, [
      { location, message: `unknown control lot ${lotId}` },
    ]);
  }
  return lot;
}

export interface LotChanges {
  /** The barcode instruments report; null removes it. */
  readonly specimenId?: string | null;
  /** A corrected expiry date (e.g. after the manufacturer extends it); a past date is refused. */
  readonly expiresOn?: string;
}

/** Changes a lot's specimen ID or expiry date; the values already counted stay as they are. */
export async function updateLot(
  lab: LabContext,
  actor: Actor,
  lotId: string,
  changes: LotChanges,
): Promise<ControlLot> {
  return runUseCase(lab, actor, 'qc:write', async ({ tx, now, audit }) => {
    const lot = await requireLot(tx, lotId);
    if (changes.expiresOn !== undefined) checkExpiry(changes.expiresOn, lot.lot_number, calendarDay(now));
    const specimenId =
      changes.specimenId === undefined
        ? undefined
        : changes.specimenId === null
          ? null
          : changes.specimenId.trim() || null;
    const row = await updateControlLot(tx, lot.id, {
      ...(specimenId === undefined ? {} : { specimenId }),
      ...(changes.expiresOn === undefined ? {} : { expiresOn: changes.expiresOn }),
    });
    audit({ action: 'qc.lot.update', entity: 'control-lot', entityId: lot.id, before: lot, after: row });
    return toControlLot(row);
  });
}

/** Takes a lot out of use (used up or replaced); its values stay on the charts. */
export async function retireControlLot(lab: LabContext, actor: Actor, lotId: string): Promise<ControlLot> {
  return runUseCase(lab, actor, 'qc:write', async ({ tx, audit }) => {
    const lot = await requireLot(tx, lotId);
    await setControlLotActive(tx, lot.id, false);
    audit({ action: 'qc.lot.retire', entity: 'control-lot', entityId: lot.id, before: lot });
    return toControlLot({ ...lot, active: false });
  });
}

export interface NewTarget {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly lotId: string;
  readonly mean: number;
  readonly sd: number;
}

/** Checks a target's numbers: a finite mean and a positive SD (qc.md §4). */
export function checkTargetNumbers(mean: number, sd: number): void {
  if (!Number.isFinite(mean)) {
    throw LabError.invalid(`A target mean must be a number, not ${mean}`, [
      { location: 'mean', message: 'not a number' },
    ]);
  }
  if (!Number.isFinite(sd) || sd <= 0) {
    throw LabError.invalid(`A target SD must be a positive number; ${sd} is not`, [
      { location: 'sd', message: sd < 0 ? 'the SD is negative' : 'the SD must be greater than 0' },
    ]);
  }
}

/**
 * Puts the manufacturer's mean (with a provisional SD the lab chooses) in force for a new lot on an
 * instrument × test, until the lab's own target is established from ≥ 20 runs (qc.md §4). A lot change
 * on the instrument is recorded as an event, shown on the Levey–Jennings chart.
 */
export async function setManufacturerTarget(
  lab: LabContext,
  actor: Actor,
  input: NewTarget,
): Promise<QcTarget> {
  return runUseCase(lab, actor, 'qc:write', async ({ tx, now, audit }) => {
    checkTargetNumbers(input.mean, input.sd);
    await quantitativeTest(tx, input.testCode);
    const lot = await requireLot(tx, input.lotId);
    checkLotUsable(lot, now, 'lotId');
    const previous = await listQcTargets(tx, {
      instrumentCode: input.instrumentCode,
      testCode: input.testCode,
      lotId: lot.id,
    });
    const row = await insertQcTarget(tx, {
      ...input,
      lotId: lot.id,
      source: 'manufacturer',
      effectiveFrom: now,
      createdBy: actor.username,
    });
    if (previous.length === 0) {
      await insertInstrumentEvent(tx, {
        instrumentCode: input.instrumentCode,
        testCode: input.testCode,
        kind: 'control-lot-change',
        at: now,
        description: `Control lot ${lot.lot_number} (${lot.level}) put in use`,
        lotNumber: lot.lot_number,
        recordedBy: actor.username,
      });
    }
    audit({
      action: 'qc.target.set',
      entity: 'qc-target',
      entityId: row.id,
      before: previous[0] ?? null,
      after: row,
    });
    return toQcTarget(row);
  });
}

export async function listTargets(
  lab: LabContext,
  actor: Actor,
  filter: { instrumentCode?: string; testCode?: string; lotId?: string; includeHistory?: boolean },
): Promise<QcTarget[]> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => (await listQcTargets(tx, filter)).map(toQcTarget));
}
