import { describe, expect, it } from 'vitest';
import {
  releaseConfirmation,
  type HeldResult,
  type ReviewRow,
  type SpecimenReview,
} from '../src/review/review-rows.js';
import { nextOpenCase, scoreText, type TrainingSession } from '../src/training/training-types.js';

const reason = (stage: string, sentence: string) => ({
  ruleId: `${stage}.rule`,
  ruleName: stage,
  stage,
  blocking: true,
  sentence,
  facts: [],
});

function row(result: Partial<HeldResult>): ReviewRow {
  const held = {
    resultId: '00000000-0000-0000-0000-000000000001',
    testCode: 'K',
    flags: [],
    reasons: [],
    criticalCall: null,
    ...result,
  } as HeldResult;
  return { specimen: { accessionNumber: 'A1' } as SpecimenReview, result: held, firstOfSpecimen: true };
}

describe('releasing from the worklist', () => {
  it('a potassium held only because no QC is on record is released without a word', () => {
    expect(releaseConfirmation(row({ reasons: [reason('qc', 'No QC recorded')] }))).toEqual([]);
  });

  it('a potassium held for its critical limit or for a delta asks for a confirming comment, saying why', () => {
    const held = row({
      reasons: [
        reason('qc', 'No QC recorded'),
        reason('critical', 'Potassium 6.9 is above the critical limit 6.2'),
        reason('delta', 'Potassium rose 2.1 in 12 h'),
      ],
    });
    expect(releaseConfirmation(held)).toEqual([
      'Potassium 6.9 is above the critical limit 6.2',
      'Potassium rose 2.1 in 12 h',
    ]);
  });

  it('a critical flag or an open critical call asks for one too, when no rule said so', () => {
    expect(releaseConfirmation(row({ flags: ['HH'] }))).toEqual(['K is flagged critical (HH).']);
    const call = { callId: 'c1', status: 'open', escalationLevel: 0 };
    expect(releaseConfirmation(row({ criticalCall: call }))).toEqual(['A critical call is open.']);
  });
});

describe('a training session', () => {
  it('shows its score as correct of decided, and the first case still to decide', () => {
    expect(scoreText({ correct: 0, decided: 0 })).toBe('—');
    expect(scoreText({ correct: 7, decided: 12 })).toBe('7 of 12 (58 %)');
    const session = {
      cases: [
        { id: '01', feedback: {} },
        { id: '02', feedback: null },
      ],
    } as TrainingSession;
    expect(nextOpenCase(session)?.id).toBe('02');
  });
});
