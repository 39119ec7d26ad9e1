/**
 * Staff accounts through the HTTP API: the admin adds a person, changes their roles and deactivates
 * them (their session stops at once); nobody locks themselves out, and only user:write changes users.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, startTestLab, type TestLab } from '@aliquot/testkit';

interface User {
  id: string;
  username: string;
  roles: string[];
  active: boolean;
}

let lab: TestLab<'admin' | 'sup'>;
let adminId: string;

beforeAll(async () => {
  lab = await startTestLab({ users: { admin: ['admin'], sup: ['supervisor'] } });
  const staff = await lab.api<{ items: User[] }>('admin', '/api/users');
  adminId = staff.body.items.find((u) => u.username === 'admin')!.id;
});
afterAll(() => lab.close());

describe('the admin keeps staff accounts', () => {
  it('a new MLT is made an MLS, then deactivated: the account can no longer sign in', async () => {
    const created = await lab.api<User>('admin', '/api/users', {
      body: { username: 'okafor', displayName: 'Chidi Okafor', password: TEST_PASSWORD, roles: ['mlt'] },
    });
    expect(created.status).toBe(201);
    const promoted = await lab.api<User>('admin', `/api/users/${created.body.id}`, {
      method: 'PUT',
      body: { roles: ['mls'], active: true },
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ roles: ['mls'], active: true });

    const deactivated = await lab.api<User>('admin', `/api/users/${created.body.id}`, {
      method: 'PUT',
      body: { roles: ['mls'], active: false },
    });
    expect(deactivated.body.active).toBe(false);
    const login = await lab.api(undefined, '/api/auth/login', {
      body: { username: 'okafor', password: TEST_PASSWORD },
    });
    expect(login.status).toBe(401);
  });

  it('the admin cannot deactivate themselves or give up user management', async () => {
    const reply = await lab.api('admin', `/api/users/${adminId}`, {
      method: 'PUT',
      body: { roles: ['supervisor'], active: true },
    });
    expect(reply.status).toBe(409);
    expect(reply.body.issue[0]?.diagnostics).toMatch(/cannot deactivate yourself/);
  });

  it('a supervisor may not change accounts', async () => {
    const reply = await lab.api('sup', `/api/users/${adminId}`, {
      method: 'PUT',
      body: { roles: ['admin'], active: false },
    });
    expect(reply.status).toBe(403);
  });

  it('an unknown user is not found', async () => {
    const reply = await lab.api('admin', '/api/users/00000000-0000-4000-8000-000000000000', {
      method: 'PUT',
      body: { roles: ['mlt'], active: true },
    });
    expect(reply.status).toBe(404);
  });
});
