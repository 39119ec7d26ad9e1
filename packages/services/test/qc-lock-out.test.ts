/**
 * QC lock-out and look-back (qc.md §9, 42 CFR 493.1282(b)(2)) on the embedded PostgreSQL: a 2-2s
 * rejection holds glucose on CHEM-1, lists the patient glucose results released since the last accepted
 * QC, and the hold is lifted only after a corrective action and an accepted QC run, or by a supervisor's
 * override with a reason.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeHolds,
  enterQcRun,
  holdLookBack,
  liftHold,
  overrideHold,
  placeManualHold,
  recordCorrectiveAction,
  type QcRunOutcome,
} from '@aliquot/services';
import {
  decisionReasons,
  glucoseFrom,
  mlt,
  releasedGlucose,
  startQcTestLab,
  supervisor,
  type QcTestLab,
} from './qc-test-lab.js';

let qc: QcTestLab;
const hour = 3_600_000;
const at = (offsetHours: number) => new Date(Date.now() + offsetHours * hour);

beforeAll(async () => {
  qc = await startQcTestLab();
});
afterAll(() => qc.close());

function run(values: { low: number; high: number }, measuredAt: Date): Promise<QcRunOutcome> {
  return enterQcRun(qc.lab, mlt, {
    instrumentCode: qc.instrument,
    testCode: 'GLU',
    measuredAt,
    values: [
      { lotId: qc.low.lot.id, value: values.low },
      { lotId: qc.high.lot.id, value: values.high },
    ],
  });
}

describe('a glucose QC run where both levels read above +2 SD', () => {
  let rejected: QcRunOutcome;
  let released: { resultId: string; accession: string }[];

  beforeAll(async () => {
    // Yesterday's accepted QC, then a result released before this morning's QC (not in the look-back).
    await run({ low: 90.5, high: 301 }, at(-30));
    const older = await releasedGlucose(qc.lab, qc.instrument, 101, 'Before');
    await sql`update results set created_at = ${at(-28)} where id = ${older.resultId}`.execute(qc.lab.db);
    // This morning's accepted QC, then patients released on CHEM-1 and one on another analyzer.
    const morning = await run({ low: 89.1, high: 297 }, at(-2));
    expect(morning.run.decision).toBe('accept');
    released = [
      await releasedGlucose(qc.lab, qc.instrument, 112, 'Alvarez'),
      await releasedGlucose(qc.lab, qc.instrument, 87, 'Baptiste'),
    ];
    await releasedGlucose(qc.lab, 'CHEM-2', 95, 'Elsewhere');
    // L1 = 90 + 2.5 × 3, L2 = 300 + 2.3 × 8: both beyond +2 SD in one run.
    rejected = await run({ low: 97.5, high: 318.4 }, at(0));
  });

  it('is rejected by 2-2s within the run, with a sentence a person can read', () => {
    expect(rejected.run.decision).toBe('reject');
    const rule = rejected.run.violations.find((v) => v.rule === '2-2s');
    expect(rule).toMatchObject({ scope: 'within-run', side: 'high', levels: ['L1', 'L2'] });
    expect(rule?.sentence).toMatch(/^2-2s rejects \(systematic error\): two consecutive values beyond/);
    expect(rejected.run.observations.every((o) => o.status === 'rejected')).toBe(true);
  });

  it('puts glucose on CHEM-1 on hold, and nothing else', async () => {
    expect(rejected.hold?.hold).toMatchObject({ instrumentCode: 'CHEM-1', testCode: 'GLU', source: 'qc' });
    const holds = await qc.lab.db.transaction().execute((tx) => activeHolds(tx, 'CHEM-1', 'GLU'));
    expect(holds.map((h) => h.qcRunId)).toEqual([rejected.run.id]);
    expect(await activeHolds(qc.lab.db, 'CHEM-1', 'K')).toEqual([]);
    expect(await activeHolds(qc.lab.db, 'CHEM-2', 'GLU')).toEqual([]);
  });

  it('holds the next patient glucose from CHEM-1 for the QC failure (autoverification reads the hold)', async () => {
    const next = await glucoseFrom(qc.lab, qc.instrument, 104, 'Chen');
    expect(next.status).toBe('held');
    expect((await decisionReasons(qc.lab, next.resultId)).join(' ')).toMatch(/QC rejected by 2-2s/);
  });

  it('lists exactly the glucose results CHEM-1 released since the last accepted QC', async () => {
    const expected = released.map((r) => r.accession);
    expect(rejected.hold?.lookBack.map((r) => r.accessionNumber)).toEqual(expected);
    const list = await holdLookBack(qc.lab, mlt, rejected.hold?.hold.id ?? '');
    expect(list.results.map((r) => [r.accessionNumber, r.patient.familyName, r.numericValue])).toEqual([
      [expected[0], 'Alvarez', 112],
      [expected[1], 'Baptiste', 87],
    ]);
    expect(list.truncated).toBe(false);
  });

  it('cannot be lifted before a corrective action is recorded', async () => {
    const holdId = rejected.hold?.hold.id ?? '';
    await expect(liftHold(qc.lab, mlt, holdId)).rejects.toThrow(
      'the qc hold on GLU at CHEM-1 cannot be lifted: record the corrective action (cause, action, who, when) first',
    );
  });

  it('cannot be lifted after the corrective action until a QC run is accepted', async () => {
    const holdId = rejected.hold?.hold.id ?? '';
    await expect(recordCorrectiveAction(qc.lab, mlt, holdId, { cause: ' ', action: 'x' })).rejects.toThrow(
      'A corrective action needs a cause and an action',
    );
    await recordCorrectiveAction(qc.lab, mlt, holdId, {
      cause: 'Reagent pack R1 open past its on-board stability',
      action: 'Replaced the glucose reagent pack and recalibrated',
      performedAt: new Date(Date.now() - 60_000),
    });
    await expect(liftHold(qc.lab, mlt, holdId)).rejects.toThrow(
      /no accepted QC run since the corrective action/,
    );
  });

  it('is lifted once the rerun QC is accepted, and results flow again', async () => {
    const holdId = rejected.hold?.hold.id ?? '';
    const rerun = await run({ low: 90.8, high: 302 }, new Date());
    expect(rerun.run.decision).toBe('accept');
    expect(rerun.hold).toBeNull();
    const lifted = await liftHold(qc.lab, mlt, holdId);
    expect(lifted).toMatchObject({
      liftKind: 'corrective-action',
      liftedBy: 'jlee',
      liftingQcRunId: rerun.run.id,
    });
    expect(lifted.correctiveActions[0]?.cause).toBe('Reagent pack R1 open past its on-board stability');
    expect(await activeHolds(qc.lab.db, 'CHEM-1', 'GLU')).toEqual([]);
    const after = await glucoseFrom(qc.lab, qc.instrument, 99, 'Okafor');
    expect((await decisionReasons(qc.lab, after.resultId)).join(' ')).not.toMatch(/QC rejected/);
  });
});

describe('overriding a hold', () => {
  it('needs the qc:override permission and a reason, and is audited', async () => {
    const placed = await placeManualHold(qc.lab, mlt, {
      instrumentCode: 'CHEM-1',
      testCode: 'K',
      reason: 'Potassium results look high across the morning run',
    });
    const holdId = placed.hold.id;
    await expect(overrideHold(qc.lab, mlt, holdId, 'busy')).rejects.toThrow(
      /needs the qc:override permission/,
    );
    await expect(overrideHold(qc.lab, supervisor, holdId, '  ')).rejects.toThrow(
      'Overriding a QC hold needs a reason',
    );
    const lifted = await overrideHold(
      qc.lab,
      supervisor,
      holdId,
      'Pre-analytical: one ward drew above a drip',
    );
    expect(lifted).toMatchObject({
      liftKind: 'override',
      overrideReason: 'Pre-analytical: one ward drew above a drip',
    });
    const audit = await qc.lab.db
      .selectFrom('audit_log')
      .select(['actor', 'action'])
      .where('entity_id', '=', holdId)
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { actor: 'jlee', action: 'qc.hold.place' },
      { actor: 'rdiaz', action: 'qc.hold.override' },
    ]);
  });
});
