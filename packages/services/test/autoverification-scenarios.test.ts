/**
 * Autoverification through the service, on the embedded PostgreSQL with the starter rule set active:
 * each rule type holds what it should and releases what it should, the engine acts on its decision by
 * itself (rerun, dilution, recollection, reflex, comment), and every released result names the rule-set
 * version and the rules behind it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainResult, specimenTimeline, type Actor } from '@aliquot/services';
import { startVerificationTestLab, type VerificationTestLab } from './verification-test-lab.js';

let t: VerificationTestLab;
let reviewer: Actor;

beforeAll(async () => {
  t = await startVerificationTestLab();
  reviewer = await t.person('amira.mls', ['mls']);
  await t.acceptQc(['K', 'NA', 'CA', 'GLU', 'TSH', 'CREA', 'LACT']);
});
afterAll(() => t.close());

const why = (resultId: string) => explainResult(t.lab, reviewer, resultId);
const blocking = async (resultId: string) =>
  (await why(resultId)).decisions
    .at(-1)
    ?.reasons.filter((r) => r.blocking)
    .map((r) => r.ruleId);
const requestsOf = (accession: string) =>
  t.database.db
    .selectFrom('test_requests')
    .innerJoin('specimens', 'specimens.id', 'test_requests.specimen_id')
    .select([
      'test_requests.kind',
      'test_requests.test_code',
      'test_requests.status',
      'test_requests.dilution_factor',
    ])
    .where('specimens.accession_number', '=', accession)
    .orderBy('test_requests.requested_at')
    .execute();

describe('a clean result with accepted QC', () => {
  it('a potassium of 4.2 mmol/L is released by the engine, naming rule set aliquot-starter v1', async () => {
    const accession = await t.specimen(await t.patient('Adeyemi'), ['K']);
    const result = await t.instrumentResult(accession, 'K', 4.2);
    expect(result.status).toBe('final');
    const record = await why(result.id);
    expect(record.release).toMatchObject({
      byEngine: true,
      releasedBy: 'engine',
      ruleSet: { id: 'aliquot-starter', version: 1 },
    });
    const decision = record.decisions[0];
    expect(decision?.ruleSet).toEqual({ id: 'aliquot-starter', version: 1 });
    expect(decision?.outcome).toBe('release');
    expect(decision?.evaluations.map((e) => e.ruleId)).toEqual(
      expect.arrayContaining([
        'engine.cancelled-analysis',
        'qc.status',
        'hil.hemolysis-raises',
        'critical.limits',
        'delta.chemistry',
      ]),
    );
    expect(decision?.evaluations.every((e) => !e.fired)).toBe(true);
    expect(record.notifications).toEqual([expect.objectContaining({ kind: 'new', sentAt: null })]);
  });
});

describe('QC state of the instrument (filter 4)', () => {
  it('a sodium from an analyzer with no QC on record is held, saying so', async () => {
    const accession = await t.specimen(await t.patient('Baker'), ['ALB']);
    const result = await t.instrumentResult(accession, 'ALB', 4.1);
    expect(result.status).toBe('held');
    expect((await why(result.id)).decisions[0]?.reasons[0]?.sentence).toMatch(/no QC recorded/);
  });

  it('a glucose is held while a QC hold is in force on CHEM-1, with the hold reason', async () => {
    await t.acceptQc(['MG']);
    await t.holdQc('MG', 'reagent lot change not yet verified');
    const accession = await t.specimen(await t.patient('Castillo'), ['MG']);
    const result = await t.instrumentResult(accession, 'MG', 2.0);
    expect(result.status).toBe('held');
    expect(await blocking(result.id)).toEqual(['qc.status']);
    expect((await why(result.id)).decisions[0]?.reasons[0]?.sentence).toMatch(
      /rejected \(reagent lot change not yet verified\)/,
    );
  });
});

describe('analyzer flags (filter 3)', () => {
  it('a potassium flagged CLOT is rerun automatically; the clean rerun is released', async () => {
    const accession = await t.specimen(await t.patient('Dlamini'), ['K']);
    const first = await t.instrumentResult(accession, 'K', 3.9, { detail: { instrumentFlags: ['CLOT'] } });
    expect(first.status).toBe('held');
    expect(await requestsOf(accession)).toEqual([
      { kind: 'rerun', test_code: 'K', status: 'pending', dilution_factor: null },
    ]);
    const rerun = await t.instrumentResult(accession, 'K', 4.0);
    expect(rerun.status).toBe('final');
    expect((await requestsOf(accession))[0]?.status).toBe('done');
    const versions = (await why(rerun.id)).versions.map((v) => [v.version, v.status]);
    expect(versions).toEqual([
      [1, 'superseded'],
      [2, 'final'],
    ]);
  });

  it('a flag that persists on the rerun is held for a person', async () => {
    const accession = await t.specimen(await t.patient('Eriksen'), ['K']);
    await t.instrumentResult(accession, 'K', 3.9, { detail: { instrumentFlags: ['SHORT-SAMPLE'] } });
    const rerun = await t.instrumentResult(accession, 'K', 3.8, {
      detail: { instrumentFlags: ['SHORT-SAMPLE'] },
    });
    expect(rerun.status).toBe('held');
    expect(await blocking(rerun.id)).toEqual(['instrument.error-flag-persists']);
  });
});

describe('serum indices (filter 5)', () => {
  it('a potassium with hemolysis index 120 is held, with the hemolysis comment appended', async () => {
    const accession = await t.specimen(await t.patient('Farouk'), ['K']);
    const result = await t.instrumentResult(accession, 'K', 5.0, {
      detail: { serumIndices: { hemolysis: 120 } },
    });
    expect(result.status).toBe('held');
    const record = await why(result.id);
    expect(await blocking(result.id)).toEqual(['hil.hemolysis-raises']);
    expect(record.comments.map((c) => [c.text, c.byEngine, c.ruleId])).toEqual([
      ['Hemolyzed specimen: potassium may be falsely increased.', true, 'hil.hemolysis-raises'],
    ]);
  });

  it('a potassium with hemolysis index 10 (below the limit of 20) is released', async () => {
    const accession = await t.specimen(await t.patient('Garcia'), ['K']);
    const result = await t.instrumentResult(accession, 'K', 4.4, {
      detail: { serumIndices: { hemolysis: 10 } },
    });
    expect(result.status).toBe('final');
  });
});

describe('measuring and reportable range (filters 6 and 7)', () => {
  it('a TSH of 150 above the measuring range goes for a 1:2 dilution; the diluted rerun is released and orders free T4', async () => {
    const accession = await t.specimen(await t.patient('Hansen'), ['TSH']);
    const first = await t.instrumentResult(accession, 'TSH', 150);
    expect(first.status).toBe('held');
    expect(await requestsOf(accession)).toEqual([
      { kind: 'dilution', test_code: 'TSH', status: 'pending', dilution_factor: 2 },
    ]);
    const diluted = await t.instrumentResult(accession, 'TSH', 148);
    expect(diluted.status).toBe('final');
    expect((await requestsOf(accession)).map((r) => [r.kind, r.test_code, r.status])).toEqual([
      ['dilution', 'TSH', 'done'],
      ['reflex', 'FT4', 'done'],
    ]);
    const timeline = await specimenTimeline(t.lab, reviewer, accession);
    expect(timeline.analyses.map((a) => [a.testCode, a.status])).toEqual([
      ['TSH', 'released'],
      ['FT4', 'ordered'],
    ]);
  });

  it('a TSH of 0.003 below the measuring range is released as "< 0.005"', async () => {
    const accession = await t.specimen(await t.patient('Ito'), ['TSH']);
    const result = await t.instrumentResult(accession, 'TSH', 0.003);
    expect(result.status).toBe('final');
    const decision = (await why(result.id)).decisions[0];
    expect(decision?.reportAs).toEqual({ kind: 'numeric', comparator: '<', value: 0.005 });
    expect(decision?.reflexTests).toEqual(['FT4', 'FT3']);
  });

  it('a TSH of 1200 beyond the reportable range (100 × 10) is held and reported as "> 1000"', async () => {
    const accession = await t.specimen(await t.patient('Jovanovic'), ['TSH']);
    const result = await t.instrumentResult(accession, 'TSH', 1200, { detail: { dilutionFactor: 10 } });
    expect(result.status).toBe('held');
    const decision = (await why(result.id)).decisions[0];
    expect(decision?.reasons.filter((r) => r.blocking).map((r) => r.ruleId)).toEqual(['crr.above']);
    expect(decision?.reportAs).toEqual({ kind: 'numeric', comparator: '>', value: 1000 });
  });
});

describe('absurd values and critical limits (filters 8 and 9)', () => {
  it('a sodium of 85 mmol/L is held as physiologically implausible', async () => {
    const accession = await t.specimen(await t.patient('Kowalski'), ['NA']);
    const result = await t.instrumentResult(accession, 'NA', 85);
    expect(result.status).toBe('held');
    expect(await blocking(result.id)).toEqual(expect.arrayContaining(['plausibility.na']));
  });

  it('a potassium of 6.8 mmol/L is held and a critical call is opened', async () => {
    const accession = await t.specimen(await t.patient('Lindqvist'), ['K']);
    const result = await t.instrumentResult(accession, 'K', 6.8);
    expect(result.status).toBe('held');
    expect(await blocking(result.id)).toEqual(['critical.limits']);
    const calls = await t.database.db
      .selectFrom('critical_calls')
      .selectAll()
      .where('result_id', '=', result.id)
      .execute();
    expect(calls).toEqual([
      expect.objectContaining({ status: 'open', direction: 'high', limit_value: 6.2, escalation_level: 0 }),
    ]);
  });
});

describe('delta checks (filter 10)', () => {
  it('a potassium rising from 4.0 to 5.4 mmol/L in a day is held; one at 4.3 is released', async () => {
    const patient = await t.patient('Moreau');
    const yesterday = await t.instrumentResult(await t.specimen(patient, ['K']), 'K', 4.0);
    expect(yesterday.status).toBe('final');
    t.advanceMinutes(24 * 60);
    // A new day: the morning QC is accepted again (the rule set allows 24 hours).
    await t.acceptQc(['K', 'NA', 'CA', 'GLU', 'TSH', 'CREA', 'LACT']);
    const risen = await t.instrumentResult(await t.specimen(patient, ['K']), 'K', 5.4);
    expect(risen.status).toBe('held');
    expect(await blocking(risen.id)).toEqual(['delta.chemistry']);
    const steady = await t.instrumentResult(await t.specimen(patient, ['K']), 'K', 4.3);
    expect(steady.status).toBe('final');
  });
});

describe('specimen age (filter 2)', () => {
  it('a lactate measured 40 minutes after collection (stability 15) is held and recollection requested', async () => {
    const accession = await t.specimen(await t.patient('Nakamura'), ['LACT']);
    t.advanceMinutes(40);
    const result = await t.instrumentResult(accession, 'LACT', 1.8);
    expect(result.status).toBe('held');
    expect(await blocking(result.id)).toEqual(['stability.specimen-age']);
    expect(await requestsOf(accession)).toEqual([
      { kind: 'recollect', test_code: 'LACT', status: 'pending', dilution_factor: null },
    ]);
  });
});

describe('consistency across the specimen (filter 11)', () => {
  it('a high potassium with a low calcium on one specimen is held as EDTA contamination', async () => {
    const accession = await t.specimen(await t.patient('Obi'), ['K', 'CA']);
    await t.instrumentResult(accession, 'CA', 5.9);
    const potassium = await t.instrumentResult(accession, 'K', 7.1);
    expect(potassium.status).toBe('held');
    expect(await blocking(potassium.id)).toContain('consistency.edta-contamination');
  });
});

describe('reflex testing (filter 12)', () => {
  it('a TSH of 6.2 (above 4.0) is released and free T4 is added to the specimen, audited', async () => {
    const accession = await t.specimen(await t.patient('Petrov'), ['TSH']);
    const tsh = await t.instrumentResult(accession, 'TSH', 6.2);
    expect(tsh.status).toBe('final');
    const record = await why(tsh.id);
    expect(record.actions.map((a) => [a.kind, a.byEngine])).toEqual([
      ['reflex', true],
      ['release', true],
    ]);
    const timeline = await specimenTimeline(t.lab, reviewer, accession);
    expect(timeline.analyses.map((a) => a.testCode)).toEqual(['TSH', 'FT4']);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'result.reflex')
      .execute();
    expect(audit.some((row) => (row.after as { testCode?: string }).testCode === 'FT4')).toBe(true);
  });
});

describe('missing demographics and bad input are held with a clear reason, never released', () => {
  it('a creatinine for a patient of unknown sex is held: the interval depends on sex', async () => {
    const accession = await t.specimen(await t.patient('Quinn', { clinicalSex: 'unknown' }), ['CREA']);
    const result = await t.instrumentResult(accession, 'CREA', 0.9);
    expect(result.status).toBe('held');
    expect(await blocking(result.id)).toEqual(['integrity.demographics']);
  });

  it('"hemolyzed" sent as the value of a potassium is held: a number was expected', async () => {
    const accession = await t.specimen(await t.patient('Rossi'), ['K']);
    const result = await t.instrumentResult(accession, 'K', 0, {
      value: { kind: 'text', text: 'hemolyzed' },
    });
    expect(result.status).toBe('held');
    expect((await why(result.id)).decisions[0]?.reasons[0]?.sentence).toMatch(
      /Potassium: a number was expected but "hemolyzed" \(text\) arrived/,
    );
  });

  it('a sodium from an interface without a unit is held: the unit is required', async () => {
    const accession = await t.specimen(await t.patient('Singh'), ['NA']);
    const result = await t.instrumentResult(accession, 'NA', 140, { unit: '' });
    expect(result.status).toBe('held');
    expect(await blocking(result.id)).toEqual(['integrity.unit']);
  });

  it('a potassium for an analysis the ward cancelled is held, never released', async () => {
    const accession = await t.specimen(await t.patient('Tanaka'), ['K']);
    // The order cancellation arrives from the EHR before the analyzer reports.
    await t.database.db
      .updateTable('analyses')
      .set({ status: 'cancelled' })
      .where('specimen_id', '=', (eb) =>
        eb.selectFrom('specimens').select('id').where('accession_number', '=', accession),
      )
      .execute();
    const result = await t.instrumentResult(accession, 'K', 4.1);
    expect(result.status).toBe('held');
    expect(await blocking(result.id)).toEqual(['engine.cancelled-analysis']);
  });
});
