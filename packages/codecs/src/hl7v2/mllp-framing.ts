/**
 * MLLP (minimal lower layer protocol) framing as a pure, incremental decoder and an encoder. A frame is
 * `<VT 0x0B> message <FS 0x1C><CR 0x0D>`. The decoder is fed whatever chunks the transport delivers and
 * returns events: complete messages, junk it skipped (never silently), and messages it refused because
 * they were larger than allowed.
 * @see HL7 v2.5.1 Appendix C.4 "Minimal Lower Layer Protocol" (MLLP release 2 block format)
 */
export const MLLP_START_BLOCK = 0x0b;
export const MLLP_END_BLOCK = 0x1c;
export const MLLP_CARRIAGE_RETURN = 0x0d;

/** Wraps one message's bytes in an MLLP frame. */
export function encodeMllpFrame(message: Uint8Array): Uint8Array {
  const frame = new Uint8Array(message.length + 3);
  frame[0] = MLLP_START_BLOCK;
  frame.set(message, 1);
  frame[message.length + 1] = MLLP_END_BLOCK;
  frame[message.length + 2] = MLLP_CARRIAGE_RETURN;
  return frame;
}

export const MllpJunkReason = {
  /** Bytes outside any frame, before a start block. */
  beforeStartBlock: 'before-start-block',
  /** A frame cut short: a new start block or the end of the stream came before its end block. */
  incompleteMessage: 'incomplete-message',
  /** The end block was not followed by a carriage return (the message itself was still delivered). */
  missingCarriageReturn: 'missing-cr-after-end-block',
} as const;
export type MllpJunkReason = (typeof MllpJunkReason)[keyof typeof MllpJunkReason];

export type MllpEvent =
  | { readonly kind: 'message'; readonly bytes: Uint8Array }
  /** `sample` holds at most the first `sampleBytes` of the `length` bytes skipped. */
  | {
      readonly kind: 'junk';
      readonly reason: MllpJunkReason;
      readonly length: number;
      readonly sample: Uint8Array;
    }
  /** A frame longer than `maxMessageBytes`, dropped; `head` is its beginning, enough to read its MSH. */
  | { readonly kind: 'oversize'; readonly length: number; readonly head: Uint8Array };

export interface MllpDecoderOptions {
  /** The largest message accepted, in bytes; default 16 MiB (lab reports may embed PDFs). */
  readonly maxMessageBytes?: number;
  /** How much of skipped or refused bytes an event keeps; default 4096. */
  readonly sampleBytes?: number;
}

type State = 'idle' | 'message' | 'discarding' | 'after-end';

export class MllpDecoder {
  private state: State = 'idle';
  private parts: Uint8Array[] = [];
  private size = 0;
  private head: Uint8Array = new Uint8Array(0);
  private readonly max: number;
  private readonly sampleBytes: number;

  constructor(options: MllpDecoderOptions = {}) {
    this.max = options.maxMessageBytes ?? 16 * 1024 * 1024;
    this.sampleBytes = options.sampleBytes ?? 4096;
  }

  /** Bytes of the frame in progress held so far. */
  get buffered(): number {
    return this.state === 'message' ? this.size : 0;
  }

  /** Feeds the next chunk; returns what it completed, in stream order. */
  push(chunk: Uint8Array): MllpEvent[] {
    const events: MllpEvent[] = [];
    let pos = 0;
    const n = chunk.length;
    while (pos < n) {
      switch (this.state) {
        case 'idle': {
          const start = chunk.indexOf(MLLP_START_BLOCK, pos);
          const junkEnd = start === -1 ? n : start;
          if (junkEnd > pos)
            events.push(this.junk(MllpJunkReason.beforeStartBlock, chunk.subarray(pos, junkEnd)));
          if (start === -1) return events;
          this.begin();
          pos = start + 1;
          break;
        }
        case 'message':
        case 'discarding': {
          const end = chunk.indexOf(MLLP_END_BLOCK, pos);
          const found = chunk.subarray(pos, end === -1 ? n : end).indexOf(MLLP_START_BLOCK);
          const restart = found === -1 ? -1 : pos + found;
          if (restart !== -1) {
            this.take(chunk.subarray(pos, restart));
            events.push(this.abandon());
            this.begin();
            pos = restart + 1;
            break;
          }
          this.take(chunk.subarray(pos, end === -1 ? n : end));
          if (end === -1) return events;
          events.push(this.complete());
          this.state = 'after-end';
          pos = end + 1;
          break;
        }
        case 'after-end':
          this.state = 'idle';
          if (chunk[pos] === MLLP_CARRIAGE_RETURN) pos++;
          else events.push(this.junk(MllpJunkReason.missingCarriageReturn, new Uint8Array(0)));
          break;
        default:
          return this.state satisfies never;
      }
    }
    return events;
  }

  /** Ends the stream: a frame still open is reported as incomplete. */
  end(): MllpEvent[] {
    const state = this.state;
    this.state = 'idle';
    switch (state) {
      case 'message':
      case 'discarding':
        return [this.abandon()];
      case 'after-end':
        return [this.junk(MllpJunkReason.missingCarriageReturn, new Uint8Array(0))];
      case 'idle':
        return [];
      default:
        return state satisfies never;
    }
  }

  private begin(): void {
    this.state = 'message';
    this.parts = [];
    this.size = 0;
    this.head = new Uint8Array(0);
  }

  private take(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (this.head.length < this.sampleBytes) {
      const room = this.sampleBytes - this.head.length;
      this.head = concat(
        [this.head, bytes.subarray(0, room)],
        Math.min(this.sampleBytes, this.head.length + bytes.length),
      );
    }
    this.size += bytes.length;
    if (this.state === 'message') {
      if (this.size > this.max) {
        this.state = 'discarding';
        this.parts = [];
      } else {
        this.parts.push(bytes.slice());
      }
    }
  }

  private complete(): MllpEvent {
    const event: MllpEvent =
      this.state === 'discarding'
        ? { kind: 'oversize', length: this.size, head: this.head }
        : { kind: 'message', bytes: concat(this.parts, this.size) };
    this.parts = [];
    return event;
  }

  private abandon(): MllpEvent {
    const event: MllpEvent =
      this.state === 'discarding'
        ? { kind: 'oversize', length: this.size, head: this.head }
        : { kind: 'junk', reason: MllpJunkReason.incompleteMessage, length: this.size, sample: this.head };
    this.parts = [];
    this.state = 'idle';
    return event;
  }

  private junk(reason: MllpJunkReason, bytes: Uint8Array): MllpEvent {
    return { kind: 'junk', reason, length: bytes.length, sample: bytes.slice(0, this.sampleBytes) };
  }
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1 && parts[0]?.length === size) return parts[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
