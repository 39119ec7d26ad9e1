import { describe, expect, it } from 'vitest';
import { evaluate } from './rule-evaluator.js';
import { hoursBefore, scenario } from './scenario-builder.js';
import { starterRuleSet } from './starter-rules.js';

const judge = (options: Parameters<typeof scenario>[0]) => evaluate(starterRuleSet, scenario(options));

describe('analyzer flags', () => {
  it('a potassium flagged CLOT on its first measurement is rerun on the same analyzer', () => {
    const decision = judge({ test: 'K', value: 4.4, flags: ['CLOT'] });
    expect(decision.disposition).toEqual({ kind: 'rerun', sameInstrument: true });
    expect(decision.reasons[0]?.sentence).toContain(
      'Potassium 4.4 mmol/L flagged CLOT by the analyzer on CHEM-1',
    );
  });

  it('a potassium still flagged CLOT on the rerun is held', () => {
    const decision = judge({ test: 'K', value: 4.4, flags: ['CLOT'], replicate: 2 });
    expect(decision.disposition.kind).toBe('hold');
    expect(decision.decidedByRule).toBe('instrument.error-flag-persists');
  });

  it('a WBC flagged BLASTS is held and a smear review ordered', () => {
    const decision = judge({ test: 'WBC', value: 23.5, flags: ['BLASTS'] });
    expect(decision.disposition.kind).toBe('hold');
    expect(decision.reflexTests).toEqual(['SMEAR']);
    expect(decision.reasons.map((reason) => reason.ruleId)).not.toContain('instrument.error-flag');
  });

  it('a platelet count of 62 flagged PLT-CLUMPS is held with a smear review', () => {
    const decision = judge({ test: 'PLT', value: 62, flags: ['PLT-CLUMPS'] });
    expect(decision.decidedByRule).toBe('instrument.platelet-clumps');
    expect(decision.reflexTests).toEqual(['SMEAR']);
  });

  it('a glucose flagged ABOVE-LINEARITY is diluted, not rerun neat', () => {
    const decision = judge({ test: 'GLU', value: 812, flags: ['ABOVE-LINEARITY'] });
    expect(decision.disposition).toEqual({ kind: 'dilute-and-rerun', factor: 2 });
  });
});

describe('QC state of the instrument and test', () => {
  it('a result from an instrument whose QC failed is held', () => {
    const decision = judge({ test: 'K', value: 4.2, qc: { status: 'rejected', reason: '2-2s on level 2' } });
    expect(decision.disposition.kind).toBe('hold');
    expect(decision.reasons[0]?.sentence).toBe(
      'QC of Potassium on CHEM-1: rejected (2-2s on level 2): QC does not currently allow release of potassium from this instrument',
    );
  });

  it('a result with no QC on record is held', () => {
    expect(judge({ test: 'K', value: 4.2, qc: null }).decidedByRule).toBe('qc.status');
  });

  it('a result whose last accepted QC was 30 hours ago is held (QC valid 24 hours)', () => {
    const decision = judge({
      test: 'K',
      value: 4.2,
      qc: { status: 'accepted', lastAcceptedAt: hoursBefore(30) },
    });
    expect(decision.reasons[0]?.sentence).toContain('last accepted run 30 h ago (valid 24 h)');
  });

  it('a result under a 1-2s QC warning is released: warnings do not lock', () => {
    const decision = judge({
      test: 'K',
      value: 4.2,
      qc: { status: 'warning', lastAcceptedAt: hoursBefore(1), reason: '1-2s on level 1' },
    });
    expect(decision.disposition.kind).toBe('release');
    expect(decision.evaluations.find((e) => e.ruleId === 'qc.status')?.sentence).toBe(
      'QC of Potassium on CHEM-1: warning (1-2s on level 1)',
    );
  });

  it('a result while patient-based QC is alarming is held', () => {
    const decision = judge({
      test: 'NA',
      value: 140,
      qc: { status: 'accepted', lastAcceptedAt: hoursBefore(1), pbrtqcAlarm: true },
    });
    expect(decision.reasons[0]?.sentence).toContain('patient-based QC is alarming');
  });

  it('a calculated anion gap needs no QC of its own', () => {
    const decision = judge({ test: 'AGAP', value: 12, qc: null, others: { NA: 140, CL: 104, CO2: 24 } });
    expect(decision.disposition.kind).toBe('release');
  });
});

