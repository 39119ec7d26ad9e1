import { connect, type Socket } from 'node:net';

export const ClientLinkState = {
  connecting: 'connecting',
  connected: 'connected',
  /** Waiting before the next attempt. */
  waiting: 'waiting',
  stopped: 'stopped',
} as const;
export type ClientLinkState = (typeof ClientLinkState)[keyof typeof ClientLinkState];

export interface ReconnectingSocketOptions {
  readonly host: string;
  readonly port: number;
  /** First wait after a failed or lost connection; doubles up to `maxDelayMs`. Default 500 ms. */
  readonly minDelayMs?: number;
  /** Default 30 s. */
  readonly maxDelayMs?: number;
  /** Default 10 s. */
  readonly connectTimeoutMs?: number;
  /** Called with each new connected socket; the caller wraps it in its protocol's connection. */
  readonly onConnect: (socket: Socket) => void;
  readonly onState?: (state: ClientLinkState, detail?: string) => void;
}

/**
 * A TCP client that keeps its connection up: it connects, and whenever the connection fails or is
 * lost it waits (500 ms, doubling to 30 s) and connects again, until stopped. The wait resets once a
 * connection is made.
 */
export class ReconnectingSocket {
  #socket: Socket | undefined;
  #timer: NodeJS.Timeout | undefined;
  #delay: number;
  #stopped = false;
  #state: ClientLinkState = ClientLinkState.waiting;

  constructor(readonly options: ReconnectingSocketOptions) {
    this.#delay = options.minDelayMs ?? 500;
  }

  get state(): ClientLinkState {
    return this.#state;
  }

  #set(state: ClientLinkState, detail?: string): void {
    this.#state = state;
    try {
      this.options.onState?.(state, detail);
    } catch {
      // An observer's failure must not stop the link.
    }
  }

  start(): void {
    if (this.#stopped || this.#socket) return;
    this.#set(ClientLinkState.connecting);
    const socket = connect({ host: this.options.host, port: this.options.port });
    this.#socket = socket;
    socket.setNoDelay(true);
    socket.setTimeout(this.options.connectTimeoutMs ?? 10_000, () => {
      if (socket.connecting) socket.destroy(new Error('connect timed out'));
    });
    let lastError: string | undefined;
    socket.once('connect', () => {
      socket.setTimeout(0);
      this.#delay = this.options.minDelayMs ?? 500;
      this.#set(ClientLinkState.connected, `${this.options.host}:${this.options.port}`);
      try {
        this.options.onConnect(socket);
      } catch (error) {
        socket.destroy(error instanceof Error ? error : new Error(String(error)));
      }
    });
    socket.on('error', (error) => {
      lastError = error.message;
    });
    socket.once('close', () => {
      this.#socket = undefined;
      if (this.#stopped) return;
      this.#set(ClientLinkState.waiting, lastError ?? 'connection closed');
      this.#timer = setTimeout(() => this.start(), this.#delay);
      this.#delay = Math.min(this.#delay * 2, this.options.maxDelayMs ?? 30_000);
    });
  }

  /** Stops reconnecting and ends the connection. */
  stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    const socket = this.#socket;
    this.#set(ClientLinkState.stopped);
    if (!socket || socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      socket.once('close', () => resolve());
      socket.end();
      setTimeout(() => socket.destroy(), 1_000).unref();
    });
  }
}
