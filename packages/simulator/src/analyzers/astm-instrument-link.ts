import { connect, type Socket } from 'node:net';
import {
  AstmCharset,
  parseAstmText,
  readAstmOrder,
  readAstmQuery,
  type AstmMessage,
} from '@aliquot/codecs/astm';
import {
  AstmConnection,
  AstmLinkRole,
  defaultAstmLinkConfig,
  type AstmConnectionEvent,
} from '@aliquot/interfaces';

/** The orders the host sent back for one tube, by instrument test code; empty for "no information". */
export interface HostOrders {
  readonly specimenId: string;
  readonly testCodes: readonly string[];
  /** The host's reply as received. */
  readonly message: AstmMessage | undefined;
}

export interface AstmInstrumentLinkOptions {
  readonly host: string;
  readonly port: number;
  /** How long to wait for the host's reply to a query; instruments wait a few seconds (default 15 s). */
  readonly queryTimeoutMs?: number;
  readonly onEvent?: (event: AstmConnectionEvent) => void;
}

interface Waiter {
  readonly specimenId: string;
  readonly resolve: (orders: HostOrders) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * The instrument end of an ASTM link over TCP: Aliquot's own E1381 state machine in the instrument
 * role (it has priority on contention), connected out to the LIS's ASTM port. Sends result messages
 * and host queries; matches each query reply (O records, or L with code I) to the tube asked about.
 */
export class AstmInstrumentLink {
  #connection: AstmConnection | undefined;
  #socket: Socket | undefined;
  readonly #waiters: Waiter[] = [];
  /** Replies that came with no one waiting for them (late replies after a timeout). */
  readonly strayReplies: AstmMessage[] = [];

  constructor(readonly options: AstmInstrumentLinkOptions) {}

  async open(): Promise<void> {
    if (this.#connection) return;
    const socket = connect({ host: this.options.host, port: this.options.port });
    socket.setNoDelay(true);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    this.#socket = socket;
    this.#connection = new AstmConnection(socket, {
      charset: AstmCharset.latin1,
      link: { ...defaultAstmLinkConfig(AstmLinkRole.instrument), busyRetryDelayMs: 1000 },
      onMessage: (received) => {
        for (const message of parseAstmText(received.text).messages) this.#reply(message);
        return Promise.resolve();
      },
      ...(this.options.onEvent ? { onEvent: this.options.onEvent } : {}),
    });
    socket.on('close', () => {
      this.#connection = undefined;
      for (const waiter of this.#waiters.splice(0)) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error(`the ASTM connection closed before the host answered ${waiter.specimenId}`));
      }
    });
  }

  /** Sends one message and resolves once its last frame is acknowledged. */
  async send(message: AstmMessage): Promise<void> {
    await this.open();
    const connection = this.#connection;
    if (!connection) throw new Error('the ASTM connection is not open');
    await connection.send(message);
  }

  /** Sends a host query and resolves with the host's orders for that tube. */
  async query(message: AstmMessage, specimenId: string): Promise<HostOrders> {
    const reply = new Promise<HostOrders>((resolve, reject) => {
      const timer = setTimeout(() => {
        const at = this.#waiters.findIndex((w) => w.timer === timer);
        if (at >= 0) this.#waiters.splice(at, 1);
        reject(new Error(`the host did not answer the query for ${specimenId}`));
      }, this.options.queryTimeoutMs ?? 15_000);
      this.#waiters.push({ specimenId, resolve, reject, timer });
    });
    try {
      await this.send(message);
    } catch (error) {
      const at = this.#waiters.findIndex((w) => w.specimenId === specimenId);
      const [waiter] = at >= 0 ? this.#waiters.splice(at, 1) : [];
      if (waiter) clearTimeout(waiter.timer);
      throw error;
    }
    return reply;
  }

  #reply(message: AstmMessage): void {
    const orders = message.patients.flatMap((p) => p.orders.map((o) => readAstmOrder(o.record)));
    const queried = message.queries.map((q) => readAstmQuery(q.record));
    const specimenId = orders[0]?.specimenId ?? queried[0]?.startingRange.specimenId;
    const at = this.#waiters.findIndex((w) => specimenId === undefined || w.specimenId === specimenId);
    const waiter = at >= 0 ? this.#waiters.splice(at, 1)[0] : undefined;
    if (!waiter) {
      this.strayReplies.push(message);
      return;
    }
    clearTimeout(waiter.timer);
    waiter.resolve({
      specimenId: waiter.specimenId,
      testCodes: orders.flatMap((o) => o.tests.map((t) => t.code)).filter((c) => c !== ''),
      message,
    });
  }

  async close(): Promise<void> {
    const socket = this.#socket;
    this.#connection?.close();
    this.#connection = undefined;
    if (socket && !socket.destroyed) {
      await new Promise<void>((resolve) => {
        socket.once('close', () => resolve());
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 2000).unref();
      });
    }
  }
}