describe('measuring range, dilution and reportable range', () => {
  it('a glucose of 812 mg/dL above the AMR of 750 is sent for 1:2 dilution and rerun', () => {
    const decision = judge({ test: 'GLU', value: 812 });
    expect(decision.disposition).toEqual({ kind: 'dilute-and-rerun', factor: 2 });
    expect(decision.decidedByRule).toBe('amr.dilute');
    expect(decision.reasons[0]?.sentence).toBe(
      'Glucose 812 mg/dL is above the measuring range (2–750 mg/dL); validated dilution up to 1:10: dilute with the validated diluent and rerun; the result is the measured value × the factor',
    );
  });

  it('the same glucose is also critical, so the call task is prepared alongside the dilution', () => {
    expect(judge({ test: 'GLU', value: 812 }).callTask?.critical).toEqual({
      direction: 'high',
      value: 812,
      limit: 484,
      source: 'Kost 1990',
    });
  });

  it('a glucose of 4000 mg/dL is diluted 1:10, the smallest factor that brings it into range', () => {
    expect(judge({ test: 'GLU', value: 4000 }).disposition).toEqual({ kind: 'dilute-and-rerun', factor: 10 });
  });

  it('a glucose still above the AMR at the largest dilution (1:10) is held and reported as "> 7500"', () => {
    const decision = judge({ test: 'GLU', value: 7600, dilutionFactor: 10 });
    expect(decision.disposition.kind).toBe('hold');
    expect(decision.decidedByRule).toBe('crr.above');
    expect(decision.reportAs).toEqual({ kind: 'numeric', comparator: '>', value: 7500 });
  });

  it('a diluted glucose back inside the range (1:2, reported 812) is released', () => {
    const decision = judge({
      test: 'GLU',
      value: 812,
      dilutionFactor: 2,
      definition: { critical: { low: 46, high: 900, source: 'local list' } },
    });
    expect(decision.disposition.kind).toBe('release');
  });

  it('a potassium above its AMR of 10 with no validated dilution is held and reported as "> 10"', () => {
    const decision = judge({ test: 'K', value: 10.4 });
    expect(decision.decidedByRule).toBe('crr.above');
    expect(decision.reportAs).toEqual({ kind: 'numeric', comparator: '>', value: 10 });
  });

  it('a triglyceride diluted 1:10 that reads below the AMR is reported below 10 × the lower limit ("< 90")', () => {
    const decision = judge({ test: 'TRIG', value: 50, dilutionFactor: 10 });
    expect(decision.reportAs).toEqual({ kind: 'numeric', comparator: '<', value: 90 });
  });

  it('a TSH of 0.002 below the AMR is released as "< 0.005"', () => {
    const decision = judge({ test: 'TSH', value: 0.002 });
    expect(decision.disposition.kind).toBe('release');
    expect(decision.reportAs).toEqual({ kind: 'numeric', comparator: '<', value: 0.005 });
  });
});

describe('implausible values', () => {
  it('a sodium of 85 mmol/L is held as physiologically implausible', () => {
    const decision = judge({ test: 'NA', value: 85 });
    expect(decision.decidedByRule).toBe('plausibility.na');
    expect(decision.reasons[0]?.sentence).toBe(
      'Sodium 85 mmol/L is not physiologically plausible (below 90): suspect contamination, a wrong specimen or an analyzer error',
    );
  });

  it('a negative calcium is held', () => {
    expect(judge({ test: 'CA', value: -0.4 }).reasons.map((reason) => reason.ruleId)).toContain(
      'plausibility.negative',
    );
  });

  it('a negative base excess measured 10 minutes after collection is released: it can be negative', () => {
    expect(judge({ test: 'BE', value: -4.1, collectedMinutesAgo: 10 }).disposition.kind).toBe('release');
  });
});
