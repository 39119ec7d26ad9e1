import { ASTM_MAX_FRAME_TEXT, AstmFrameEnd, buildAstmFrame, nextAstmFrameNumber } from './astm-frame.js';
import type { AstmFrameBody } from './astm-frame.js';

export interface AstmFramingOptions {
  /** Frame number of the first frame; 1 at the start of a transfer phase. */
  readonly firstFrameNumber?: number;
  /** Text bytes per frame; 240 unless an instrument manual asks for less. */
  readonly maxTextLength?: number;
}

export interface AstmFramed {
  readonly frames: readonly Uint8Array[];
  /** The number the next frame of the same transfer phase should carry. */
  readonly nextFrameNumber: number;
}

/**
 * Splits one message into frames: intermediate frames of at most 240 text bytes end with ETB, the
 * last with ETX. Frame numbers run on modulo 8.
 * @see CLSI LIS1-A (messages longer than 240 characters are divided into frames)
 */
export function frameAstmMessage(text: Uint8Array, options: AstmFramingOptions = {}): AstmFramed {
  const max = options.maxTextLength ?? ASTM_MAX_FRAME_TEXT;
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`maxTextLength must be a positive integer`);
  let frameNumber = (options.firstFrameNumber ?? 1) & 7;
  const frames: Uint8Array[] = [];
  let offset = 0;
  do {
    const chunk = text.subarray(offset, offset + max);
    offset += chunk.length;
    const end = offset >= text.length ? AstmFrameEnd.final : AstmFrameEnd.intermediate;
    frames.push(buildAstmFrame({ frameNumber, text: chunk, end }));
    frameNumber = nextAstmFrameNumber(frameNumber);
  } while (offset < text.length);
  return { frames, nextFrameNumber: frameNumber };
}

/**
 * Frames each record as a message of its own (one record per ETX frame, split with ETB frames when
 * longer than 240 bytes), numbering the frames on across records, as most instruments expect.
 * @see CLSI LIS1-A; python-astm `iter_encode`
 */
export function frameAstmRecords(
  records: readonly Uint8Array[],
  options: AstmFramingOptions = {},
): AstmFramed {
  const frames: Uint8Array[] = [];
  let nextFrameNumber = options.firstFrameNumber ?? 1;
  for (const record of records) {
    const framed = frameAstmMessage(record, { ...options, firstFrameNumber: nextFrameNumber });
    frames.push(...framed.frames);
    nextFrameNumber = framed.nextFrameNumber;
  }
  return { frames, nextFrameNumber: nextFrameNumber & 7 };
}

/** Joins the texts of a message's frames back into the message text. */
export function joinAstmFrameTexts(frames: readonly AstmFrameBody[]): Uint8Array {
  let length = 0;
  for (const frame of frames) length += frame.text.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const frame of frames) {
    out.set(frame.text, offset);
    offset += frame.text.length;
  }
  return out;
}
