import { LabError } from '@aliquot/domain';
import { astmChecksum, formatAstmChecksum, readAstmChecksum } from './astm-checksum.js';
import { AstmControl, isRestrictedTextByte } from './astm-control.js';

/**
 * How a frame ends: ETB marks an intermediate frame, ETX the last frame of a message.
 * @see CLSI LIS1-A (ASTM E1381 "frame")
 */
export const AstmFrameEnd = { intermediate: 'ETB', final: 'ETX' } as const;
export type AstmFrameEnd = (typeof AstmFrameEnd)[keyof typeof AstmFrameEnd];

/** At most 247 characters per frame including overhead, which leaves 240 for text. @see LIS1-A */
export const ASTM_MAX_FRAME_TEXT = 240;

/** The part of a frame the checksum covers: `FN text <ETB|ETX>`. */
export interface AstmFrameBody {
  /** 0–7: the first frame is 1 and the number rolls over from 7 to 0. */
  readonly frameNumber: number;
  /** The frame text, as bytes: a whole record, part of one, or several. */
  readonly text: Uint8Array;
  readonly end: AstmFrameEnd;
}

/** A whole frame: `<STX> FN text <ETB|ETX> C1 C2 <CR><LF>`. */
export interface AstmFrame extends AstmFrameBody {
  readonly checksum: number;
}

/** Why a frame could not be read. */
export const AstmFrameError = {
  empty: 'empty',
  missingStx: 'missing-stx',
  badFrameNumber: 'bad-frame-number',
  missingTerminator: 'missing-terminator',
  restrictedCharacter: 'restricted-character',
  textTooLong: 'text-too-long',
  malformedChecksum: 'malformed-checksum',
  badChecksum: 'bad-checksum',
  missingCrLf: 'missing-cr-lf',
  trailingBytes: 'trailing-bytes',
} as const;
export type AstmFrameError = (typeof AstmFrameError)[keyof typeof AstmFrameError];

export interface AstmFrameFailure {
  readonly ok: false;
  readonly error: AstmFrameError;
  /** A sentence for the link log, e.g. "checksum 3A sent, 3B computed". */
  readonly detail: string;
  /** Offset of the offending byte in the input, when there is one. */
  readonly position?: number;
}

export type AstmFrameBodyResult = { readonly ok: true; readonly frame: AstmFrameBody } | AstmFrameFailure;
export type AstmFrameResult = { readonly ok: true; readonly frame: AstmFrame } | AstmFrameFailure;

export interface AstmFrameParseOptions {
  /** Refuse frames whose text is longer than this; unlimited unless set (receivers are liberal). */
  readonly maxTextLength?: number;
}

function fail(error: AstmFrameError, detail: string, position?: number): AstmFrameFailure {
  return position === undefined ? { ok: false, error, detail } : { ok: false, error, detail, position };
}

/** The frame number that follows `frameNumber`: 1, 2, … 7, 0, 1 … @see LIS1-A */
export function nextAstmFrameNumber(frameNumber: number): number {
  return (frameNumber + 1) & 7;
}

/**
 * Reads `FN text <ETB|ETX>` (no STX, no checksum), the part of a frame the checksum covers.
 * Never throws: malformed input gives a failure with a reason.
 */
export function parseAstmFrameBody(
  bytes: Uint8Array,
  options: AstmFrameParseOptions = {},
): AstmFrameBodyResult {
  return readBody(bytes, 0, options);
}

/**
 * Reads one whole frame. Never throws: a bad checksum, a bad frame number, a missing terminator or a
 * restricted control character in the text each give a failure with a reason.
 * @see CLSI LIS1-A (ASTM E1381 frame layout)
 */
