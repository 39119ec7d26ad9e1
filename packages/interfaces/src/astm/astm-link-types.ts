/**
 * Events fed to the E1381 link state machine and the actions it answers with. The machine does no
 * I/O: the shell writes the bytes, runs the timers and hands over received messages.
 * @see CLSI LIS1-A (ASTM E1381) establishment, transfer and termination phases
 */

/** Which end of the link we are. Only contention treats the two differently. */
export const AstmLinkRole = { computer: 'computer', instrument: 'instrument' } as const;
export type AstmLinkRole = (typeof AstmLinkRole)[keyof typeof AstmLinkRole];

export interface AstmLinkConfig {
  readonly role: AstmLinkRole;
  /** How long a sender waits for a reply to ENQ or to a frame before giving up (15 s). */
  readonly senderTimeoutMs: number;
  /** How long a receiver waits for the next frame or EOT before discarding the message (30 s). */
  readonly receiverTimeoutMs: number;
  /** After a NAK to ENQ (receiver busy) or no reply to ENQ, wait this long before trying again (10 s). */
  readonly busyRetryDelayMs: number;
  /**
   * After contention (both sent ENQ), wait this long before sending ENQ again: the instrument has
   * priority and waits at least 1 s; the computer waits at least 20 s [unverified: configure per
   * instrument manual].
   */
  readonly contentionRetryDelayMs: number;
  /** After finishing a message the receiver asked us to cut short (EOT for ACK), wait before the next. */
  readonly interruptHoldOffMs: number;
  /** Transmissions of one frame before the sender gives up (6). */
  readonly maxFrameAttempts: number;
  /** ENQs for one message (answered NAK, or not at all) before the sender gives up. */
  readonly maxEstablishmentAttempts: number;
}

export function defaultAstmLinkConfig(role: AstmLinkRole = AstmLinkRole.computer): AstmLinkConfig {
  return {
    role,
    senderTimeoutMs: 15_000,
    receiverTimeoutMs: 30_000,
    busyRetryDelayMs: 10_000,
    contentionRetryDelayMs: role === AstmLinkRole.computer ? 20_000 : 1_000,
    interruptHoldOffMs: 15_000,
    maxFrameAttempts: 6,
    maxEstablishmentAttempts: 6,
  };
}

/** The three timers: the sender's reply timer, the receiver's frame timer and the retry hold-off. */
export const AstmLinkTimer = { reply: 'reply', receive: 'receive', retry: 'retry' } as const;
export type AstmLinkTimer = (typeof AstmLinkTimer)[keyof typeof AstmLinkTimer];

/**
 * Where the link stands. Transfer is split by direction and by whether a received message waits to
 * be stored; termination is the EOT itself, after which the link is neutral again.
 */
export const AstmLinkPhase = {
  neutral: 'neutral',
  /** We sent ENQ and wait for ACK. */
  establishment: 'establishment',
  /** We sent a frame and wait for ACK or NAK. */
  sending: 'sending',
  /** We ACKed the other side's ENQ and take its frames. */
  receiving: 'receiving',
  /** A message's last (ETX) frame arrived; its ACK waits for the message to be accepted. */
  awaitingAcceptance: 'awaiting-acceptance',
} as const;
export type AstmLinkPhase = (typeof AstmLinkPhase)[keyof typeof AstmLinkPhase];

/** A message to send: its frames, already built and numbered from 1. */
export interface AstmOutgoingMessage {
  readonly id: string;
  readonly frames: readonly Uint8Array[];
}

export type AstmLinkEvent =
  | { readonly type: 'bytes-received'; readonly bytes: Uint8Array }
  | { readonly type: 'timer-expired'; readonly timer: AstmLinkTimer }
  | { readonly type: 'send-requested'; readonly message: AstmOutgoingMessage }
  /** Received message `receivedId` is safely stored: ACK its last frame. */
  | { readonly type: 'message-accepted'; readonly receivedId: number }
  /** Received message `receivedId` could not be stored: NAK its last frame so the sender repeats it. */
  | { readonly type: 'message-rejected'; readonly receivedId: number }
  | { readonly type: 'connection-lost' };

export const AstmSendFailure = {
  receiverBusy: 'receiver-busy',
  noReply: 'no-reply',
  tooManyNaks: 'too-many-naks',
  connectionLost: 'connection-lost',
} as const;
export type AstmSendFailure = (typeof AstmSendFailure)[keyof typeof AstmSendFailure];

/** Problems worth an entry in the link log. */
export const AstmLinkError = {
  badFrame: 'bad-frame',
  frameOutOfSequence: 'frame-out-of-sequence',
  receiveTimeout: 'receive-timeout',
  incompleteMessageDiscarded: 'incomplete-message-discarded',
  senderAbandonedMessage: 'sender-abandoned-message',
  unexpectedInput: 'unexpected-input',
  noise: 'noise',
} as const;
export type AstmLinkError = (typeof AstmLinkError)[keyof typeof AstmLinkError];

/** Normal protocol events worth a note in the link log. */
export const AstmLinkNotice = {
  contention: 'contention',
  receiverBusy: 'receiver-busy',
  receiverInterrupt: 'receiver-interrupt',
  duplicateFrame: 'duplicate-frame',
  frameRetransmitted: 'frame-retransmitted',
} as const;
export type AstmLinkNotice = (typeof AstmLinkNotice)[keyof typeof AstmLinkNotice];

export type AstmLinkAction =
  | { readonly type: 'write'; readonly bytes: Uint8Array }
  | { readonly type: 'start-timer'; readonly timer: AstmLinkTimer; readonly ms: number }
  | { readonly type: 'cancel-timer'; readonly timer: AstmLinkTimer }
  /**
   * A whole E1381 message (frames up to and including ETX) arrived. Answer with `message-accepted` or
   * `message-rejected`; its last frame is ACKed or NAKed only then.
   */
  | {
      readonly type: 'message-received';
      /** Counts received messages; the answer names it, so a late answer cannot ACK a later message. */
      readonly receivedId: number;
      readonly frames: readonly Uint8Array[];
      readonly text: Uint8Array;
    }
  /** The other side ended its transfer (EOT), timed out, restarted with ENQ, or the connection went. */
  | { readonly type: 'receive-ended'; readonly reason: 'eot' | 'timeout' | 'restarted' | 'connection-lost' }
  | { readonly type: 'message-sent'; readonly id: string }
  | {
      readonly type: 'send-failed';
      readonly id: string;
      readonly reason: AstmSendFailure;
      readonly detail: string;
    }
  | { readonly type: 'link-error'; readonly code: AstmLinkError; readonly detail: string }
  | { readonly type: 'link-notice'; readonly code: AstmLinkNotice; readonly detail: string };
