import type { Socket } from 'node:net';
import {
  buildAck,
  buildAckForProblems,
  buildRejectAck,
  encodeMllpFrame,
  Hl7ErrorCode,
  MllpDecoder,
  validateHl7Message,
  type Hl7Message,
  type Hl7ValidationOptions,
  type Hl7ValidationResult,
  type MllpEvent,
  type MllpJunkReason,
} from '@aliquot/codecs/hl7v2';
import { hl7BytesToText, hl7TextToBytes } from './hl7-bytes.js';

export interface MllpConnectionInfo {
  readonly id: number;
  readonly remoteAddress: string;
  readonly remotePort: number;
}

/** A complete inbound message: its exact bytes for the journal, and what the codec made of them. */
export interface InboundHl7Message {
  readonly bytes: Uint8Array;
  readonly text: string;
  /** How `bytes` were decoded; acknowledgments are encoded the same way. */
  readonly encoding: string;
  readonly message: Hl7Message;
  /** Envelope checks and the acknowledgment code they call for (see `validateHl7Message`). */
  readonly validation: Hl7ValidationResult;
  readonly connection: MllpConnectionInfo;
  readonly receivedAt: Date;
}

/**
 * Handles one inbound message and returns the acknowledgment bytes to send. Journal the message durably
 * before resolving: the sender treats the acknowledgment as the hand-over. If it rejects or takes longer
 * than `handlerTimeoutMs`, the sender gets a reject (AR, or CR in enhanced mode) so it sends again.
 */
export type MllpMessageHandler = (inbound: InboundHl7Message) => Promise<Uint8Array>;

export type MllpServerEvent =
  | { readonly type: 'connection-opened'; readonly connection: MllpConnectionInfo }
  | { readonly type: 'connection-closed'; readonly connection: MllpConnectionInfo }
  | {
      readonly type: 'junk';
      readonly connection: MllpConnectionInfo;
      readonly reason: MllpJunkReason;
      readonly length: number;
      readonly sample: Uint8Array;
    }
  /** Input answered with a reject without reaching the handler: unparseable, or too large. */
  | {
      readonly type: 'rejected';
      readonly connection: MllpConnectionInfo;
      readonly reason: string;
      readonly bytes: Uint8Array;
    }
  | {
      readonly type: 'handler-failed';
      readonly connection: MllpConnectionInfo;
      readonly controlId: string;
      readonly error: string;
    }
  | { readonly type: 'socket-error'; readonly connection: MllpConnectionInfo; readonly error: string }
  /** An unexpected failure while framing or answering a message; the sender gets no answer and resends. */
  | { readonly type: 'processing-failed'; readonly connection: MllpConnectionInfo; readonly error: string };

export interface MllpConnectionOptions {
  readonly handler: MllpMessageHandler;
  readonly onEvent?: (event: MllpServerEvent) => void;
  readonly validation?: Hl7ValidationOptions;
  /** Default 16 MiB. */
  readonly maxMessageBytes?: number;
  /** Default 30 s. */
  readonly handlerTimeoutMs?: number;
}

/** The usual acknowledgment for an inbound message: AA/AE/AR (or CA/CE/CR) by its validation problems. */
export function acknowledge(inbound: InboundHl7Message): Uint8Array {
  const ack = buildAckForProblems(inbound.message, inbound.validation.problems);
  return hl7TextToBytes(ack.toString(), inbound.encoding);
}

const MAX_QUEUED = 32;

/**
 * One MLLP connection: frames come in through the pure decoder, each message is handed to the handler
 * in arrival order, and its acknowledgment framed back. Nothing that goes wrong here reaches another
 * connection: handler failures become rejects, socket errors end only this socket.
 * @see HL7 v2.5.1 Appendix C.4 (MLLP), chapter 2.9 (acknowledgment rules)
 */
export class MllpConnection {
  readonly #socket: Socket;
  readonly #options: MllpConnectionOptions;
  readonly #decoder: MllpDecoder;
  #queue: Promise<void> = Promise.resolve();
  #queued = 0;
  #closing = false;
  readonly closed: Promise<void>;

