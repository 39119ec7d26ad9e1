/**
 * Results from an analyzer on the embedded PostgreSQL: a journaled message is mapped through the
 * registry and recorded whole, in one transaction, as results awaiting verification; resends never
 * make a second result; what cannot be mapped waits, with its reason, until a mapping fix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commandLine,
  createControlLot,
  createControlMaterial,
  setManufacturerTarget,
  getInstrument,
  listUnmapped,
  pendingTestsForInstrument,
  processJournalEntry,
  reprocessJournalEntry,
  specimenTimeline,
  updateInstrument,
} from '@aliquot/services';
import {
  CHEM,
  astmResults,
  mls,
  startInstrumentTestLab,
  type InstrumentTestLab,
} from './instrument-test-lab.js';

let t: InstrumentTestLab;
beforeAll(async () => {
  t = await startInstrumentTestLab();
});
afterAll(() => t.close());

async function resultsOf(accession: string) {
  const timeline = await specimenTimeline(t.lab, mls, accession);
  return new Map(timeline.analyses.map((a) => [a.testCode, a]));
}

describe('a BMP run on the AU-1 chemistry analyzer', () => {
  let accession: string;
  beforeAll(async () => {
    accession = await t.receivedSpecimen(['BMP']);
  });

  it('the host query offers the BMP tests the analyzer runs, by the analyzer’s codes', async () => {
    const work = await t.lab.db
      .transaction()
      .execute((tx) => pendingTestsForInstrument(tx, accession, 'AU-1'));
    expect(work?.tests.map((p) => p.instrumentTestCode).sort()).toEqual(['CREA', 'GLU', 'K', 'NA', 'UREA']);
    expect(work?.patient.familyName).toBe('Okafor');
  });

  it('a glucose of 5.5 mmol/L lands on its analysis as 99.088 mg/dL, pending, with the instrument’s flags', async () => {
    const outcome = await t.deliver(
      astmResults(accession, [
        { code: 'GLU', value: '5.5', unit: 'mmol/L', flags: 'N' },
        { code: 'NA', value: '152', unit: 'mmol/L', flags: 'H' },
        { code: 'UREA', value: '14', unit: 'mg/dL' },
      ]),
    );
    expect(outcome).toMatchObject({ state: 'processed', resultCount: 3, error: null, duplicate: false });
    const analyses = await resultsOf(accession);
    const glucose = analyses.get('GLU')?.results[0];
    expect(glucose).toMatchObject({ value: { kind: 'numeric', value: 99.088 }, unit: 'mg/dL' });
    // Awaiting verification: pending, or held by autoverification for a person to review; never final.
    expect(['pending', 'held']).toContain(glucose?.status);
    expect(glucose?.source).toBe('instrument');
    expect(glucose?.instrumentId).toBe('AU-1');
    expect(glucose?.enteredBy).toBe('instrument:AU-1');
    expect(glucose?.detail).toMatchObject({
      flags: ['N'],
      instrumentUnits: 'mmol/L',
      instrumentValue: '5.5',
      dilution: '1',
      operator: 'OP1',
    });
    expect(analyses.get('NA')?.results[0]?.detail).toMatchObject({ flags: ['H'], instrumentFlags: [] });
    expect(analyses.get('BUN')?.results[0]?.value).toEqual({ kind: 'numeric', value: 14 });
    expect(analyses.get('K')?.status).toBe('ordered');
  });

  it('an analyzer alarm in a C record of type I reaches the rules as our code, apart from H and L', async () => {
    const alarmed = await t.receivedSpecimen(['BMP']);
    const text = astmResults(alarmed, [{ code: 'K', value: '6.1', unit: 'mmol/L', flags: 'H' }]).replace(
      '|AU5800\rL|',
      '|AU5800\rC|1|I|Sample Short^Insufficient volume|I\rL|',
    );
    expect(await t.deliver(text)).toMatchObject({ state: 'processed', resultCount: 1 });
    const potassium = (await resultsOf(alarmed)).get('K')?.results[0];
    expect(potassium?.detail).toMatchObject({
      flags: ['H', 'Sample Short'],
      instrumentFlags: ['SHORT-SAMPLE'],
    });
  });

  it('the same message sent again is recognised and makes no second result', async () => {
    const again = await t.deliver(
      astmResults(
        accession,
        [
          { code: 'GLU', value: '5.5', unit: 'mmol/L', flags: 'N' },
          { code: 'NA', value: '152', unit: 'mmol/L', flags: 'H' },
          { code: 'UREA', value: '14', unit: 'mg/dL' },
        ],
        // A resend restamps the header: H-14 differs, the message is the same.
        { stamp: '20261121093000' },
      ).replace('LIS2-A2|20261121093000', 'LIS2-A2|20261121094500'),
    );
    expect(again).toMatchObject({ duplicate: true, state: 'processed', resultCount: 3 });
    expect((await resultsOf(accession)).get('GLU')?.results).toHaveLength(1);
  });

  it('processing a processed message again does nothing', async () => {
    const first = await t.deliver(astmResults(accession, [{ code: 'K', value: '4.2', unit: 'mmol/L' }]));
    expect(first.state).toBe('processed');
    const twice = await processJournalEntry(t.lab, first.id);
    expect(twice).toEqual({ id: first.id, state: 'processed', error: null, resultCount: 1 });
    await expect(reprocessJournalEntry(t.lab, mls, first.id)).rejects.toMatchObject({ code: 'conflict' });
    expect((await resultsOf(accession)).get('K')?.results).toHaveLength(1);
  });

  it('a new message reusing a control ID is held, not recorded', async () => {
    const a = await t.deliver(
      astmResults(accession, [{ code: 'CREA', value: '0.9', unit: 'mg/dL' }], { controlId: 'M-77' }),
    );
    const b = await t.deliver(
      astmResults(accession, [{ code: 'CREA', value: '1.9', unit: 'mg/dL' }], { controlId: 'M-77' }),
    );
    expect(a.state).toBe('processed');
    expect(b.state).toBe('failed');
    expect(b.error).toContain('duplicate control ID M-77');
    const crea = (await resultsOf(accession)).get('CREA')?.results ?? [];
    expect(crea.map((r) => r.value)).toEqual([{ kind: 'numeric', value: 0.9 }]);
  });
});

describe('what cannot be recorded is kept with its reason', () => {
  it('an unknown test code sends the message to the unmapped queue; after a mapping fix it reprocesses', async () => {
    const accession = await t.receivedSpecimen(['CMP']);
    const outcome = await t.deliver(
      astmResults(accession, [
        { code: 'GLU', value: '6.1', unit: 'mmol/L' },
        { code: 'ALB-X', value: '4.1', unit: 'g/dL' },
      ]),
    );
    expect(outcome.state).toBe('unmapped');
    expect(outcome.error).toBe('unknown test code ALB-X from AU-1: map it, then reprocess');
    expect((await resultsOf(accession)).get('GLU')?.results).toHaveLength(0);
    const queue = await listUnmapped(t.lab, mls);
    expect(queue).toContainEqual(
      expect.objectContaining({ instrument: 'AU-1', kind: 'test', code: 'ALB-X', journalIds: [outcome.id] }),
    );

    const current = await getInstrument(t.lab, mls, 'AU-1');
    await updateInstrument(t.lab, commandLine, 'AU-1', {
      ...CHEM,
      testCodes: [...current.testCodes, { instrumentCode: 'ALB-X', testCode: 'ALB' }],
    });
    const again = await reprocessJournalEntry(t.lab, mls, outcome.id);
    expect(again).toMatchObject({ state: 'processed', resultCount: 2, error: null });
    const analyses = await resultsOf(accession);
    expect(analyses.get('ALB')?.results[0]?.value).toEqual({ kind: 'numeric', value: 4.1 });
    expect(analyses.get('GLU')?.results).toHaveLength(1);
    expect((await listUnmapped(t.lab, mls)).some((u) => u.code === 'ALB-X')).toBe(false);
  });

  it('a value that does not parse fails the whole message, naming the record', async () => {
    const accession = await t.receivedSpecimen(['BMP']);
    const outcome = await t.deliver(
      astmResults(accession, [
        { code: 'NA', value: '141', unit: 'mmol/L' },
        { code: 'K', value: '4..2', unit: 'mmol/L' },
      ]),
    );
    expect(outcome.state).toBe('failed');
    expect(outcome.error).toMatch(/R record \(line 5\): K: "4\.\.2" is not a number/);
    expect((await resultsOf(accession)).get('NA')?.results).toHaveLength(0);
  });

  it('a unit that is neither the analyzer’s nor the catalog’s is refused', async () => {
    const accession = await t.receivedSpecimen(['BMP']);
    const outcome = await t.deliver(astmResults(accession, [{ code: 'GLU', value: '99', unit: 'g/L' }]));
    expect(outcome.state).toBe('failed');
    expect(outcome.error).toContain('the unit "g/L" is not mmol/L or mg/dL');
  });

  it('a result for a specimen that does not exist fails and rolls back the whole message', async () => {
    const accession = await t.receivedSpecimen(['BMP']);
    const text =
      astmResults(accession, [{ code: 'NA', value: '140', unit: 'mmol/L' }]).replace(/L\|1\|N\r$/, '') +
      'O|2|A99NOSUCH||^^^K|R||||||N||||||||||||||F\rR|1|^^^K|4.0|mmol/L||||F\rL|1|N\r';
    const outcome = await t.deliver(text);
    expect(outcome.state).toBe('failed');
    expect(outcome.error).toContain('Specimen A99NOSUCH was not found');
    expect((await resultsOf(accession)).get('NA')?.results).toHaveLength(0);
  });

  it('a control tube of no control lot waits in the unmapped queue with quality control’s reason', async () => {
    const outcome = await t.deliver(
      astmResults('QC-LOT7-L1', [{ code: 'GLU', value: '5.0', unit: 'mmol/L' }]),
    );
    expect(outcome.state).toBe('unmapped');
    expect(outcome.error).toBe(
      'QC result: QC specimen ID "QC-LOT7-L1" from AU-1 is not the specimen ID of any control lot',
    );
    const queue = await listUnmapped(t.lab, mls);
    expect(queue).toContainEqual(
      expect.objectContaining({ kind: 'control', code: 'QC-LOT7-L1', instrument: 'AU-1' }),
    );
  });

  it('a control tube of a known lot goes to quality control, converted to mg/dL, and never to a patient', async () => {
    const material = await createControlMaterial(t.lab, mls, {
      code: 'LIQ-AU1',
      name: 'Assayed chemistry control',
    });
    const lot = await createControlLot(t.lab, mls, {
      materialId: material.id,
      level: 'L1',
      lotNumber: '45861',
      expiresOn: '2099-12-31',
      specimenId: 'QC-45861',
    });
    await setManufacturerTarget(t.lab, mls, {
      instrumentCode: 'AU-1',
      testCode: 'GLU',
      lotId: lot.id,
      mean: 90,
      sd: 3,
    });
    const before = await t.lab.db
      .selectFrom('results')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const outcome = await t.deliver(astmResults('QC-45861', [{ code: 'GLU', value: '5.0', unit: 'mmol/L' }]));
    expect(outcome).toMatchObject({ state: 'processed', resultCount: 1, error: null });
    const observations = await t.lab.db
      .selectFrom('qc_observations')
      .select(['value', 'unit', 'instrument_code', 'test_code'])
      .where('lot_id', '=', lot.id)
      .execute();
    expect(observations).toEqual([
      { value: 90.08, unit: 'mg/dL', instrument_code: 'AU-1', test_code: 'GLU' },
    ]);
    const after = await t.lab.db
      .selectFrom('results')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('a message from a sender no instrument names waits as unmapped under that sender', async () => {
    const outcome = await t.deliver(
      astmResults('A26X', [{ code: 'GLU', value: '5', unit: 'mmol/L' }]).replace('AU5800^2.1', 'MYSTERY-9'),
    );
    expect(outcome.state).toBe('unmapped');
    expect(outcome.error).toContain('unknown sender MYSTERY-9');
    expect(await listUnmapped(t.lab, mls)).toContainEqual(
      expect.objectContaining({ kind: 'sender', code: 'MYSTERY-9' }),
    );
  });
});

describe('serum indices sent as results of their own', () => {
  it('go beside every result of the specimen, not into the catalog; a non-number is refused', async () => {
    const current = await getInstrument(t.lab, mls, 'AU-1');
    await updateInstrument(t.lab, commandLine, 'AU-1', {
      ...CHEM,
      testCodes: current.testCodes,
      serumIndexCodes: { hemolysis: 'H', icterus: 'I', lipemia: 'L' },
    });
    expect((await getInstrument(t.lab, mls, 'AU-1')).serumIndexCodes).toEqual({
      hemolysis: 'H',
      icterus: 'I',
      lipemia: 'L',
    });
    const accession = await t.receivedSpecimen(['BMP']);
    const outcome = await t.deliver(
      astmResults(accession, [
        { code: 'K', value: '5.9', unit: 'mmol/L' },
        { code: 'H', value: '160', unit: 'mg/dL' },
        { code: 'I', value: '2', unit: 'mg/dL' },
        { code: 'L', value: '30', unit: 'mg/dL' },
      ]),
    );
    expect(outcome).toMatchObject({ state: 'processed', resultCount: 1, error: null });
    const potassium = (await resultsOf(accession)).get('K')?.results[0];
    expect(potassium?.detail).toMatchObject({ serumIndices: { hemolysis: 160, icterus: 2, lipemia: 30 } });

    const other = await t.receivedSpecimen(['BMP']);
    const refused = await t.deliver(
      astmResults(other, [
        { code: 'K', value: '4.1', unit: 'mmol/L' },
        { code: 'H', value: '++', unit: '' },
      ]),
    );
    expect(refused.state).toBe('failed');
    expect(refused.error).toContain(`the hemolysis index of ${other} ("++") is not a number`);
  });

  it('an instrument whose index codes clash with its test codes is refused, naming where', async () => {
    const error = await updateInstrument(t.lab, commandLine, 'AU-1', {
      ...CHEM,
      serumIndexCodes: { hemolysis: 'K', icterus: 'K' },
    }).then(
      () => undefined,
      (reason: unknown) => reason as { code: string; issues: { location?: string; message: string }[] },
    );
    expect(error?.code).toBe('invalid');
    expect(error?.issues).toContainEqual({ location: 'serumIndexCodes.icterus', message: 'used twice' });
    expect(error?.issues).toContainEqual({
      location: 'testCodes[2].instrumentCode',
      message: 'already the code of a serum index',
    });
  });
});
