import { describe, expect, it } from 'vitest';
import { replay } from './replay.js';
import { formatReplayReport, replayReportToJson } from './replay-report.js';
import { RuleSet } from './rule-node.js';
import { scenario } from './scenario-builder.js';
import { starterRuleSet } from './starter-rules.js';

/** A candidate that drops the MCV wrong-blood-in-tube check. */
const withoutMcvCheck = RuleSet.create({
  ...starterRuleSet,
  version: 2,
  rules: starterRuleSet.rules.filter((rule) => rule.id !== 'delta.mcv-wbit'),
});

const history = [
  scenario({ test: 'MCV', value: 94, resultId: 'R-1', history: { MCV: [{ value: 88, hoursAgo: 60 }] } }),
  scenario({ test: 'MCV', value: 90, resultId: 'R-2', history: { MCV: [{ value: 89, hoursAgo: 60 }] } }),
  scenario({ test: 'K', value: 6.1, resultId: 'R-3', indices: { hemolysis: 120 } }),
  scenario({ test: 'K', value: 4.1, resultId: 'R-4' }),
];

describe('replaying history through a candidate rule set', () => {
  const report = replay(withoutMcvCheck, starterRuleSet, history);

  it('dropping the MCV check would have released one MCV the active rules held', () => {
    expect(report.cases).toBe(4);
    expect(report.newlyReleased).toBe(1);
    expect(report.newlyHeld).toBe(0);
    expect(report.differences).toHaveLength(1);
    expect(report.differences[0]).toMatchObject({
      label: 'R-1',
      testCode: 'MCV',
      changes: ['disposition: hold → release', 'rule no longer fires: delta.mcv-wbit'],
    });
  });

  it('counts per rule how many results it saw, held and let through', () => {
    const hemolysis = report.candidate.rules.find((rule) => rule.ruleId === 'hil.hemolysis-raises');
    expect(hemolysis).toMatchObject({ seen: 2, fired: 1, held: 1, released: 1 });
    const mcv = report.active.rules.find((rule) => rule.ruleId === 'delta.mcv-wbit');
    expect(mcv).toMatchObject({ seen: 2, fired: 1, held: 1, released: 1 });
    expect(report.candidate.rules.some((rule) => rule.ruleId === 'delta.mcv-wbit')).toBe(false);
  });

  it('lists rules that no result exercised, so untested paths are visible', () => {
    const bilirubin = report.candidate.rules.find((rule) => rule.ruleId === 'consistency.bilirubin');
    expect(bilirubin).toMatchObject({ seen: 0, fired: 0 });
  });

  it('gives autoverification rates for both rule sets', () => {
    expect(report.active.autoverificationRate).toBe(0.5);
    expect(report.candidate.autoverificationRate).toBe(0.75);
    expect(report.active.dispositions).toMatchObject({ release: 2, hold: 2 });
  });

  it('prints as text a person can read', () => {
    const text = formatReplayReport(report);
    expect(text).toContain('Replay of 4 results');
    expect(text).toContain('active    aliquot-starter v1: autoverified 50.0% (release 2, hold 2');
    expect(text).toContain('candidate aliquot-starter v2: autoverified 75.0%');
    expect(text).toContain('decisions changed: 1 (newly held 0, newly released 1)');
    expect(text).toContain('R-1: disposition: hold → release; rule no longer fires: delta.mcv-wbit');
    expect(text).toMatch(/hil\.hemolysis-raises\s+2\s+1\s+1\s+1/);
  });

  it('exports as JSON without losing anything', () => {
    expect(JSON.parse(replayReportToJson(report))).toEqual(report);
  });

  it('replaying a rule set against itself changes nothing', () => {
    const same = replay(starterRuleSet, starterRuleSet, history);
    expect(same.differences).toEqual([]);
    expect(same.candidate).toEqual(same.active);
  });
});
