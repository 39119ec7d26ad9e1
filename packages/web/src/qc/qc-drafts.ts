/**
 * What the QC forms hold, as typed, and what is wrong with it while typing. The forms check the form
 * of each field; facts (an expired lot, too few runs) are the server's to judge, and its message is
 * shown beside the fields.
 */

export interface LotDraft {
  readonly materialId: string;
  readonly level: string;
  readonly lotNumber: string;
  readonly expiresOn: string;
  readonly specimenId: string;
}

export interface TargetDraft {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly mean: string;
  readonly sd: string;
}

export type DraftErrors<T> = Partial<Record<keyof T, string>>;

export const emptyLot: LotDraft = { materialId: '', level: '', lotNumber: '', expiresOn: '', specimenId: '' };
export const emptyTarget: TargetDraft = { instrumentCode: '', testCode: '', mean: '', sd: '' };

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written YYYY-MM-DD (2027-02-30 is not one). */
export function isCalendarDay(text: string): boolean {
  if (!isoDay.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** A computed mean or SD as a person reads it: four significant figures (90.06, 2.085). */
export const figure = (n: number): number => Number(n.toPrecision(4));

/** A number as typed, or undefined when it is not one. */
export function typedNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

export function lotErrors(draft: LotDraft): DraftErrors<LotDraft> {
  const errors: DraftErrors<LotDraft> = {};
  if (draft.materialId === '') errors.materialId = 'Choose the control material';
  if (draft.level.trim() === '') errors.level = 'The level is required, e.g. L1';
  else if (draft.level.trim().length > 20) errors.level = 'At most 20 characters';
  if (draft.lotNumber.trim() === '') errors.lotNumber = 'The lot number is required';
  if (!isCalendarDay(draft.expiresOn)) errors.expiresOn = 'A date in the form YYYY-MM-DD';
  return errors;
}

export function targetErrors(draft: TargetDraft, { needsValues }: { needsValues: boolean }) {
  const errors: DraftErrors<TargetDraft> = {};
  if (draft.instrumentCode.trim() === '') errors.instrumentCode = 'The instrument is required';
  if (draft.testCode.trim() === '') errors.testCode = 'The test is required';
  if (!needsValues) return errors;
  if (typedNumber(draft.mean) === undefined) errors.mean = 'A number, e.g. 90';
  const sd = typedNumber(draft.sd);
  if (sd === undefined) errors.sd = 'A number, e.g. 3';
  else if (sd <= 0) errors.sd = 'The SD must be greater than 0';
  return errors;
}

/**
 * The errors to show now: a field's own error once something was typed in it, and every error once
 * the form was submitted.
 */
export function shownErrors<T extends object>(
  draft: T,
  errors: DraftErrors<T>,
  submitted: boolean,
): DraftErrors<T> {
  if (submitted) return errors;
  const shown: DraftErrors<T> = {};
  for (const key of Object.keys(errors) as (keyof T)[]) {
    const value = draft[key];
    if (typeof value === 'string' && value !== '') shown[key] = errors[key];
  }
  return shown;
}
