/**
 * Sigma metric and sigma-based rule selection (shared/domain/qc.md §5–6). The TEa cases use the CLIA
 * 2024 limits quoted in qc.md, which are marked there as to be verified: they are inputs here, not facts
 * the engine holds.
 */
import { describe, expect, it } from 'vitest';
import { LabError } from '@aliquot/domain';
import { allowableErrorPercentAt, sigmaMetric } from './sigma-metric.js';
import {
  designQcFromPerformance,
  recommendQcDesign,
  westgardSigmaRules2014,
  type SigmaRuleTable,
} from './sigma-rule-selection.js';

describe('TEa at a medical decision level, whichever is greater', () => {
  const glucose = { percent: 8, absolute: 6, source: 'CLIA 2024' };

  it('glucose ±8 % or ±6 mg/dL at 70 mg/dL is 8.57 %: the absolute limit is wider there', () => {
    expect(allowableErrorPercentAt(glucose, 70)).toEqual({ percent: (6 / 70) * 100, governedBy: 'absolute' });
  });

  it('glucose ±8 % or ±6 mg/dL at 126 mg/dL is 8 %: the percentage is wider there', () => {
    expect(allowableErrorPercentAt(glucose, 126)).toEqual({ percent: 8, governedBy: 'percent' });
  });

  it('potassium ±0.3 mmol/L at 3.0 mmol/L is 10 %', () => {
    expect(allowableErrorPercentAt({ absolute: 0.3 }, 3.0).percent).toBeCloseTo(10, 12);
  });

  it('a TEa with neither limit, or an absolute limit at a zero decision level, is refused', () => {
    expect(() => allowableErrorPercentAt({}, 100)).toThrow(LabError);
    expect(() => allowableErrorPercentAt({ absolute: 2 }, 0)).toThrow(/decision level/);
  });
});

describe('sigma = (TEa − |bias|) / CV', () => {
  it('TEa 10 %, bias 2 %, CV 2 % is 4 sigma', () => {
    expect(sigmaMetric({ teaPercent: 10, biasPercent: 2, cvPercent: 2 })).toBe(4);
  });

  it('a negative bias counts by its size: −2 % gives the same sigma as +2 %', () => {
    expect(sigmaMetric({ teaPercent: 10, biasPercent: -2, cvPercent: 2 })).toBe(4);
  });

  it('a bias larger than the TEa gives a negative sigma', () => {
    expect(sigmaMetric({ teaPercent: 5, biasPercent: 6, cvPercent: 1 })).toBe(-1);
  });

  it('a CV of 0 is refused', () => {
    expect(() => sigmaMetric({ teaPercent: 10, biasPercent: 0, cvPercent: 0 })).toThrow(LabError);
  });
});

describe('rule selection by sigma, two control levels', () => {
  it('6.2 sigma needs only 1-3s with N=2, R=1', () => {
    expect(recommendQcDesign(6.2, 2)).toMatchObject({
      rules: ['1-3s'],
      design: { n: 2, runs: 1 },
      alternativeDesigns: [],
    });
  });

  it('exactly 6 sigma is in the top band', () => {
    expect(recommendQcDesign(6, 2).rules).toEqual(['1-3s']);
  });

  it('5.5 sigma: 1-3s/2-2s/R-4s with N=2, R=1', () => {
    expect(recommendQcDesign(5.5, 2)).toMatchObject({
      rules: ['1-3s', '2-2s', 'R-4s'],
      design: { n: 2, runs: 1 },
    });
  });

  it('4.5 sigma: add 4-1s, N=4, R=1 or N=2, R=2, and the reasoning says the table is unverified there', () => {
    const recommendation = recommendQcDesign(4.5, 2);
    expect(recommendation).toMatchObject({
      rules: ['1-3s', '2-2s', 'R-4s', '4-1s'],
      design: { n: 4, runs: 1 },
      alternativeDesigns: [{ n: 2, runs: 2 }],
      tableVerification: 'unverified',
    });
    expect(recommendation.reasoning[0]).toBe(
      'σ 4.50 falls in the band 4 ≤ σ < 5 of Westgard Sigma Rules (2014) for 2 control levels: ' +
        'rules 1-3s/2-2s/R-4s/4-1s with N=4, R=1 (or N=2, R=2).',
    );
    expect(recommendation.reasoning.at(-1)).toMatch(/unverified/);
  });

  it('3.5 sigma: add 8x with N=4, R=2, and advise improving the method', () => {
    const recommendation = recommendQcDesign(3.5, 2);
    expect(recommendation).toMatchObject({
      rules: ['1-3s', '2-2s', 'R-4s', '4-1s', '8x'],
      fitForRoutineUse: true,
    });
    expect(recommendation.reasoning.join(' ')).toMatch(/Improve the method/);
  });

  it('2.5 sigma is flagged as not fit for routine use', () => {
    const recommendation = recommendQcDesign(2.5, 2);
    expect(recommendation.fitForRoutineUse).toBe(false);
    expect(recommendation.reasoning.join(' ')).toMatch(/not fit for routine use/);
  });
});

