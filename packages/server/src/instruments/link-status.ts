/** Where a link stands, as the API shows it. */
export const LinkState = {
  /** A listener waiting for instruments to connect (it may have some connected). */
  listening: 'listening',
  connected: 'connected',
  connecting: 'connecting',
  /** A client link waiting before it connects again. */
  disconnected: 'disconnected',
  /** The link could not start (e.g. its port is taken); `lastError` says why. */
  failed: 'failed',
  stopped: 'stopped',
} as const;
export type LinkState = (typeof LinkState)[keyof typeof LinkState];

export interface LinkStatus {
  /** The shared listener's name (`astm-listener`, `mllp-listener`) or the instrument code. */
  readonly connection: string;
  readonly instrumentCode: string | null;
  readonly protocol: 'astm' | 'hl7';
  readonly role: 'listener' | 'tcp-server' | 'tcp-client';
  readonly state: LinkState;
  readonly host: string | null;
  readonly port: number | null;
  /** Instruments connected to a listener right now. */
  readonly peers: number;
  readonly since: string;
  readonly lastMessageAt: string | null;
  readonly messagesIn: number;
  readonly messagesOut: number;
  readonly lastError: string | null;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The live state of every link the server runs, for the status API. */
export class LinkStatusBoard {
  readonly #links = new Map<string, Mutable<LinkStatus>>();

  register(
    entry: Pick<LinkStatus, 'connection' | 'instrumentCode' | 'protocol' | 'role' | 'host' | 'port'>,
  ): void {
    this.#links.set(entry.connection, {
      ...entry,
      state: LinkState.connecting,
      peers: 0,
      since: new Date().toISOString(),
      lastMessageAt: null,
      messagesIn: 0,
      messagesOut: 0,
      lastError: null,
    });
  }

  remove(connection: string): void {
    this.#links.delete(connection);
  }

  update(connection: string, patch: Partial<Pick<LinkStatus, 'state' | 'port' | 'lastError'>>): void {
    const link = this.#links.get(connection);
    if (!link) return;
    if (patch.state !== undefined && patch.state !== link.state) link.since = new Date().toISOString();
    Object.assign(link, patch);
  }

  peers(connection: string, delta: number): void {
    const link = this.#links.get(connection);
    if (link) link.peers = Math.max(0, link.peers + delta);
  }

  messageIn(connection: string): void {
    const link = this.#links.get(connection);
    if (!link) return;
    link.messagesIn++;
    link.lastMessageAt = new Date().toISOString();
  }

  messageOut(connection: string): void {
    const link = this.#links.get(connection);
    if (link) link.messagesOut++;
  }

  list(): LinkStatus[] {
    return [...this.#links.values()]
      .map((l) => ({ ...l }))
      .sort((a, b) => a.connection.localeCompare(b.connection));
  }
}
