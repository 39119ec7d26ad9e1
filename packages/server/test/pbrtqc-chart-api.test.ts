/**
 * The moving-average (PBRTQC) chart through the HTTP API: an immunoassay analyzer sends TSH results
 * over MLLP, a moving average of 5 watches them, and when the results shift up the chart shows the
 * statistic crossing the upper limit at the result that moved it there, with the alarm the monitor raised.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PbrtqcChart } from '@aliquot/services';
import { ImmunoassayAnalyzer } from '@aliquot/testkit';
import { startInstrumentLab, type InstrumentLab } from './instrument-lab.js';

/** Twelve TSH results around 2.0 mIU/L, then six at 3.2: a shift of the assay. */
const values = [2.0, 2.1, 1.9, 2.05, 1.95, 2.0, 2.1, 1.9, 2.0, 2.05, 1.95, 2.0, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2];
const key = 'instrumentCode=IMMUNO-SIM&testCode=TSH';

let t: InstrumentLab;
let analyzer: ImmunoassayAnalyzer;

beforeAll(async () => {
  t = await startInstrumentLab();
  await t.register(ImmunoassayAnalyzer.registration());
  analyzer = ImmunoassayAnalyzer.connect(t.lab.mllpPort);
  const configured = await t.lab.api('admin', '/api/qc/pbrtqc', {
    method: 'PUT',
    body: {
      instrumentCode: 'IMMUNO-SIM',
      testCode: 'TSH',
      procedure: {
        calculation: { method: 'sma', blockSize: 5 },
        truncation: { low: 0.1, high: 10, mode: 'truncate' },
      },
      controlLimits: { lower: 1.7, upper: 2.3 },
    },
  });
  expect(configured.status).toBe(200);
  for (const value of values) {
    const accession = await t.receivedSpecimen(['TSH']);
    const ack = await analyzer.sendResults(accession, [
      { code: 'TSH', value: String(value), unit: 'uIU/mL' },
    ]);
    expect(ack.message.value('MSA-1')).toBe('AA');
  }
  await t.idle();
}, 120_000);
afterAll(async () => {
  await analyzer.close();
  await t.close();
});

describe('a moving average of 5 TSH results on IMMUNO-SIM', () => {
  it('is drawn at every result, warming up for five, crossing the upper limit after the shift', async () => {
    const reply = await t.lab.api<PbrtqcChart>('mls', `/api/qc/pbrtqc/chart?${key}`);
    expect(reply.status).toBe(200);
    const { points, monitor, alarms } = reply.body;
    expect(monitor.settings.controlLimits).toEqual({ lower: 1.7, upper: 2.3 });
    expect(points.map((p) => p.value)).toEqual(values);
    expect(points.slice(0, 4).every((p) => p.statistic === null)).toBe(true);
    expect(points[4]?.statistic).toBeCloseTo(2.0, 6);
    // (2.05 + 1.95 + 2.0 + 3.2 + 3.2) / 5 = 2.48: the second shifted result takes it over 2.3.
    const first = points.findIndex((p) => p.beyondLimit === 'high');
    expect(first).toBe(13);
    expect(points[13]?.statistic).toBeCloseTo(2.48, 6);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({ side: 'high', limit: 2.3, resultId: points[13]?.resultId });
  });

  it('a test with no monitor has no chart', async () => {
    const reply = await t.lab.api('mls', '/api/qc/pbrtqc/chart?instrumentCode=IMMUNO-SIM&testCode=FT4');
    expect(reply.status).toBe(404);
  });
});
