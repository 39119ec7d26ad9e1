import type { Executor } from './database.js';
import type { ControlLotRow, ControlMaterialRow, QcTargetRow, QcTargetsTable } from './schema.js';

/** Control materials, their lots (one per level), and the per instrument × test × lot targets (qc.md §1, §4). */

export interface NewControlMaterial {
  readonly code: string;
  readonly name: string;
  readonly manufacturer?: string;
  readonly createdBy: string;
}

export async function insertControlMaterial(
  db: Executor,
  material: NewControlMaterial,
): Promise<ControlMaterialRow> {
  return db
    .insertInto('qc_control_materials')
    .values({
      code: material.code,
      name: material.name,
      manufacturer: material.manufacturer ?? null,
      created_by: material.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findControlMaterial(db: Executor, id: string): Promise<ControlMaterialRow | undefined> {
  return db.selectFrom('qc_control_materials').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listControlMaterials(db: Executor): Promise<ControlMaterialRow[]> {
  return db.selectFrom('qc_control_materials').selectAll().orderBy('code').execute();
}

export interface NewControlLot {
  readonly materialId: string;
  readonly level: string;
  readonly lotNumber: string;
  /** YYYY-MM-DD */
  readonly expiresOn: string;
  readonly specimenId?: string;
  readonly createdBy: string;
}

export async function insertControlLot(db: Executor, lot: NewControlLot): Promise<ControlLotRow> {
  return db
    .insertInto('qc_control_lots')
    .values({
      material_id: lot.materialId,
      level: lot.level,
      lot_number: lot.lotNumber,
      expires_on: lot.expiresOn,
      specimen_id: lot.specimenId ?? null,
      created_by: lot.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findControlLot(db: Executor, id: string): Promise<ControlLotRow | undefined> {
  return db.selectFrom('qc_control_lots').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The lot whose control tubes carry this specimen ID / barcode, as an instrument reports it. */
export async function findControlLotBySpecimenId(
  db: Executor,
  specimenId: string,
): Promise<ControlLotRow | undefined> {
  return db
    .selectFrom('qc_control_lots')
    .selectAll()
    .where('specimen_id', '=', specimenId)
    .executeTakeFirst();
}

export async function listControlLots(
  db: Executor,
  filter: { readonly materialId?: string; readonly includeInactive?: boolean } = {},
): Promise<ControlLotRow[]> {
  let query = db.selectFrom('qc_control_lots').selectAll();
  if (filter.materialId !== undefined) query = query.where('material_id', '=', filter.materialId);
  if (filter.includeInactive !== true) query = query.where('active', '=', true);
  return query.orderBy('material_id').orderBy('level').orderBy('expires_on').execute();
}

/** Changes a lot's barcode (specimen ID) or corrects its expiry date. */
export async function updateControlLot(
  db: Executor,
  id: string,
  changes: { readonly specimenId?: string | null; readonly expiresOn?: string },
): Promise<ControlLotRow> {
  return db
    .updateTable('qc_control_lots')
    .set({
      ...(changes.specimenId === undefined ? {} : { specimen_id: changes.specimenId }),
      ...(changes.expiresOn === undefined ? {} : { expires_on: changes.expiresOn }),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function setControlLotActive(db: Executor, id: string, active: boolean): Promise<void> {
  await db.updateTable('qc_control_lots').set({ active }).where('id', '=', id).execute();
}

export interface NewQcTarget {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly lotId: string;
  readonly mean: number;
  readonly sd: number;
  readonly source: QcTargetsTable['source'];
  readonly establishedFrom?: number;
  readonly effectiveFrom: Date;
  readonly createdBy: string;
}

/**
 * Puts a new target in force for one instrument × test × lot: the current one (if any) ends where the
 * new one starts, so every observation keeps the target that was in force when it was measured.
 */
export async function insertQcTarget(db: Executor, target: NewQcTarget): Promise<QcTargetRow> {
  await db
    .updateTable('qc_targets')
    .set({ effective_to: target.effectiveFrom })
    .where('instrument_code', '=', target.instrumentCode)
    .where('test_code', '=', target.testCode)
    .where('lot_id', '=', target.lotId)
    .where('effective_to', 'is', null)
    .execute();
  return db
    .insertInto('qc_targets')
    .values({
      instrument_code: target.instrumentCode,
      test_code: target.testCode,
      lot_id: target.lotId,
      mean: target.mean,
      sd: target.sd,
      source: target.source,
      established_from: target.establishedFrom ?? null,
      effective_from: target.effectiveFrom,
      created_by: target.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * The target for a value measured at `at`: the one in force then, or, for a value measured before its
 * lot had any target on this instrument × test, the current one.
 */
export async function targetInForce(
  db: Executor,
  key: { readonly instrumentCode: string; readonly testCode: string; readonly lotId: string },
  at: Date,
): Promise<QcTargetRow | undefined> {
  const rows = await db
    .selectFrom('qc_targets')
    .selectAll()
    .where('instrument_code', '=', key.instrumentCode)
    .where('test_code', '=', key.testCode)
    .where('lot_id', '=', key.lotId)
    .where((eb) => eb.or([eb('effective_from', '<=', at), eb('effective_to', 'is', null)]))
    .orderBy('effective_from', 'desc')
    .execute();
  return (
    rows.find((row) => row.effective_from <= at && (row.effective_to === null || row.effective_to > at)) ??
    rows.find((row) => row.effective_to === null)
  );
}

export async function listQcTargets(
  db: Executor,
  filter: {
    readonly instrumentCode?: string;
    readonly testCode?: string;
    readonly lotId?: string;
    /** Only the targets in force now (default), or their whole history. */
    readonly includeHistory?: boolean;
  },
): Promise<QcTargetRow[]> {
  let query = db.selectFrom('qc_targets').selectAll();
  if (filter.instrumentCode !== undefined) query = query.where('instrument_code', '=', filter.instrumentCode);
  if (filter.testCode !== undefined) query = query.where('test_code', '=', filter.testCode);
  if (filter.lotId !== undefined) query = query.where('lot_id', '=', filter.lotId);
  if (filter.includeHistory !== true) query = query.where('effective_to', 'is', null);
  return query
    .orderBy('instrument_code')
    .orderBy('test_code')
    .orderBy('lot_id')
    .orderBy('effective_from')
    .execute();
}
