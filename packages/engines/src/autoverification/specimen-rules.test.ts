import { describe, expect, it } from 'vitest';
import { evaluate } from './rule-evaluator.js';
import { scenario } from './scenario-builder.js';
import { starterRuleSet } from './starter-rules.js';

const judge = (options: Parameters<typeof scenario>[0]) => evaluate(starterRuleSet, scenario(options));

describe('serum indices (hemolysis, icterus, lipemia)', () => {
  it('a potassium of 6.1 with hemolysis index 120 is held for review', () => {
    const decision = judge({ test: 'K', value: 6.1, indices: { hemolysis: 120 } });
    expect(decision.disposition).toEqual({ kind: 'hold' });
    expect(decision.decidedByRule).toBe('hil.hemolysis-raises');
    expect(decision.reasons[0]?.sentence).toBe(
      'Potassium 6.1 mmol/L with hemolysis index 120 (limit 90): hemolysis falsely raises potassium',
    );
    expect(decision.reasons[0]?.facts).toContainEqual({
      subject: 'hemolysis index',
      value: 120,
      limit: 90,
      comparator: '>',
      source: 'assay insert (illustrative)',
    });
    expect(decision.comments).toEqual(['Hemolyzed specimen: potassium may be falsely increased.']);
  });

  it('a potassium of 4.2 with hemolysis index 40 is released', () => {
    expect(judge({ test: 'K', value: 4.2, indices: { hemolysis: 40 } }).disposition).toEqual({
      kind: 'release',
    });
  });

  it('the test definition’s limit wins over the rule’s fallback: a lab at 20 holds a potassium at index 40', () => {
    const decision = judge({
      test: 'K',
      value: 4.2,
      indices: { hemolysis: 40 },
      definition: { serumIndexLimits: { hemolysis: 20, source: 'Roche 2020 insert' } },
    });
    expect(decision.disposition.kind).toBe('hold');
    expect(decision.reasons[0]?.sentence).toContain('(limit 20)');
  });

  it('an AST with hemolysis index 60 falls back to the rule’s own limit of 40 and is held', () => {
    const decision = judge({ test: 'AST', value: 30, indices: { hemolysis: 60 } });
    expect(decision.decidedByRule).toBe('hil.hemolysis-raises');
    expect(decision.reasons[0]?.facts).toContainEqual(
      expect.objectContaining({ limit: 40, source: 'rule fallback' }),
    );
  });

  it('a high-sensitivity troponin T with hemolysis index 150 is held: hemolysis lowers it', () => {
    const decision = judge({ test: 'HSTNT', value: 9, indices: { hemolysis: 150 } });
    expect(decision.reasons[0]?.sentence).toContain('hemolysis falsely lowers troponin T, high-sensitivity');
  });

  it('a sodium from a specimen with hemolysis index 300 is released: hemolysis does not affect sodium', () => {
    expect(judge({ test: 'NA', value: 140, indices: { hemolysis: 300 } }).disposition.kind).toBe('release');
  });

  it('a sodium with lipemia index 2000 is held: lipemia gives pseudohyponatremia with indirect ISE', () => {
    const decision = judge({ test: 'NA', value: 131, indices: { lipemia: 2000 } });
    expect(decision.decidedByRule).toBe('hil.lipemia');
  });

  it('a creatinine with icterus index 20 is held: bilirubin interferes with the Jaffe method', () => {
    expect(judge({ test: 'CREA', value: 0.8, indices: { icterus: 20 } }).decidedByRule).toBe('hil.icterus');
  });

  it('a potassium from a specimen without indices is released: a missing index does not hold by default', () => {
    expect(judge({ test: 'K', value: 4.2, indices: {} }).disposition.kind).toBe('release');
  });
});

describe('specimen age against stability', () => {
  it('a PT measured 26 hours after collection is rejected and a recollection requested', () => {
    const decision = judge({ test: 'PT', value: 12.1, collectedMinutesAgo: 26 * 60 });
    expect(decision.disposition).toEqual({ kind: 'cancel-and-recollect' });
    expect(decision.reasons[0]?.sentence).toBe(
      'Prothrombin time specimen was 1560 min old (stability 1440 min): the specimen exceeded the stability of prothrombin time',
    );
    expect(decision.comments).toEqual([
      'Specimen exceeded the stability limit for prothrombin time; recollection requested.',
    ]);
  });

  it('a PT measured 3 hours after collection is released', () => {
    expect(judge({ test: 'PT', value: 12.1, collectedMinutesAgo: 180 }).disposition.kind).toBe('release');
  });

  it('a platelet count 30 hours old exceeds the rule’s fallback of 24 hours for a CBC', () => {
    expect(judge({ test: 'PLT', value: 250, collectedMinutesAgo: 30 * 60 }).decidedByRule).toBe(
      'stability.specimen-age',
    );
  });

  it('a glucose with no stability configured is not judged on age', () => {
    const decision = judge({ test: 'GLU', value: 95, collectedMinutesAgo: 30 * 60 });
    expect(decision.disposition.kind).toBe('release');
    expect(decision.evaluations.find((e) => e.ruleId === 'stability.specimen-age')?.sentence).toBe(
      'Glucose has no stability limit configured',
    );
  });
});
