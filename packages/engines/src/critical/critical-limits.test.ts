import { describe, expect, it } from 'vitest';
import {
  criticalLimitsFor,
  detectCritical,
  partitionsFromDefinition,
  type CriticalLimitPartition,
} from './critical-limits.js';

const potassium = partitionsFromDefinition({ low: 2.8, high: 6.2, source: 'Kost 1990' });

/** Haemoglobin limits differing by sex, and a neonatal partition for the first 28 days. */
const hemoglobin: readonly CriticalLimitPartition[] = [
  { sex: 'female', ageFromDays: 28, low: 6.6, high: 19.9, source: 'lab list (adult female)' },
  { sex: 'male', ageFromDays: 28, low: 7.0, high: 20.5, source: 'lab list (adult male)' },
  { sex: 'any', ageToDays: 28, low: 9.5, high: 22.0, source: 'lab list (neonate)' },
];

describe('critical limits', () => {
  it('a potassium of 6.5 mmol/L is critically high (limit 6.2, Kost 1990)', () => {
    expect(detectCritical(6.5, potassium, {})).toEqual({
      direction: 'high',
      value: 6.5,
      limit: 6.2,
      source: 'Kost 1990',
    });
  });

  it('a potassium of exactly 2.8 is critically low: the limit itself is critical', () => {
    expect(detectCritical(2.8, potassium, {})?.direction).toBe('low');
  });

  it('a potassium of 5.9 is not critical', () => {
    expect(detectCritical(5.9, potassium, {})).toBeUndefined();
  });

  it('a haemoglobin of 6.8 g/dL is critical for a man (7.0) but not for a woman (6.6)', () => {
    const ageDays = 40 * 365;
    expect(detectCritical(6.8, hemoglobin, { sex: 'male', ageDays })?.limit).toBe(7.0);
    expect(detectCritical(6.8, hemoglobin, { sex: 'female', ageDays })).toBeUndefined();
  });

  it('a newborn of either sex is judged by the neonatal partition', () => {
    expect(criticalLimitsFor(hemoglobin, { sex: 'female', ageDays: 3 })).toEqual({
      low: { limit: 9.5, source: 'lab list (neonate)' },
      high: { limit: 22.0, source: 'lab list (neonate)' },
    });
  });

  it('when the sex is unknown the narrower of the adult limits is used, so no critical is missed', () => {
    expect(criticalLimitsFor(hemoglobin, { sex: 'unknown', ageDays: 40 * 365 })).toEqual({
      low: { limit: 7.0, source: 'lab list (adult male)' },
      high: { limit: 19.9, source: 'lab list (adult female)' },
    });
  });

  it('a test without critical limits never yields a critical finding', () => {
    expect(detectCritical(1e9, partitionsFromDefinition(undefined), {})).toBeUndefined();
  });
});
