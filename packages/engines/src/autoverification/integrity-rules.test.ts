import { describe, expect, it } from 'vitest';
import { evaluate } from './rule-evaluator.js';
import { RuleSet } from './rule-node.js';
import { scenario } from './scenario-builder.js';
import { starterRuleSet } from './starter-rules.js';

const judge = (options: Parameters<typeof scenario>[0]) => evaluate(starterRuleSet, scenario(options));
const emptyRuleSet = RuleSet.create({ id: 'empty', version: 1, name: 'No rules', rules: [] });

describe('a result for a cancelled analysis', () => {
  it('a potassium that arrives for a cancelled analysis is held, never released', () => {
    const decision = judge({ test: 'K', value: 4.1, analysisStatus: 'cancelled' });
    expect(decision.disposition).toEqual({ kind: 'hold' });
    expect(decision.decidedByRule).toBe('engine.cancelled-analysis');
    expect(decision.reasons[0]?.sentence).toBe(
      'Potassium result arrived for an analysis that was cancelled: a result for a cancelled analysis is never released; find out why the analysis ran',
    );
  });

  it('is held even by a rule set with no rules at all: the engine applies this guard itself', () => {
    const decision = evaluate(emptyRuleSet, scenario({ test: 'K', value: 4.1, analysisStatus: 'cancelled' }));
    expect(decision.disposition.kind).toBe('hold');
  });

  it('a clean potassium is released by a rule set with no rules', () => {
    expect(evaluate(emptyRuleSet, scenario({ test: 'K', value: 4.1 })).disposition.kind).toBe('release');
  });
});

describe('values of the wrong kind', () => {
  it('a potassium reported as the text "hemolyzed" is held: a number was expected', () => {
    const decision = judge({ test: 'K', value: { kind: 'text', text: 'hemolyzed' } });
    expect(decision.decidedByRule).toBe('integrity.value-kind');
    expect(decision.reasons[0]?.sentence).toBe(
      'Potassium: a number was expected but "hemolyzed" (text) arrived: the value cannot be reported as potassium',
    );
  });

  it('a urine nitrite answered "maybe" is held: not a permitted answer', () => {
    const decision = judge({ test: 'UNIT', value: { kind: 'coded', code: 'maybe' } });
    expect(decision.decidedByRule).toBe('integrity.value-kind');
    expect(decision.reasons[0]?.sentence).toContain('"maybe" is not a permitted answer');
  });

  it('a urine nitrite answered "neg" is released', () => {
    expect(judge({ test: 'UNIT', value: { kind: 'coded', code: 'neg' } }).disposition.kind).toBe('release');
  });
});

describe('units', () => {
  it('a sodium without a unit is held', () => {
    const decision = judge({ test: 'NA', value: 140, unit: null });
    expect(decision.decidedByRule).toBe('integrity.unit');
    expect(decision.reasons[0]?.sentence).toContain('Sodium arrived without a unit (expected mmol/L)');
  });

  it('a glucose sent in mmol/L where the test reports mg/dL is held', () => {
    const decision = judge({ test: 'GLU', value: 5.4, unit: 'mmol/L' });
    expect(decision.decidedByRule).toBe('integrity.unit');
    expect(decision.reasons[0]?.sentence).toContain(
      "Glucose arrived in mmol/L, not in the test's unit mg/dL",
    );
  });
});

describe('demographics needed for the reference interval', () => {
  it('a creatinine for a patient whose sex is unknown is held: its interval depends on sex', () => {
    const decision = judge({ test: 'CREA', value: 0.9, sex: null });
    expect(decision.decidedByRule).toBe('integrity.demographics');
    expect(decision.reasons[0]?.sentence).toBe(
      "the patient's sex is not recorded, and the Creatinine reference interval depends on it: record the patient’s sex and birth date so the right reference interval is reported",
    );
  });

  it('a sodium for a patient whose sex is unknown is released: its interval is the same for everyone', () => {
    expect(judge({ test: 'NA', value: 140, sex: null }).disposition.kind).toBe('release');
  });
});

describe('collection time', () => {
  it('a result whose specimen has no collection time is held', () => {
    const decision = judge({ test: 'NA', value: 140, collectedMinutesAgo: null });
    expect(decision.decidedByRule).toBe('integrity.collection-time');
  });

  it('a result measured before its recorded collection time is held', () => {
    expect(judge({ test: 'NA', value: 140, collectedMinutesAgo: -30 }).decidedByRule).toBe(
      'integrity.collection-time',
    );
  });
});
