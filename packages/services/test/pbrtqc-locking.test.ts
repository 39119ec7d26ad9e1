/**
 * Two analyzer messages feeding the same PBRTQC monitors in opposite orders, at the same time, on the
 * embedded PostgreSQL: each locks the monitors it will feed first, in one order, so one waits for the
 * other and both go through. Locking each monitor at its result, in message order, the two deadlock.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configurePbrtqc, lockPbrtqcMonitorsFor, observePatientResult, runUseCase } from '@aliquot/services';
import { mlt, startQcTestLab, supervisor, type QcTestLab } from './qc-test-lab.js';

let qc: QcTestLab;
const procedure = {
  calculation: { method: 'sma', blockSize: 20 },
  truncation: { low: 0, high: 1000, mode: 'truncate' },
} as const;

beforeAll(async () => {
  qc = await startQcTestLab();
  for (const [testCode, lower, upper] of [
    ['GLU', 80, 120],
    ['NA', 130, 150],
  ] as const) {
    await configurePbrtqc(qc.lab, supervisor, {
      instrumentCode: 'CHEM-1',
      testCode,
      procedure,
      controlLimits: { lower, upper },
    });
  }
});
afterAll(() => qc.close());

/** One message's results, fed one by one with a pause between, as a message of many results is. */
function message(results: readonly (readonly [string, number])[]) {
  return runUseCase(qc.lab, mlt, 'result:enter', async (uow) => {
    await lockPbrtqcMonitorsFor(
      uow,
      results.map(([testCode]) => ({ instrumentCode: 'CHEM-1', testCode })),
    );
    for (const [testCode, value] of results) {
      await observePatientResult(uow, { instrumentCode: 'CHEM-1', testCode, value, resultId: randomUUID() });
      await sleep(30);
    }
  });
}

describe('PBRTQC monitors fed by concurrent messages', () => {
  it('two messages naming glucose and sodium in opposite orders both go through, every time', async () => {
    for (let round = 0; round < 5; round += 1) {
      const outcomes = await Promise.allSettled([
        message([
          ['GLU', 100],
          ['NA', 140],
        ]),
        message([
          ['NA', 141],
          ['GLU', 101],
        ]),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled']);
    }
  });
});
