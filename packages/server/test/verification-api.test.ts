/**
 * Review and release through the HTTP API of a real server on the embedded PostgreSQL: the starter rule
 * set is active at start, held results wait in the review queue with their reasons, release needs
 * credentials, a reviewed batch is released at once, a critical potassium is called with read-back, a
 * correction keeps both versions, and rule-set drafts are checked at save.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestLab, type TestLab } from '@aliquot/testkit';
import type {
  CriticalCallView,
  Order,
  Patient,
  ReleasedResult,
  ResultExplanation,
  RuleSetVersionSummary,
  SpecimenReview,
  SpecimenTimeline,
} from '@aliquot/services';

type Staff = 'admin' | 'mls' | 'mlt' | 'sup' | 'path';
let lab: TestLab<Staff>;
let userIds: Record<Staff, string>;
let accession: string;

const elements = {
  'direct-observation': true,
  'monitoring-reporting': true,
  'record-review': true,
  'maintenance-observation': true,
  'blind-samples': true,
  'problem-solving': true,
};

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function receivedSpecimen(mrn: string, orderables: string[]): Promise<string> {
  const patient = await lab.api<Patient>('mls', '/api/patients', {
    body: { mrn, familyName: 'Achebe', givenName: 'Ngozi', birthDate: '1958-02-11', clinicalSex: 'female' },
  });
  const order = await lab.api<Order>('mls', '/api/orders', {
    body: { patientId: patient.body.id, orderables },
  });
  const acc = order.body.specimens[0]!.accessionNumber;
  await lab.api('mls', `/api/specimens/${acc}/receive`, { body: { mrn, birthDate: '1958-02-11' } });
  return acc;
}

const enter = (acc: string, testCode: string, value: number) =>
  lab.api<SpecimenTimeline>('mls', `/api/specimens/${acc}/results`, {
    body: { testCode, value: { kind: 'numeric', value } },
  });

beforeAll(async () => {
  lab = await startTestLab({
    users: { admin: ['admin'], mls: ['mls'], mlt: ['mlt'], sup: ['supervisor'], path: ['pathologist'] },
  });
  const staff = await lab.api<{ items: { id: string; username: string }[] }>('admin', '/api/users');
  userIds = Object.fromEntries(staff.body.items.map((u) => [u.username, u.id])) as Record<Staff, string>;
  accession = await receivedSpecimen('MRN-AV-1', ['BMP']);
});
afterAll(() => lab.close());

describe('at start', () => {
  it('the starter rule set is the one active version, approved by "system (starter rule set)"', async () => {
    const sets = await lab.api<{ items: RuleSetVersionSummary[] }>('mls', '/api/rule-sets');
    expect(sets.body.items).toEqual([
      expect.objectContaining({
        id: 'aliquot-starter',
        version: 1,
        status: 'active',
        approvedBy: 'system (starter rule set)',
      }),
    ]);
  });

  it('the OpenAPI document describes the review, rule-set, credential and critical-call routes', async () => {
    const doc = await lab.api<{ paths: Record<string, unknown> }>(undefined, '/api/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/review/queue',
        '/api/results/release',
        '/api/results/{id}/decision',
        '/api/rule-sets/drafts',
        '/api/staff/{userId}/competencies',
        '/api/critical-calls/open',
      ]),
    );
  });
});

describe('a supervisor keeps staff credentials', () => {
  it('records the MLS’s certification and chemistry competency; the MLS may then release chemistry', async () => {
    const cert = await lab.api('sup', `/api/staff/${userIds.mls}/certifications`, {
      body: { body: 'ASCP', credential: 'MLS', number: 'MLS-20931', expiresOn: '2030-12-31' },
    });
    expect(cert.status).toBe(201);
    // Past the first year of testing: assessed twice in it, then once a year.
    for (const assessedOn of [daysAgo(500), daysAgo(320), daysAgo(30)]) {
      const comp = await lab.api('sup', `/api/staff/${userIds.mls}/competencies`, {
        body: { discipline: 'chemistry', assessedOn, assessor: 'R. Diaz', elements },
      });
      expect(comp.status).toBe(201);
    }
    const record = await lab.api<{ release: Record<string, { ok: boolean }> }>(
      'mls',
      `/api/staff/${userIds.mls}/credentials`,
    );
    expect(record.body.release['chemistry']).toEqual({ ok: true });
  });

  it('an MLT may not keep credentials', async () => {
    const reply = await lab.api('mlt', `/api/staff/${userIds.mlt}/certifications`, {
      body: { body: 'ASCP', credential: 'MLT', expiresOn: '2030-12-31' },
    });
    expect(reply.status).toBe(403);
  });
});

describe('reviewing and releasing a BMP entered by hand', () => {
  it('results entered by hand wait in the review queue with the reason they were held', async () => {
    for (const [code, value] of [
      ['NA', 139],
      ['K', 4.1],
      ['CL', 101],
      ['CO2', 25],
    ] as const) {
      await enter(accession, code, value);
    }
    const queue = await lab.api<{ items: SpecimenReview[]; total: number }>('mls', '/api/review/queue');
    expect(queue.status).toBe(200);
    const mine = queue.body.items.find((item) => item.accessionNumber === accession);
    expect(mine?.held.map((r) => r.testCode).sort()).toEqual(['CL', 'CO2', 'K', 'NA']);
    expect(mine?.held[0]?.reasons[0]).toMatchObject({ ruleId: 'qc.status', blocking: true });
    expect(mine?.patient.name).toBe('Achebe, Ngozi');
  });

  it('an MLT without credentials is refused with the reason', async () => {
    const queue = await lab.api<{ items: SpecimenReview[] }>('mls', '/api/review/queue');
    const first = queue.body.items.find((item) => item.accessionNumber === accession)?.held[0];
    const reply = await lab.api('mlt', `/api/results/${first?.resultId}/release`, {
      body: { reason: 'looks fine' },
    });
    expect(reply.status).toBe(403);
    expect(reply.body.issue[0]?.diagnostics).toMatch(
      /no certification or licence covering chemistry is on record$/,
    );
  });

  it('the MLS releases the reviewed batch; the decision record names who, why and the rule-set version', async () => {
    const queue = await lab.api<{ items: SpecimenReview[] }>('mls', '/api/review/queue');
    const ids =
      queue.body.items.find((item) => item.accessionNumber === accession)?.held.map((r) => r.resultId) ?? [];
    const reply = await lab.api<{ released: ReleasedResult[] }>('mls', '/api/results/release', {
      body: { resultIds: ids, reason: 'manual entry checked against the analyzer printout' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.released).toHaveLength(4);
    const why = await lab.api<ResultExplanation>('mls', `/api/results/${ids[0]}/decision`);
    expect(why.body.status).toBe('final');
    expect(why.body.release).toMatchObject({
      byEngine: false,
      releasedBy: 'mls',
      reason: 'manual entry checked against the analyzer printout',
    });
    expect(why.body.decisions[0]?.ruleSet).toEqual({ id: 'aliquot-starter', version: 1 });
    expect(why.body.actions.map((a) => [a.kind, a.performedBy])).toEqual([
      ['hold', 'engine'],
      ['release', 'mls'],
    ]);
  });

  it('a correction of the released potassium keeps both versions', async () => {
    const timeline = await lab.api<SpecimenTimeline>('mls', `/api/specimens/${accession}`);
    const k = timeline.body.analyses.find((a) => a.testCode === 'K')?.results[0];
    const reply = await lab.api<{ resultId: string }>('mls', `/api/results/${k?.id}/correct`, {
      body: { value: { kind: 'numeric', value: 4.7 }, reason: 'digits transposed at entry' },
    });
    expect(reply.status).toBe(201);
    const why = await lab.api<ResultExplanation>('mls', `/api/results/${reply.body.resultId}/decision`);
    expect(why.body.versions.map((v) => v.status)).toEqual(['corrected', 'final']);
    expect(why.body.notifications.map((n) => n.kind)).toEqual(['correction']);
  });
});

describe('a critical potassium', () => {
  it('opens a call that the MLS completes with read-back; the log reports it', async () => {
    const acc = await receivedSpecimen('MRN-AV-2', ['K']);
    await enter(acc, 'K', 6.9);
    const open = await lab.api<{ items: CriticalCallView[] }>('mls', '/api/critical-calls/open');
    const call = open.body.items.find((c) => c.accessionNumber === acc);
    expect(call).toMatchObject({ testCode: 'K', callNow: 'ordering-provider', escalationLevel: 0 });
    const done = await lab.api<CriticalCallView>('mls', `/api/critical-calls/${call?.id}/attempts`, {
      body: {
        reached: 'RN Patel, 4 West',
        role: 'charge-nurse',
        channel: 'phone',
        outcome: 'reached',
        readBackConfirmed: true,
      },
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'completed',
      notifiedPerson: 'RN Patel, 4 West',
      readBackConfirmed: true,
    });
    const log = await lab.api<{ summary: { calls: number; completed: number } }>(
      'sup',
      '/api/critical-calls/log',
    );
    expect(log.body.summary).toMatchObject({ calls: 1, completed: 1 });
  });
});

describe('rule sets over HTTP', () => {
  it('a draft naming an unknown test is refused with the path of the problem', async () => {
    const starter = await lab.api<{ rules: { rules: Record<string, unknown>[] } & Record<string, unknown> }>(
      'sup',
      '/api/rule-sets/aliquot-starter/versions/1',
    );
    const rules = starter.body.rules;
    const broken = {
      ...rules,
      rules: [{ ...rules.rules[0], appliesTo: { kind: 'tests', codes: ['NOPE'] } }, ...rules.rules.slice(1)],
    };
    const reply = await lab.api('sup', '/api/rule-sets/drafts', {
      body: { rules: broken, changeNote: 'test' },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.issue.some((i) => i.expression?.[0] === '$.rules[0].appliesTo.codes[0]')).toBe(true);
  });

  it('the verification settings are readable and only a pathologist changes them', async () => {
    const settings = await lab.api<{ fourEyes: boolean; escalationLadder: { targetMinutes: number } }>(
      'mls',
      '/api/verification/settings',
    );
    expect(settings.body).toMatchObject({ fourEyes: false, escalationLadder: { targetMinutes: 30 } });
    expect(
      (await lab.api('sup', '/api/verification/settings', { method: 'PUT', body: { fourEyes: true } }))
        .status,
    ).toBe(403);
    const changed = await lab.api<{ fourEyes: boolean }>('path', '/api/verification/settings', {
      method: 'PUT',
      body: { fourEyes: true },
    });
    expect(changed.body.fourEyes).toBe(true);
  });
});
