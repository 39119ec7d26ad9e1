import type { PanelDefinition, Role, TestDefinition } from '@aliquot/domain';

/** A refusal from Aliquot's API: the HTTP status and the first issue of its OperationOutcome. */
export class LabApiError extends Error {
  override readonly name = 'LabApiError';
  constructor(
    readonly status: number,
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

interface Outcome {
  readonly resourceType?: string;
  readonly issue?: readonly { readonly diagnostics?: string }[];
}

/**
 * A thin client of Aliquot's REST API, signed in as one user. The simulator reads and writes the lab
 * only through it (and the instrument ports), never through the database, so what it scores is what
 * any client of the API would see.
 */
export class LabApiClient {
  #token: string | undefined;

  constructor(
    readonly baseUrl: string,
    token?: string,
  ) {
    this.#token = token;
  }

  /** Signs in and returns a client carrying the token. */
  static async signIn(baseUrl: string, username: string, password: string): Promise<LabApiClient> {
    const client = new LabApiClient(baseUrl);
    const session = await client.request<{ token: string }>('POST', '/api/auth/login', {
      username,
      password,
    });
    client.#token = session.token;
    return client;
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (this.#token) headers.authorization = `Bearer ${this.#token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const outcome = parsed as Outcome | null;
      const detail =
        outcome?.issue
          ?.map((i) => i.diagnostics)
          .filter(Boolean)
          .join('; ') || response.statusText;
      throw new LabApiError(response.status, path, `${method} ${path}: ${response.status} ${detail}`);
    }
    return parsed as T;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  async catalog(): Promise<{ tests: TestDefinition[]; panels: PanelDefinition[] }> {
    const reply = await this.get<{
      tests: { definition: TestDefinition; active: boolean }[];
      panels: PanelDefinition[];
    }>('/api/catalog');
    return { tests: reply.tests.filter((t) => t.active).map((t) => t.definition), panels: reply.panels };
  }

  /** Adds a staff member (needs an admin); a username already taken is left as it is. */
  async ensureUser(user: {
    username: string;
    displayName: string;
    password: string;
    roles: readonly Role[];
  }): Promise<void> {
    try {
      await this.post('/api/users', user);
    } catch (error) {
      if (!(error instanceof LabApiError && error.status === 409)) throw error;
    }
  }
}

/** One result version as the specimen timeline shows it. */
export interface TimelineResult {
  readonly id: string;
  readonly version: number;
  readonly value: unknown;
  readonly status: string;
  readonly source: string;
  readonly instrumentId: string | null;
  readonly observedAt: string | null;
  readonly createdAt: string;
  readonly flags: readonly string[];
  readonly detail: Readonly<Record<string, unknown>>;
}

/** GET /api/specimens/{accession}, the parts the simulator reads. */
export interface SpecimenTimelineReply {
  readonly accessionNumber: string;
  readonly state: string;
  readonly events: readonly {
    readonly kind: string;
    readonly at: string;
    readonly detail: Record<string, unknown>;
  }[];
  readonly analyses: readonly {
    readonly id: string;
    readonly testCode: string;
    readonly status: string;
    readonly results: readonly TimelineResult[];
  }[];
}
