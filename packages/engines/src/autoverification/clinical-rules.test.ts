import { describe, expect, it } from 'vitest';
import { CriticalValueNode } from './clinical-nodes.js';
import { HoldOutcome, NotifyCriticalOutcome } from './outcome-nodes.js';
import { evaluate } from './rule-evaluator.js';
import { Rule, RuleSet, TestsSelector } from './rule-node.js';
import { hoursBefore, scenario } from './scenario-builder.js';
import { starterRuleSet } from './starter-rules.js';

const judge = (options: Parameters<typeof scenario>[0]) => evaluate(starterRuleSet, scenario(options));

describe('critical values', () => {
  it('a potassium of 6.5 is held and a call task opened with the limit crossed', () => {
    const decision = judge({ test: 'K', value: 6.5, resultId: 'R-77' });
    expect(decision.disposition.kind).toBe('hold');
    expect(decision.decidedByRule).toBe('critical.limits');
    expect(decision.callTask).toMatchObject({
      ruleId: 'critical.limits',
      testCode: 'K',
      resultId: 'R-77',
      patientId: 'P-1',
      unit: 'mmol/L',
      critical: { direction: 'high', value: 6.5, limit: 6.2, source: 'Kost 1990' },
    });
    expect(decision.callTask?.sentence).toBe(
      'Potassium 6.5 mmol/L is at or above the critical limit 6.2 (Kost 1990): critical value: verify, then call a caregiver who can act and obtain a read-back',
    );
  });

  it('a potassium of 5.8 is not critical and is released', () => {
    const decision = judge({ test: 'K', value: 5.8 });
    expect(decision.disposition.kind).toBe('release');
    expect(decision.callTask).toBeUndefined();
  });

  it('a hemolyzed potassium of 7.0 is held for the hemolysis and still carries its call task', () => {
    const decision = judge({ test: 'K', value: 7.0, indices: { hemolysis: 200 } });
    expect(decision.decidedByRule).toBe('hil.hemolysis-raises');
    expect(decision.callTask?.critical?.limit).toBe(6.2);
  });

  describe('with limits by sex in the rule', () => {
    const sexAware = RuleSet.create({
      id: 'sex-aware',
      version: 1,
      name: 'Hb critical limits by sex',
      rules: [
        Rule.create({
          id: 'critical.hemoglobin',
          name: 'Critical haemoglobin by sex',
          stage: 'critical',
          appliesTo: TestsSelector.create(['HGB']),
          when: CriticalValueNode.create([
            { sex: 'female', low: 6.6, high: 19.9, source: 'lab list (female)' },
            { sex: 'male', low: 7.0, high: 20.5, source: 'lab list (male)' },
          ]),
          then: [HoldOutcome.create(), NotifyCriticalOutcome.create()],
          message: 'critical haemoglobin',
          rationale: 'Sex-specific critical limits.',
          source: 'local policy',
        }),
      ],
    });

    it('a haemoglobin of 6.8 is critical for a man', () => {
      const decision = evaluate(sexAware, scenario({ test: 'HGB', value: 6.8, sex: 'male' }));
      expect(decision.callTask?.critical).toEqual({
        direction: 'low',
        value: 6.8,
        limit: 7.0,
        source: 'lab list (male)',
      });
    });

    it('a haemoglobin of 6.8 is not critical for a woman', () => {
      expect(evaluate(sexAware, scenario({ test: 'HGB', value: 6.8, sex: 'female' })).disposition.kind).toBe(
        'release',
      );
    });
  });
});

