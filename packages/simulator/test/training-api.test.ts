import { startTestLab, type TestLab } from '@aliquot/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Session {
  id: string;
  cases: { id: string; results: unknown[]; feedback: unknown }[];
  score: { decided: number; correct: number; cases: number };
}
interface Feedback {
  decision: string;
  correct: boolean;
  expected: string;
  truth: string;
  consequence: string;
}

describe('training mode over the REST API', () => {
  let lab: TestLab<'student' | 'other' | 'educator'>;
  beforeAll(async () => {
    lab = await startTestLab({ users: { student: ['mlt'], other: ['mlt'], educator: ['supervisor'] } });
  });
  afterAll(async () => {
    await lab?.close();
  });

  it('lists the scenarios a session can be drawn from', async () => {
    const reply = await lab.api<{ items: { name: string; title: string }[] }>(
      'student',
      '/api/training/scenarios',
    );
    expect(reply.status).toBe(200);
    expect(reply.body.items.map((s) => s.name)).toContain('default');
  });

  it('a trainee starts a session, decides a case, gets feedback and a score; another trainee cannot see it', async () => {
    const started = await lab.api<Session>('student', '/api/training/sessions', {
      body: { scenario: 'wbit', cases: 6, seed: 5 },
    });
    expect(started.status).toBe(201);
    expect(started.body.cases).toHaveLength(6);
    const first = started.body.cases[0];
    if (!first) throw new Error('no case');
    expect(first.feedback).toBeNull();
    const decided = await lab.api<Feedback>(
      'student',
      `/api/training/sessions/${started.body.id}/cases/${first.id}/decision`,
      { body: { decision: 'reject' } },
    );
    expect(decided.status).toBe(200);
    expect(decided.body.decision).toBe('reject');
    expect(decided.body.truth.length).toBeGreaterThan(10);
    const again = await lab.api(
      'student',
      `/api/training/sessions/${started.body.id}/cases/${first.id}/decision`,
      {
        body: { decision: 'release' },
      },
    );
    expect(again.status).toBe(409);
    const session = await lab.api<Session>('student', `/api/training/sessions/${started.body.id}`);
    expect(session.body.score).toMatchObject({ cases: 6, decided: 1, correct: decided.body.correct ? 1 : 0 });
    expect(session.body.cases[0]?.feedback).toEqual(decided.body);
    const stranger = await lab.api('other', `/api/training/sessions/${started.body.id}`);
    expect(stranger.status).toBe(403);
  });

  it('a decision keeps its comment; the educator sees every trainee’s sessions and reads them, a trainee may not', async () => {
    const started = await lab.api<Session>('other', '/api/training/sessions', {
      body: { cases: 2, seed: 9 },
    });
    const decided = await lab.api<Feedback & { comment: string | null }>(
      'other',
      `/api/training/sessions/${started.body.id}/cases/01/decision`,
      { body: { decision: 'rerun', comment: '  H index looks high  ' } },
    );
    expect(decided.body.comment).toBe('H index looks high');
    const all = await lab.api<{ items: { id: string; trainee: string }[] }>(
      'educator',
      '/api/training/sessions?scope=all',
    );
    expect(all.status).toBe(200);
    expect(all.body.items.find((s) => s.id === started.body.id)?.trainee).toBe('other');
    expect(new Set(all.body.items.map((s) => s.trainee))).toEqual(new Set(['student', 'other']));
    const read = await lab.api<Session>('educator', `/api/training/sessions/${started.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.cases[0]?.feedback).toMatchObject({ comment: 'H index looks high' });
    const refused = await lab.api('student', '/api/training/sessions?scope=all');
    expect(refused.status).toBe(403);
    const notTheirs = await lab.api(
      'educator',
      `/api/training/sessions/${started.body.id}/cases/02/decision`,
      {
        body: { decision: 'release' },
      },
    );
    expect(notTheirs.status).toBe(403);
  });

  it('refuses an unknown scenario and an unknown decision', async () => {
    const unknown = await lab.api('student', '/api/training/sessions', {
      body: { scenario: 'no-such-scenario' },
    });
    expect(unknown.status).toBe(422);
    const started = await lab.api<Session>('student', '/api/training/sessions', { body: { cases: 2 } });
    const bad = await lab.api('student', `/api/training/sessions/${started.body.id}/cases/01/decision`, {
      body: { decision: 'ignore' },
    });
    expect(bad.status).toBe(422);
  });
});
