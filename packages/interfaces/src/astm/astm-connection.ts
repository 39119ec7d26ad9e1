import type { Socket } from 'node:net';
import { AstmFraming, astmRecordsToFrames, decodeAstmText, parseAstmText } from '@aliquot/codecs/astm';
import type { AstmCharset, AstmDocument, AstmMessage } from '@aliquot/codecs/astm';
import { AstmLink } from './astm-link.js';
import type {
  AstmLinkAction,
  AstmLinkConfig,
  AstmLinkEvent,
  AstmLinkTimer,
  AstmSendFailure,
} from './astm-link-types.js';
import { AstmMessageAssembler } from './astm-message-assembler.js';
import type { AstmAssembledMessage, AstmDelivery } from './astm-message-assembler.js';

/** A message received from the instrument, as bytes for the journal and as decoded text. */
export interface AstmReceivedMessage {
  /** The frame texts joined, as received. */
  readonly bytes: Uint8Array;
  /** `bytes` decoded with the instrument's charset. */
  readonly text: string;
  /** Every frame as received, STX to LF. */
  readonly frames: readonly Uint8Array[];
  /** False when the transfer ended before a terminator (L) record; those frames were already ACKed. */
  readonly complete: boolean;
}

/** Link errors, notices and the end of each received transfer, for the link log. */
export type AstmConnectionEvent =
  | Extract<AstmLinkAction, { type: 'link-error' | 'link-notice' | 'receive-ended' }>
  | { readonly type: 'delivery-failed'; readonly detail: string };

export interface AstmConnectionOptions {
  readonly charset: AstmCharset;
  /**
   * Called with each received message. The message's last frame is ACKed only when the returned
   * promise resolves (store it durably first); if it rejects, the frame is NAKed and the instrument
   * sends it again.
   */
  readonly onMessage: (message: AstmReceivedMessage) => Promise<void>;
  readonly onEvent?: (event: AstmConnectionEvent) => void;
  readonly link?: Partial<AstmLinkConfig>;
  readonly delivery?: AstmDelivery;
  /** How outgoing records are framed; one record per ETX frame unless set. */
  readonly framing?: AstmFraming;
}

/** Why a message could not be sent. */
export class AstmSendError extends Error {
  override readonly name = 'AstmSendError';
  constructor(
    readonly reason: AstmSendFailure,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The socket shell around {@link AstmLink}: feeds it the bytes the socket reads, writes what it says,
 * runs its timers, and hands complete messages to `onMessage`.
 */
export class AstmConnection {
  readonly link: AstmLink;
  readonly #socket: Socket;
  readonly #options: AstmConnectionOptions;
  readonly #assembler: AstmMessageAssembler;
  readonly #timers = new Map<AstmLinkTimer, NodeJS.Timeout>();
  readonly #sending = new Map<string, { resolve: () => void; reject: (error: Error) => void }>();
  readonly #pending: AstmLinkEvent[] = [];
  #dispatching = false;
  #sendCount = 0;
  /** The received message whose last frame waits for `onMessage`. */
  #awaiting: number | undefined;

  constructor(socket: Socket, options: AstmConnectionOptions) {
    this.#socket = socket;
    this.#options = options;
    this.link = new AstmLink(options.link);
    this.#assembler = new AstmMessageAssembler(options.delivery);
    socket.on('data', (chunk: Buffer) =>
      this.#dispatch({ type: 'bytes-received', bytes: new Uint8Array(chunk) }),
    );
    socket.on('close', () => this.#dispatch({ type: 'connection-lost' }));
    socket.on('error', () => {
      // 'close' follows and fails what is pending.
    });
  }

  /**
   * Sends a message (e.g. the reply to a host query) when the line is free. Resolves once its last
   * frame is acknowledged and EOT sent; rejects with an {@link AstmSendError}.
   */
  send(message: string | AstmMessage | AstmDocument): Promise<void> {
    const records = typeof message === 'string' ? parseAstmText(message).records : message.records;
    const framing = this.#options.framing ?? AstmFraming.recordPerMessage;
    const frames = astmRecordsToFrames(records, { charset: this.#options.charset, framing });
    const id = `out-${++this.#sendCount}`;
    return new Promise<void>((resolve, reject) => {
      this.#sending.set(id, { resolve, reject });
      this.#dispatch({ type: 'send-requested', message: { id, frames } });
    });
  }

  /** Ends the connection; messages not yet sent fail. */
  close(): void {
    this.#socket.end();
  }

  #dispatch(event: AstmLinkEvent): void {
    this.#pending.push(event);
    if (this.#dispatching) return;
    this.#dispatching = true;
    try {
      for (let next = this.#pending.shift(); next; next = this.#pending.shift()) {
        for (const action of this.link.handle(next)) this.#act(action);
      }
    } finally {
      this.#dispatching = false;
    }
  }

  #act(action: AstmLinkAction): void {
    switch (action.type) {
      case 'write':
        if (!this.#socket.destroyed) this.#socket.write(action.bytes);
        return;
      case 'start-timer':
        clearTimeout(this.#timers.get(action.timer));
        this.#timers.set(
          action.timer,
          setTimeout(() => this.#dispatch({ type: 'timer-expired', timer: action.timer }), action.ms),
        );
        return;
      case 'cancel-timer':
        clearTimeout(this.#timers.get(action.timer));
        this.#timers.delete(action.timer);
        return;
      case 'message-received': {
        const message = this.#assembler.add(action.frames, action.text);
        if (message) {
          this.#awaiting = action.receivedId;
          void this.#deliver(message, action.receivedId);
        } else this.#pending.push({ type: 'message-accepted', receivedId: action.receivedId });
        return;
      }
      case 'receive-ended': {
        this.#options.onEvent?.(action);
        // A message still being stored stays with onMessage; its sender gave up, so no ACK follows.
        this.#awaiting = undefined;
        const left = this.#assembler.flush();
        if (left) void this.#deliver(left, undefined);
        return;
      }
      case 'message-sent':
        this.#sending.get(action.id)?.resolve();
        this.#sending.delete(action.id);
        return;
      case 'send-failed':
        this.#sending.get(action.id)?.reject(new AstmSendError(action.reason, action.detail));
        this.#sending.delete(action.id);
        return;
      case 'link-error':
      case 'link-notice':
        this.#options.onEvent?.(action);
        return;
      default:
        action satisfies never;
    }
  }

  /** Hands a message over, then ACKs (or NAKs) its last frame once it is stored (or not). */
  async #deliver(assembled: AstmAssembledMessage, receivedId: number | undefined): Promise<void> {
    const { text: bytes, frames, complete } = assembled;
    const text = decodeAstmText(bytes, this.#options.charset);
    let stored = false;
    try {
      await this.#options.onMessage({ bytes, text, frames, complete });
      stored = true;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.#options.onEvent?.({ type: 'delivery-failed', detail });
    }
    if (receivedId === undefined || receivedId !== this.#awaiting) return;
    this.#awaiting = undefined;
    this.#assembler.settle(stored);
    this.#dispatch({ type: stored ? 'message-accepted' : 'message-rejected', receivedId });
  }
}
