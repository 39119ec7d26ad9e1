import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { AstmConnection, type AstmConnectionOptions } from '../astm/astm-connection.js';

/** One accepted connection, as the listener's user sees it. */
export interface TcpPeer {
  readonly id: number;
  readonly remoteAddress: string;
  readonly remotePort: number;
}

export interface AstmServerOptions {
  /** The options of each new connection: its charset and what to do with its messages. */
  readonly connection: (peer: TcpPeer) => AstmConnectionOptions;
  readonly onOpen?: (peer: TcpPeer, connection: AstmConnection) => void;
  readonly onClose?: (peer: TcpPeer) => void;
}

/**
 * An ASTM listener: a thin TCP shell that gives each accepted socket its own {@link AstmConnection}
 * (its own E1381 link and timers), so a fault on one connection never reaches another. Binds to
 * 127.0.0.1 unless told otherwise.
 * @see CLSI LIS1-A (the same framing is kept over TCP/IP)
 */
export class AstmServer {
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  #nextId = 1;

  constructor(readonly options: AstmServerOptions) {
    this.#server = createServer((socket) => this.#accept(socket));
  }

  #accept(socket: Socket): void {
    const peer: TcpPeer = {
      id: this.#nextId++,
      remoteAddress: socket.remoteAddress ?? '',
      remotePort: socket.remotePort ?? 0,
    };
    socket.setNoDelay(true);
    this.#sockets.add(socket);
    try {
      const connection = new AstmConnection(socket, this.options.connection(peer));
      this.options.onOpen?.(peer, connection);
    } catch {
      socket.destroy();
    }
    socket.on('close', () => {
      this.#sockets.delete(socket);
      this.options.onClose?.(peer);
    });
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

  get connectionCount(): number {
    return this.#sockets.size;
  }

  /** Stops accepting, ends every connection, and resolves once the listener is closed. */
  async close(): Promise<void> {
    const stopped = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    for (const socket of this.#sockets) socket.end();
    const deadline = setTimeout(() => {
      for (const socket of this.#sockets) socket.destroy();
    }, 2_000);
    await stopped;
    clearTimeout(deadline);
  }
}
