/**
 * Wrong blood in tube, caught by judging a specimen's results together: results sent in one message
 * are judged after all of them are stored, and a specimen whose identity is in doubt (an MCV that moved
 * in days, or deltas failing on several analytes at once) holds every result of it, those arriving later
 * included, until a person has looked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainResult, type Actor } from '@aliquot/services';
import { startVerificationTestLab, type VerificationTestLab } from './verification-test-lab.js';

let t: VerificationTestLab;
let reviewer: Actor;
const chemistry = ['NA', 'K', 'CL', 'GLU', 'CREA', 'CA', 'HGB', 'MCV'];

beforeAll(async () => {
  t = await startVerificationTestLab();
  reviewer = await t.person('wbit.mls', ['mls']);
  await t.acceptQc(chemistry);
});
afterAll(() => t.close());

const reasonsOf = async (resultId: string) =>
  (await explainResult(t.lab, reviewer, resultId)).decisions.at(-1)?.reasons ?? [];

async function yesterdayThenToday(
  familyName: string,
  orderables: readonly string[],
  yesterday: Record<string, number>,
  today: Record<string, number>,
) {
  const patient = await t.patient(familyName);
  const first = await t.instrumentMessage(
    await t.specimen(patient, orderables),
    Object.entries(yesterday).map(([testCode, value]) => ({ testCode, value })),
  );
  expect(first.map((r) => r.status)).toEqual(first.map(() => 'final'));
  t.advanceMinutes(24 * 60);
  await t.acceptQc(chemistry);
  const accession = await t.specimen(patient, orderables);
  const results = await t.instrumentMessage(
    accession,
    Object.entries(today).map(([testCode, value]) => ({ testCode, value })),
  );
  return { accession, results };
}

describe('a specimen whose identity is in doubt', () => {
  it('deltas failing on sodium and chloride together hold the potassium, glucose and creatinine that passed', async () => {
    const { accession, results } = await yesterdayThenToday(
      'Petrov',
      ['BMP'],
      { NA: 140, K: 4.0, CL: 102, GLU: 90, CREA: 0.9 },
      { NA: 129, K: 4.1, CL: 91, GLU: 92, CREA: 0.92 },
    );
    expect(results.map((r) => r.status)).toEqual(['held', 'held', 'held', 'held', 'held']);
    const potassium = await reasonsOf(results[1]?.id ?? '');
    expect(potassium.map((r) => r.ruleId)).toEqual(['specimen.identity-in-doubt']);
    expect(potassium[0]?.sentence).toContain('delta failures on NA, CL');

    // The calcium measured later on the same tube waits too, naming what holds the tube.
    const calcium = await t.instrumentResult(accession, 'CA', 9.3);
    expect(calcium.status).toBe('held');
    const why = await reasonsOf(calcium.id);
    expect(why.map((r) => r.ruleId)).toEqual(['specimen.identity-in-doubt']);
    expect(why[0]?.sentence).toContain('NA: Specimen identity in doubt');
  });

  it('an MCV 6 fL from yesterday’s holds the haemoglobin with it', async () => {
    const { results } = await yesterdayThenToday(
      'Lindqvist',
      ['CBC'],
      { HGB: 13.1, MCV: 88 },
      { HGB: 13.0, MCV: 94 },
    );
    expect(results.map((r) => r.status)).toEqual(['held', 'held']);
    expect((await reasonsOf(results[1]?.id ?? '')).map((r) => r.ruleId)).toEqual(['delta.mcv-wbit']);
    const haemoglobin = await reasonsOf(results[0]?.id ?? '');
    expect(haemoglobin[0]?.sentence).toContain('MCV: MCV change: wrong blood in tube');
  });

  it('one delta failure alone holds only its own result', async () => {
    const { results } = await yesterdayThenToday(
      'Achebe',
      ['BMP'],
      { NA: 140, K: 4.0, CL: 102 },
      { NA: 140, K: 5.6, CL: 101 },
    );
    expect(results.map((r) => r.status)).toEqual(['final', 'held', 'final']);
  });
});
