import { AstmControl } from '@aliquot/codecs/astm';

/** What the byte stream of an E1381 link is made of. */
export type AstmLinkToken =
  | { readonly kind: 'control'; readonly byte: AstmLinkControlByte }
  /** STX through LF; checked by the frame parser, not here. */
  | { readonly kind: 'frame'; readonly bytes: Uint8Array }
  /** Bytes outside any frame, or a frame cut short by a control character or by its length. */
  | { readonly kind: 'noise'; readonly bytes: Uint8Array; readonly reason: string };

export type AstmLinkControlByte =
  typeof AstmControl.ENQ | typeof AstmControl.ACK | typeof AstmControl.NAK | typeof AstmControl.EOT;

/** A frame is at most 247 bytes; far longer means a lost LF. */
const MAX_FRAME_BYTES = 4096;

function isLinkControl(byte: number): byte is AstmLinkControlByte {
  return (
    byte === AstmControl.ENQ ||
    byte === AstmControl.ACK ||
    byte === AstmControl.NAK ||
    byte === AstmControl.EOT
  );
}

/**
 * Cuts the incoming byte stream into control characters and frames, however TCP splits or joins
 * them. A frame runs from STX to LF (LF may not appear in frame text). ENQ, ACK, NAK, EOT or a new
 * STX inside a frame means the frame was abandoned: its bytes are reported as noise and the control
 * character is taken as sent.
 * @see CLSI LIS1-A (frame structure; restricted characters)
 */
export class AstmLinkTokenizer {
  #frame: number[] | undefined;
  #noise: number[] = [];

  /** True while part of a frame has been received. */
  get inFrame(): boolean {
    return this.#frame !== undefined;
  }

  push(bytes: Uint8Array): AstmLinkToken[] {
    const tokens: AstmLinkToken[] = [];
    for (const byte of bytes) {
      if (this.#frame) {
        if (isLinkControl(byte) || byte === AstmControl.STX) {
          tokens.push(noise(this.#frame, 'frame cut short'));
          this.#frame = undefined;
        } else {
          this.#frame.push(byte);
          if (byte === AstmControl.LF) {
            tokens.push({ kind: 'frame', bytes: Uint8Array.from(this.#frame) });
            this.#frame = undefined;
          } else if (this.#frame.length > MAX_FRAME_BYTES) {
            tokens.push(noise(this.#frame, `no LF within ${MAX_FRAME_BYTES} bytes`));
            this.#frame = undefined;
          }
          continue;
        }
      }
      if (byte === AstmControl.STX) {
        this.#flushNoise(tokens);
        this.#frame = [byte];
      } else if (isLinkControl(byte)) {
        this.#flushNoise(tokens);
        tokens.push({ kind: 'control', byte });
      } else {
        this.#noise.push(byte);
      }
    }
    this.#flushNoise(tokens);
    return tokens;
  }

  /** Forgets a partial frame, e.g. when the receiver times out. */
  reset(): void {
    this.#frame = undefined;
    this.#noise = [];
  }

  #flushNoise(tokens: AstmLinkToken[]): void {
    if (this.#noise.length === 0) return;
    tokens.push(noise(this.#noise, 'bytes outside a frame'));
    this.#noise = [];
  }
}

function noise(bytes: number[], reason: string): AstmLinkToken {
  return { kind: 'noise', bytes: Uint8Array.from(bytes), reason };
}
