/**
 * Reruns and dilutions reach the analyzer through its host query: a request by the engine or a person
 * makes the test pending again on that instrument (with the dilution factor), until a result answers it
 * or a person withdraws it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commandLine,
  createInstrument,
  explainResult,
  pendingTestsForInstrument,
  requestDilution,
  undoEngineAction,
  type Actor,
} from '@aliquot/services';
import { startVerificationTestLab, type VerificationTestLab, matching } from './verification-test-lab.js';

let t: VerificationTestLab;
let mls: Actor;

const pendingOn = async (accession: string) =>
  (await pendingTestsForInstrument(t.database.db, accession, 'CHEM-1'))?.tests.map((test) => ({
    code: test.instrumentTestCode,
    ...(test.rerun ? { rerun: test.rerun } : {}),
  }));

beforeAll(async () => {
  t = await startVerificationTestLab();
  mls = await t.person('amira.mls', ['mls']);
  await createInstrument(t.lab, commandLine, {
    code: 'CHEM-1',
    name: 'Chemistry analyzer 1',
    protocol: 'astm',
    transport: 'tcp-server',
    senderIds: ['CHEM1'],
    testCodes: [
      { instrumentCode: 'K', testCode: 'K' },
      { instrumentCode: 'TSH', testCode: 'TSH' },
    ],
  });
  await t.acceptQc(['K', 'TSH']);
});
afterAll(() => t.close());

describe('the analyzer asks what to run on a specimen', () => {
  it('a potassium flagged CLOT is pending again as a rerun until the rerun result arrives', async () => {
    const accession = await t.specimen(await t.patient('Abiola'), ['K']);
    expect(await pendingOn(accession)).toEqual([{ code: 'K' }]);
    await t.instrumentResult(accession, 'K', 3.9, { detail: { instrumentFlags: ['CLOT'] } });
    expect(await pendingOn(accession)).toEqual([{ code: 'K', rerun: { kind: 'rerun' } }]);
    await t.instrumentResult(accession, 'K', 4.0);
    expect(await pendingOn(accession)).toEqual([]);
  });

  it('a TSH above the measuring range is pending again with its dilution factor', async () => {
    const accession = await t.specimen(await t.patient('Brennan'), ['TSH']);
    await t.instrumentResult(accession, 'TSH', 420);
    expect(await pendingOn(accession)).toEqual([
      { code: 'TSH', rerun: { kind: 'dilution', dilutionFactor: 5 } },
    ]);
  });

  it('withdrawing the engine’s rerun takes it off the analyzer’s list; a potassium dilution is refused (none validated)', async () => {
    const accession = await t.specimen(await t.patient('Cruz'), ['K']);
    const flagged = await t.instrumentResult(accession, 'K', 3.9, {
      detail: { instrumentFlags: ['BUBBLE'] },
    });
    const rerun = (await explainResult(t.lab, mls, flagged.id)).actions.find((a) => a.kind === 'rerun');
    await undoEngineAction(
      t.lab,
      mls,
      rerun?.actionId ?? '',
      'bubble seen and removed; result checked by hand',
    );
    expect(await pendingOn(accession)).toEqual([]);
    await expect(
      requestDilution(t.lab, mls, flagged.id, { factor: 2, reason: 'check' }),
    ).rejects.toMatchObject({
      message: matching(/the test has no validated dilution/),
    });
  });
});
