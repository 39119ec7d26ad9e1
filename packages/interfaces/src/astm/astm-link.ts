import { AstmControl } from '@aliquot/codecs/astm';
import { AstmFrameReceiver } from './astm-frame-receiver.js';
import { AstmLinkTokenizer } from './astm-link-tokenizer.js';
import type { AstmLinkControlByte, AstmLinkToken } from './astm-link-tokenizer.js';
import {
  AstmLinkError,
  AstmLinkNotice,
  AstmLinkPhase,
  AstmLinkTimer,
  AstmSendFailure,
  defaultAstmLinkConfig,
} from './astm-link-types.js';
import type {
  AstmLinkAction,
  AstmLinkConfig,
  AstmLinkEvent,
  AstmOutgoingMessage,
} from './astm-link-types.js';

const CONTROL_NAMES: Record<AstmLinkControlByte, string> = {
  0x04: 'EOT',
  0x05: 'ENQ',
  0x06: 'ACK',
  0x15: 'NAK',
};

/**
 * The E1381 / LIS1-A link layer as a state machine: fed events (bytes received, a timer expired, a
 * message to send, a received message accepted), it answers with actions (bytes to write, timers to
 * start or cancel, messages received, failures). It holds no socket and no timer, so every rule of
 * the standard can be tested by feeding it bytes.
 * @see CLSI LIS1-A (ASTM E1381) establishment, transfer and termination phases
 */
export class AstmLink {
  readonly config: AstmLinkConfig;
  readonly #tokenizer = new AstmLinkTokenizer();
  #phase: AstmLinkPhase = AstmLinkPhase.neutral;
  #actions: AstmLinkAction[] = [];

  // Sender side.
  readonly #queue: AstmOutgoingMessage[] = [];
  #frameIndex = 0;
  #frameAttempts = 0;
  #establishmentAttempts = 0;
  #holdingOff = false;
  #interrupted = false;

  readonly #receiver = new AstmFrameReceiver();
  /** Number of the last message handed over; a decision must name it. */
  #receivedCount = 0;

  constructor(config: Partial<AstmLinkConfig> = {}) {
    this.config = { ...defaultAstmLinkConfig(config.role), ...config };
  }

  get phase(): AstmLinkPhase {
    return this.#phase;
  }

  /** Messages waiting to be sent, the one being sent first. */
  get queued(): readonly AstmOutgoingMessage[] {
    return this.#queue;
  }

  handle(event: AstmLinkEvent): AstmLinkAction[] {
    this.#actions = [];
    switch (event.type) {
      case 'bytes-received':
        for (const token of this.#tokenizer.push(event.bytes)) this.#token(token);
        break;
      case 'timer-expired':
        this.#timerExpired(event.timer);
        break;
      case 'send-requested':
        this.#queue.push(event.message);
        this.#startNext();
        break;
      case 'message-accepted':
      case 'message-rejected':
        this.#decided(event.receivedId, event.type === 'message-accepted');
        break;
      case 'connection-lost':
        this.#connectionLost();
        break;
      default:
        event satisfies never;
    }
    return this.#actions;
  }

  #emit(action: AstmLinkAction): void {
    this.#actions.push(action);
  }

