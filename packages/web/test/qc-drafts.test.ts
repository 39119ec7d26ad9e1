/** The QC forms' checks as typed: a lot, a target, and a moving-average monitor. */
import { describe, expect, it } from 'vitest';
import { fromPbrtqcDraft, pbrtqcErrors, toPbrtqcDraft } from '../src/qc/pbrtqc-draft.js';
import {
  emptyLot,
  emptyTarget,
  isCalendarDay,
  lotErrors,
  shownErrors,
  targetErrors,
} from '../src/qc/qc-drafts.js';

describe('the control lot form', () => {
  it('takes 2099-06-30 as an expiry, but not 2027-02-30 or 30/06/2099', () => {
    expect(isCalendarDay('2099-06-30')).toBe(true);
    expect(isCalendarDay('2027-02-30')).toBe(false);
    expect(isCalendarDay('30/06/2099')).toBe(false);
  });

  it('shows a field’s error once something is typed in it, and every error after submitting', () => {
    const draft = { ...emptyLot, materialId: 'm1', expiresOn: '2099-13' };
    const errors = lotErrors(draft);
    expect(Object.keys(errors).sort()).toEqual(['expiresOn', 'level', 'lotNumber']);
    expect(shownErrors(draft, errors, false)).toEqual({ expiresOn: 'A date in the form YYYY-MM-DD' });
    expect(shownErrors(draft, errors, true)).toEqual(errors);
  });
});

describe('the target form', () => {
  it('asks for a mean and an SD above 0 only when they are set by hand', () => {
    const key = { ...emptyTarget, instrumentCode: 'CHEM-1', testCode: 'GLU' };
    expect(targetErrors(key, { needsValues: false })).toEqual({});
    expect(targetErrors({ ...key, mean: '90', sd: '-3' }, { needsValues: true })).toEqual({
      sd: 'The SD must be greater than 0',
    });
    expect(targetErrors({ ...key, mean: '90,5', sd: '3' }, { needsValues: true })).toEqual({});
  });
});

describe('the moving-average settings form', () => {
  const draft = { ...toPbrtqcDraft(undefined), instrumentCode: 'CHEM-1', testCode: 'glu', blockSize: '20' };

  it('derives the limits from history at 0.2 % false alarms when no limits are given', () => {
    expect(pbrtqcErrors(draft)).toEqual({});
    expect(fromPbrtqcDraft(draft)).toEqual({
      instrumentCode: 'CHEM-1',
      testCode: 'GLU',
      procedure: { calculation: { method: 'sma', blockSize: 20 } },
      falseAlarmRate: 0.002,
      enabled: true,
    });
  });

  it('wants both truncation limits or neither, on the field that was typed', () => {
    expect(pbrtqcErrors({ ...draft, truncationLow: '50' })).toEqual({
      truncationLow: 'Give both truncation limits, or neither',
    });
    expect(pbrtqcErrors({ ...draft, lower: '95', upper: '90' })).toEqual({
      upper: 'Numbers with lower below upper',
    });
  });

  it('sends an EWMA with its λ and explicit limits', () => {
    const ewma = { ...draft, method: 'ewma' as const, lambda: '0.05', lower: '95', upper: '105' };
    expect(fromPbrtqcDraft(ewma)).toMatchObject({
      procedure: { calculation: { method: 'ewma', lambda: 0.05 } },
      controlLimits: { lower: 95, upper: 105 },
    });
    expect(pbrtqcErrors({ ...ewma, lambda: '1.5' })).toEqual({ lambda: 'λ is above 0 and at most 1' });
  });
});
