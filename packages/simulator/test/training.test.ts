import { starterCatalog } from '@aliquot/services';
import { describe, expect, it } from 'vitest';
import { LabError } from '@aliquot/domain';
import { CatalogView } from '../src/run/lab-plan.js';
import { loadScenario } from '../src/scenario/scenario-files.js';
import { expectedDecision, gradeDecision } from '../src/training/training-grader.js';
import { makeCase } from '../src/training/training-cases.js';
import { TrainingSessions } from '../src/training/training-sessions.js';
import { SimRandom } from '../src/random/sim-random.js';

const { tests, panels } = starterCatalog();
const catalog = new CatalogView(tests, panels);
const now = new Date('2026-11-21T09:00:00Z');
const population = { sickShare: 0.3, criticalShareOfSick: 0.2 };

describe('the answer key of a training case', () => {
  it('rejects a spoiled specimen, reruns a bad measurement, calls a true critical, releases the rest', () => {
    expect(expectedDecision(['hemolysis'], false)).toEqual({
      expected: 'reject',
      acceptable: ['reject', 'rerun'],
    });
    expect(expectedDecision(['wrong-blood-in-tube'], true)).toEqual({
      expected: 'reject',
      acceptable: ['reject'],
    });
    expect(expectedDecision(['instrument-error-flag'], false).expected).toBe('rerun');
    expect(expectedDecision([], true).expected).toBe('call');
    expect(expectedDecision([], false).expected).toBe('release');
  });

  it('tells a trainee who released a critical value what it did to the patient', () => {
    const feedback = gradeDecision('release', {
      expected: 'call',
      acceptable: ['call'],
      faults: [],
      truth: 'K 7.1',
      clues: [],
    });
    expect(feedback).toMatchObject({ correct: false, acceptable: false, expected: 'call' });
    expect(feedback.consequence).toContain('critical value is filed unannounced');
  });
});

describe('training cases', () => {
  it('a hemolysis case shows the H index and asks for a recollection', () => {
    const made = makeCase({ catalog, population, random: new SimRandom(3), now }, '01', {
      kind: 'tube',
      fault: 'hemolysis',
    });
    expect(made?.answer.expected).toBe('reject');
    expect(made?.case.specimen.serumIndices?.hemolysis).toBeGreaterThanOrEqual(120);
    expect(made?.answer.clues.join(' ')).toContain('H index');
  });

  it('a WBIT case shows previous results to compare with', () => {
    const made = makeCase({ catalog, population, random: new SimRandom(4), now }, '02', {
      kind: 'tube',
      fault: 'wrong-blood-in-tube',
    });
    expect(made?.answer.expected).toBe('reject');
    expect(made?.case.results.some((r) => r.previous !== null)).toBe(true);
  });

  it('a critical case carries a value flagged LL or HH', () => {
    const made = makeCase({ catalog, population, random: new SimRandom(5), now }, '03', { kind: 'critical' });
    expect(made?.answer.expected).toBe('call');
    expect(made?.case.results.some((r) => r.flag === 'HH' || r.flag === 'LL')).toBe(true);
  });
});

describe('a training session', () => {
  it('puts a mix of cases before the trainee, grades each decision once, and keeps score', async () => {
    const sessions = new TrainingSessions({ now: () => now });
    const scenario = await loadScenario('default');
    const view = sessions.create({ trainee: 'student1', scenario, catalog, cases: 10, seed: 9 });
    expect(view.cases).toHaveLength(10);
    expect(view.cases.every((c) => c.feedback === null)).toBe(true);
    expect(JSON.stringify(view.cases)).not.toContain('expected');
    const first = view.cases[0];
    if (!first) throw new Error('no case');
    const feedback = sessions.decide(view.id, 'student1', first.id, 'release');
    expect(feedback.decision).toBe('release');
    expect(() => sessions.decide(view.id, 'student1', first.id, 'rerun')).toThrow(LabError);
    expect(() => sessions.get(view.id, 'student2')).toThrow(/another trainee/);
    const after = sessions.get(view.id, 'student1');
    expect(after.score.decided).toBe(1);
    expect(after.score.correct).toBe(feedback.correct ? 1 : 0);
    expect(after.score.criticalCases).toBeGreaterThanOrEqual(1);
    expect(after.cases[0]?.feedback).toEqual(feedback);
    expect(sessions.list('student1')).toHaveLength(1);
  });

  it('is the same session from the same seed', async () => {
    const scenario = await loadScenario('default');
    const a = new TrainingSessions({ now: () => now }).create({
      trainee: 't',
      scenario,
      catalog,
      cases: 6,
      seed: 1,
    });
    const b = new TrainingSessions({ now: () => now }).create({
      trainee: 't',
      scenario,
      catalog,
      cases: 6,
      seed: 1,
    });
    expect(a.cases).toEqual(b.cases);
  });
});
