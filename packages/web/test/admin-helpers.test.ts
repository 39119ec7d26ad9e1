import { describe, expect, it } from 'vitest';
import { describeNode, describeValue } from '../src/admin/describe-rule.js';
import {
  certificationBody,
  certificationErrors,
  competencyBody,
  dateProblem,
  emptyCertification,
  emptyCompetency,
  licenceErrors,
  emptyLicence,
} from '../src/admin/credential-drafts.js';
import { daysText, expiryOf } from '../src/admin/expiry.js';
import { emptyUserDraft, userDraftErrors } from '../src/admin/user-draft.js';

describe('a rule read in words', () => {
  it('a comparison of the result with a number reads as one', () => {
    const when = {
      kind: 'compare',
      left: { kind: 'result-value' },
      operator: '>',
      right: 90,
      whenMissing: 'pass',
    };
    expect(describeNode(when)).toBe('Result value > 90');
  });

  it('nested and/or keep their grouping; outcomes and selectors read plainly', () => {
    const when = {
      kind: 'and',
      conditions: [
        { kind: 'always' },
        {
          kind: 'or',
          conditions: [
            { kind: 'qc-state', states: ['rejected'] },
            { kind: 'not', condition: { kind: 'always' } },
          ],
        },
      ],
    };
    expect(describeNode(when)).toBe('always and (Qc state (states rejected) or not always)');
    expect(describeValue([{ kind: 'hold' }, { kind: 'rerun', sameInstrument: true }])).toBe(
      'hold for review, Rerun (same instrument true)',
    );
    expect(describeNode({ kind: 'all-tests', except: ['BE'] })).toBe('all tests except BE');
    expect(describeNode({ kind: 'discipline', disciplines: ['chemistry'], except: [] })).toBe('chemistry');
  });
});

describe('expiry warnings', () => {
  it('past the last valid day is expired, within the alert window soon, later current', () => {
    expect(expiryOf('2026-11-20', '2026-11-21', 30)).toEqual({ state: 'expired', daysLeft: -1 });
    expect(expiryOf('2026-11-21', '2026-11-21', 30)).toEqual({ state: 'soon', daysLeft: 0 });
    expect(expiryOf('2026-12-21', '2026-11-21', 30)).toEqual({ state: 'soon', daysLeft: 30 });
    expect(expiryOf('2026-12-22', '2026-11-21', 30)).toEqual({ state: 'current', daysLeft: 31 });
    expect([daysText(0), daysText(1), daysText(-3)]).toEqual(['today', 'in 1 day', '3 days ago']);
  });
});

describe('credential forms, checked as typed', () => {
  it('a date must be a real day in the form YYYY-MM-DD; an empty required one only counts once saved', () => {
    expect(dateProblem('2026-02-30', false, false)).toBe('no such day');
    expect(dateProblem('30/01/2026', false, false)).toBe('use the form YYYY-MM-DD');
    expect(dateProblem('', true, false)).toBeUndefined();
    expect(dateProblem('', true, true)).toBe('required');
  });

  it('a categorical certification names its disciplines; the body leaves out what was not typed', () => {
    const categorical = { ...emptyCertification, credential: 'categorical' as const, categories: 'C, H' };
    expect(certificationErrors(categorical, true).disciplines).toMatch(/name the disciplines/);
    expect(certificationBody(categorical)).toEqual({
      body: 'ASCP',
      credential: 'categorical',
      categories: ['C', 'H'],
    });
    const backwards = { ...emptyCertification, issuedOn: '2026-05-01', expiresOn: '2026-04-01' };
    expect(certificationErrors(backwards, false).expiresOn).toBe('expires before it was issued');
  });

  it('a licence needs a two-letter state and an expiry', () => {
    expect(licenceErrors({ ...emptyLicence, state: 'Cal' }, false).state).toMatch(/two-letter/);
    expect(licenceErrors(emptyLicence, true)).toMatchObject({ state: 'required', expiresOn: 'required' });
  });

  it('a competency assessment sends all six elements, met or not', () => {
    const body = competencyBody({
      ...emptyCompetency,
      discipline: 'chemistry',
      assessedOn: '2026-10-22',
      assessor: ' R. Diaz ',
      met: ['direct-observation'],
    });
    expect(body.assessor).toBe('R. Diaz');
    expect(Object.values(body.elements).filter(Boolean)).toHaveLength(1);
    expect(Object.keys(body.elements)).toHaveLength(6);
  });
});

describe('a new account, checked as typed', () => {
  it('a short password says how far it has got; empty fields wait for the first save', () => {
    expect(userDraftErrors({ ...emptyUserDraft, password: 'short' }, false)).toEqual({
      password: 'at least 10 characters (5 so far)',
    });
    expect(Object.keys(userDraftErrors(emptyUserDraft, true)).sort()).toEqual([
      'displayName',
      'password',
      'roles',
      'username',
    ]);
  });
});
