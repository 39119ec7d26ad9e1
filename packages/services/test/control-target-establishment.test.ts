/**
 * Establishing the lab's own target for a new glucose control lot (qc.md §4, CLSI C24): the new lot
 * runs beside the current one with the manufacturer's mean and a provisional SD; after 20 runs its
 * target is the mean and sample SD of its accepted values, and later the cumulative figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededRandom, sampleNormal, summarize } from '@aliquot/engines/qc';
import {
  createControlLot,
  enterQcRun,
  establishTarget,
  listTargets,
  setManufacturerTarget,
  updateCumulativeTarget,
  type ControlLot,
} from '@aliquot/services';
import { mlt, startQcTestLab, type QcTestLab } from './qc-test-lab.js';

let qc: QcTestLab;
let next: ControlLot;
const values: number[] = [];
const day = 86_400_000;
const start = Date.now() - 40 * day;
const random = createSeededRandom(45871);

async function parallelRuns(from: number, count: number): Promise<void> {
  for (let i = from; i < from + count; i += 1) {
    const value = Math.round(sampleNormal(random, 92.4, 2.1) * 10) / 10;
    values.push(value);
    await enterQcRun(qc.lab, mlt, {
      instrumentCode: qc.instrument,
      testCode: 'GLU',
      measuredAt: new Date(start + i * day),
      values: [
        { lotId: qc.low.lot.id, value: Math.round(sampleNormal(random, 90, 2) * 10) / 10 },
        { lotId: next.id, value },
      ],
    });
  }
}

beforeAll(async () => {
  qc = await startQcTestLab();
  next = await createControlLot(qc.lab, mlt, {
    materialId: qc.low.lot.materialId,
    level: 'L1',
    lotNumber: '45871',
    expiresOn: '2099-12-31',
  });
  // The insert sheet says 92 with a provisional SD of 4 until the lab's own figures are in.
  await setManufacturerTarget(qc.lab, mlt, {
    instrumentCode: qc.instrument,
    testCode: 'GLU',
    lotId: next.id,
    mean: 92,
    sd: 4,
  });
  await parallelRuns(0, 12);
});
afterAll(() => qc.close());

describe('a new L1 lot run in parallel with the current one', () => {
  it('after 12 runs is refused a target, saying what is missing', async () => {
    await expect(
      establishTarget(qc.lab, mlt, { instrumentCode: qc.instrument, testCode: 'GLU', lotId: next.id }),
    ).rejects.toThrow(
      'Control lot 45871 (L1) has 12 usable values from 12 runs: 12 of 20 values, 12 of 20 runs; ' +
        'a provisional target must be asked for explicitly',
    );
  });

  it('after 20 runs gets the mean and sample SD of its 20 values as its established target', async () => {
    await parallelRuns(12, 8);
    const established = await establishTarget(qc.lab, mlt, {
      instrumentCode: qc.instrument,
      testCode: 'GLU',
      lotId: next.id,
    });
    const expected = summarize(values);
    expect(established.calculation).toMatchObject({ status: 'established', n: 20, runCount: 20 });
    expect(established.target).toMatchObject({ source: 'established', establishedFrom: 20 });
    expect(established.target.mean).toBeCloseTo(expected.mean, 9);
    expect(established.target.sd).toBeCloseTo(expected.sd, 9);
    const history = await listTargets(qc.lab, mlt, { lotId: next.id, includeHistory: true });
    expect(history.map((t) => [t.source, t.effectiveTo === null])).toEqual([
      ['manufacturer', false],
      ['established', true],
    ]);
  });

  it('later takes the cumulative mean and SD of all its accepted values', async () => {
    await parallelRuns(20, 6);
    const cumulative = await updateCumulativeTarget(qc.lab, mlt, {
      instrumentCode: qc.instrument,
      testCode: 'GLU',
      lotId: next.id,
    });
    expect(cumulative.target).toMatchObject({ source: 'cumulative', establishedFrom: 26 });
    expect(cumulative.target.mean).toBeCloseTo(summarize(values).mean, 9);
  });
});
