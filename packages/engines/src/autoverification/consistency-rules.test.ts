import { describe, expect, it } from 'vitest';
import { evaluate } from './rule-evaluator.js';
import { scenario } from './scenario-builder.js';
import { starterRuleSet } from './starter-rules.js';

const judge = (options: Parameters<typeof scenario>[0]) => evaluate(starterRuleSet, scenario(options));

describe('consistency across the results of one specimen', () => {
  it('a sodium whose anion gap comes out at 38 is held', () => {
    const decision = judge({ test: 'NA', value: 140, others: { CL: 90, CO2: 12 } });
    expect(decision.decidedByRule).toBe('consistency.anion-gap');
    expect(decision.reasons[0]?.sentence).toBe(
      'anion gap 38 mmol/L (NA 140 mmol/L − (CL 90 mmol/L + CO2 12 mmol/L)) is outside 3–30: one of sodium, chloride or bicarbonate is probably wrong',
    );
  });

  it('a sodium with an anion gap of 12 is released', () => {
    expect(judge({ test: 'NA', value: 140, others: { CL: 104, CO2: 24 } }).disposition.kind).toBe('release');
  });

  it('a sodium arriving before its chloride and bicarbonate is not judged on the anion gap yet', () => {
    const decision = judge({ test: 'NA', value: 140 });
    expect(decision.evaluations.find((e) => e.ruleId === 'consistency.anion-gap')?.sentence).toBe(
      'not checked: CL, CO2 not available',
    );
  });

  it('a calculated LDL with triglycerides of 450 is not reported: a text replaces it and direct LDL is ordered', () => {
    const decision = judge({ test: 'LDLC', value: 160, others: { TRIG: 450, CHOL: 290, HDL: 40 } });
    expect(decision.disposition.kind).toBe('release');
    expect(decision.reportAs).toEqual({
      kind: 'text',
      text: 'Not calculated: triglycerides above 400 mg/dL. Direct LDL ordered.',
    });
    expect(decision.reflexTests).toEqual(['DLDL']);
    expect(decision.comments).toEqual([]);
  });

  it('a calculated LDL with triglycerides of 150 is released with its method comment', () => {
    const decision = judge({ test: 'LDLC', value: 120, others: { TRIG: 150, CHOL: 200, HDL: 50 } });
    expect(decision.reportAs).toBeUndefined();
    expect(decision.comments).toEqual(['LDL cholesterol calculated by the Friedewald equation.']);
  });

  it('a BUN of 80 with a creatinine of 0.9 (ratio 89) is held', () => {
    expect(judge({ test: 'BUN', value: 80, others: { CREA: 0.9 } }).decidedByRule).toBe(
      'consistency.bun-creatinine',
    );
  });

  it('a haemoglobin with an MCHC of 38.5 is held: a spurious MCHC points to an interference', () => {
    const decision = judge({ test: 'HGB', value: 15.4, others: { HCT: 40, MCV: 90, MCHC: 38.5 } });
    expect(decision.reasons.map((reason) => reason.ruleId)).toContain('consistency.mchc');
  });

  it('a haemoglobin of 12 with a haematocrit of 44 on a normocytic sample breaks the rule of three', () => {
    const decision = judge({ test: 'HGB', value: 12, others: { HCT: 44, MCV: 90 } });
    expect(decision.decidedByRule).toBe('consistency.rule-of-three');
    expect(decision.reasons[0]?.sentence).toContain('HCT 44 % against 3 × HGB 12 g/dL = 36 differs by 8');
  });

  it('a haemoglobin of 12 with a haematocrit of 37 follows the rule of three and is released', () => {
    expect(judge({ test: 'HGB', value: 12, others: { HCT: 37, MCV: 90 } }).disposition.kind).toBe('release');
  });

  it('the rule of three is not applied to a microcytic sample (MCV 70)', () => {
    expect(judge({ test: 'HGB', value: 9, others: { HCT: 32, MCV: 70 } }).disposition.kind).toBe('release');
  });

  it('a direct bilirubin of 2.4 with a total of 1.9 is held', () => {
    const decision = judge({ test: 'DBIL', value: 2.4, others: { TBIL: 1.9 } });
    expect(decision.reasons[0]?.sentence).toBe(
      'direct bilirubin DBIL 2.4 mg/dL exceeds total bilirubin TBIL 1.9 mg/dL: direct bilirubin cannot exceed total bilirubin',
    );
  });

  it('an albumin of 5.1 with a total protein of 4.9 is held', () => {
    expect(judge({ test: 'ALB', value: 5.1, others: { TP: 4.9 } }).decidedByRule).toBe(
      'consistency.albumin-protein',
    );
  });

  it('a potassium of 6.1 with calcium 5.4 and ALP 12 is rejected for EDTA contamination and recollected', () => {
    const decision = judge({ test: 'K', value: 6.1, others: { CA: 5.4, ALP: 12 } });
    expect(decision.disposition).toEqual({ kind: 'cancel-and-recollect' });
    expect(decision.comments).toEqual([
      'Suspected K2-EDTA contamination (potassium high, calcium low): specimen rejected, please recollect.',
    ]);
  });

  it('a potassium of 6.1 with calcium 6.8 but ALP 180 is not the EDTA pattern (renal failure looks like this)', () => {
    const decision = judge({ test: 'K', value: 6.1, others: { CA: 6.8, ALP: 180 } });
    expect(decision.reasons.map((reason) => reason.ruleId)).not.toContain('consistency.edta-contamination');
  });

  it('a glucose of 640 with calcium 7.1, sodium 128 and chloride 92 is held for dextrose contamination', () => {
    const decision = judge({ test: 'GLU', value: 640, others: { CA: 7.1, NA: 128, CL: 92 } });
    expect(decision.reasons.map((reason) => reason.ruleId)).toContain('consistency.dextrose-contamination');
  });

  it('a glucose of 640 with a normal calcium is not the dextrose pattern (a hyperglycaemic crisis)', () => {
    const decision = judge({ test: 'GLU', value: 640, others: { CA: 9.4, NA: 128, CL: 92 } });
    expect(decision.reasons.map((reason) => reason.ruleId)).not.toContain(
      'consistency.dextrose-contamination',
    );
  });

  it('a chloride of 121 with calcium 7.2 and an anion gap of 5 is held for saline contamination', () => {
    const decision = judge({ test: 'CL', value: 121, others: { NA: 144, CO2: 18, CA: 7.2 } });
    expect(decision.reasons.map((reason) => reason.ruleId)).toContain('consistency.saline-contamination');
  });

  it('a differential adding up to 94 % is held', () => {
    const decision = judge({ test: 'NEUTP', value: 55, others: { LYMPHP: 28, MONOP: 8, EOSP: 2, BASOP: 1 } });
    expect(decision.reasons[0]?.sentence).toContain('adds up to 94%, not 100 ± 1');
  });

  it('a differential adding up to 100 % is released', () => {
    const decision = judge({ test: 'NEUTP', value: 60, others: { LYMPHP: 29, MONOP: 8, EOSP: 2, BASOP: 1 } });
    expect(decision.disposition.kind).toBe('release');
  });
});
