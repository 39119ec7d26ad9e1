import { createServer, connect, type Socket } from 'node:net';
import {
  AstmCharset,
  AstmControl,
  decodeAstmText,
  encodeAstmText,
  frameAstmMessage,
  frameAstmRecords,
  parseAstmFrame,
} from '@aliquot/codecs/astm';

const { ENQ, ACK, NAK, EOT, LF, STX, CR } = AstmControl;

/** How a simulated instrument puts records into frames. */
export const WireFraming = {
  /** One record per ETX frame (most instruments). */
  recordPerFrame: 'record-per-frame',
  /** The whole message in one E1381 message, ETB every 240 bytes. */
  oneMessage: 'one-message',
} as const;
export type WireFraming = (typeof WireFraming)[keyof typeof WireFraming];

/** A message the host sent us: its text and its frames as they came. */
export interface WireMessage {
  readonly text: string;
  readonly frames: readonly Uint8Array[];
}

/**
 * The instrument's end of an E1381 link, written straight from the standard rather than with the
 * host's state machine, so the two meet as strangers: ENQ and wait for ACK, each frame and wait for
 * ACK (a NAK'd frame is sent again, at most six times), EOT; and to receive, ACK the host's ENQ and
 * each good frame, NAK a bad one, until EOT.
 * @see CLSI LIS1-A establishment, transfer, termination
 */
export class AstmWireClient {
  readonly #received: number[] = [];
  #wake: (() => void) | undefined;
  #closed = false;
  /** Time from the last byte of each message's final frame to the ACK that answered it, in ms. */
  readonly ackLatencies: number[] = [];

  constructor(
    readonly socket: Socket,
    readonly charset: AstmCharset = AstmCharset.latin1,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      for (const byte of chunk) this.#received.push(byte);
      this.#wake?.();
    });
    socket.on('close', () => {
      this.#closed = true;
      this.#wake?.();
    });
    socket.on('error', () => {});
  }

  static async connect(
    port: number,
    host = '127.0.0.1',
    charset: AstmCharset = AstmCharset.latin1,
  ): Promise<AstmWireClient> {
    const socket = connect({ host, port });
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    return new AstmWireClient(socket, charset);
  }

  /** Listens like an instrument that waits for the host to connect (the host's `tcp-client` transport). */
  static async listen(charset: AstmCharset = AstmCharset.latin1): Promise<{
    port: number;
    accepted: Promise<AstmWireClient>;
    close: () => Promise<void>;
  }> {
    let resolveAccepted: (client: AstmWireClient) => void = () => {};
    const accepted = new Promise<AstmWireClient>((resolve) => (resolveAccepted = resolve));
    const server = createServer((socket) => resolveAccepted(new AstmWireClient(socket, charset)));
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    );
    return { port, accepted, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  }

  get closed(): boolean {
    return this.#closed;
  }

  write(bytes: Uint8Array | number): Promise<void> {
    const data = typeof bytes === 'number' ? Uint8Array.of(bytes) : bytes;
    return new Promise((resolve, reject) => this.socket.write(data, (e) => (e ? reject(e) : resolve())));
  }

  /** The next byte from the host. */
  async readByte(timeoutMs = 5_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (this.#received.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`the host sent nothing within ${timeoutMs} ms`);
      if (this.#closed) throw new Error('the host closed the connection');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return this.#received.shift() ?? -1;
  }

  /** True when the host sends nothing for `ms`. */
  async silentFor(ms: number): Promise<boolean> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.#received.length === 0;
  }

  /** Frames for a message text: one record per frame, or all in one E1381 message. */
  frames(text: string, framing: WireFraming = WireFraming.recordPerFrame): Uint8Array[] {
    const bytes = encodeAstmText(text, this.charset);
    if (framing === WireFraming.oneMessage) return [...frameAstmMessage(bytes).frames];
    const records: Uint8Array[] = [];
    let start = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === CR) {
        records.push(bytes.subarray(start, i + 1));
        start = i + 1;
      }
    }
    if (start < bytes.length) records.push(bytes.subarray(start));
    return [...frameAstmRecords(records).frames];
  }

  /**
   * One transfer: ENQ, the frames, EOT. A NAK'd frame is resent (at most six sends). Returns every
   * reply the host gave, in order, ACK and NAK alike.
   */
  async transfer(frames: readonly Uint8Array[], options: { timeoutMs?: number } = {}): Promise<number[]> {
    const timeout = options.timeoutMs ?? 15_000;
    for (let attempt = 1; ; attempt++) {
      await this.write(ENQ);
      const reply = await this.readByte(timeout);
      if (reply === ACK) break;
      if (attempt >= 6) throw new Error(`the host refused ENQ six times (last reply ${reply})`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const replies: number[] = [];
    for (const frame of frames) {
      for (let sends = 1; ; sends++) {
        await this.write(frame);
        const sentAt = performance.now();
        const reply = await this.readByte(timeout);
        replies.push(reply);
        if (isFinal(frame) && reply === ACK) this.ackLatencies.push(performance.now() - sentAt);
        if (reply === ACK || reply === EOT) break;
        if (sends >= 6) {
          await this.write(EOT);
          throw new Error('the host NAKed a frame six times; transfer aborted');
        }
      }
    }
    await this.write(EOT);
    return replies;
  }

  /** Sends a message (records ended by CR) in one transfer. */
  async send(text: string, framing: WireFraming = WireFraming.recordPerFrame): Promise<number[]> {
    return this.transfer(this.frames(text, framing));
  }

  /** Waits for the host to send a message (ENQ … EOT), ACKing good frames and NAKing bad ones. */
  async receive(timeoutMs = 10_000): Promise<WireMessage> {
    for (let byte = await this.readByte(timeoutMs); byte !== ENQ; byte = await this.readByte(timeoutMs)) {
      // Anything before the host's ENQ is line noise to an instrument.
    }
    await this.write(ACK);
    const frames: Uint8Array[] = [];
    const texts: Uint8Array[] = [];
    for (;;) {
      const first = await this.readByte(timeoutMs);
      if (first === EOT) break;
      if (first !== STX) continue;
      const bytes: number[] = [first];
      for (let b = await this.readByte(timeoutMs); ; b = await this.readByte(timeoutMs)) {
        bytes.push(b);
        if (b === LF) break;
      }
      const frame = Uint8Array.from(bytes);
      const parsed = parseAstmFrame(frame);
      if (!parsed.ok) {
        await this.write(NAK);
        continue;
      }
      frames.push(frame);
      texts.push(parsed.frame.text);
      await this.write(ACK);
    }
    const all = new Uint8Array(texts.reduce((n, t) => n + t.length, 0));
    let at = 0;
    for (const t of texts) {
      all.set(t, at);
      at += t.length;
    }
    return { text: decodeAstmText(all, this.charset), frames };
  }

  close(): Promise<void> {
    if (this.socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.end();
    });
  }
}

function isFinal(frame: Uint8Array): boolean {
  return frame[frame.length - 5] === AstmControl.ETX;
}
