import { describe, expect, it } from 'vitest';
import { combine, type RuleEvaluation } from './decision.js';
import { evaluate } from './rule-evaluator.js';
import { RuleSet } from './rule-node.js';
import { scenario, type ScenarioOptions } from './scenario-builder.js';
import { starterRuleSet } from './starter-rules.js';

const bmp = { NA: 139, K: 4.3, CL: 103, CO2: 25, BUN: 14, CREA: 0.82, GLU: 92, CA: 9.4 } as const;
const priorBmp = { NA: 141, K: 4.1, CL: 104, CO2: 26, BUN: 16, CREA: 0.79, GLU: 97, CA: 9.5 } as const;

/** One result of a BMP specimen, with the other seven as the specimen's results. */
const bmpMember = (code: keyof typeof bmp, extra: Partial<ScenarioOptions> = {}) =>
  scenario({
    test: code,
    value: bmp[code],
    others: Object.fromEntries(Object.entries(bmp).filter(([other]) => other !== code)),
    history: Object.fromEntries(
      Object.entries(priorBmp).map(([other, value]) => [other, [{ value, hoursAgo: 48 }]]),
    ),
    ...extra,
  });

describe('combining the rules into one decision', () => {
  it('a clean BMP from an outpatient with a prior result two days ago is released', () => {
    for (const code of Object.keys(bmp) as (keyof typeof bmp)[]) {
      const decision = evaluate(starterRuleSet, bmpMember(code));
      expect(decision.disposition, code).toEqual({ kind: 'release' });
      expect(decision.reasons, code).toEqual([]);
      expect(decision.evaluations.length, code).toBeGreaterThan(10);
    }
  });

  it('records the rule set’s id and version and every rule evaluated, fired or not', () => {
    const decision = evaluate(starterRuleSet, bmpMember('K'));
    expect(decision).toMatchObject({ ruleSetId: 'aliquot-starter', ruleSetVersion: 1, testCode: 'K' });
    const ids = decision.evaluations.map((evaluation) => evaluation.ruleId);
    expect(ids[0]).toBe('engine.cancelled-analysis');
    expect(ids).toEqual(
      expect.arrayContaining(['qc.status', 'hil.hemolysis-raises', 'critical.limits', 'delta.chemistry']),
    );
    expect(ids).not.toContain('delta.mcv-wbit');
  });

  it('evaluations come in the order of the filter chain', () => {
    const stages = evaluate(starterRuleSet, bmpMember('K')).evaluations.map((evaluation) => evaluation.stage);
    const firstIndex = (stage: string) => stages.indexOf(stage as (typeof stages)[number]);
    expect(firstIndex('integrity')).toBeLessThan(firstIndex('qc'));
    expect(firstIndex('qc')).toBeLessThan(firstIndex('serum-index'));
    expect(firstIndex('serum-index')).toBeLessThan(firstIndex('critical'));
    expect(firstIndex('critical')).toBeLessThan(firstIndex('delta'));
  });

  it('a glucose above the AMR that also fails QC is held, not diluted: the QC filter comes first', () => {
    const decision = evaluate(starterRuleSet, bmpMember('GLU', { value: 812, qc: { status: 'rejected' } }));
    expect(decision.disposition.kind).toBe('hold');
    expect(decision.decidedByRule).toBe('qc.status');
    expect(decision.reasons.map((reason) => reason.ruleId)).toEqual([
      'qc.status',
      'amr.dilute',
      'critical.limits',
    ]);
  });

  it('a glucose above the AMR that also fails its delta check is diluted first: the AMR filter comes before deltas', () => {
    const decision = evaluate(
      starterRuleSet,
      bmpMember('GLU', {
        value: 812,
        definition: { delta: { method: 'percent', limit: 50, windowHours: 72 } },
      }),
    );
    expect(decision.disposition).toEqual({ kind: 'dilute-and-rerun', factor: 2 });
    expect(decision.reasons.map((reason) => reason.ruleId)).toEqual([
      'amr.dilute',
      'critical.limits',
      'delta.chemistry',
    ]);
  });

  it('a critical potassium is held with a call task alongside', () => {
    const decision = evaluate(starterRuleSet, bmpMember('K', { value: 6.6 }));
    expect(decision.disposition.kind).toBe('hold');
    expect(decision.callTask).toBeDefined();
  });

  it('within one stage recollection outweighs a hold, whatever the rule order', () => {
    const header = { ruleSetId: 'x', ruleSetVersion: 1, testCode: 'K', decidedAt: new Date(0) };
    const fired = (ruleId: string, kind: 'hold' | 'cancel-and-recollect'): RuleEvaluation => ({
      ruleId,
      ruleName: ruleId,
      stage: 'consistency',
      fired: true,
      sentence: ruleId,
      facts: [],
      outcomes: [{ kind }],
    });
    const holdFirst = combine(header, [fired('a', 'hold'), fired('b', 'cancel-and-recollect')]);
    const recollectFirst = combine(header, [fired('b', 'cancel-and-recollect'), fired('a', 'hold')]);
    expect(holdFirst.disposition).toEqual({ kind: 'cancel-and-recollect' });
    expect(recollectFirst.disposition).toEqual({ kind: 'cancel-and-recollect' });
    expect(holdFirst.decidedByRule).toBe('b');
  });

  it('comments and reflexes accumulate without repeats', () => {
    const header = { ruleSetId: 'x', ruleSetVersion: 1, testCode: 'TSH', decidedAt: new Date(0) };
    const decision = combine(header, [
      {
        ruleId: 'a',
        ruleName: 'a',
        stage: 'reflex',
        fired: true,
        sentence: 'a',
        facts: [],
        outcomes: [
          { kind: 'reflex', tests: ['FT4'] },
          { kind: 'comment', text: 'one' },
        ],
      },
      {
        ruleId: 'b',
        ruleName: 'b',
        stage: 'reflex',
        fired: true,
        sentence: 'b',
        facts: [],
        outcomes: [
          { kind: 'reflex', tests: ['FT4', 'FT3'] },
          { kind: 'comment', text: 'one' },
          { kind: 'comment', text: 'two' },
        ],
      },
    ]);
    expect(decision.disposition.kind).toBe('release');
    expect(decision.reflexTests).toEqual(['FT4', 'FT3']);
    expect(decision.comments).toEqual(['one', 'two']);
    expect(decision.reasons.map((reason) => reason.blocking)).toEqual([false, false]);
  });

  it('a disabled rule is not evaluated', () => {
    const withoutQc = RuleSet.create({
      ...starterRuleSet,
      version: 2,
      rules: starterRuleSet.rules.map((rule) =>
        rule.id === 'qc.status' ? { ...rule, enabled: false } : rule,
      ),
    });
    const decision = evaluate(withoutQc, bmpMember('K', { qc: null }));
    expect(decision.disposition.kind).toBe('release');
    expect(decision.evaluations.map((evaluation) => evaluation.ruleId)).not.toContain('qc.status');
  });

  it('a context whose test definition belongs to another test is held and not judged', () => {
    const context = bmpMember('K');
    const decision = evaluate(starterRuleSet, { ...context, result: { ...context.result, testCode: 'NA' } });
    expect(decision.disposition.kind).toBe('hold');
    expect(decision.decidedByRule).toBe('engine.definition-mismatch');
  });
});
