/**
 * Control results from an analyzer (issue 5 §2): a control tube is matched to its lot by the specimen ID
 * on the tube; the two levels of one run arrive in separate messages and are judged together; what
 * cannot be counted is refused with the reason the interface journals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeHolds,
  recordQcObservationFromInstrument,
  runUseCase,
  type InstrumentQcObservation,
} from '@aliquot/services';
import { mlt, startQcTestLab, type QcTestLab } from './qc-test-lab.js';

let qc: QcTestLab;
beforeAll(async () => {
  qc = await startQcTestLab({ instrument: 'AU-2' });
});
afterAll(() => qc.close());

/** What the instrument interface does for a control specimen, in its own unit of work. */
function fromAnalyzer(input: Partial<InstrumentQcObservation> & { specimenId: string; value: number }) {
  return runUseCase(qc.lab, mlt, 'result:enter', (uow) =>
    recordQcObservationFromInstrument(uow, {
      instrumentCode: 'AU-2',
      testCode: 'GLU',
      unit: 'mg/dL',
      measuredAt: new Date(),
      ...input,
    }),
  );
}

describe('glucose controls sent by the AU-2 analyzer', () => {
  it('a tube whose specimen ID belongs to no control lot is refused as unmapped', async () => {
    await expect(fromAnalyzer({ specimenId: 'QC-99999', value: 90 })).rejects.toMatchObject({
      code: 'not-found',
      message: 'QC specimen ID "QC-99999" from AU-2 is not the specimen ID of any control lot',
    });
  });

  it('a value in the wrong unit is refused naming the unit', async () => {
    await expect(fromAnalyzer({ specimenId: 'QC-45861', value: 5, unit: 'mmol/L' })).rejects.toThrow(
      'Glucose is reported in mg/dL; the QC value came in mmol/L',
    );
  });

  it('a level without a target on this analyzer is refused', async () => {
    await expect(
      fromAnalyzer({ specimenId: 'QC-45861', value: 4.1, testCode: 'K', unit: 'mmol/L' }),
    ).rejects.toThrow('Control lot 45861 level L1 has no target for K on AU-2');
  });

  it('L1 and L2 measured minutes apart form one run, judged 2-2s when both read above +2 SD', async () => {
    const start = Date.now() - 10 * 60_000;
    const first = await fromAnalyzer({ specimenId: 'QC-45861', value: 96.9, measuredAt: new Date(start) });
    // One value beyond +2 SD alone breaks no rejection rule (1-2s is not in the rule set).
    expect(first.run).toMatchObject({ decision: 'accept', violations: [] });
    const second = await fromAnalyzer({
      specimenId: 'QC-45862',
      value: 317,
      measuredAt: new Date(start + 4 * 60_000),
    });
    expect(second.run.id).toBe(first.run.id);
    expect(second.run.observations.map((o) => [o.level, o.fromInstrument, o.status])).toEqual([
      ['L1', 'AU-2', 'rejected'],
      ['L2', 'AU-2', 'rejected'],
    ]);
    expect(second.run.violations.find((v) => v.rule === '2-2s')?.levels).toEqual(['L1', 'L2']);
    const holds = await activeHolds(qc.lab.db, 'AU-2', 'GLU');
    expect(holds).toMatchObject([{ source: 'qc', qcRunId: first.run.id }]);
  });

  it('the rerun after the rejection starts a new run', async () => {
    const rerun = await fromAnalyzer({ specimenId: 'QC-45861', value: 90.2 });
    expect(rerun.run.decision).toBe('accept');
    const [hold] = await activeHolds(qc.lab.db, 'AU-2', 'GLU');
    expect(rerun.run.id).not.toBe(hold?.qcRunId);
  });
});
