import { connect, type Socket } from 'node:net';
import {
  encodeMllpFrame,
  hl7CharsetEncoding,
  MllpDecoder,
  parseHl7Message,
  readAck,
  tryParseHl7Message,
  type Hl7Message,
  type MllpEvent,
} from '@aliquot/codecs/hl7v2';
import { hl7BytesToText, hl7TextToBytes } from './hl7-bytes.js';

export interface MllpClientOptions {
  readonly host: string;
  readonly port: number;
  /** Default 10 s. */
  readonly connectTimeoutMs?: number;
  /** How long `send` waits for the acknowledgment; default 30 s. */
  readonly ackTimeoutMs?: number;
  readonly maxMessageBytes?: number;
  /** Frames that are not the awaited acknowledgment, and junk, are reported here. */
  readonly onStray?: (event: MllpEvent) => void;
}

/** An acknowledgment received for a message sent. */
export interface MllpAck {
  readonly bytes: Uint8Array;
  readonly message: Hl7Message;
  /** MSA-1: AA, AE, AR (CA, CE, CR in enhanced mode). */
  readonly code: string;
  /** MSA-2, the control ID of the message acknowledged. */
  readonly controlId: string;
}

export const MllpSendFailure = {
  connectFailed: 'connect-failed',
  timeout: 'timeout',
  connectionClosed: 'connection-closed',
  notAMessage: 'not-a-message',
} as const;
export type MllpSendFailure = (typeof MllpSendFailure)[keyof typeof MllpSendFailure];

/** Why a message was not acknowledged. */
export class MllpSendError extends Error {
  override readonly name = 'MllpSendError';
  constructor(
    readonly reason: MllpSendFailure,
    message: string,
  ) {
    super(message);
  }
}

interface Waiting {
  readonly controlId: string;
  readonly resolve: (ack: MllpAck) => void;
  readonly reject: (error: MllpSendError) => void;
}

/**
 * Sends HL7 messages over MLLP one at a time and waits for each one's acknowledgment, matched by
 * MSA-2 = MSH-10 so that a late acknowledgment of an earlier, timed-out message is not taken for the
 * current one.
 * @see HL7 v2.5.1 Appendix C.4 (MLLP) and chapter 2.9 (acknowledgment)
 */
export class MllpClient {
  #socket: Socket | undefined;
  #decoder: MllpDecoder;
  #waiting: Waiting | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(readonly options: MllpClientOptions) {
    this.#decoder = new MllpDecoder({ maxMessageBytes: options.maxMessageBytes });
  }

  /** Opens the connection (also done by the first `send`). */
  connect(): Promise<void> {
    if (this.#socket !== undefined && !this.#socket.destroyed) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const socket = connect({ host: this.options.host, port: this.options.port });
      this.#decoder = new MllpDecoder({ maxMessageBytes: this.options.maxMessageBytes });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(
          new MllpSendError('connect-failed', `no connection to ${this.options.host}:${this.options.port}`),
        );
      }, this.options.connectTimeoutMs ?? 10_000);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.on('error', (error) => {
        clearTimeout(timer);
        reject(new MllpSendError('connect-failed', error.message));
      });
      socket.on('data', (chunk: Buffer) => this.#receive(this.#decoder.push(chunk)));
      socket.on('close', () => {
        this.#socket = undefined;
        this.#fail(
          new MllpSendError('connection-closed', 'the connection closed before the acknowledgment came'),
        );
      });
      this.#socket = socket;
    });
  }

  /**
   * Sends one message and resolves with its acknowledgment. Messages given as text or bytes must
   * begin with an MSH; text is encoded as its MSH-18 says (UTF-8 when it says nothing).
   */
  send(message: Hl7Message | string | Uint8Array, options: { timeoutMs?: number } = {}): Promise<MllpAck> {
    const run = this.#queue.then(() =>
      this.#sendOne(message, options.timeoutMs ?? this.options.ackTimeoutMs ?? 30_000),
    );
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #sendOne(input: Hl7Message | string | Uint8Array, timeoutMs: number): Promise<MllpAck> {
    const { bytes, controlId } = prepare(input);
    await this.connect();
    return new Promise<MllpAck>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting = undefined;
        reject(new MllpSendError('timeout', `no acknowledgment of ${controlId} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiting = {
        controlId,
        resolve: (ack) => {
          clearTimeout(timer);
          resolve(ack);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.#socket?.write(encodeMllpFrame(bytes));
    });
  }

  #receive(events: MllpEvent[]): void {
    for (const event of events) {
      const waiting = this.#waiting;
      if (event.kind === 'message' && waiting !== undefined) {
        const parsed = tryParseHl7Message(hl7BytesToText(event.bytes).text);
        if (parsed.ok) {
          const { msa } = readAck(parsed.message);
          if (msa !== undefined && (msa.controlId === waiting.controlId || waiting.controlId === '')) {
            this.#waiting = undefined;
            waiting.resolve({
              bytes: event.bytes,
              message: parsed.message,
              code: msa.code,
              controlId: msa.controlId,
            });
            continue;
          }
        }
      }
      this.options.onStray?.(event);
    }
  }

  #fail(error: MllpSendError): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting?.reject(error);
  }

  /** Closes the connection once the messages already given to `send` are done. */
  async close(): Promise<void> {
    await this.#queue;
    const socket = this.#socket;
    if (socket === undefined) return;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.end();
    });
  }
}

function prepare(input: Hl7Message | string | Uint8Array): { bytes: Uint8Array; controlId: string } {
  if (input instanceof Uint8Array) {
    const parsed = tryParseHl7Message(hl7BytesToText(input).text);
    if (!parsed.ok) throw new MllpSendError('not-a-message', parsed.error.message);
    return { bytes: input, controlId: parsed.message.value('MSH-10') };
  }
  let message: Hl7Message;
  try {
    message = typeof input === 'string' ? parseHl7Message(input) : input;
  } catch (error) {
    throw new MllpSendError('not-a-message', error instanceof Error ? error.message : String(error));
  }
  const encoding = hl7CharsetEncoding(message.value('MSH-18')) ?? 'utf-8';
  return { bytes: hl7TextToBytes(message.toString(), encoding), controlId: message.value('MSH-10') };
}