describe('delta checks', () => {
  it('an MCV change of 6 fL within 3 days is held as a possible wrong-blood-in-tube', () => {
    const decision = judge({ test: 'MCV', value: 94, history: { MCV: [{ value: 88, hoursAgo: 60 }] } });
    expect(decision.disposition.kind).toBe('hold');
    expect(decision.decidedByRule).toBe('delta.mcv-wbit');
    expect(decision.reasons[0]?.sentence).toBe(
      'MCV 94 fL changed by +6 fL from 88 fL 59.3 h earlier (delta limit 3 fL): possible wrong blood in tube: MCV barely changes within one person',
    );
  });

  it('the same MCV change against a result from a month ago is not compared (window 7 days)', () => {
    const decision = judge({ test: 'MCV', value: 94, history: { MCV: [{ value: 88, hoursAgo: 30 * 24 }] } });
    expect(decision.disposition.kind).toBe('release');
    expect(decision.evaluations.find((e) => e.ruleId === 'delta.mcv-wbit')?.sentence).toBe(
      'MCV: no earlier result within 168 h (passed over 1 older than 168 h)',
    );
  });

  it('a sodium of 128 two days after a 140 is held (change 12, limit 8)', () => {
    const decision = judge({ test: 'NA', value: 128, history: { NA: [{ value: 140, hoursAgo: 48 }] } });
    expect(decision.decidedByRule).toBe('delta.chemistry');
    expect(decision.reasons[0]?.facts).toContainEqual({
      subject: 'absolute change',
      value: 12,
      limit: 8,
      comparator: '>=',
    });
  });

  it('a creatinine halving across a dialysis session is released: dialysis explains it', () => {
    const decision = judge({
      test: 'CREA',
      value: 3.9,
      history: { CREA: [{ value: 8.2, hoursAgo: 20 }] },
      contexts: [{ kind: 'dialysis', from: hoursBefore(10), to: hoursBefore(6) }],
    });
    expect(decision.disposition.kind).toBe('release');
    expect(decision.evaluations.find((e) => e.ruleId === 'delta.chemistry')?.sentence).toContain(
      'not checked: dialysis between the two results',
    );
  });

  it('the same creatinine change without dialysis is held', () => {
    const decision = judge({ test: 'CREA', value: 3.9, history: { CREA: [{ value: 8.2, hoursAgo: 20 }] } });
    expect(decision.decidedByRule).toBe('delta.chemistry');
  });

  it('a haemoglobin rising 3 g/dL after a transfusion is released', () => {
    const decision = judge({
      test: 'HGB',
      value: 10.2,
      history: { HGB: [{ value: 7.2, hoursAgo: 30 }] },
      contexts: [{ kind: 'transfusion', from: hoursBefore(20), to: hoursBefore(18) }],
    });
    expect(decision.disposition.kind).toBe('release');
  });

  it('a TSH rising from 2.0 to 3.2 (+60 %) in two days is released: within the log-normal RCV of +65 %', () => {
    const decision = judge({ test: 'TSH', value: 3.2, history: { TSH: [{ value: 2.0, hoursAgo: 48 }] } });
    expect(decision.disposition.kind).toBe('release');
    expect(decision.evaluations.find((e) => e.ruleId === 'delta.skewed')?.sentence).toBe(
      'TSH 3.2 m[IU]/L changed by +60% from 2 m[IU]/L 47.3 h earlier (reference change value -39.4% to +65.1%): within the limit',
    );
  });

  it('a TSH falling from 2.0 to 1.1 (−45 %) in two days is held: beyond the log-normal RCV of −39 %', () => {
    const decision = judge({ test: 'TSH', value: 1.1, history: { TSH: [{ value: 2.0, hoursAgo: 48 }] } });
    expect(decision.decidedByRule).toBe('delta.skewed');
  });

  it('a potassium compared only with a urine potassium has no comparable prior and is released', () => {
    const decision = judge({
      test: 'K',
      value: 4.4,
      history: { K: [{ value: 30, hoursAgo: 5, specimenType: 'UR' }] },
    });
    expect(decision.disposition.kind).toBe('release');
  });
});

describe('reflex orders', () => {
  it('a TSH of 7.2 above the reference interval adds free T4 and is released', () => {
    const decision = judge({ test: 'TSH', value: 7.2 });
    expect(decision.disposition.kind).toBe('release');
    expect(decision.reflexTests).toEqual(['FT4']);
  });

  it('a TSH of 0.1 below the reference interval adds free T4 and free T3', () => {
    expect(judge({ test: 'TSH', value: 0.1 }).reflexTests).toEqual(['FT4', 'FT3']);
  });

  it('a TSH of 2.1 adds nothing', () => {
    expect(judge({ test: 'TSH', value: 2.1 }).reflexTests).toEqual([]);
  });

  it('triglycerides of 450 mg/dL add a direct LDL', () => {
    expect(judge({ test: 'TRIG', value: 450 }).reflexTests).toEqual(['DLDL']);
  });

  it('a positive urine nitrite adds a urine culture and is released', () => {
    const decision = judge({ test: 'UNIT', value: { kind: 'coded', code: 'pos' }, collectedMinutesAgo: 20 });
    expect(decision.disposition.kind).toBe('release');
    expect(decision.reflexTests).toEqual(['UCULT']);
  });

  it('a leukocyte esterase of 2+ adds a urine culture', () => {
    const decision = judge({ test: 'ULE', value: { kind: 'coded', code: '2+' }, collectedMinutesAgo: 20 });
    expect(decision.reflexTests).toEqual(['UCULT']);
  });
});
