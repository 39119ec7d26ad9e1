import { describe, expect, it } from 'vitest';
import { astmChecksum, formatAstmChecksum, readAstmChecksum } from './astm-checksum.js';
import {
  AstmFrameError,
  buildAstmFrame,
  nextAstmFrameNumber,
  parseAstmFrame,
  parseAstmFrameBody,
} from './astm-frame.js';
import { frameAstmMessage, frameAstmRecords, joinAstmFrameTexts } from './astm-frame-splitter.js';

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const show = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

describe('E1381 checksum', () => {
  it('is the sum of the bytes from the frame number through ETX, modulo 256, in uppercase hex', () => {
    // "1" + "H|\^&" + CR + ETX
    const body = ascii('1H|\\^&\r\x03');
    const sum = [...body].reduce((a, b) => a + b, 0) % 256;
    expect(astmChecksum(body)).toBe(sum);
    expect(formatAstmChecksum(122)).toBe('7A');
    expect(formatAstmChecksum(0)).toBe('00');
    expect(formatAstmChecksum(255)).toBe('FF');
  });

  it('reads lowercase checksum characters some senders use, and refuses non-hex', () => {
    expect(readAstmChecksum(0x37, 0x61)).toBe(0x7a);
    expect(readAstmChecksum(0x37, 0x47)).toBeUndefined();
  });
});

describe('an E1381 frame', () => {
  it('is STX, frame number, text, ETX, two checksum characters, CR LF', () => {
    const frame = buildAstmFrame({ frameNumber: 1, text: ascii('L|1|N\r'), end: 'ETX' });
    const checksum = formatAstmChecksum(astmChecksum(ascii('1L|1|N\r\x03')));
    expect(show(frame)).toBe(`\x021L|1|N\r\x03${checksum}\r\n`);
  });

  it('reads back what was built, with ETB for an intermediate frame', () => {
    const built = buildAstmFrame({ frameNumber: 5, text: ascii('R|1|^^^GLU|5.4'), end: 'ETB' });
    const parsed = parseAstmFrame(built);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.frame.frameNumber).toBe(5);
    expect(parsed.frame.end).toBe('ETB');
    expect(show(parsed.frame.text)).toBe('R|1|^^^GLU|5.4');
  });

  it('numbers frames 1 to 7, then 0, 1 … (modulo 8)', () => {
    const sequence = [1];
    for (let i = 0; i < 9; i++) sequence.push(nextAstmFrameNumber(sequence[sequence.length - 1] ?? 0));
    expect(sequence).toEqual([1, 2, 3, 4, 5, 6, 7, 0, 1, 2]);
    expect(show(buildAstmFrame({ frameNumber: 8, text: ascii('x'), end: 'ETX' })).charAt(1)).toBe('0');
  });

  it('with a wrong checksum is refused with the reason, not thrown', () => {
    const frame = buildAstmFrame({ frameNumber: 2, text: ascii('P|1\r'), end: 'ETX' });
    frame[frame.length - 3] = frame[frame.length - 3] === 0x30 ? 0x31 : 0x30;
    const parsed = parseAstmFrame(frame);
    expect(parsed).toMatchObject({ ok: false, error: AstmFrameError.badChecksum });
  });

  it.each([
    ['no bytes at all', '', AstmFrameError.empty],
    ['no STX', '1P|1\r\x0300\r\n', AstmFrameError.missingStx],
    ['a frame number that is not 0–7', '\x028P|1\r\x0300\r\n', AstmFrameError.badFrameNumber],
    ['no frame number', '\x02', AstmFrameError.badFrameNumber],
    ['no ETB or ETX', '\x021P|1\r', AstmFrameError.missingTerminator],
    ['an ENQ inside the text', '\x021P|\x051\r\x0300\r\n', AstmFrameError.restrictedCharacter],
    ['a LF inside the text', '\x021P|\n1\r\x0300\r\n', AstmFrameError.restrictedCharacter],
    ['checksum characters that are not hex', '\x021P\x03ZZ\r\n', AstmFrameError.malformedChecksum],
    ['a missing checksum', '\x021P\x03', AstmFrameError.malformedChecksum],
  ])('with %s is refused', (_name, text, error) => {
    expect(parseAstmFrame(ascii(text))).toMatchObject({ ok: false, error });
  });

  it('without CR LF after the checksum, or with bytes after it, is refused', () => {
    const good = show(buildAstmFrame({ frameNumber: 1, text: ascii('H'), end: 'ETX' }));
    expect(parseAstmFrame(ascii(good.slice(0, -1)))).toMatchObject({
      ok: false,
      error: AstmFrameError.missingCrLf,
    });
    expect(parseAstmFrame(ascii(`${good}x`))).toMatchObject({
      ok: false,
      error: AstmFrameError.trailingBytes,
    });
  });

  it('longer than an instrument allows is refused only when a limit is asked for', () => {
    const long = buildAstmFrame({ frameNumber: 1, text: new Uint8Array(300).fill(0x41), end: 'ETX' });
    expect(parseAstmFrame(long).ok).toBe(true);
    expect(parseAstmFrame(long, { maxTextLength: 240 })).toMatchObject({
      ok: false,
      error: AstmFrameError.textTooLong,
    });
  });

  it('cannot be built with a restricted control character in its text', () => {
    expect(() => buildAstmFrame({ frameNumber: 1, text: ascii('A\x04B'), end: 'ETX' })).toThrow(/0x04/);
  });

  it('body (without STX and checksum) can be read on its own', () => {
    const body = parseAstmFrameBody(ascii('3O|1\r\x17'));
    expect(body).toMatchObject({ ok: true, frame: { frameNumber: 3, end: 'ETB' } });
  });
});