describe('rule selection by sigma, three control levels', () => {
  it.each([
    [6.5, ['1-3s'], { n: 3, runs: 1 }],
    [5.2, ['1-3s', '2of3-2s', 'R-4s'], { n: 3, runs: 1 }],
    [4.1, ['1-3s', '2of3-2s', 'R-4s', '3-1s'], { n: 3, runs: 1 }],
    [3.9, ['1-3s', '2of3-2s', 'R-4s', '3-1s', '6x'], { n: 6, runs: 1 }],
  ])('%s sigma → %j with %j', (sigma, rules, design) => {
    expect(recommendQcDesign(sigma, 3)).toMatchObject({ rules, design });
  });

  it('below 4 sigma with three levels the alternative is N=3 over two runs', () => {
    expect(recommendQcDesign(3.9, 3).alternativeDesigns).toEqual([{ n: 3, runs: 2 }]);
  });
});

describe('a lab can replace the table with its own', () => {
  const strict: SigmaRuleTable = {
    ...westgardSigmaRules2014,
    name: 'Our lab 2025',
    verification: 'verified',
    rows: {
      2: [
        { minimumSigma: 5, rules: ['1-3s', '2-2s', 'R-4s'], designs: [{ n: 2, runs: 1 }] },
        {
          minimumSigma: -Infinity,
          rules: ['1-3s', '2-2s', 'R-4s', '4-1s', '10x'],
          designs: [{ n: 2, runs: 5 }],
        },
      ],
      3: westgardSigmaRules2014.rows[3],
    },
  };

  it('6.2 sigma under the lab table gives the lab rules, and no unverified caveat', () => {
    const recommendation = recommendQcDesign(6.2, 2, strict);
    expect(recommendation).toMatchObject({ rules: ['1-3s', '2-2s', 'R-4s'], tableName: 'Our lab 2025' });
    expect(recommendation.reasoning.join(' ')).not.toMatch(/unverified/);
  });
});

describe('from method performance to a QC design', () => {
  it('creatinine ±10 % or ±0.2 mg/dL at 1.0 mg/dL, bias 2 %, CV 3 %: TEa 20 %, sigma 6, rule 1-3s', () => {
    const design = designQcFromPerformance({
      tea: { percent: 10, absolute: 0.2, source: 'CLIA 2024' },
      decisionLevel: 1.0,
      biasPercent: 2,
      cvPercent: 3,
      levels: 2,
    });
    expect(design).toMatchObject({ teaPercent: 20, teaGovernedBy: 'absolute', sigma: 6, rules: ['1-3s'] });
    expect(design.reasoning.slice(0, 2)).toEqual([
      'TEa ±10 % or ±0.2 (absolute) (CLIA 2024) at decision level 1 is 20.00 %, set by the absolute limit.',
      'Sigma = (TEa − |bias|) / CV = (20.00 − 2.00) / 3.00 = 6.00.',
    ]);
  });
});
