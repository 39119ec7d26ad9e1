/**
 * Patient-based real-time QC (qc.md §8) on the embedded PostgreSQL: a moving average over glucose
 * results from CHEM-1 is tuned on the lab's own released history, and a 2 SD shift in live patient
 * results is caught within the number of patients the tuning tool predicted. Everything is seeded, so
 * the figures are the same on every run.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededRandom, sampleNormal } from '@aliquot/engines/qc';
import {
  activeHolds,
  configurePbrtqc,
  observePatientResult,
  overrideHold,
  runUseCase,
  simulatePbrtqc,
  type PbrtqcTuningReport,
} from '@aliquot/services';
import { mlt, seedReleasedHistory, startQcTestLab, supervisor, type QcTestLab } from './qc-test-lab.js';

let qc: QcTestLab;
const population = { mean: 100, sd: 12 };
const procedure = {
  calculation: { method: 'sma', blockSize: 20 },
  truncation: { low: 50, high: 200, mode: 'truncate' },
} as const;

beforeAll(async () => {
  qc = await startQcTestLab();
  const random = createSeededRandom(2024);
  const history = Array.from({ length: 6000 }, () => sampleNormal(random, population.mean, population.sd));
  await seedReleasedHistory(qc.lab, 'CHEM-1', 'GLU', history, new Date(Date.now() - 30 * 86_400_000));
});
afterAll(() => qc.close());

/** Feeds one live patient glucose from CHEM-1, as autoverification does for each new result. */
function observe(value: number) {
  return runUseCase(qc.lab, mlt, 'result:enter', (uow) =>
    observePatientResult(uow, { instrumentCode: 'CHEM-1', testCode: 'GLU', value, resultId: randomUUID() }),
  );
}

describe('a moving average of 20 glucose results on CHEM-1', () => {
  let tuning: PbrtqcTuningReport;

  beforeAll(async () => {
    const configured = await configurePbrtqc(qc.lab, supervisor, {
      instrumentCode: 'CHEM-1',
      testCode: 'GLU',
      procedure,
      falseAlarmRate: 0.002,
    });
    expect(configured.derivedLimits?.adequate).toBe(true);
    tuning = await simulatePbrtqc(qc.lab, mlt, {
      instrumentCode: 'CHEM-1',
      testCode: 'GLU',
      bias: { kind: 'absolute', amount: 2 * population.sd },
      introductions: 400,
      seed: 7,
    });
  });

  it('is tuned on the 6000 released results, and the tool predicts how fast a 2 SD shift is caught', () => {
    expect(tuning.data.results).toBe(6000);
    expect(tuning.report.detected / tuning.report.introductions).toBeGreaterThanOrEqual(0.99);
    expect(tuning.report.anped).toBeGreaterThan(1);
    expect(tuning.report.anped).toBeLessThan(20);
    expect(tuning.report.falseAlarmRate).toBeLessThanOrEqual(0.002);
  });

  it('gives the same figures for the same seed', async () => {
    const again = await simulatePbrtqc(qc.lab, mlt, {
      instrumentCode: 'CHEM-1',
      testCode: 'GLU',
      bias: { kind: 'absolute', amount: 2 * population.sd },
      introductions: 400,
      seed: 7,
    });
    expect(again.report.npeds).toEqual(tuning.report.npeds);
  });

  it('catches live 2 SD shifts within the predicted ANPed, holding glucose on CHEM-1 each time', async () => {
    const live = createSeededRandom(99);
    const npeds: number[] = [];
    for (let shift = 0; shift < 12; shift += 1) {
      for (let i = 0; i < 40; i += 1) {
        const quiet = await observe(sampleNormal(live, population.mean, population.sd));
        expect(quiet.monitored && quiet.alarm).toBeNull();
      }
      let nped = 0;
      let caught = false;
      while (!caught && nped < 200) {
        nped += 1;
        const step = await observe(sampleNormal(live, population.mean, population.sd) + 2 * population.sd);
        caught = step.monitored && step.hold !== null;
      }
      npeds.push(nped);
      const [hold] = await activeHolds(qc.lab.db, 'CHEM-1', 'GLU');
      expect(hold).toMatchObject({ source: 'pbrtqc' });
      await overrideHold(
        qc.lab,
        supervisor,
        hold?.id ?? '',
        'Simulated shift for verification before go-live',
      );
    }
    expect(npeds).toHaveLength(12);
    // The live shifts are a sample of 12: their mean NPed agrees with the predicted ANPed within two
    // standard errors of the predicted NPed distribution.
    const predicted = tuning.report.npeds;
    const anped = tuning.report.anped ?? 0;
    const spread = Math.sqrt(
      predicted.reduce((sum, n) => sum + (n - anped) ** 2, 0) / (predicted.length - 1),
    );
    const observed = npeds.reduce((sum, n) => sum + n, 0) / npeds.length;
    expect(observed).toBeLessThanOrEqual(anped + (2 * spread) / Math.sqrt(npeds.length));
  }, 120_000);
});
