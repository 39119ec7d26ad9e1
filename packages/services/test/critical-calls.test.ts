/**
 * Critical results on the embedded PostgreSQL: a critical potassium opens a call with a clock; when
 * nobody answers it escalates along the ladder (ordering provider, then at 15 minutes the supervisor, at
 * 30 the pathologist) as the lab's clock moves; the caller records attempts and the caregiver reached
 * with read-back; a repeat for the same patient within the window joins the first call; the log reports
 * time to notification.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  criticalCallLog,
  escalateCriticalCalls,
  openCriticalCallList,
  recordCallAttempt,
  startCriticalCallEscalation,
  type Actor,
  type CriticalCallView,
} from '@aliquot/services';
import { startVerificationTestLab, type VerificationTestLab, matching } from './verification-test-lab.js';

let t: VerificationTestLab;
let mls: Actor;

const openCall = async (resultId: string): Promise<CriticalCallView> => {
  const call = (await openCriticalCallList(t.lab, mls)).find((c) => c.resultId === resultId);
  if (!call) throw new Error('no open call for the result');
  return call;
};

beforeAll(async () => {
  t = await startVerificationTestLab();
  mls = await t.person('amira.mls', ['mls']);
  await t.acceptQc(['K', 'GLU']);
});
afterAll(() => t.close());

describe('a potassium of 6.9 mmol/L that nobody answers', () => {
  let resultId: string;

  beforeAll(async () => {
    const accession = await t.specimen(await t.patient('Morales'), ['K']);
    resultId = (await t.instrumentResult(accession, 'K', 6.9)).id;
  });

  it('opens a call at once: call the ordering provider, clock running', async () => {
    const call = await openCall(resultId);
    expect(call).toMatchObject({
      testCode: 'K',
      value: { kind: 'numeric', value: 6.9 },
      direction: 'high',
      limit: 6.2,
      escalationLevel: 0,
      callNow: 'ordering-provider',
      minutesOpen: 0,
      nextEscalation: { level: 1, role: 'supervisor' },
    });
    expect(call.reason).toMatch(/critical value: verify, then call a caregiver who can act/);
  });

  it('at 16 minutes it has escalated to the supervisor; at 31 to the pathologist', async () => {
    await recordCallAttempt(t.lab, mls, (await openCall(resultId)).id, {
      reached: 'Dr. Reyes, pager 4411',
      role: 'ordering-provider',
      channel: 'page',
      outcome: 'no-answer',
    });
    t.advanceMinutes(16);
    const first = await escalateCriticalCalls(t.lab);
    expect(first.map((e) => [e.testCode, e.fromLevel, e.toLevel, e.callNow])).toEqual([
      ['K', 0, 1, 'supervisor'],
    ]);
    expect(await openCall(resultId)).toMatchObject({
      escalationLevel: 1,
      callNow: 'supervisor',
      minutesOpen: 16,
    });
    t.advanceMinutes(15);
    await escalateCriticalCalls(t.lab);
    expect(await openCall(resultId)).toMatchObject({
      escalationLevel: 2,
      callNow: 'pathologist',
      nextEscalation: null,
    });
    expect(await escalateCriticalCalls(t.lab)).toEqual([]);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['actor', 'after'])
      .where('action', '=', 'critical-call.escalate')
      .orderBy('seq')
      .execute();
    expect(audit.map((row) => [row.actor, (row.after as { callNow: string }).callNow])).toEqual([
      ['system (critical-call escalation)', 'supervisor'],
      ['system (critical-call escalation)', 'pathologist'],
    ]);
  });

  it('reaching someone without read-back does not complete the call', async () => {
    const call = await openCall(resultId);
    await expect(
      recordCallAttempt(t.lab, mls, call.id, {
        reached: 'Dr. Ahn (pathologist on call)',
        role: 'pathologist',
        channel: 'phone',
        outcome: 'reached',
      }),
    ).rejects.toMatchObject({
      message: /the receiver must read the result back before the call is complete/,
    });
  });

  it('the pathologist reads it back: the call is complete, with who, when and how', async () => {
    const call = await openCall(resultId);
    const done = await recordCallAttempt(t.lab, mls, call.id, {
      reached: 'Dr. Ahn (pathologist on call)',
      role: 'pathologist',
      channel: 'phone',
      outcome: 'reached',
      readBackConfirmed: true,
    });
    expect(done).toMatchObject({
      status: 'completed',
      notifiedPerson: 'Dr. Ahn (pathologist on call)',
      readBackConfirmed: true,
      completedBy: 'amira.mls',
      minutesToNotification: 31,
    });
    expect(done.attempts.map((a) => [a.outcome, a.role])).toEqual([
      ['no-answer', 'ordering-provider'],
      ['reached', 'pathologist'],
    ]);
    expect((await openCriticalCallList(t.lab, mls)).some((c) => c.id === call.id)).toBe(false);
  });
});

describe('repeated criticals of one patient', () => {
  it('a second critical glucose within two hours joins the first call instead of opening another', async () => {
    const patient = await t.patient('Novak');
    const first = await t.instrumentResult(await t.specimen(patient, ['GLU']), 'GLU', 35);
    t.advanceMinutes(40);
    const again = await t.instrumentResult(await t.specimen(patient, ['GLU']), 'GLU', 38);
    expect(again.status).toBe('held');
    const calls = await t.database.db
      .selectFrom('critical_calls')
      .select(['id', 'result_id', 'status', 'group_lead_id'])
      .where('patient_id', '=', patient.id)
      .orderBy('detected_at')
      .execute();
    expect(calls.map((c) => [c.result_id, c.status])).toEqual([
      [first.id, 'open'],
      [again.id, 'grouped'],
    ]);
    expect(calls[1]?.group_lead_id).toBe(calls[0]?.id);
    await expect(
      recordCallAttempt(t.lab, mls, calls[1]?.id ?? '', {
        reached: 'x',
        role: 'ordering-provider',
        channel: 'phone',
        outcome: 'busy',
      }),
    ).rejects.toMatchObject({ message: matching(/grouped with call/) });
  });
});

describe('the call log', () => {
  it('reports every call with time to notification against the 30-minute target', async () => {
    const log = await criticalCallLog(t.lab, mls);
    expect(log.targetMinutes).toBe(30);
    expect(log.summary).toMatchObject({ calls: 2, completed: 1, open: 1, withinTarget: 0 });
    expect(log.calls.map((c) => [c.testCode, c.status])).toEqual([
      ['K', 'completed'],
      ['GLU', 'open'],
      ['GLU', 'grouped'],
    ]);
  });
});

describe('the escalation job', () => {
  it('runs by itself on an interval: the glucose call left an hour unanswered goes straight to the pathologist', async () => {
    const escalated: string[] = [];
    const stop = startCriticalCallEscalation(t.lab, {
      intervalMs: 20,
      onEscalated: (call) => escalated.push(`${call.testCode} → ${call.callNow ?? '?'}`),
    });
    t.advanceMinutes(20);
    await expect.poll(() => escalated, { timeout: 5000, interval: 25 }).toEqual(['GLU → pathologist']);
    await stop();
  });
});
