import {
  CertificationBody,
  CertificationKind,
  Discipline,
  LabError,
  competencyElements,
  competencyNextDue,
  expiringCredentials,
  guardReleaseCredentials,
  rolesGrant,
  type CompetencyElement,
  type ExpiringCredential,
  type GuardResult,
  type LabErrorIssue,
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
import { credentialsByUser, isoDay } from './release-gate.js';
import { readVerificationSettings } from './verification-settings.js';

/**
 * Staff certifications, state licences and competency assessments: kept by whoever manages users or a
 * supervisor, read by them and by the person themselves; the supervisor's list of what expires soon.
 * @see shared/domain/workflow.md §9
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const disciplines = Object.values(Discipline) as string[];

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

function check(issues: LabErrorIssue[], ok: boolean, location: string, message: string): void {
  if (!ok) issues.push({ location, message });
}

function checkDates(issues: LabErrorIssue[], dates: Record<string, string | undefined>): void {
  for (const [location, value] of Object.entries(dates)) {
    if (value !== undefined) check(issues, ISO_DATE.test(value), location, 'use an ISO date, YYYY-MM-DD');
  }
}

function checkDisciplines(issues: LabErrorIssue[], list: readonly string[] | undefined): void {
  for (const [index, value] of (list ?? []).entries()) {
    check(
      issues,
      disciplines.includes(value),
      `disciplines[${index}]`,
      `use one of ${disciplines.join(', ')}`,
    );
  }
}

function refuse(issues: readonly LabErrorIssue[], what: string): void {
  if (issues.length > 0) throw LabError.invalid(`the ${what} is not valid`, issues);
}

async function requireUser(tx: Tx, userId: string): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(userId) || !(await findUser(tx, userId)))
    throw LabError.notFound('User', userId);
}

export interface CertificationInput {
  readonly body: CertificationBody;
  readonly credential: CertificationKind;
  readonly categories?: readonly string[];
  readonly disciplines?: readonly Discipline[];
  readonly number?: string;
  readonly issuedOn?: string;
  readonly expiresOn?: string;
}

function checkCertification(input: CertificationInput): void {
  const issues: LabErrorIssue[] = [];
  check(
    issues,
    (Object.values(CertificationBody) as string[]).includes(input.body),
    'body',
    'use ASCP or AMT',
  );
  check(
    issues,
    (Object.values(CertificationKind) as string[]).includes(input.credential),
    'credential',
    `use one of ${Object.values(CertificationKind).join(', ')}`,
  );
  if (input.credential === 'categorical' || input.credential === 'SBB') {
    check(
      issues,
      (input.disciplines ?? []).length > 0,
      'disciplines',
      'name the disciplines this certification covers',
    );
  }
  checkDisciplines(issues, input.disciplines);
  checkDates(issues, { issuedOn: input.issuedOn, expiresOn: input.expiresOn });
  refuse(issues, 'certification');
}

const certificationColumns = (input: CertificationInput) => ({
  body: input.body,
  credential: input.credential,
  categories: [...(input.categories ?? [])],
  disciplines: [...(input.disciplines ?? [])],
  number: input.number ?? null,
  issued_on: input.issuedOn ?? null,
  expires_on: input.expiresOn ?? null,
});

export interface LicenceInput {
  readonly state: string;
  readonly licenceType: string;
  readonly number: string;
  readonly disciplines?: readonly Discipline[];
  readonly issuedOn?: string;
  readonly expiresOn: string;
}

function checkLicence(input: LicenceInput): void {
  const issues: LabErrorIssue[] = [];
  check(issues, /^[A-Z]{2}$/.test(input.state), 'state', 'use the two-letter state code, e.g. CA');
  check(issues, input.licenceType.trim() !== '', 'licenceType', 'required, e.g. CLS or MLT');
  check(issues, input.number.trim() !== '', 'number', 'required');
  checkDisciplines(issues, input.disciplines);
  checkDates(issues, { issuedOn: input.issuedOn, expiresOn: input.expiresOn });
  refuse(issues, 'licence');
}

const licenceColumns = (input: LicenceInput) => ({
  state: input.state,
  licence_type: input.licenceType,
  number: input.number,
  disciplines: [...(input.disciplines ?? [])],
  issued_on: input.issuedOn ?? null,
  expires_on: input.expiresOn,
});

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

export interface CompetencyInput {
  readonly discipline: Discipline;
  readonly assessedOn: string;
  readonly assessor: string;
  /** Each of the six elements, done and satisfactory or not. */
  readonly elements: Readonly<Record<CompetencyElement, boolean>>;
  readonly note?: string;
}

/** Records an assessment; it is passed only with all six elements, and the next one falls due by schedule. */
export async function recordCompetency(
  lab: LabContext,
  actor: Actor,
  userId: string,
  input: CompetencyInput,
) {
  const issues: LabErrorIssue[] = [];
  checkDisciplines(issues, [input.discipline]);
  checkDates(issues, { assessedOn: input.assessedOn });
  check(issues, input.assessor.trim() !== '', 'assessor', 'name who assessed');
  for (const element of competencyElements) {
    check(
      issues,
      typeof input.elements[element] === 'boolean',
      `elements.${element}`,
      'say whether it was met',
    );
  }
  refuse(issues, 'competency assessment');
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
