import type { Discipline } from './codes.js';
import type { GuardResult } from './specimen-lifecycle.js';

/**
 * Staff credentials and competency, and the guard that releasing a result needs a current credential and
 * competency for the test's discipline. Dates are ISO dates (YYYY-MM-DD); an expiry date is the last day
 * the credential is valid.
 * @see shared/domain/workflow.md §9 (roles, certifications, state licensure, competency assessment)
 */

export const CertificationBody = { ascp: 'ASCP', amt: 'AMT' } as const;
export type CertificationBody = (typeof CertificationBody)[keyof typeof CertificationBody];

/** MLS(ASCP), MLT(ASCP), MT(AMT), MLT(AMT), categorical (C, H, M, BB…), SBB; PBT and RPT are phlebotomy. */
export const CertificationKind = {
  mls: 'MLS',
  mlt: 'MLT',
  mt: 'MT',
  categorical: 'categorical',
  sbb: 'SBB',
  pbt: 'PBT',
  rpt: 'RPT',
} as const;
export type CertificationKind = (typeof CertificationKind)[keyof typeof CertificationKind];

/** The six required elements of a competency assessment (42 CFR 493.1451(b)(8), 493.1413(b)(8)). */
export const CompetencyElement = {
  directObservation: 'direct-observation',
  monitoringReporting: 'monitoring-reporting',
  recordReview: 'record-review',
  maintenanceObservation: 'maintenance-observation',
  blindSamples: 'blind-samples',
  problemSolving: 'problem-solving',
} as const;
export type CompetencyElement = (typeof CompetencyElement)[keyof typeof CompetencyElement];
export const competencyElements: readonly CompetencyElement[] = Object.freeze(
  Object.values(CompetencyElement),
);

export interface Certification {
  readonly body: CertificationBody;
  readonly credential: CertificationKind;
  /** The disciplines a categorical or specialist certification covers; empty for a generalist one. */
  readonly disciplines: readonly Discipline[];
  readonly number?: string;
  readonly expiresOn?: string;
}

export interface Licence {
  /** Two-letter state code, e.g. "CA". */
  readonly state: string;
  /** e.g. "CLS", "MLT", "CGMBS"; as the state names it. */
  readonly licenceType: string;
  readonly number: string;
  /** Empty for a generalist licence. */
  readonly disciplines: readonly Discipline[];
  readonly expiresOn: string;
}

export interface CompetencyRecord {
  readonly discipline: Discipline;
  readonly assessedOn: string;
  readonly passed: boolean;
  readonly nextDueOn: string;
}

export interface StaffCredentials {
  readonly certifications: readonly Certification[];
  readonly licences: readonly Licence[];
  readonly competencies: readonly CompetencyRecord[];
}

export interface CredentialPolicy {
  /** The state the lab is licensed in when that state licenses laboratory personnel (e.g. "CA"). */
  readonly licenceState?: string;
}

const stateNames: Readonly<Record<string, string>> = {
  CA: 'California',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  LA: 'Louisiana',
  MT: 'Montana',
  NV: 'Nevada',
  NY: 'New York',
  ND: 'North Dakota',
  PR: 'Puerto Rico',
  RI: 'Rhode Island',
  TN: 'Tennessee',
  WV: 'West Virginia',
};
export const stateName = (code: string): string => stateNames[code] ?? code;

/** Phlebotomy certifications do not cover testing. */
const testingKinds: readonly CertificationKind[] = ['MLS', 'MLT', 'MT', 'categorical', 'SBB'];

export function certificationCovers(certification: Certification, discipline: Discipline): boolean {
  if (!testingKinds.includes(certification.credential)) return false;
  return certification.disciplines.length === 0 || certification.disciplines.includes(discipline);
}

export function licenceCovers(licence: Licence, discipline: Discipline): boolean {
  return licence.disciplines.length === 0 || licence.disciplines.includes(discipline);
}

/** Whether a credential is valid on a day (its expiry is the last valid day). */
export const validOn = (expiresOn: string | undefined, today: string): boolean =>
  expiresOn === undefined || today <= expiresOn;

