import type { Scenario } from '@aliquot/simulator';

/**
 * The scenario with the bench left to the person at the screen (`aliquot demo --hands-on`): nobody
 * virtual phones the critical values, and the virtual technologist comes to a QC hold only after the
 * run has ended, so the calls and the holds wait on the worklists for a person to work.
 */
export function handsOn(scenario: Scenario): Scenario {
  const { criticalCallMinutes: _calls, ...staff } = scenario.staff;
  return { ...scenario, staff: { ...staff, qcResponseMinutes: scenario.durationHours * 60 + 1 } };
}
