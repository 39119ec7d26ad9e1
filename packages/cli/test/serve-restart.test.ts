/**
 * The README's promise, run as a person would: `aliquot serve` on a fresh embedded database, a patient
 * registered and a BMP ordered and received, the server stopped and started again — and it is all there.
 * Runs the built command (`npm test` builds first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const PASSWORD = 'restart-test-password';
let home = '';
let dataDir = '';
let child: ChildProcess | undefined;

async function serve(port: number): Promise<{ url: string; output: string[] }> {
  const output: string[] = [];
  child = spawn(
    process.execPath,
    [cli, 'serve', '--port', String(port), '--mllp-port', '0', '--astm-port', '0', '--data', dataDir],
    {
      env: { ...process.env, ALIQUOT_ADMIN_PASSWORD: PASSWORD, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no answer from aliquot serve: ${output.join('')}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /listening on (http:\/\/\S+)/.exec(output.join(''));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child?.stdout?.on('data', onData);
    child?.stderr?.on('data', onData);
    child?.once('exit', (code) => reject(new Error(`aliquot serve exited with ${code}: ${output.join('')}`)));
  });
  return { url, output };
}

async function stop(): Promise<number | null> {
  const running = child;
  if (!running || running.exitCode !== null) return running?.exitCode ?? null;
  const exited = new Promise<number | null>((resolve) => running.once('exit', (code) => resolve(code)));
  running.kill('SIGTERM');
  return exited;
}

async function call<T>(url: string, route: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}${route}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.ok, `${route} answered ${response.status}: ${await response.clone().text()}`).toBe(true);
  return (await response.json()) as T;
}

afterAll(async () => {
  await stop();
  if (home) await rm(home, { recursive: true, force: true });
});

describe('aliquot serve on the embedded database', () => {
  it('keeps a received specimen and its timeline across a restart', async () => {
    home = await mkdtemp(path.join(tmpdir(), 'aliquot-restart-'));
    // mkdtemp makes a private folder; as root, the embedded PostgreSQL runs as "postgres" and must enter it.
    await chmod(home, 0o755);
    dataDir = path.join(home, 'data');
    const first = await serve(0);
    expect(first.output.join('')).toContain('created the first admin user "admin"');
    const { token: adminToken } = await call<{ token: string }>(first.url, '/api/auth/login', undefined, {
      username: 'admin',
      password: PASSWORD,
    });
    await call(first.url, '/api/users', adminToken, {
      username: 'mls1',
      displayName: 'MLS One',
      password: PASSWORD,
      roles: ['mls'],
    });
    const { token } = await call<{ token: string }>(first.url, '/api/auth/login', undefined, {
      username: 'mls1',
      password: PASSWORD,
    });
    const patient = await call<{ id: string }>(first.url, '/api/patients', token, {
      mrn: 'MRN-R1',
      familyName: 'Haddad',
      givenName: 'Omar',
      birthDate: '1990-12-01',
      clinicalSex: 'male',
    });
    const order = await call<{ specimens: { accessionNumber: string }[] }>(first.url, '/api/orders', token, {
      patientId: patient.id,
      orderables: ['BMP'],
    });
    const accession = order.specimens[0]!.accessionNumber;
    await call(first.url, `/api/specimens/${accession}/receive`, token, {
      familyName: 'Haddad',
      givenName: 'Omar',
      mrn: 'MRN-R1',
    });
    expect(await stop()).toBe(0);

    const second = await serve(0);
    expect(second.output.join('')).not.toContain('created the first admin');
    const again = await call<{ token: string }>(second.url, '/api/auth/login', undefined, {
      username: 'mls1',
      password: PASSWORD,
    });
    const timeline = await call<{ state: string; events: { kind: string }[]; analyses: unknown[] }>(
      second.url,
      `/api/specimens/${accession}`,
      again.token,
    );
    expect(timeline.state).toBe('received');
    expect(timeline.events.map((e) => e.kind)).toEqual(['ordered', 'collected', 'received']);
    expect(timeline.analyses).toHaveLength(8);
    expect(await stop()).toBe(0);
  }, 120_000);
});
