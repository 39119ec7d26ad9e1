import type { Insertable, Updateable } from 'kysely';
import type { Executor } from './database.js';
import type {
  CompetencyAssessmentRow,
  CompetencyAssessmentsTable,
  StaffCertificationRow,
  StaffCertificationsTable,
  StaffLicenceRow,
  StaffLicencesTable,
} from './schema.js';

/** Staff certifications, state licences and competency assessments. */

export type CredentialTable = 'staff_certifications' | 'staff_licences' | 'competency_assessments';

export async function insertCertification(
  db: Executor,
  row: Insertable<StaffCertificationsTable>,
): Promise<StaffCertificationRow> {
  return db.insertInto('staff_certifications').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateCertification(
  db: Executor,
  id: string,
  changes: Updateable<StaffCertificationsTable>,
): Promise<StaffCertificationRow | undefined> {
  return db
    .updateTable('staff_certifications')
    .set(changes)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function insertLicence(
  db: Executor,
  row: Insertable<StaffLicencesTable>,
): Promise<StaffLicenceRow> {
  return db.insertInto('staff_licences').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateLicence(
  db: Executor,
  id: string,
  changes: Updateable<StaffLicencesTable>,
): Promise<StaffLicenceRow | undefined> {
  return db.updateTable('staff_licences').set(changes).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function insertCompetency(
  db: Executor,
  row: Insertable<CompetencyAssessmentsTable>,
): Promise<CompetencyAssessmentRow> {
  return db.insertInto('competency_assessments').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Deletes one credential record (entered in error); returns the row that was deleted. */
export async function deleteCredential(db: Executor, table: CredentialTable, id: string) {
  return db.deleteFrom(table).where('id', '=', id).returningAll().executeTakeFirst();
}

export interface StaffCredentialRows {
  readonly certifications: StaffCertificationRow[];
  readonly licences: StaffLicenceRow[];
  readonly competencies: CompetencyAssessmentRow[];
}

/** Every credential of the given users (all users when `userIds` is undefined). */
export async function staffCredentials(
  db: Executor,
  userIds?: readonly string[],
): Promise<StaffCredentialRows> {
  if (userIds !== undefined && userIds.length === 0)
    return { certifications: [], licences: [], competencies: [] };
  const ids = userIds === undefined ? undefined : [...userIds];
  const [certifications, licences, competencies] = await Promise.all([
    (ids
      ? db.selectFrom('staff_certifications').where('user_id', 'in', ids)
      : db.selectFrom('staff_certifications')
    )
      .selectAll()
      .orderBy('recorded_at')
      .execute(),
    (ids ? db.selectFrom('staff_licences').where('user_id', 'in', ids) : db.selectFrom('staff_licences'))
      .selectAll()
      .orderBy('recorded_at')
      .execute(),
    (ids
      ? db.selectFrom('competency_assessments').where('user_id', 'in', ids)
      : db.selectFrom('competency_assessments')
    )
      .selectAll()
      .orderBy('assessed_on')
      .orderBy('recorded_at')
      .execute(),
  ]);
  return { certifications, licences, competencies };
}

/** The first assessment date of a person in a discipline: the start of their first year of testing. */
export async function firstCompetencyDate(
  db: Executor,
  userId: string,
  discipline: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('competency_assessments')
    .select((eb) => eb.fn.min('assessed_on').as('first'))
    .where('user_id', '=', userId)
    .where('discipline', '=', discipline)
    .executeTakeFirst();
  return row?.first ?? undefined;
}
