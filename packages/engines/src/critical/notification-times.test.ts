import { describe, expect, it } from 'vitest';
import { summarizeNotificationTimes, timeToNotification } from './notification-times.js';

const t0 = new Date('2026-11-20T00:00:00Z').getTime();
const at = (minutes: number): Date => new Date(t0 + minutes * 60_000);
const call = (detected: number, completed?: number) => ({
  detectedAt: at(detected),
  ...(completed === undefined ? {} : { completedAt: at(completed) }),
});

describe('time to notification', () => {
  it('a call completed 12 minutes after detection took 12 minutes', () => {
    expect(timeToNotification(call(0, 12))).toBe(12);
  });

  it('an open call has no time to notification yet', () => {
    expect(timeToNotification(call(0))).toBeUndefined();
  });

  it('a month of calls is summarised against a 30-minute target, open calls counting against it', () => {
    const calls = [call(0, 5), call(0, 12), call(0, 18), call(0, 25), call(0, 41), call(100)];
    expect(summarizeNotificationTimes(calls, 30, at(200))).toEqual({
      calls: 6,
      completed: 5,
      open: 1,
      withinTarget: 4,
      openPastTarget: 1,
      complianceRate: 4 / 6,
      medianMinutes: 18,
      p90Minutes: 41,
      maxMinutes: 41,
    });
  });

  it('no calls give counts of zero and no rates', () => {
    expect(summarizeNotificationTimes([], 30, at(0))).toEqual({
      calls: 0,
      completed: 0,
      open: 0,
      withinTarget: 0,
      openPastTarget: 0,
    });
  });
});