/** Adds calendar months to an ISO date, keeping the day or the month's last day. */
export function addMonths(isoDate: string, months: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/** Days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * When the next competency assessment is due: every six months during the first year a person tests in
 * a discipline (counted from their first assessment in it), then every twelve months.
 * @see shared/domain/workflow.md §9 (semiannually in the first year, annually thereafter)
 */
export function competencyNextDue(
  assessedOn: string,
  firstAssessedOn: string,
): { readonly nextDueOn: string; readonly firstYear: boolean } {
  const firstYear = assessedOn < addMonths(firstAssessedOn, 12);
  return { nextDueOn: addMonths(assessedOn, firstYear ? 6 : 12), firstYear };
}

const describeLicence = (licence: Licence): string =>
  `${stateName(licence.state)} ${licence.licenceType} licence ${licence.number}`;
const describeCertification = (certification: Certification): string =>
  `${certification.credential}(${certification.body})${certification.number ? ` ${certification.number}` : ''}`;

/**
 * Release needs, for the test's discipline: a current licence in the lab's licensure state (when it has
 * one); a current certification or licence that covers the discipline; and a passed competency
 * assessment in the discipline that is not overdue. The reason names what is missing and since when.
 */
export function guardReleaseCredentials(
  credentials: StaffCredentials,
  discipline: Discipline,
  today: string,
  policy: CredentialPolicy = {},
): GuardResult {
  if (policy.licenceState !== undefined) {
    const inState = credentials.licences
      .filter((licence) => licence.state === policy.licenceState && licenceCovers(licence, discipline))
      .sort((a, b) => (a.expiresOn < b.expiresOn ? 1 : -1));
    const latest = inState[0];
    if (latest === undefined) {
      return {
        ok: false,
        reason: `a ${stateName(policy.licenceState)} licence covering ${discipline} is required and none is on record`,
      };
    }
    if (!validOn(latest.expiresOn, today)) {
      return {
        ok: false,
        reason: `the ${describeLicence(latest)} expired on ${latest.expiresOn}; renew it before releasing results`,
      };
    }
  }
  const covering = [
    ...credentials.certifications
      .filter((certification) => certificationCovers(certification, discipline))
      .map((certification) => ({
        what: describeCertification(certification),
        expiresOn: certification.expiresOn,
      })),
    ...credentials.licences
      .filter((licence) => licenceCovers(licence, discipline))
      .map((licence) => ({ what: describeLicence(licence), expiresOn: licence.expiresOn })),
  ];
  if (!covering.some((credential) => validOn(credential.expiresOn, today))) {
    const expired = covering.map((credential) => `${credential.what} expired on ${credential.expiresOn}`);
    return {
      ok: false,
      reason:
        expired.length === 0
          ? `no certification or licence covering ${discipline} is on record`
          : `no current certification or licence covers ${discipline}: ${expired.join('; ')}`,
    };
  }
  const latest = credentials.competencies
    .filter((record) => record.discipline === discipline)
    .sort((a, b) => (a.assessedOn < b.assessedOn ? 1 : a.assessedOn > b.assessedOn ? -1 : 0))[0];
  if (latest === undefined) {
    return { ok: false, reason: `no competency assessment in ${discipline} is on record` };
  }
  if (!latest.passed) {
    return {
      ok: false,
      reason: `the latest competency assessment in ${discipline} (${latest.assessedOn}) was not passed`,
    };
  }
  if (today > latest.nextDueOn) {
    return {
      ok: false,
      reason: `the competency assessment in ${discipline} was due on ${latest.nextDueOn} and is overdue`,
    };
  }
  return { ok: true };
}

export interface ExpiringCredential {
  readonly kind: 'certification' | 'licence' | 'competency';
  readonly what: string;
  readonly dueOn: string;
  /** Negative when already expired or overdue. */
  readonly daysLeft: number;
}

/**
 * Credentials that expire, and competency assessments that fall due, within `withinDays` of today
 * (or already have): what the supervisor is alerted to. Only the latest competency per discipline counts.
 */
export function expiringCredentials(
  credentials: StaffCredentials,
  today: string,
  withinDays: number,
): ExpiringCredential[] {
  const items: ExpiringCredential[] = [];
  const consider = (kind: ExpiringCredential['kind'], what: string, dueOn: string | undefined): void => {
    if (dueOn === undefined) return;
    const daysLeft = daysBetween(today, dueOn);
    if (daysLeft <= withinDays) items.push({ kind, what, dueOn, daysLeft });
  };
  for (const certification of credentials.certifications) {
    consider('certification', describeCertification(certification), certification.expiresOn);
  }
  for (const licence of credentials.licences)
    consider('licence', describeLicence(licence), licence.expiresOn);
  const latestByDiscipline = new Map<Discipline, CompetencyRecord>();
  for (const record of credentials.competencies) {
    const seen = latestByDiscipline.get(record.discipline);
    if (seen === undefined || record.assessedOn > seen.assessedOn)
      latestByDiscipline.set(record.discipline, record);
  }
  for (const record of latestByDiscipline.values()) {
    consider('competency', `competency assessment in ${record.discipline}`, record.nextDueOn);
  }
  return items.sort((a, b) => a.daysLeft - b.daysLeft);
}
