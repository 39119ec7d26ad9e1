import {
  Discipline,
  LabError,
  competencyElements,
  competencyNextDue,
  expiringCredentials,
  guardReleaseCredentials,
  rolesGrant,
  type ExpiringCredential,
  type GuardResult,
} from '@aliquot/domain';
import {
  deleteCredential,
  findUser,
  firstCompetencyDate,
  insertCertification,
  insertCompetency,
  insertLicence,
  listUsers,
  staffCredentials,
  updateCertification,
  updateLicence,
  type CredentialTable,
  type Tx,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext, type UnitOfWork } from '../use-case.js';
import {
  certificationColumns,
  checkCertification,
  checkCompetency,
  checkLicence,
  licenceColumns,
  type CertificationInput,
  type CompetencyInput,
  type LicenceInput,
} from './credential-input.js';
import { credentialsByUser, isoDay } from './release-gate.js';
import { readVerificationSettings } from './verification-settings.js';

/**
 * Staff certifications, state licences and competency assessments: kept by whoever manages users or a
 * supervisor, read by them and by the person themselves; the supervisor's list of what expires soon.
 * @see shared/domain/workflow.md §9
 */

function mayManage(actor: Actor): boolean {
  return rolesGrant(actor.roles, 'user:write') || actor.roles.includes('supervisor');
}

function requireManager(actor: Actor): void {
  if (!mayManage(actor)) {
    throw LabError.forbidden(
      `${actor.displayName} may not keep staff credentials: it needs the user:write permission or the supervisor role`,
    );
  }
}

async function manage<T>(lab: LabContext, actor: Actor, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  requireManager(actor);
  return runUseCase(lab, actor, 'read', work);
}

async function requireUser(tx: Tx, userId: string): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(userId) || !(await findUser(tx, userId)))
    throw LabError.notFound('User', userId);
}

export async function addCertification(
  lab: LabContext,
  actor: Actor,
  userId: string,
  input: CertificationInput,
) {
  checkCertification(input);
  return manage(lab, actor, async ({ tx, now, audit }) => {
    await requireUser(tx, userId);
    const row = await insertCertification(tx, {
      user_id: userId,
      ...certificationColumns(input),
      recorded_by: actor.username,
      recorded_at: now,
    });
    audit({ action: 'staff.certification.add', entity: 'user', entityId: userId, after: row });
    return row;
  });
}

export async function changeCertification(
  lab: LabContext,
  actor: Actor,
  id: string,
  input: CertificationInput,
) {
  checkCertification(input);
  return manage(lab, actor, async ({ tx, audit }) => {
    const row = await updateCertification(tx, id, certificationColumns(input));
    if (!row) throw LabError.notFound('Certification', id);
    audit({ action: 'staff.certification.change', entity: 'user', entityId: row.user_id, after: row });
    return row;
  });
}

export async function addLicence(lab: LabContext, actor: Actor, userId: string, input: LicenceInput) {
  checkLicence(input);
  return manage(lab, actor, async ({ tx, now, audit }) => {
    await requireUser(tx, userId);
    const row = await insertLicence(tx, {
      user_id: userId,
      ...licenceColumns(input),
      recorded_by: actor.username,
      recorded_at: now,
    });
    audit({ action: 'staff.licence.add', entity: 'user', entityId: userId, after: row });
    return row;
  });
}

export async function changeLicence(lab: LabContext, actor: Actor, id: string, input: LicenceInput) {
  checkLicence(input);
  return manage(lab, actor, async ({ tx, audit }) => {
    const row = await updateLicence(tx, id, licenceColumns(input));
    if (!row) throw LabError.notFound('Licence', id);
    audit({ action: 'staff.licence.change', entity: 'user', entityId: row.user_id, after: row });
    return row;
  });
}

/** Records an assessment; it is passed only with all six elements, and the next one falls due by schedule. */
export async function recordCompetency(
  lab: LabContext,
  actor: Actor,
  userId: string,
  input: CompetencyInput,
) {
  checkCompetency(input);
  return manage(lab, actor, async ({ tx, now, audit }) => {
    await requireUser(tx, userId);
    const first = await firstCompetencyDate(tx, userId, input.discipline);
    const start = first === undefined || input.assessedOn < first ? input.assessedOn : first;
    const { nextDueOn, firstYear } = competencyNextDue(input.assessedOn, start);
    const row = await insertCompetency(tx, {
      user_id: userId,
      discipline: input.discipline,
      assessed_on: input.assessedOn,
      assessor: input.assessor,
      elements: { ...input.elements },
      passed: competencyElements.every((element) => input.elements[element]),
      first_year: firstYear,
      next_due_on: nextDueOn,
      note: input.note ?? null,
      recorded_by: actor.username,
      recorded_at: now,
    });
    audit({ action: 'staff.competency.record', entity: 'user', entityId: userId, after: row });
    return row;
  });
}

export async function removeCredential(lab: LabContext, actor: Actor, table: CredentialTable, id: string) {
  return manage(lab, actor, async ({ tx, audit }) => {
    const row = await deleteCredential(tx, table, id);
    if (!row) throw LabError.notFound('Credential', id);
    audit({ action: `staff.${table}.remove`, entity: 'user', entityId: row.user_id, before: row });
    return { removed: id };
  });
}

/** A person's credentials, and for each discipline whether they may release today (and why not). */
export async function staffCredentialRecord(lab: LabContext, actor: Actor, userId: string) {
  if (actor.id !== userId) requireManager(actor);
  return runUseCase(lab, actor, 'read', async ({ tx, now }) => {
    await requireUser(tx, userId);
    const rows = await staffCredentials(tx, [userId]);
    const domain = (await credentialsByUser(tx, [userId])).get(userId);
    const settings = await readVerificationSettings(tx);
    const release: Record<string, GuardResult> = {};
    for (const discipline of Object.values(Discipline)) {
      release[discipline] = domain
        ? guardReleaseCredentials(domain, discipline, isoDay(now), {
            ...(settings.licenceState === undefined ? {} : { licenceState: settings.licenceState }),
          })
        : { ok: false, reason: 'no credentials on record' };
    }
    return { userId, ...rows, release };
  });
}

export interface ExpiringStaff {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly items: readonly ExpiringCredential[];
}

/** Staff whose credentials expire, or whose competency falls due, within `withinDays` (or already have). */
export async function expiringStaffCredentials(
  lab: LabContext,
  actor: Actor,
  withinDays?: number,
): Promise<{ readonly withinDays: number; readonly staff: readonly ExpiringStaff[] }> {
  return manage(lab, actor, async ({ tx, now }) => {
    const days = withinDays ?? (await readVerificationSettings(tx)).credentialAlertDays;
    const users = (await listUsers(tx)).filter((user) => user.active);
    const byUser = await credentialsByUser(
      tx,
      users.map((user) => user.id),
    );
    const staff: ExpiringStaff[] = [];
    for (const user of users) {
      const credentials = byUser.get(user.id);
      const items = credentials ? expiringCredentials(credentials, isoDay(now), days) : [];
      if (items.length > 0) {
        staff.push({ userId: user.id, username: user.username, displayName: user.display_name, items });
      }
    }
    staff.sort((a, b) => (a.items[0]?.daysLeft ?? 0) - (b.items[0]?.daysLeft ?? 0));
    return { withinDays: days, staff };
  });
}
