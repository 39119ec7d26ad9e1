import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDelta, type DeltaObservation, type DeltaRule } from './delta-check.js';
import { symmetricRcv } from './reference-change-value.js';

const now = new Date('2026-11-20T08:00:00Z');
const hoursAgo = (hours: number): Date => new Date(now.getTime() - hours * 3_600_000);
const serum = (value: number, hours: number, extra: Partial<DeltaObservation> = {}): DeltaObservation => ({
  value,
  at: hoursAgo(hours),
  specimenType: 'SER/PLAS',
  ...extra,
});
const current = (value: number, extra: Partial<DeltaObservation> = {}): DeltaObservation => ({
  value,
  at: now,
  specimenType: 'SER/PLAS',
  ...extra,
});

describe('absolute delta checks', () => {
  const sodium: DeltaRule = { method: 'absolute', limit: 8, windowHours: 72 };

  it('a sodium of 128 two days after a 140 fires (a change of 12 against a limit of 8)', () => {
    const result = checkDelta({ current: current(128), history: [serum(140, 48)], rule: sodium });
    expect(result).toMatchObject({ status: 'evaluated', fired: true, change: -12, hours: 48 });
    if (result.status === 'evaluated')
      expect(result.measure).toEqual({ method: 'absolute', observed: 12, limitUp: 8 });
  });

  it('a sodium of 136 after a 140 does not fire', () => {
    expect(checkDelta({ current: current(136), history: [serum(140, 48)], rule: sodium }).fired).toBe(false);
  });

  it('compares with the most recent earlier result, not the oldest', () => {
    const result = checkDelta({
      current: current(128),
      history: [serum(140, 60), serum(131, 12), serum(139, 30)],
      rule: sodium,
    });
    expect(result).toMatchObject({ fired: false, previous: { value: 131 } });
  });

  it('a result older than the window is not compared', () => {
    const result = checkDelta({ current: current(128), history: [serum(140, 80)], rule: sodium });
    expect(result).toMatchObject({ status: 'no-prior', fired: false, passedOver: { tooOld: 1 } });
  });

  it('a result on another specimen type (urine) is not compared', () => {
    const result = checkDelta({
      current: current(128),
      history: [serum(60, 10, { specimenType: 'UR' })],
      rule: sodium,
    });
    expect(result).toMatchObject({ status: 'no-prior', passedOver: { otherMatrix: 1 } });
    expect(result.reason).toContain('1 of another specimen type');
  });

  it('a result by another method is passed over when the same method is required', () => {
    const rule: DeltaRule = { ...sodium, requireSameMethod: true };
    const result = checkDelta({
      current: current(128, { method: 'direct-ISE' }),
      history: [serum(140, 10, { method: 'indirect-ISE' })],
      rule,
    });
    expect(result).toMatchObject({ status: 'no-prior', passedOver: { otherMethod: 1 } });
  });
});

describe('percent and rate delta checks', () => {
  it('a creatinine rising from 1.0 to 1.6 mg/dL (+60 %) fires a 50 % check', () => {
    const result = checkDelta({
      current: current(1.6),
      history: [serum(1.0, 24)],
      rule: { method: 'percent', limit: 50, windowHours: 72 },
    });
    expect(result.fired).toBe(true);
    if (result.status === 'evaluated') expect(result.percentChange).toBeCloseTo(60, 6);
  });

  it('a haemoglobin falling 2 g/dL over 40 hours (0.05 g/dL per hour) passes a 0.1 g/dL/h rate check', () => {
    const result = checkDelta({
      current: current(11),
      history: [serum(13, 40)],
      rule: { method: 'rate', limit: 0.1, windowHours: 72 },
    });
    expect(result).toMatchObject({ fired: false, ratePerHour: -0.05 });
  });

  it('the same fall over 8 hours (0.25 g/dL per hour) fires', () => {
    const result = checkDelta({
      current: current(11),
      history: [serum(13, 8)],
      rule: { method: 'rate', limit: 0.1, windowHours: 72 },
    });
    expect(result).toMatchObject({ fired: true, ratePerHour: -0.25 });
  });
});

describe('RCV delta checks', () => {
  const potassium: DeltaRule = { method: 'rcv', windowHours: 48, variation: { cva: 1.2, cvi: 3.9 } };

  it('a potassium of 4.6 the day after 4.0 (+15 %) exceeds the RCV of 11.3 %', () => {
    const result = checkDelta({ current: current(4.6), history: [serum(4.0, 24)], rule: potassium });
    expect(result.fired).toBe(true);
    if (result.status === 'evaluated') expect(result.measure.limitUp).toBeCloseTo(11.31, 1);
  });

  it('a potassium of 4.3 the day after 4.0 (+7.5 %) is within the RCV', () => {
    expect(checkDelta({ current: current(4.3), history: [serum(4.0, 24)], rule: potassium }).fired).toBe(
      false,
    );
  });

  it('a triglyceride rise of 60 % is within the log-normal RCV but a fall of 50 % is not', () => {
    const rule: DeltaRule = {
      method: 'rcv',
      windowHours: 720,
      variation: { cva: 2, cvi: 19.8 },
      rcvForm: 'log-normal',
    };
    expect(checkDelta({ current: current(160), history: [serum(100, 200)], rule }).fired).toBe(false);
    expect(checkDelta({ current: current(50), history: [serum(100, 200)], rule }).fired).toBe(true);
  });

  it('an RCV check without variation and without a limit says it is not configured', () => {
    const result = checkDelta({
      current: current(4.6),
      history: [serum(4.0, 24)],
      rule: { method: 'rcv', windowHours: 48 },
    });
    expect(result).toMatchObject({ status: 'not-configured', fired: false });
  });

  it('fires exactly when the percent change lies outside ±RCV', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        (before, after) => {
          const result = checkDelta({
            current: current(after),
            history: [serum(before, 10)],
            rule: potassium,
          });
          const percent = (100 * (after - before)) / before;
          expect(result.fired).toBe(Math.abs(percent) > symmetricRcv({ cva: 1.2, cvi: 3.9 }));
        },
      ),
    );
  });
});

describe('clinical exclusions', () => {
  const creatinine: DeltaRule = {
    method: 'percent',
    limit: 50,
    windowHours: 72,
    excludeContexts: ['dialysis'],
  };

  it('a creatinine falling from 8.0 to 3.5 across a dialysis session is not raised', () => {
    const result = checkDelta({
      current: current(3.5),
      history: [serum(8.0, 20)],
      rule: creatinine,
      contexts: [{ kind: 'dialysis', from: hoursAgo(10), to: hoursAgo(6) }],
    });
    expect(result).toMatchObject({ status: 'excluded', fired: false, context: { kind: 'dialysis' } });
    expect(result.reason).toContain('dialysis between the two results');
  });

  it('a dialysis session before the earlier result does not excuse the change', () => {
    const result = checkDelta({
      current: current(3.5),
      history: [serum(8.0, 20)],
      rule: creatinine,
      contexts: [{ kind: 'dialysis', from: hoursAgo(30), to: hoursAgo(26) }],
    });
    expect(result).toMatchObject({ status: 'evaluated', fired: true });
  });

  it('a transfusion does not excuse a creatinine change the rule does not exclude it for', () => {
    const result = checkDelta({
      current: current(3.5),
      history: [serum(8.0, 20)],
      rule: creatinine,
      contexts: [{ kind: 'transfusion', from: hoursAgo(10) }],
    });
    expect(result.status).toBe('evaluated');
  });
});
