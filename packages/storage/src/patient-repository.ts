import type { Executor } from './database.js';
import type { PatientRow } from './schema.js';

export interface NewPatient {
  readonly mrn: string;
  readonly familyName: string;
  readonly givenName: string;
  readonly birthDate: string;
  readonly clinicalSex: string;
  readonly genderIdentity?: string;
  readonly identifiers?: readonly { readonly system: string; readonly value: string }[];
}

export async function insertPatient(db: Executor, patient: NewPatient): Promise<PatientRow> {
  const row = await db
    .insertInto('patients')
    .values({
      mrn: patient.mrn,
      family_name: patient.familyName,
      given_name: patient.givenName,
      birth_date: patient.birthDate,
      clinical_sex: patient.clinicalSex,
      gender_identity: patient.genderIdentity ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const identifiers = patient.identifiers ?? [];
  if (identifiers.length > 0) {
    await db
      .insertInto('patient_identifiers')
      .values(identifiers.map((i) => ({ patient_id: row.id, system: i.system, value: i.value })))
      .execute();
  }
  return row;
}

export async function findPatient(db: Executor, id: string): Promise<PatientRow | undefined> {
  return db.selectFrom('patients').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPatientByMrn(db: Executor, mrn: string): Promise<PatientRow | undefined> {
  return db.selectFrom('patients').selectAll().where('mrn', '=', mrn).executeTakeFirst();
}

export async function patientIdentifiers(db: Executor, patientId: string) {
  return db
    .selectFrom('patient_identifiers')
    .select(['system', 'value'])
    .where('patient_id', '=', patientId)
    .execute();
}

export interface PatientSearch {
  /** Matches the start of the family name, case-insensitively, or the MRN exactly. */
  readonly query?: string;
  readonly limit: number;
  readonly offset: number;
}

export async function searchPatients(
  db: Executor,
  search: PatientSearch,
): Promise<{ rows: PatientRow[]; total: number }> {
  let base = db.selectFrom('patients');
  if (search.query) {
    const q = search.query;
    base = base.where((eb) =>
      eb.or([eb('mrn', '=', q), eb('family_name', 'ilike', `${q.replace(/[%_\\]/g, '\\$&')}%`)]),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('family_name')
      .orderBy('given_name')
      .orderBy('id')
      .limit(search.limit)
      .offset(search.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
