import pg from 'pg';

/** Tables whose changes were notified, gathered over a short quiet period. */
export type ChangeListener = (tables: readonly string[]) => void;

/**
 * Listens on `aliquot_changes` (see migration 0009) with one dedicated connection and tells its
 * subscribers which tables changed, at most once per `quietMs`, so a burst of results from an analyzer
 * becomes one update. Reconnects after a lost connection.
 */
export class ChangeFeed {
  readonly #listeners = new Set<ChangeListener>();
  readonly #pending = new Set<string>();
  #timer: NodeJS.Timeout | undefined;
  #client: pg.Client | undefined;
  #closed = false;

  private constructor(
    private readonly url: string,
    private readonly quietMs: number,
  ) {}

  static async start(url: string, quietMs = 250): Promise<ChangeFeed> {
    const feed = new ChangeFeed(url, quietMs);
    await feed.#connect();
    return feed;
  }

  async #connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => this.#notice(message.payload ?? 'unknown'));
    client.on('error', () => this.#reconnect(client));
    client.on('end', () => this.#reconnect(client));
    await client.connect();
    await client.query('listen aliquot_changes');
    this.#client = client;
  }

  #reconnect(client: pg.Client): void {
    if (this.#closed || this.#client !== client) return;
    this.#client = undefined;
    setTimeout(() => {
      if (!this.#closed) this.#connect().catch(() => this.#reconnect(client));
    }, 1000).unref();
  }

  #notice(table: string): void {
    this.#pending.add(table);
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      const tables = [...this.#pending];
      this.#pending.clear();
      for (const listener of this.#listeners) listener(tables);
    }, this.quietMs);
  }

  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#listeners.clear();
    await this.#client?.end().catch(() => {});
  }
}
