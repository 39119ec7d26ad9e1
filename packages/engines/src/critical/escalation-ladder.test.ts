import { describe, expect, it } from 'vitest';
import {
  defaultEscalationLadder,
  escalate,
  guardLadder,
  nextEscalation,
  roleAtLevel,
} from './escalation-ladder.js';

const detectedAt = new Date('2026-11-20T02:10:00Z');
const minutesLater = (minutes: number): Date => new Date(detectedAt.getTime() + minutes * 60_000);
const open = { detectedAt, escalationLevel: 0 } as const;

describe('escalating an unanswered critical call', () => {
  it('ten minutes after detection the supervisor step is five minutes away', () => {
    expect(nextEscalation(open, minutesLater(10))).toEqual({
      status: 'waiting',
      level: 1,
      step: { afterMinutes: 15, notify: 'supervisor' },
      dueAt: minutesLater(15),
      minutesRemaining: 5,
    });
  });

  it('at 15 minutes the call is due to go to the lab supervisor', () => {
    expect(nextEscalation(open, minutesLater(15))).toMatchObject({
      status: 'due',
      level: 1,
      minutesOverdue: 0,
    });
  });

  it('a call left unattended for 40 minutes jumps straight to the pathologist', () => {
    const raised = escalate(open, minutesLater(40));
    expect(raised.escalationLevel).toBe(2);
    expect(roleAtLevel(defaultEscalationLadder, raised.escalationLevel)).toBe('pathologist');
    expect(nextEscalation(raised, minutesLater(40))).toEqual({
      status: 'exhausted',
      level: 2,
      minutesOpen: 40,
    });
  });

  it('a completed call never escalates', () => {
    const done = { ...open, completedAt: minutesLater(8) };
    expect(nextEscalation(done, minutesLater(60))).toEqual({
      status: 'completed',
      completedAt: minutesLater(8),
    });
    expect(escalate(done, minutesLater(60))).toBe(done);
  });

  it('a lab may configure its own ladder: covering provider at 10, charge nurse at 20, director at 45', () => {
    const ladder = {
      targetMinutes: 45,
      steps: [
        { afterMinutes: 0, notify: 'ordering-provider' },
        { afterMinutes: 10, notify: 'covering-provider' },
        { afterMinutes: 20, notify: 'charge-nurse' },
        { afterMinutes: 45, notify: 'medical-director' },
      ],
    } as const;
    expect(guardLadder(ladder)).toEqual({ ok: true });
    expect(escalate(open, minutesLater(25), ladder).escalationLevel).toBe(2);
    expect(nextEscalation({ ...open, escalationLevel: 2 }, minutesLater(25), ladder)).toMatchObject({
      status: 'waiting',
      step: { notify: 'medical-director' },
      minutesRemaining: 20,
    });
  });

  it('a ladder whose steps go back in time is refused', () => {
    const ladder = {
      targetMinutes: 30,
      steps: [
        { afterMinutes: 0, notify: 'ordering-provider' },
        { afterMinutes: 30, notify: 'supervisor' },
        { afterMinutes: 15, notify: 'pathologist' },
      ],
    } as const;
    expect(guardLadder(ladder)).toEqual({ ok: false, reason: 'step 3 must come later than step 2' });
  });
});
