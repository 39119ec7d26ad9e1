import { describe, expect, it } from 'vitest';
import { LabError } from '@aliquot/domain';
import { checkScenario, parseScenario } from '../src/scenario/scenario-parser.js';
import { loadScenario, shippedScenarios } from '../src/scenario/scenario-files.js';
import { arrivalRate, scenarioAnalyzers } from '../src/run/lab-plan.js';

const minimal = {
  name: 'Minimal',
  description: 'The fewest fields a scenario needs',
  seed: 1,
  durationHours: 1,
  speed: 60,
  orders: { perHour: 10 },
  population: { sickShare: 0.2, criticalShareOfSick: 0.1 },
};

describe('scenario files', () => {
  it('ship a default, a night shift, a Monday peak, a drifting analyzer and a WBIT, each valid', async () => {
    const names = await shippedScenarios();
    expect(names).toEqual(
      expect.arrayContaining(['default', 'night-shift', 'monday-peak', 'analyzer-drift', 'wbit']),
    );
    for (const name of names) {
      const scenario = await loadScenario(name);
      expect(scenario.durationHours, name).toBeGreaterThan(0);
      expect(scenarioAnalyzers(scenario).length, name).toBeGreaterThan(0);
    }
  });

  it('fills in the defaults of a minimal scenario: every analyzer, no faults, no calls, no POCT', () => {
    const scenario = parseScenario(minimal);
    expect(scenario.analyzers.map((a) => a.code)).toContain('CHEM-1');
    expect(scenario.orders.returningShare).toBe(0);
    expect(scenario.faults).toEqual({
      tubeRates: {},
      measurementRates: {},
      analyzerEvents: [],
      scripted: [],
    });
    expect(scenario.staff).toEqual({});
    expect(scenario.poct).toEqual({ resultsPerHour: 0, uncertifiedShare: 0 });
  });

  it('refuses a scenario with every problem named by its JSON path', () => {
    const { problems } = checkScenario({
      ...minimal,
      speed: -1,
      colour: 'blue',
      population: { sickShare: 2 },
      faults: {
        tubeRates: { hemolysis: 1.5, spilt: 0.1 },
        analyzerEvents: [{ kind: 'qc-shift', analyzer: 'CHEM-9', tests: [], atHour: 1, sizeSd: 3 }],
      },
    });
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'speed',
        'colour',
        'population.sickShare',
        'population.criticalShareOfSick',
        'faults.tubeRates.hemolysis',
        'faults.tubeRates.spilt',
        'faults.analyzerEvents[0].analyzer',
        'faults.analyzerEvents[0].tests',
      ]),
    );
    expect(() => parseScenario({ ...minimal, seed: 'x' })).toThrow(LabError);
  });

  it('follows the order-rate profile of a peak hour by hour', async () => {
    const peak = await loadScenario('monday-peak');
    expect(arrivalRate(peak, 0)).toBe(30);
    expect(arrivalRate(peak, 45)).toBe(150);
    expect(arrivalRate(peak, 150)).toBe(60);
  });

  it('applies an analyzer setting over the default profile', () => {
    const scenario = parseScenario({
      ...minimal,
      analyzers: [{ code: 'CHEM-1', qcEveryMinutes: 60, imprecision: 2 }],
    });
    const [chem] = scenarioAnalyzers(scenario);
    expect(chem?.qc.everyMinutes).toBe(60);
    expect(chem?.imprecision).toBe(2);
    expect(chem?.tests).toContain('GLU');
  });
});
