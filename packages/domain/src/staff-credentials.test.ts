import { describe, expect, it } from 'vitest';
import {
  addMonths,
  competencyNextDue,
  expiringCredentials,
  guardReleaseCredentials,
  type StaffCredentials,
} from './staff-credentials.js';

const mlt: StaffCredentials = {
  certifications: [
    { body: 'ASCP', credential: 'MLT', disciplines: [], number: 'MLT-4411', expiresOn: '2028-06-30' },
  ],
  licences: [{ state: 'CA', licenceType: 'MLT', number: '12345', disciplines: [], expiresOn: '2026-01-31' }],
  competencies: [
    { discipline: 'chemistry', assessedOn: '2025-09-01', passed: true, nextDueOn: '2026-09-01' },
  ],
};

describe('competency schedule', () => {
  it('is due six months after each assessment in the first year, then every twelve months', () => {
    expect(competencyNextDue('2025-01-15', '2025-01-15')).toEqual({
      nextDueOn: '2025-07-15',
      firstYear: true,
    });
    expect(competencyNextDue('2025-07-15', '2025-01-15')).toEqual({
      nextDueOn: '2026-01-15',
      firstYear: true,
    });
    expect(competencyNextDue('2026-01-15', '2025-01-15')).toEqual({
      nextDueOn: '2027-01-15',
      firstYear: false,
    });
  });

  it('a month end stays within the month', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
  });
});

describe('release needs current credentials and competency', () => {
  it('an MLT with a current ASCP certification and chemistry competency may release chemistry', () => {
    expect(guardReleaseCredentials(mlt, 'chemistry', '2026-03-01')).toEqual({ ok: true });
  });

  it('in a licensure state, an expired licence blocks release and says when it expired', () => {
    expect(guardReleaseCredentials(mlt, 'chemistry', '2026-03-01', { licenceState: 'CA' })).toEqual({
      ok: false,
      reason: 'the California MLT licence 12345 expired on 2026-01-31; renew it before releasing results',
    });
  });

  it('an overdue competency blocks release', () => {
    expect(guardReleaseCredentials(mlt, 'chemistry', '2026-09-02')).toEqual({
      ok: false,
      reason: 'the competency assessment in chemistry was due on 2026-09-01 and is overdue',
    });
  });

  it('competency in chemistry does not cover hematology', () => {
    expect(guardReleaseCredentials(mlt, 'hematology', '2026-03-01')).toEqual({
      ok: false,
      reason: 'no competency assessment in hematology is on record',
    });
  });

  it('a phlebotomy certification does not cover testing', () => {
    const pbt: StaffCredentials = {
      certifications: [{ body: 'ASCP', credential: 'PBT', disciplines: [] }],
      licences: [],
      competencies: [],
    };
    expect(guardReleaseCredentials(pbt, 'chemistry', '2026-03-01')).toEqual({
      ok: false,
      reason: 'no certification or licence covering chemistry is on record',
    });
  });

  it('a categorical chemistry certification does not cover hematology', () => {
    const chemist: StaffCredentials = {
      ...mlt,
      certifications: [
        { body: 'ASCP', credential: 'categorical', disciplines: ['chemistry'], expiresOn: '2028-01-01' },
      ],
      licences: [],
      competencies: [
        ...mlt.competencies,
        { discipline: 'hematology', assessedOn: '2025-09-01', passed: true, nextDueOn: '2026-09-01' },
      ],
    };
    expect(guardReleaseCredentials(chemist, 'hematology', '2026-03-01')).toEqual({
      ok: false,
      reason: 'no certification or licence covering hematology is on record',
    });
  });
});

describe('the supervisor alert list', () => {
  it('lists what expires within the window, soonest first, including what already expired', () => {
    expect(
      expiringCredentials(mlt, '2026-01-20', 30).map((item) => [item.kind, item.dueOn, item.daysLeft]),
    ).toEqual([['licence', '2026-01-31', 11]]);
    expect(expiringCredentials(mlt, '2026-08-20', 30).map((item) => [item.kind, item.daysLeft])).toEqual([
      ['licence', -201],
      ['competency', 12],
    ]);
  });
});
