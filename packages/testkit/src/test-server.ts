import type { Role } from '@aliquot/domain';
import { commandLine, createUser, type EhrDestination } from '@aliquot/services';
import { startServer, type RunningServer } from '@aliquot/server';
import { createTestDatabase, embeddedServer, type TestDatabase } from './test-database.js';

export interface TestServerOptions {
  /** Staff to create, each signed in; their tokens come back under their usernames. */
  readonly users?: Readonly<Record<string, readonly Role[]>>;
  /** Instruments to register at start, as the `--config` file declares them. */
  readonly instruments?: readonly unknown[];
  /** An existing database to start on (e.g. to restart a server on the same data); a fresh one by default. */
  readonly database?: TestDatabase;
  /** Where the server reports results as ORU^R01 (e.g. an MLLP listener the test runs as the EHR). */
  readonly ehr?: EhrDestination;
}

export const TEST_PASSWORD = 'bench-password-1';

/** A reply from the API: the status and the parsed JSON body, of the type the caller expects. */
export interface ApiReply<T> {
  readonly status: number;
  readonly body: T;
}

/** The body of every refusal. */
export interface Outcome {
  readonly resourceType: 'OperationOutcome';
  readonly issue: readonly {
    readonly severity: string;
    readonly code: string;
    readonly diagnostics?: string;
    readonly expression?: readonly string[];
  }[];
}

export interface TestLab<U extends string> {
  readonly server: RunningServer;
  readonly url: string;
  /** The shared ASTM listener's ephemeral port. */
  readonly astmPort: number;
  /** The shared HL7/MLLP listener's ephemeral port. */
  readonly mllpPort: number;
  readonly database: TestDatabase;
  readonly tokens: Readonly<Record<U, string>>;
  /** fetch against the API as one of the users (or anonymously when `as` is undefined). */
  api<T = Outcome>(
    as: U | undefined,
    path: string,
    init?: { method?: string; body?: unknown },
  ): Promise<ApiReply<T>>;
  close(): Promise<void>;
  /** Stops the server but keeps its database (to start another on it). */
  stop(): Promise<void>;
}

/**
 * A real Aliquot server on a fresh database of its own on the embedded PostgreSQL, with the starter
 * catalog and the staff asked for, each already signed in, and its ASTM and MLLP listeners on
 * ephemeral ports.
 */
export async function startTestLab<U extends string>(
  options: { users: Record<U, readonly Role[]> } & Omit<TestServerOptions, 'users'>,
): Promise<TestLab<U>>;
export async function startTestLab(options?: TestServerOptions): Promise<TestLab<string>>;
export async function startTestLab(options: TestServerOptions = {}): Promise<TestLab<string>> {
  const database: TestDatabase = options.database ?? (await createTestDatabase(embeddedServer()));
  const server = await startServer({
    port: 0,
    dataDir: '',
    databaseUrl: database.url,
    firstAdmin: false,
    astmPort: 0,
    mllpPort: 0,
    ...(options.instruments ? { instruments: options.instruments } : {}),
    ...(options.ehr ? { ehr: options.ehr } : {}),
  });
  const api: TestLab<string>['api'] = async <T>(
    as: string | undefined,
    path: string,
    init: { method?: string; body?: unknown } = {},
  ) => {
    const headers: Record<string, string> = {};
    if (as !== undefined) headers.authorization = `Bearer ${tokens[as] ?? 'missing'}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${server.url}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  };
  const tokens: Record<string, string> = {};
  for (const [username, roles] of Object.entries(options.users ?? {})) {
    if (options.database) {
      const login = await api<{ token: string }>(undefined, '/api/auth/login', {
        body: { username, password: TEST_PASSWORD },
      });
      if (login.status === 200) {
        tokens[username] = login.body.token;
        continue;
      }
    }
    await createUser(server.lab, commandLine, {
      username,
      displayName: username,
      password: TEST_PASSWORD,
      roles,
    });
    const login = await api<{ token: string }>(undefined, '/api/auth/login', {
      body: { username, password: TEST_PASSWORD },
    });
    tokens[username] = login.body.token;
  }
  return {
    server,
    url: server.url,
    astmPort: server.astmPort ?? 0,
    mllpPort: server.mllpPort ?? 0,
    database,
    tokens,
    api,
    close: async () => {
      await server.close();
      await database.drop();
    },
    stop: () => server.close(),
  };
}