describe('splitting a message into frames', () => {
  it('puts at most 240 text bytes in a frame, ETB on all but the last, which ends with ETX', () => {
    const text = ascii(`R|1|^^^COMMENT|${'x'.repeat(585)}\r`);
    const framed = frameAstmMessage(text);
    expect(framed.frames).toHaveLength(3);
    const parsed = framed.frames.map((f) => parseAstmFrame(f));
    const frames = parsed.map((p) => (p.ok ? p.frame : undefined));
    expect(frames.map((f) => f?.end)).toEqual(['ETB', 'ETB', 'ETX']);
    expect(frames.map((f) => f?.text.length)).toEqual([240, 240, text.length - 480]);
    expect(frames.map((f) => f?.frameNumber)).toEqual([1, 2, 3]);
    expect(show(joinAstmFrameTexts(frames.flatMap((f) => (f ? [f] : []))))).toBe(show(text));
    expect(framed.nextFrameNumber).toBe(4);
  });

  it('rolls the frame number over from 7 to 0 across a long message', () => {
    const framed = frameAstmMessage(new Uint8Array(240 * 9).fill(0x41), { firstFrameNumber: 6 });
    expect(framed.frames.map((f) => String.fromCharCode(f[1] ?? 0)).join('')).toBe('670123456');
  });

  it('frames each record as its own message when asked, numbering on across records', () => {
    const framed = frameAstmRecords([ascii('H|\\^&\r'), ascii('L|1|N\r')]);
    expect(framed.frames.map(show)).toEqual([
      show(buildAstmFrame({ frameNumber: 1, text: ascii('H|\\^&\r'), end: 'ETX' })),
      show(buildAstmFrame({ frameNumber: 2, text: ascii('L|1|N\r'), end: 'ETX' })),
    ]);
  });

  it('honours a smaller frame size an instrument manual asks for', () => {
    const framed = frameAstmMessage(ascii('0123456789'), { maxTextLength: 4 });
    expect(framed.frames).toHaveLength(3);
    expect(() => frameAstmMessage(ascii('x'), { maxTextLength: 0 })).toThrow(RangeError);
  });
});
