import { sql } from 'kysely';
import type { Executor } from './database.js';
import type { AnalysisRow, SpecimenEventRow, SpecimenRow } from './schema.js';

export interface NewSpecimen {
  readonly orderId: string;
  readonly patientId: string;
  readonly specimenType: string;
  readonly container: string;
  readonly parentId?: string;
}

/**
 * Accession numbers read "A" + two-digit year + a seven-digit sequence, e.g. A260000123; an aliquot
 * takes its parent's number and a suffix (A260000123-1).
 */
export async function insertSpecimen(
  db: Executor,
  specimen: NewSpecimen,
  accessionNumber?: string,
): Promise<SpecimenRow> {
  let accession = accessionNumber;
  if (!accession) {
    const { rows } = await sql<{ n: string }>`select nextval('accession_seq') as n`.execute(db);
    accession = `A${String(new Date().getUTCFullYear()).slice(2)}${String(rows[0]?.n ?? '0').padStart(7, '0')}`;
  }
  return db
    .insertInto('specimens')
    .values({
      accession_number: accession,
      order_id: specimen.orderId,
      patient_id: specimen.patientId,
      specimen_type: specimen.specimenType,
      container: specimen.container,
      parent_id: specimen.parentId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findSpecimenByAccession(
  db: Executor,
  accession: string,
  lock = false,
): Promise<SpecimenRow | undefined> {
  let query = db.selectFrom('specimens').selectAll().where('accession_number', '=', accession);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function specimensOfOrder(db: Executor, orderId: string): Promise<SpecimenRow[]> {
  return db
    .selectFrom('specimens')
    .selectAll()
    .where('order_id', '=', orderId)
    .orderBy('accession_number')
    .execute();
}

export async function childSpecimens(db: Executor, parentId: string): Promise<SpecimenRow[]> {
  return db
    .selectFrom('specimens')
    .selectAll()
    .where('parent_id', '=', parentId)
    .orderBy('accession_number')
    .execute();
}

export async function specimenEvents(db: Executor, specimenId: string): Promise<SpecimenEventRow[]> {
  return db
    .selectFrom('specimen_events')
    .selectAll()
    .where('specimen_id', '=', specimenId)
    .orderBy('id')
    .execute();
}

/** Appends an event and moves the specimen's state projection to it, in the caller's transaction. */
export async function appendSpecimenEvent(
  db: Executor,
  specimenId: string,
  event: { kind: string; at: Date; actor: string; detail?: Record<string, unknown> },
): Promise<SpecimenEventRow> {
  const row = await db
    .insertInto('specimen_events')
    .values({
      specimen_id: specimenId,
      kind: event.kind,
      at: event.at,
      actor: event.actor,
      detail: event.detail ?? {},
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db.updateTable('specimens').set({ state: event.kind }).where('id', '=', specimenId).execute();
  return row;
}

export async function insertAnalyses(
  db: Executor,
  rows: readonly { specimenId: string; orderId: string; testCode: string; panelCode?: string }[],
): Promise<AnalysisRow[]> {
  if (rows.length === 0) return [];
  return db
    .insertInto('analyses')
    .values(
      rows.map((r) => ({
        specimen_id: r.specimenId,
        order_id: r.orderId,
        test_code: r.testCode,
        panel_code: r.panelCode ?? null,
      })),
    )
    .returningAll()
    .execute();
}

export async function analysesOfSpecimen(db: Executor, specimenId: string): Promise<AnalysisRow[]> {
  return db
    .selectFrom('analyses')
    .selectAll()
    .where('specimen_id', '=', specimenId)
    .orderBy('created_at')
    .orderBy('test_code')
    .execute();
}

export async function setAnalysisStatus(db: Executor, analysisId: string, status: string): Promise<void> {
  await db.updateTable('analyses').set({ status }).where('id', '=', analysisId).execute();
}
