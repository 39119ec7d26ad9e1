import { describe, expect, it } from 'vitest';
import { ageInDays, referenceIntervalFor, type TestDefinition } from './test-definition.js';
import { flagNumeric } from './result-value.js';

const creatinine: Pick<TestDefinition, 'referenceIntervals'> = {
  referenceIntervals: [
    { sex: 'male', low: 0.74, high: 1.35 },
    { sex: 'female', low: 0.59, high: 1.04 },
    { sex: 'any', ageFromDays: 0, ageToDays: 365, low: 0.2, high: 0.4 },
  ],
};

describe('choosing a reference interval', () => {
  it('a female patient gets the female creatinine interval', () => {
    expect(referenceIntervalFor(creatinine, 'female', undefined)).toMatchObject({ low: 0.59, high: 1.04 });
  });
  it('an infant gets the age partition when no sex partition fits her age', () => {
    const interval = referenceIntervalFor(
      { referenceIntervals: [{ sex: 'any', ageFromDays: 0, ageToDays: 365, low: 0.2, high: 0.4 }] },
      'female',
      100,
    );
    expect(interval).toMatchObject({ low: 0.2, high: 0.4 });
  });
  it('counts age in whole days', () => {
    expect(ageInDays('2026-11-01', new Date('2026-11-21T23:00:00Z'))).toBe(20);
  });
});

describe('flagging a numeric result', () => {
  const interval = { low: 3.5, high: 5.1 };
  const critical = { low: 2.8, high: 6.2 };
  it('a potassium of 6.5 is critically high', () => expect(flagNumeric(6.5, interval, critical)).toBe('HH'));
  it('a potassium of 5.4 is high', () => expect(flagNumeric(5.4, interval, critical)).toBe('H'));
  it('a potassium of 4.0 is normal', () => expect(flagNumeric(4.0, interval, critical)).toBe('N'));
  it('a potassium of 2.8 is critically low (at the limit)', () =>
    expect(flagNumeric(2.8, interval, critical)).toBe('LL'));
});
