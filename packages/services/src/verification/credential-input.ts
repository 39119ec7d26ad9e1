import {
  CertificationBody,
  CertificationKind,
  Discipline,
  LabError,
  competencyElements,
  type CompetencyElement,
  type LabErrorIssue,
} from '@aliquot/domain';

/** Checking what a person types for a credential, and the columns it is stored in. */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const disciplines = Object.values(Discipline) as string[];

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

export interface CertificationInput {
  readonly body: CertificationBody;
  readonly credential: CertificationKind;
  readonly categories?: readonly string[];
  readonly disciplines?: readonly Discipline[];
  readonly number?: string;
  readonly issuedOn?: string;
  readonly expiresOn?: string;
}

export function checkCertification(input: CertificationInput): void {
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

export const certificationColumns = (input: CertificationInput) => ({
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

export function checkLicence(input: LicenceInput): void {
  const issues: LabErrorIssue[] = [];
  check(issues, /^[A-Z]{2}$/.test(input.state), 'state', 'use the two-letter state code, e.g. CA');
  check(issues, input.licenceType.trim() !== '', 'licenceType', 'required, e.g. CLS or MLT');
  check(issues, input.number.trim() !== '', 'number', 'required');
  checkDisciplines(issues, input.disciplines);
  checkDates(issues, { issuedOn: input.issuedOn, expiresOn: input.expiresOn });
  refuse(issues, 'licence');
}

export const licenceColumns = (input: LicenceInput) => ({
  state: input.state,
  licence_type: input.licenceType,
  number: input.number,
  disciplines: [...(input.disciplines ?? [])],
  issued_on: input.issuedOn ?? null,
  expires_on: input.expiresOn,
});

export interface CompetencyInput {
  readonly discipline: Discipline;
  readonly assessedOn: string;
  readonly assessor: string;
  /** Each of the six elements, done and satisfactory or not. */
  readonly elements: Readonly<Record<CompetencyElement, boolean>>;
  readonly note?: string;
}

/** Every field of an assessment present and well formed; all six elements answered. */
export function checkCompetency(input: CompetencyInput): void {
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
}