export function parseAstmFrame(bytes: Uint8Array, options: AstmFrameParseOptions = {}): AstmFrameResult {
  if (bytes.length === 0) return fail(AstmFrameError.empty, 'no bytes');
  if (bytes[0] !== AstmControl.STX)
    return fail(AstmFrameError.missingStx, 'frame does not start with STX', 0);
  const body = readBody(bytes, 1, options);
  if (!body.ok) return body;
  const endIndex = 2 + body.frame.text.length;
  const c1 = bytes[endIndex + 1];
  const c2 = bytes[endIndex + 2];
  const sent = c1 === undefined || c2 === undefined ? undefined : readAstmChecksum(c1, c2);
  if (sent === undefined) {
    return fail(
      AstmFrameError.malformedChecksum,
      'two hexadecimal checksum characters expected',
      endIndex + 1,
    );
  }
  const computed = astmChecksum(bytes, 1, endIndex + 1);
  if (sent !== computed) {
    return fail(
      AstmFrameError.badChecksum,
      `checksum ${formatAstmChecksum(sent)} sent, ${formatAstmChecksum(computed)} computed`,
      endIndex + 1,
    );
  }
  if (bytes[endIndex + 3] !== AstmControl.CR || bytes[endIndex + 4] !== AstmControl.LF) {
    return fail(AstmFrameError.missingCrLf, 'frame does not end with CR LF', endIndex + 3);
  }
  if (bytes.length > endIndex + 5) {
    return fail(
      AstmFrameError.trailingBytes,
      `${bytes.length - endIndex - 5} bytes after the frame`,
      endIndex + 5,
    );
  }
  return { ok: true, frame: { ...body.frame, checksum: computed } };
}

function readBody(bytes: Uint8Array, start: number, options: AstmFrameParseOptions): AstmFrameBodyResult {
  const fn = bytes[start];
  if (fn === undefined) return fail(AstmFrameError.badFrameNumber, 'no frame number', start);
  if (fn < 0x30 || fn > 0x37) {
    return fail(AstmFrameError.badFrameNumber, `frame number byte 0x${hex(fn)} is not a digit 0–7`, start);
  }
  for (let i = start + 1; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === AstmControl.ETX || byte === AstmControl.ETB) {
      const text = bytes.subarray(start + 1, i);
      if (options.maxTextLength !== undefined && text.length > options.maxTextLength) {
        return fail(
          AstmFrameError.textTooLong,
          `${text.length} text bytes, at most ${options.maxTextLength}`,
          i,
        );
      }
      const end = byte === AstmControl.ETX ? AstmFrameEnd.final : AstmFrameEnd.intermediate;
      return { ok: true, frame: { frameNumber: fn - 0x30, text, end } };
    }
    if (isRestrictedTextByte(byte)) {
      return fail(
        AstmFrameError.restrictedCharacter,
        `restricted control character 0x${hex(byte)} in text`,
        i,
      );
    }
  }
  return fail(AstmFrameError.missingTerminator, 'no ETB or ETX after the text', bytes.length);
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

/**
 * Builds one frame. The frame number is taken modulo 8. Throws a LabError when the text holds a
 * restricted control character: that is a programming error, not bad input from an instrument.
 */
export function buildAstmFrame(frame: AstmFrameBody): Uint8Array {
  const { text } = frame;
  for (let i = 0; i < text.length; i++) {
    const byte = text[i] ?? 0;
    if (isRestrictedTextByte(byte)) {
      throw LabError.invalid(`ASTM frame text may not hold control character 0x${hex(byte)}`, [
        { location: `frame text offset ${i}`, message: 'restricted character' },
      ]);
    }
  }
  const out = new Uint8Array(text.length + 7);
  out[0] = AstmControl.STX;
  out[1] = 0x30 + (frame.frameNumber & 7);
  out.set(text, 2);
  const endIndex = 2 + text.length;
  out[endIndex] = frame.end === AstmFrameEnd.final ? AstmControl.ETX : AstmControl.ETB;
  const checksum = formatAstmChecksum(astmChecksum(out, 1, endIndex + 1));
  out[endIndex + 1] = checksum.charCodeAt(0);
  out[endIndex + 2] = checksum.charCodeAt(1);
  out[endIndex + 3] = AstmControl.CR;
  out[endIndex + 4] = AstmControl.LF;
  return out;
}
