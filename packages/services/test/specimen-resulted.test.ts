/**
 * The specimen timeline after an analyzer message: a tube whose every ordered test came back in one
 * message is resulted, though its results are judged together only after all of them are stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVerificationTestLab, type VerificationTestLab } from './verification-test-lab.js';

let t: VerificationTestLab;

beforeAll(async () => {
  t = await startVerificationTestLab();
  await t.acceptQc(['NA', 'K', 'CL', 'CO2', 'BUN', 'CREA', 'GLU', 'CA']);
});
afterAll(() => t.close());

const timeline = async (accession: string) =>
  (
    await t.lab.db
      .selectFrom('specimen_events')
      .innerJoin('specimens', 'specimens.id', 'specimen_events.specimen_id')
      .select('specimen_events.kind')
      .where('specimens.accession_number', '=', accession)
      .orderBy('specimen_events.id')
      .execute()
  ).map((event) => event.kind);

describe('a tube resulted by one analyzer message', () => {
  it('a BMP sent whole is resulted, then released', async () => {
    const accession = await t.specimen(await t.patient('Okafor'), ['BMP']);
    const results = await t.instrumentMessage(accession, [
      { testCode: 'NA', value: 140 },
      { testCode: 'K', value: 4.1 },
      { testCode: 'CL', value: 102 },
      { testCode: 'CO2', value: 25 },
      { testCode: 'BUN', value: 14 },
      { testCode: 'CREA', value: 0.9 },
      { testCode: 'GLU', value: 95 },
      { testCode: 'CA', value: 9.4 },
    ]);
    expect(results.map((r) => r.status)).toEqual(results.map(() => 'final'));
    expect((await timeline(accession)).slice(-2)).toEqual(['resulted', 'released']);
  });

  it('half a BMP leaves the tube waiting for the rest', async () => {
    const accession = await t.specimen(await t.patient('Lindqvist'), ['BMP']);
    await t.instrumentMessage(accession, [
      { testCode: 'NA', value: 140 },
      { testCode: 'K', value: 4.1 },
      { testCode: 'CL', value: 102 },
      { testCode: 'CO2', value: 25 },
    ]);
    expect(await timeline(accession)).not.toContain('resulted');
  });
});
