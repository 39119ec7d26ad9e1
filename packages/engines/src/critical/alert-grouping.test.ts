import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateOf, groupCriticalAlerts, type CriticalAlert } from './alert-grouping.js';

const start = new Date('2026-11-20T06:00:00Z').getTime();
const alert = (id: string, minutes: number, extra: Partial<CriticalAlert> = {}): CriticalAlert => ({
  id,
  patientId: 'P-1',
  testCode: 'K',
  direction: 'high',
  value: 6.6,
  at: new Date(start + minutes * 60_000),
  ...extra,
});

describe('grouping repeated critical alerts', () => {
  it('three high potassiums for one patient within four hours are one call', () => {
    const groups = groupCriticalAlerts([alert('a', 0), alert('b', 90), alert('c', 200)], 240);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.lead.id).toBe('a');
    expect(groups[0]?.duplicates.map((a) => a.id)).toEqual(['b', 'c']);
  });

  it('a high potassium after the window closes is called again', () => {
    const groups = groupCriticalAlerts([alert('a', 0), alert('b', 300)], 240);
    expect(groups.map((group) => group.lead.id)).toEqual(['a', 'b']);
  });

  it('a low potassium after a high one is a new call: the direction changed', () => {
    const groups = groupCriticalAlerts(
      [alert('a', 0), alert('b', 30, { direction: 'low', value: 2.4 })],
      240,
    );
    expect(groups).toHaveLength(2);
  });

  it('another patient or another analyte is never grouped', () => {
    const groups = groupCriticalAlerts(
      [alert('a', 0), alert('b', 5, { patientId: 'P-2' }), alert('c', 10, { testCode: 'GLU', value: 520 })],
      240,
    );
    expect(groups).toHaveLength(3);
  });

  it('a new alert knows which earlier alert it repeats', () => {
    expect(duplicateOf(alert('b', 60), [alert('a', 0)], 240)?.id).toBe('a');
    expect(duplicateOf(alert('b', 60), [alert('a', 0)], 30)).toBeUndefined();
  });

  it('every alert lands in exactly one group, whatever the input order', () => {
    const arbitraryAlert = fc.record({
      id: fc.uuid(),
      patientId: fc.constantFrom('P-1', 'P-2'),
      testCode: fc.constantFrom('K', 'NA'),
      direction: fc.constantFrom('low' as const, 'high' as const),
      value: fc.double({ noNaN: true }),
      at: fc.integer({ min: 0, max: 2_000 }).map((m) => new Date(start + m * 60_000)),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryAlert, { selector: (a) => a.id }), (alerts) => {
        const groups = groupCriticalAlerts(alerts, 120);
        const ids = groups.flatMap((group) => [group.lead.id, ...group.duplicates.map((a) => a.id)]);
        expect(ids.sort()).toEqual(alerts.map((a) => a.id).sort());
        expect(groupCriticalAlerts([...alerts].reverse(), 120)).toEqual(groups);
        for (const group of groups) {
          for (const duplicate of group.duplicates) {
            expect(duplicate.at.getTime()).toBeLessThanOrEqual(group.windowEndsAt.getTime());
            expect(duplicate.at.getTime()).toBeGreaterThanOrEqual(group.lead.at.getTime());
          }
        }
      }),
    );
  });
});
