import { describe, expect, it } from 'vitest';
import { combine, type Decision, type RuleEvaluation } from './decision.js';
import { SPECIMEN_HOLD_RULE, reviewSpecimen } from './specimen-review.js';

const at = new Date('2026-11-21T08:00:00Z');

function decided(testCode: string, fired: readonly Partial<RuleEvaluation>[] = []): Decision {
  return combine(
    { ruleSetId: 'starter', ruleSetVersion: 1, testCode, decidedAt: at },
    fired.map((e, n) => ({
      ruleId: `rule-${n}`,
      ruleName: `Rule ${n}`,
      stage: 'delta',
      fired: true,
      sentence: 'fired',
      facts: [],
      outcomes: [{ kind: 'hold' }],
      ...e,
    })),
  );
}

const settings = { deltaFailuresToHoldSpecimen: 2 };

describe('judging a specimen’s results together', () => {
  it('holds every result of the tube when one rule puts its identity in doubt', () => {
    const mcv = decided('MCV', [{ ruleName: 'MCV change', outcomes: [{ kind: 'hold', specimen: true }] }]);
    const [wbc, hgb, mcvAfter] = reviewSpecimen([decided('WBC'), decided('HGB'), mcv], [], settings);
    expect(wbc?.disposition).toEqual({ kind: 'hold' });
    expect(hgb?.reasons.map((r) => r.ruleId)).toEqual([SPECIMEN_HOLD_RULE]);
    expect(hgb?.reasons[0]?.sentence).toContain('MCV: MCV change');
    expect(hgb?.reasons[0]?.holdsSpecimen).toBe(true);
    expect(mcvAfter).toBe(mcv);
  });

  it('holds the tube when deltas fail on enough analytes, and not for one', () => {
    const one = reviewSpecimen([decided('NA', [{}]), decided('K')], [], settings);
    expect(one[1]?.disposition).toEqual({ kind: 'release' });
    const two = reviewSpecimen([decided('NA', [{}]), decided('CL', [{}]), decided('K')], [], settings);
    expect(two[2]?.disposition).toEqual({ kind: 'hold' });
    expect(two[2]?.reasons[0]?.sentence).toContain('delta failures on NA, CL');
    const off = reviewSpecimen([decided('NA', [{}]), decided('CL', [{}]), decided('K')], [], {
      deltaFailuresToHoldSpecimen: 0,
    });
    expect(off[2]?.disposition).toEqual({ kind: 'release' });
  });

  it('keeps holding later results while an earlier one holds the specimen', () => {
    const [crea] = reviewSpecimen([decided('CREA')], [{ testCode: 'MCV', ruleName: 'MCV change' }], settings);
    expect(crea?.disposition).toEqual({ kind: 'hold' });
    expect(crea?.reasons[0]?.sentence).toContain('MCV: MCV change');
  });

  it('leaves a specimen without doubt as it was judged', () => {
    const decisions = [decided('NA'), decided('K', [{ stage: 'critical' }])];
    expect(reviewSpecimen(decisions, [], settings)).toEqual(decisions);
  });
});
