import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { MllpConnection, type MllpConnectionOptions } from './mllp-connection.js';

export interface MllpServerOptions extends MllpConnectionOptions {
  /** Ends a connection that sends nothing for this long; default never. */
  readonly idleTimeoutMs?: number;
}

/**
 * An MLLP listener: a thin TCP shell that gives each connection its own {@link MllpConnection}.
 * Binds to 127.0.0.1 unless told otherwise.
 */
export class MllpServer {
  readonly #server: Server;
  readonly #connections = new Set<MllpConnection>();
  #nextId = 1;

  constructor(readonly options: MllpServerOptions) {
    this.#server = createServer((socket) => this.#accept(socket));
  }

  #accept(socket: Socket): void {
    const info = {
      id: this.#nextId++,
      remoteAddress: socket.remoteAddress ?? '',
      remotePort: socket.remotePort ?? 0,
    };
    const idle = this.options.idleTimeoutMs;
    if (idle !== undefined) {
      socket.setTimeout(idle, () => socket.destroy());
    }
    const connection = new MllpConnection(socket, info, this.options);
    this.#connections.add(connection);
    void connection.closed.then(() => this.#connections.delete(connection));
  }

  /** Starts listening; port 0 picks a free port. Resolves with the address actually bound. */
  listen(port = 0, host = '127.0.0.1'): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      const fail = (error: Error): void => reject(error);
      this.#server.once('error', fail);
      this.#server.listen(port, host, () => {
        this.#server.off('error', fail);
        resolve(this.#server.address() as AddressInfo);
      });
    });
  }

  /** Open connections. */
  get connectionCount(): number {
    return this.#connections.size;
  }

  /** Stops accepting connections, lets each finish the messages it has received, then closes it. */
  async close(): Promise<void> {
    const stopped = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    await Promise.all([...this.#connections].map((c) => c.close()));
    await stopped;
  }
}