  #write(byte: number): void {
    this.#emit({ type: 'write', bytes: Uint8Array.of(byte) });
  }

  #error(code: AstmLinkError, detail: string): void {
    this.#emit({ type: 'link-error', code, detail });
  }

  #notice(code: AstmLinkNotice, detail: string): void {
    this.#emit({ type: 'link-notice', code, detail });
  }

  #timer(timer: AstmLinkTimer, ms: number): void {
    this.#emit({ type: 'start-timer', timer, ms });
  }

  #token(token: AstmLinkToken): void {
    switch (token.kind) {
      case 'noise':
        this.#error(AstmLinkError.noise, `${token.bytes.length} bytes: ${token.reason}`);
        return;
      case 'frame':
        if (this.#phase === AstmLinkPhase.receiving) this.#frameReceived(token.bytes);
        else this.#unexpected('a frame');
        return;
      case 'control':
        this.#control(token.byte);
        return;
      default:
        token satisfies never;
    }
  }

  #unexpected(what: string): void {
    this.#error(AstmLinkError.unexpectedInput, `${what} in phase ${this.#phase}`);
  }

  #control(byte: AstmLinkControlByte): void {
    switch (this.#phase) {
      case AstmLinkPhase.neutral:
        if (byte === AstmControl.ENQ) this.#startReceiving();
        else if (byte !== AstmControl.EOT) this.#unexpected(CONTROL_NAMES[byte]);
        return;
      case AstmLinkPhase.establishment:
        return this.#establishmentReply(byte);
      case AstmLinkPhase.sending:
        return this.#frameReply(byte);
      case AstmLinkPhase.receiving:
      case AstmLinkPhase.awaitingAcceptance:
        return this.#controlWhileReceiving(byte);
      default:
        this.#phase satisfies never;
    }
  }

  // ---- Sender: establishment, transfer, termination ----

  #startNext(): void {
    if (this.#phase !== AstmLinkPhase.neutral || this.#holdingOff || this.#queue.length === 0) return;
    this.#phase = AstmLinkPhase.establishment;
    this.#write(AstmControl.ENQ);
    this.#timer(AstmLinkTimer.reply, this.config.senderTimeoutMs);
  }

  #holdOff(ms: number): void {
    this.#holdingOff = true;
    this.#timer(AstmLinkTimer.retry, ms);
  }

  #establishmentReply(byte: AstmLinkControlByte): void {
    const message = this.#queue[0];
    if (!message) return;
    switch (byte) {
      case AstmControl.ACK:
        this.#phase = AstmLinkPhase.sending;
        this.#establishmentAttempts = 0;
        this.#frameIndex = 0;
        this.#frameAttempts = 0;
        this.#interrupted = false;
        this.#sendFrameOrFinish();
        return;
      case AstmControl.NAK:
        this.#emit({ type: 'cancel-timer', timer: AstmLinkTimer.reply });
        this.#notice(AstmLinkNotice.receiverBusy, 'ENQ answered with NAK');
        this.#phase = AstmLinkPhase.neutral;
        this.#establishmentFailed(
          message,
          AstmSendFailure.receiverBusy,
          'the receiver stayed busy (NAK to ENQ)',
        );
        return;
      case AstmControl.ENQ:
        // Contention: both sides sent ENQ. The instrument has priority; each side waits and the
        // instrument's next ENQ is answered.
        this.#emit({ type: 'cancel-timer', timer: AstmLinkTimer.reply });
        this.#notice(
          AstmLinkNotice.contention,
          `both sides sent ENQ; ${this.config.role} waits ${this.config.contentionRetryDelayMs} ms`,
        );
        this.#phase = AstmLinkPhase.neutral;
        this.#holdOff(this.config.contentionRetryDelayMs);
        return;
      case AstmControl.EOT:
        this.#unexpected('EOT');
        return;
      default:
        byte satisfies never;
    }
  }

  #establishmentFailed(message: AstmOutgoingMessage, reason: AstmSendFailure, detail: string): void {
    this.#establishmentAttempts++;
    if (this.#establishmentAttempts >= this.config.maxEstablishmentAttempts) {
      this.#establishmentAttempts = 0;
      this.#queue.shift();
      this.#emit({
        type: 'send-failed',
        id: message.id,
        reason,
        detail: `${detail}, ${this.config.maxEstablishmentAttempts} times`,
      });
      this.#startNext();
      return;
    }
    this.#holdOff(this.config.busyRetryDelayMs);
  }

  #sendFrameOrFinish(): void {
    const message = this.#queue[0];
    const frame = message?.frames[this.#frameIndex];
    if (!message) return;
    if (frame) {
      this.#emit({ type: 'write', bytes: frame });
      this.#timer(AstmLinkTimer.reply, this.config.senderTimeoutMs);
      return;
    }
    // Termination phase: every frame was acknowledged.
    this.#emit({ type: 'cancel-timer', timer: AstmLinkTimer.reply });
    this.#write(AstmControl.EOT);
    this.#queue.shift();
    this.#phase = AstmLinkPhase.neutral;
    this.#emit({ type: 'message-sent', id: message.id });
    if (this.#interrupted) this.#holdOff(this.config.interruptHoldOffMs);
    else this.#startNext();
  }

  #frameReply(byte: AstmLinkControlByte): void {
    const message = this.#queue[0];
    if (!message) return;
    switch (byte) {
      case AstmControl.EOT:
        // Receiver interrupt: EOT in place of ACK. The frame counts as acknowledged; the message is
        // finished (a half-sent message is useless to the receiver), then the line is left free.
        this.#interrupted = true;
        this.#notice(AstmLinkNotice.receiverInterrupt, 'EOT in place of ACK');
        this.#frameIndex++;
        this.#frameAttempts = 0;
        this.#sendFrameOrFinish();
        return;
      case AstmControl.ACK:
        this.#frameIndex++;
        this.#frameAttempts = 0;
        this.#sendFrameOrFinish();
        return;
      case AstmControl.NAK: {
        this.#frameAttempts++;
        if (this.#frameAttempts >= this.config.maxFrameAttempts) {
          this.#abortSending(
            message,
            AstmSendFailure.tooManyNaks,
            `frame ${this.#frameIndex + 1} refused ${this.#frameAttempts} times`,
          );
          return;
        }
        this.#notice(AstmLinkNotice.frameRetransmitted, `frame ${this.#frameIndex + 1} NAKed; sent again`);
        this.#sendFrameOrFinish();
        return;
      }
      case AstmControl.ENQ:
        this.#unexpected('ENQ');
        return;
      default:
        byte satisfies never;
    }
  }

  #abortSending(message: AstmOutgoingMessage, reason: AstmSendFailure, detail: string): void {
    this.#emit({ type: 'cancel-timer', timer: AstmLinkTimer.reply });
    this.#write(AstmControl.EOT);
    this.#queue.shift();
    this.#phase = AstmLinkPhase.neutral;
    this.#emit({ type: 'send-failed', id: message.id, reason, detail });
    this.#startNext();
  }

  // ---- Receiver ----

  #startReceiving(): void {
    this.#phase = AstmLinkPhase.receiving;
    this.#receiver.start();
    this.#write(AstmControl.ACK);
    this.#timer(AstmLinkTimer.receive, this.config.receiverTimeoutMs);
  }

  #frameReceived(bytes: Uint8Array): void {
    this.#timer(AstmLinkTimer.receive, this.config.receiverTimeoutMs);
    const verdict = this.#receiver.take(bytes);
    switch (verdict.kind) {
      case 'bad':
        this.#error(AstmLinkError.badFrame, verdict.detail);
        this.#write(AstmControl.NAK);
        return;
      case 'out-of-sequence':
        this.#error(AstmLinkError.frameOutOfSequence, verdict.detail);
        this.#write(AstmControl.NAK);
        return;
      case 'duplicate':
        // Our ACK was lost and the sender repeated the frame: acknowledge it again, keep it once.
        this.#notice(AstmLinkNotice.duplicateFrame, `frame ${verdict.frameNumber} received again`);
        this.#write(AstmControl.ACK);
        return;
      case 'intermediate':
        this.#write(AstmControl.ACK);
        return;
      case 'complete':
        this.#phase = AstmLinkPhase.awaitingAcceptance;
        this.#receivedCount++;
        this.#emit({
          type: 'message-received',
          receivedId: this.#receivedCount,
          frames: verdict.frames,
          text: verdict.text,
        });
        return;
      default:
        verdict satisfies never;
    }
  }

  #decided(receivedId: number, accepted: boolean): void {
    // A decision about a message whose sender gave up meanwhile is too late: nothing is written.
    if (this.#phase !== AstmLinkPhase.awaitingAcceptance || receivedId !== this.#receivedCount) return;
    this.#phase = AstmLinkPhase.receiving;
    this.#timer(AstmLinkTimer.receive, this.config.receiverTimeoutMs);
    if (accepted) {
      this.#receiver.accepted();
      this.#write(AstmControl.ACK);
    } else {
      // NAK the last frame; the sender repeats it and the earlier frames stand.
      this.#receiver.rejected();
      this.#write(AstmControl.NAK);
    }
  }

  #controlWhileReceiving(byte: AstmLinkControlByte): void {
    switch (byte) {
      case AstmControl.EOT:
        if (this.#phase === AstmLinkPhase.awaitingAcceptance) {
          this.#error(AstmLinkError.senderAbandonedMessage, 'EOT before the last frame was acknowledged');
        }
        this.#endReceiving('eot');
        this.#startNext();
        return;
      case AstmControl.ENQ:
        // The sender started over (it timed out waiting for us): the partial message is void.
        this.#endReceiving('restarted');
        this.#startReceiving();
        return;
      case AstmControl.ACK:
      case AstmControl.NAK:
        this.#unexpected(CONTROL_NAMES[byte]);
        return;
      default:
        byte satisfies never;
    }
  }

  #endReceiving(reason: 'eot' | 'timeout' | 'restarted' | 'connection-lost'): void {
    if (this.#receiver.heldFrames > 0 && this.#phase === AstmLinkPhase.receiving) {
      this.#error(
        AstmLinkError.incompleteMessageDiscarded,
        `${this.#receiver.heldFrames} frames without the ETX frame discarded (${reason})`,
      );
    }
    this.#receiver.discard();
    // A half-received frame dies with a timeout or a lost connection; after EOT or ENQ the bytes
    // that follow in the same chunk are already being read.
    if (reason === 'timeout' || reason === 'connection-lost') this.#tokenizer.reset();
    this.#phase = AstmLinkPhase.neutral;
    this.#emit({ type: 'cancel-timer', timer: AstmLinkTimer.receive });
    this.#emit({ type: 'receive-ended', reason });
  }

  // ---- Timers and the connection ----

  #timerExpired(timer: AstmLinkTimer): void {
    const message = this.#queue[0];
    switch (timer) {
      case AstmLinkTimer.retry:
        this.#holdingOff = false;
        this.#startNext();
        return;
      case AstmLinkTimer.reply:
        if (this.#phase === AstmLinkPhase.establishment && message) {
          this.#write(AstmControl.EOT);
          this.#phase = AstmLinkPhase.neutral;
          this.#establishmentFailed(
            message,
            AstmSendFailure.noReply,
            `no reply to ENQ within ${this.config.senderTimeoutMs} ms`,
          );
        } else if (this.#phase === AstmLinkPhase.sending && message) {
          this.#abortSending(
            message,
            AstmSendFailure.noReply,
            `no reply to frame ${this.#frameIndex + 1} within ${this.config.senderTimeoutMs} ms`,
          );
        }
        return;
      case AstmLinkTimer.receive:
        if (this.#phase === AstmLinkPhase.receiving || this.#phase === AstmLinkPhase.awaitingAcceptance) {
          this.#error(
            AstmLinkError.receiveTimeout,
            `nothing received for ${this.config.receiverTimeoutMs} ms`,
          );
          this.#endReceiving('timeout');
          this.#startNext();
        }
        return;
      default:
        timer satisfies never;
    }
  }

  #connectionLost(): void {
    if (this.#phase === AstmLinkPhase.receiving || this.#phase === AstmLinkPhase.awaitingAcceptance) {
      this.#endReceiving('connection-lost');
    }
    for (const timer of Object.values(AstmLinkTimer)) this.#emit({ type: 'cancel-timer', timer });
    for (const message of this.#queue.splice(0)) {
      this.#emit({
        type: 'send-failed',
        id: message.id,
        reason: AstmSendFailure.connectionLost,
        detail: 'connection closed',
      });
    }
    this.#tokenizer.reset();
    this.#phase = AstmLinkPhase.neutral;
    this.#holdingOff = false;
    this.#establishmentAttempts = 0;
  }
}
