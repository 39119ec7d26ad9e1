import type { Executor } from './database.js';
import type { AnalysisRow, OrderRow, PatientRow } from './schema.js';

/** What the EHR says of a patient: its demographics replace ours (the EHR is the master of identity). */
export interface PatientDemographics {
  readonly familyName: string;
  readonly givenName: string;
  readonly birthDate: string;
  readonly clinicalSex: string;
}

export async function updatePatientDemographics(
  db: Executor,
  id: string,
  patient: PatientDemographics,
): Promise<PatientRow> {
  return db
    .updateTable('patients')
    .set({
      family_name: patient.familyName,
      given_name: patient.givenName,
      birth_date: patient.birthDate,
      clinical_sex: patient.clinicalSex,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Adds identifiers (system, value) to a patient, leaving those it already has. Returns the ones that
 * belong to another patient: the caller must refuse, as two patients cannot share an identifier.
 */
export async function addPatientIdentifiers(
  db: Executor,
  patientId: string,
  identifiers: readonly { readonly system: string; readonly value: string }[],
): Promise<{ system: string; value: string; patientId: string }[]> {
  const clashes: { system: string; value: string; patientId: string }[] = [];
  for (const id of identifiers) {
    await db
      .insertInto('patient_identifiers')
      .values({ patient_id: patientId, system: id.system, value: id.value })
      .onConflict((oc) => oc.columns(['system', 'value']).doNothing())
      .execute();
    const owner = await db
      .selectFrom('patient_identifiers')
      .select('patient_id')
      .where('system', '=', id.system)
      .where('value', '=', id.value)
      .executeTakeFirstOrThrow();
    if (owner.patient_id !== patientId) clashes.push({ ...id, patientId: owner.patient_id });
  }
  return clashes;
}

export async function findProviderByNpi(db: Executor, npi: string) {
  return db.selectFrom('providers').selectAll().where('npi', '=', npi).executeTakeFirst();
}

/** A provider known only by name (no NPI), e.g. one an EHR sent without an ID. */
export async function findProviderByName(db: Executor, familyName: string, givenName: string) {
  return db
    .selectFrom('providers')
    .selectAll()
    .where('npi', 'is', null)
    .where('family_name', '=', familyName)
    .where('given_name', '=', givenName)
    .orderBy('created_at')
    .executeTakeFirst();
}

export async function renameProvider(db: Executor, id: string, familyName: string, givenName: string) {
  await db
    .updateTable('providers')
    .set({ family_name: familyName, given_name: givenName })
    .where('id', '=', id)
    .execute();
}

/** The active orders a placer order number names for a patient, locked for a cancel or change. */
export async function activeOrdersByPlacerNumber(
  db: Executor,
  patientId: string,
  placerOrderNumber: string,
): Promise<OrderRow[]> {
  return db
    .selectFrom('orders')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('placer_order_number', '=', placerOrderNumber)
    .where('status', '=', 'active')
    .orderBy('ordered_at')
    .forUpdate()
    .execute();
}

/** Every order, of any patient and status, with this placer order number. */
export async function ordersByPlacerNumber(db: Executor, placerOrderNumber: string): Promise<OrderRow[]> {
  return db
    .selectFrom('orders')
    .selectAll()
    .where('placer_order_number', '=', placerOrderNumber)
    .orderBy('ordered_at')
    .execute();
}

export async function analysesOfOrder(db: Executor, orderId: string): Promise<AnalysisRow[]> {
  return db.selectFrom('analyses').selectAll().where('order_id', '=', orderId).orderBy('test_code').execute();
}

/** Whether any specimen of the order has reached the lab (received, or further). */
export async function orderHasReceivedSpecimen(db: Executor, orderId: string): Promise<boolean> {
  const row = await db
    .selectFrom('specimen_events as e')
    .innerJoin('specimens as s', 's.id', 'e.specimen_id')
    .select('e.id')
    .where('s.order_id', '=', orderId)
    .where('e.kind', '=', 'received')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Cancels an order and every analysis of it not yet resulted. */
export async function cancelOrder(db: Executor, orderId: string): Promise<void> {
  await db.updateTable('orders').set({ status: 'cancelled' }).where('id', '=', orderId).execute();
  await db
    .updateTable('analyses')
    .set({ status: 'cancelled' })
    .where('order_id', '=', orderId)
    .where('status', 'in', ['ordered', 'in-progress'])
    .execute();
}

/** The reply journaled for an inbound message (its acknowledgment), the latest when there are several. */
export async function latestReplyTo(db: Executor, journalId: string) {
  return db
    .selectFrom('message_journal')
    .selectAll()
    .where('direction', '=', 'out')
    .where('reply_to', '=', journalId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
