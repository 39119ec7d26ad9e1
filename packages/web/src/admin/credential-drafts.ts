import {
  CertificationKind,
  competencyElements,
  type CertificationBody as Body,
  type CompetencyElement,
  type Discipline,
} from '@aliquot/domain';
import { todayIso } from './expiry.js';
import type { CertificationBody, CompetencyBody, LicenceBody } from './staff-types.js';

/**
 * What is typed into the credential forms, checked as it is typed the way the server checks it, and
 * turned into the request body. Each `…Errors` gives problems per field; an empty required field counts
 * only once the user has tried to save.
 */

type Errors<F extends string> = Partial<Record<F, string>>;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function dateProblem(text: string, required: boolean, tried: boolean): string | undefined {
  if (text === '') return required && tried ? 'required' : undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return 'use the form YYYY-MM-DD';
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? 'no such day' : undefined;
}

const put = <F extends string>(errors: Errors<F>, field: F, problem: string | undefined): void => {
  if (problem !== undefined) errors[field] = problem;
};

const optional = <T>(value: T | '' | readonly never[]) =>
  value === '' || (Array.isArray(value) && value.length === 0) ? undefined : value;

/** Categorical and specialist certifications name what they cover. */
const needsDisciplines = (credential: string): boolean =>
  credential === CertificationKind.categorical || credential === CertificationKind.sbb;

export interface CertificationDraft {
  readonly body: Body;
  readonly credential: CertificationKind;
  readonly categories: string;
  readonly disciplines: readonly Discipline[];
  readonly number: string;
  readonly issuedOn: string;
  readonly expiresOn: string;
}

export const emptyCertification: CertificationDraft = {
  body: 'ASCP',
  credential: 'MLS',
  categories: '',
  disciplines: [],
  number: '',
  issuedOn: '',
  expiresOn: '',
};

export function certificationErrors(
  draft: CertificationDraft,
  tried: boolean,
): Errors<keyof CertificationDraft> {
  const errors: Errors<keyof CertificationDraft> = {};
  if (tried && needsDisciplines(draft.credential) && draft.disciplines.length === 0) {
    errors.disciplines = 'name the disciplines this certification covers';
  }
  put(errors, 'issuedOn', dateProblem(draft.issuedOn, false, tried));
  put(errors, 'expiresOn', dateProblem(draft.expiresOn, false, tried));
  if (
    !errors.expiresOn &&
    draft.issuedOn !== '' &&
    draft.expiresOn !== '' &&
    draft.expiresOn < draft.issuedOn
  ) {
    errors.expiresOn = 'expires before it was issued';
  }
  return errors;
}

export function certificationBody(draft: CertificationDraft): CertificationBody {
  const categories = draft.categories
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const body: Record<string, unknown> = {
    body: draft.body,
    credential: draft.credential,
    categories: optional(categories),
    disciplines: optional([...draft.disciplines]),
    number: optional(draft.number.trim()),
    issuedOn: optional(draft.issuedOn),
    expiresOn: optional(draft.expiresOn),
  };
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as CertificationBody;
}

export interface LicenceDraft {
  readonly state: string;
  readonly licenceType: string;
  readonly number: string;
  readonly disciplines: readonly Discipline[];
  readonly issuedOn: string;
  readonly expiresOn: string;
}

export const emptyLicence: LicenceDraft = {
  state: '',
  licenceType: '',
  number: '',
  disciplines: [],
  issuedOn: '',
  expiresOn: '',
};

export function licenceErrors(draft: LicenceDraft, tried: boolean): Errors<keyof LicenceDraft> {
  const errors: Errors<keyof LicenceDraft> = {};
  if (draft.state !== '' && !/^[A-Z]{2}$/.test(draft.state))
    errors.state = 'the two-letter state code, e.g. CA';
  else if (tried && draft.state === '') errors.state = 'required';
  if (tried && draft.licenceType.trim() === '') errors.licenceType = 'required, e.g. CLS or MLT';
  if (tried && draft.number.trim() === '') errors.number = 'required';
  put(errors, 'issuedOn', dateProblem(draft.issuedOn, false, tried));
  put(errors, 'expiresOn', dateProblem(draft.expiresOn, true, tried));
  return errors;
}

export function licenceBody(draft: LicenceDraft): LicenceBody {
  return {
    state: draft.state,
    licenceType: draft.licenceType.trim(),
    number: draft.number.trim(),
    expiresOn: draft.expiresOn,
    ...(draft.disciplines.length > 0 ? { disciplines: [...draft.disciplines] } : {}),
    ...(draft.issuedOn !== '' ? { issuedOn: draft.issuedOn } : {}),
  };
}

export interface CompetencyDraft {
  readonly discipline: Discipline | '';
  readonly assessedOn: string;
  readonly assessor: string;
  readonly met: readonly CompetencyElement[];
  readonly note: string;
}

export const emptyCompetency: CompetencyDraft = {
  discipline: '',
  assessedOn: '',
  assessor: '',
  met: [],
  note: '',
};

export function competencyErrors(draft: CompetencyDraft, tried: boolean): Errors<keyof CompetencyDraft> {
  const errors: Errors<keyof CompetencyDraft> = {};
  if (tried && draft.discipline === '') errors.discipline = 'required';
  put(errors, 'assessedOn', dateProblem(draft.assessedOn, true, tried));
  if (!errors.assessedOn && draft.assessedOn > todayIso()) {
    errors.assessedOn = 'an assessment cannot be in the future';
  }
  if (tried && draft.assessor.trim() === '') errors.assessor = 'name who assessed';
  return errors;
}

export function competencyBody(draft: CompetencyDraft): CompetencyBody {
  const elements = Object.fromEntries(competencyElements.map((e) => [e, draft.met.includes(e)]));
  return {
    discipline: draft.discipline as Discipline,
    assessedOn: draft.assessedOn,
    assessor: draft.assessor.trim(),
    elements: elements as CompetencyBody['elements'],
    ...(draft.note.trim() !== '' ? { note: draft.note.trim() } : {}),
  };
}
