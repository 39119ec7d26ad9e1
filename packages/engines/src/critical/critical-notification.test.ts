import { describe, expect, it } from 'vitest';
import {
  completeNotification,
  openCriticalNotification,
  recordAttempt,
  type CriticalNotification,
} from './critical-notification.js';

const detectedAt = new Date('2026-11-20T02:10:00Z');
const minutesLater = (minutes: number): Date => new Date(detectedAt.getTime() + minutes * 60_000);

const call: CriticalNotification = openCriticalNotification({
  resultId: 'R-1001',
  patientId: 'P-7',
  testCode: 'K',
  value: 6.9,
  unit: 'mmol/L',
  limitRule: { direction: 'high', limit: 6.2, source: 'Kost 1990' },
  detectedAt,
});

describe('documenting a critical call', () => {
  it('a new call has no attempts, no read-back and stands at the bottom of the ladder', () => {
    expect(call).toMatchObject({ attempts: [], readBackConfirmed: false, escalationLevel: 0 });
    expect(call.completedAt).toBeUndefined();
  });

  it('an unanswered page is recorded and leaves the call open', () => {
    const change = recordAttempt(call, {
      at: minutesLater(2),
      to: 'Dr Okafor (pager 4411)',
      role: 'ordering-provider',
      channel: 'page',
      outcome: 'no-answer',
      byUser: 'mls.chen',
    });
    expect(change.ok).toBe(true);
    if (change.ok) {
      expect(change.call.attempts).toHaveLength(1);
      expect(change.call.completedAt).toBeUndefined();
      expect(call.attempts).toHaveLength(0);
    }
  });

  it('a nurse who reads the potassium back completes the call, with who, when and how', () => {
    const change = completeNotification(call, {
      at: minutesLater(9),
      notifiedPerson: 'RN Alvarez',
      notifiedRole: 'charge-nurse',
      channel: 'phone',
      readBackConfirmed: true,
      byUser: 'mls.chen',
    });
    expect(change.ok).toBe(true);
    if (change.ok) {
      expect(change.call).toMatchObject({
        notifiedPerson: 'RN Alvarez',
        notifiedRole: 'charge-nurse',
        readBackConfirmed: true,
        byUser: 'mls.chen',
        completedAt: minutesLater(9),
      });
      expect(change.call.attempts.at(-1)).toMatchObject({ outcome: 'reached', to: 'RN Alvarez' });
    }
  });

  it('a call without read-back cannot be completed', () => {
    const change = completeNotification(call, {
      at: minutesLater(9),
      notifiedPerson: 'RN Alvarez',
      notifiedRole: 'charge-nurse',
      channel: 'phone',
      readBackConfirmed: false,
      byUser: 'mls.chen',
    });
    expect(change).toEqual({
      ok: false,
      reason: 'the receiver must read the result back before the call is complete',
    });
  });

  it('a completed call takes no further attempts', () => {
    const done = completeNotification(call, {
      at: minutesLater(9),
      notifiedPerson: 'RN Alvarez',
      notifiedRole: 'charge-nurse',
      channel: 'phone',
      readBackConfirmed: true,
      byUser: 'mls.chen',
    });
    if (!done.ok) throw new Error(done.reason);
    const again = recordAttempt(done.call, {
      at: minutesLater(12),
      to: 'Dr Okafor',
      channel: 'phone',
      outcome: 'reached',
      byUser: 'mls.chen',
    });
    expect(again).toEqual({ ok: false, reason: 'the call is already completed' });
  });

  it('an attempt dated before the detection is refused', () => {
    const change = recordAttempt(call, {
      at: minutesLater(-5),
      to: 'Dr Okafor',
      channel: 'phone',
      outcome: 'busy',
      byUser: 'mls.chen',
    });
    expect(change.ok).toBe(false);
  });
});
