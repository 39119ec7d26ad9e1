import { describe, expect, it } from 'vitest';
import { loadScenario } from '@aliquot/simulator';
import { handsOn } from '../src/hands-on.js';

describe('aliquot demo --hands-on', () => {
  it('leaves the critical calls and the QC holds of the default scenario to the person', async () => {
    const scenario = await loadScenario('default');
    expect(scenario.staff.criticalCallMinutes).toBeDefined();
    const left = handsOn(scenario);
    expect(left.staff.criticalCallMinutes).toBeUndefined();
    expect(left.staff.qcResponseMinutes).toBeGreaterThan(scenario.durationHours * 60);
    expect({ ...left, staff: scenario.staff }).toEqual(scenario);
  });
});