  constructor(
    socket: Socket,
    readonly info: MllpConnectionInfo,
    options: MllpConnectionOptions,
  ) {
    this.#socket = socket;
    this.#options = options;
    this.#decoder = new MllpDecoder({ maxMessageBytes: options.maxMessageBytes });
    socket.on('data', (chunk: Buffer) => this.#receive(this.#decoder.push(chunk)));
    socket.on('error', (error) =>
      this.#emit({ type: 'socket-error', connection: info, error: error.message }),
    );
    this.closed = new Promise((resolve) => {
      socket.on('close', () => {
        this.#receive(this.#decoder.end());
        void this.#queue.then(() => {
          this.#emit({ type: 'connection-closed', connection: info });
          resolve();
        });
      });
    });
    this.#emit({ type: 'connection-opened', connection: info });
  }

  /** Stops reading, lets messages already received finish, then ends the connection. */
  async close(): Promise<void> {
    this.#closing = true;
    this.#socket.pause();
    await this.#queue;
    this.#socket.end();
    await this.closed;
  }

  /** Ends the connection at once. */
  destroy(): void {
    this.#socket.destroy();
  }

  #emit(event: MllpServerEvent): void {
    try {
      this.#options.onEvent?.(event);
    } catch {
      // An observer's failure must not disturb the link.
    }
  }

  #receive(events: MllpEvent[]): void {
    for (const event of events) {
      switch (event.kind) {
        case 'junk':
          this.#emit({
            type: 'junk',
            connection: this.info,
            reason: event.reason,
            length: event.length,
            sample: event.sample,
          });
          break;
        case 'oversize':
          this.#enqueue(() => this.#oversize(event.length, event.head));
          break;
        case 'message':
          this.#enqueue(() => this.#message(event.bytes));
          break;
        default:
          event satisfies never;
      }
    }
  }

  #enqueue(work: () => Promise<void>): void {
    this.#queued++;
    if (this.#queued >= MAX_QUEUED) this.#socket.pause();
    this.#queue = this.#queue
      .then(work)
      .catch((error: unknown) => {
        this.#emit({ type: 'processing-failed', connection: this.info, error: String(error) });
      })
      .finally(() => {
        this.#queued--;
        if (this.#queued < MAX_QUEUED && !this.#closing && !this.#socket.destroyed) this.#socket.resume();
      });
  }

  #send(bytes: Uint8Array): void {
    if (!this.#socket.destroyed && this.#socket.writable) this.#socket.write(encodeMllpFrame(bytes));
  }

  async #message(bytes: Uint8Array): Promise<void> {
    const { text, encoding } = hl7BytesToText(bytes);
    const validation = validateHl7Message(text, this.#options.validation);
    const message = validation.message;
    if (message === undefined) {
      const reason = validation.problems.map((p) => p.message).join('; ');
      this.#emit({ type: 'rejected', connection: this.info, reason, bytes });
      this.#send(hl7TextToBytes(buildRejectAck(text, validation.problems).toString(), encoding));
      return;
    }
    const inbound: InboundHl7Message = {
      bytes,
      text,
      encoding,
      message,
      validation,
      connection: this.info,
      receivedAt: new Date(),
    };
    let ack: Uint8Array;
    try {
      ack = await this.#withTimeout(this.#options.handler(inbound));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.#emit({
        type: 'handler-failed',
        connection: this.info,
        controlId: message.value('MSH-10'),
        error: detail,
      });
      const enhanced = message.value('MSH-15') !== '';
      const reject = buildAck(message, {
        code: enhanced ? 'CR' : 'AR',
        errors: [
          {
            errorCode: Hl7ErrorCode.applicationInternalError,
            severity: 'E',
            message: 'the message could not be stored; please send it again',
            diagnostic: detail,
          },
        ],
      });
      ack = hl7TextToBytes(reject.toString(), encoding);
    }
    this.#send(ack);
  }

  #oversize(length: number, head: Uint8Array): Promise<void> {
    const { text, encoding } = hl7BytesToText(head);
    const limit = this.#options.maxMessageBytes ?? 16 * 1024 * 1024;
    const reason = `the message of ${length} bytes is larger than the ${limit} bytes accepted here`;
    this.#emit({ type: 'rejected', connection: this.info, reason, bytes: head });
    const ack = buildRejectAck(text, [
      { errorCode: Hl7ErrorCode.applicationInternalError, severity: 'E', message: reason },
    ]);
    this.#send(hl7TextToBytes(ack.toString(), encoding));
    return Promise.resolve();
  }

  #withTimeout(work: Promise<Uint8Array>): Promise<Uint8Array> {
    const ms = this.#options.handlerTimeoutMs ?? 30_000;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no acknowledgment from the handler within ${ms} ms`)),
        ms,
      );
      work.then(resolve, reject).finally(() => clearTimeout(timer));
    });
  }
}
