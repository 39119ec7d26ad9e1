import { AstmControl } from '@aliquot/codecs/astm';

/**
 * When a received message is handed over. Instruments mostly send one record per E1381 message (one
 * ETX frame each), so a LIS2-A2 message H…L spans several: it is handed over once the message holding
 * its terminator (L) record arrives, and only that last frame's ACK waits for it to be stored.
 */
export const AstmDelivery = {
  /** Collect E1381 messages until one holds an L record; hand over H…L at once. */
  lis2Message: 'lis2-message',
  /** Hand over every E1381 message (every ETX frame) on its own. */
  linkMessage: 'link-message',
} as const;
export type AstmDelivery = (typeof AstmDelivery)[keyof typeof AstmDelivery];

export interface AstmAssembledMessage {
  /** The frame texts joined, as received: records ended by CR. */
  readonly text: Uint8Array;
  /** Every frame as received, STX to LF, for the journal. */
  readonly frames: readonly Uint8Array[];
  /** False when the transfer ended before a terminator (L) record arrived. */
  readonly complete: boolean;
}

interface Part {
  readonly frames: readonly Uint8Array[];
  readonly text: Uint8Array;
}

/**
 * Collects the E1381 messages of one transfer into LIS2-A2 messages. Pure: the link shell feeds it
 * what the link received and tells it whether a handed-over message was stored.
 */
export class AstmMessageAssembler {
  #parts: Part[] = [];
  /** The parts of a message handed over and not yet stored. */
  #inFlight: Part[] | undefined;

  constructor(readonly delivery: AstmDelivery = AstmDelivery.lis2Message) {}

  /** Adds one E1381 message; returns the message to hand over now, if this completes one. */
  add(frames: readonly Uint8Array[], text: Uint8Array): AstmAssembledMessage | undefined {
    this.#parts.push({ frames, text });
    if (this.delivery !== AstmDelivery.linkMessage && !holdsTerminatorRecord(text)) return undefined;
    this.#inFlight = this.#parts;
    this.#parts = [];
    return assemble(this.#inFlight, true);
  }

  /**
   * Whether the handed-over message was stored. If not, its last part is refused and will be sent
   * again; the parts before it were acknowledged and stand.
   */
  settle(stored: boolean): void {
    if (!stored && this.#inFlight) this.#parts = [...this.#inFlight.slice(0, -1), ...this.#parts];
    this.#inFlight = undefined;
  }

  /** The transfer ended: returns what arrived without a terminator record, and forgets everything. */
  flush(): AstmAssembledMessage | undefined {
    const left = this.#parts.length > 0 ? assemble(this.#parts, false) : undefined;
    this.#parts = [];
    this.#inFlight = undefined;
    return left;
  }
}

function assemble(parts: readonly Part[], complete: boolean): AstmAssembledMessage {
  const text = new Uint8Array(parts.reduce((n, p) => n + p.text.length, 0));
  let offset = 0;
  for (const part of parts) {
    text.set(part.text, offset);
    offset += part.text.length;
  }
  return { text, frames: parts.flatMap((p) => p.frames), complete };
}
/** True when some record of `text` is an L record: `L` alone or `L` and a delimiter. */
function holdsTerminatorRecord(text: Uint8Array): boolean {
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const byte = text[i] ?? 0;
    if (lineStart && byte === 0x4c) {
      const next = text[i + 1];
      if (next === undefined || next === AstmControl.CR || next === AstmControl.LF || isPunctuation(next))
        return true;
    }
    lineStart = byte === AstmControl.CR || byte === AstmControl.LF;
  }
  return false;
}

function isPunctuation(byte: number): boolean {
  return byte > 0x20 && byte < 0x7f && !/[A-Za-z0-9]/.test(String.fromCharCode(byte));
}
