import { nextAstmFrameNumber, parseAstmFrame } from '@aliquot/codecs/astm';

/** What the receiver makes of one frame. */
export type AstmFrameVerdict =
  /** Malformed (bad checksum, restricted character…): NAK it. */
  | { readonly kind: 'bad'; readonly detail: string }
  /** Neither the expected frame number nor a repeat of the last one: NAK it. */
  | { readonly kind: 'out-of-sequence'; readonly detail: string }
  /** The last accepted frame again (our ACK was lost): ACK it, keep it once. */
  | { readonly kind: 'duplicate'; readonly frameNumber: number }
  /** An intermediate (ETB) frame, kept: ACK it. */
  | { readonly kind: 'intermediate' }
  /** The last (ETX) frame of a message: the message is complete and waits for acceptance. */
  | { readonly kind: 'complete'; readonly frames: readonly Uint8Array[]; readonly text: Uint8Array };

/**
 * The receiving half of the link: checks frames, their numbers (1 first, then +1 modulo 8; the last
 * accepted one again is a repeat) and collects a message's frames until its ETX frame.
 * @see CLSI LIS1-A (receiver: frame number and checksum checks; ACK, NAK)
 */
export class AstmFrameReceiver {
  #expected = 1;
  #lastAccepted: number | undefined;
  #frames: Uint8Array[] = [];
  #texts: Uint8Array[] = [];

  /** Frames held of a message whose ETX frame has not been accepted. */
  get heldFrames(): number {
    return this.#frames.length;
  }

  /** A new transfer phase (after ENQ): frame 1 comes first. */
  start(): void {
    this.#expected = 1;
    this.#lastAccepted = undefined;
    this.discard();
  }

  /** Drops the frames of an incomplete message. */
  discard(): void {
    this.#frames = [];
    this.#texts = [];
  }

  take(bytes: Uint8Array): AstmFrameVerdict {
    const parsed = parseAstmFrame(bytes);
    if (!parsed.ok) return { kind: 'bad', detail: `${parsed.error}: ${parsed.detail}` };
    const { frameNumber, end, text } = parsed.frame;
    if (frameNumber !== this.#expected) {
      if (frameNumber === this.#lastAccepted) return { kind: 'duplicate', frameNumber };
      return { kind: 'out-of-sequence', detail: `frame number ${frameNumber}, expected ${this.#expected}` };
    }
    this.#frames.push(bytes);
    this.#texts.push(text);
    if (end === 'ETB') {
      this.#advance();
      return { kind: 'intermediate' };
    }
    return { kind: 'complete', frames: [...this.#frames], text: concat(this.#texts) };
  }

  /** The complete message was stored: its ETX frame is accepted. */
  accepted(): void {
    this.#advance();
    this.discard();
  }

  /** The complete message could not be stored: its ETX frame is refused, the earlier ones stand. */
  rejected(): void {
    this.#frames.pop();
    this.#texts.pop();
  }

  #advance(): void {
    this.#lastAccepted = this.#expected;
    this.#expected = nextAstmFrameNumber(this.#expected);
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
