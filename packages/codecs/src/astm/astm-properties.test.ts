/**
 * Properties over generated frames and messages (fast-check), and fuzzing: arbitrary bytes into the
 * frame and record parsers never throw and always finish.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AstmCharset, decodeAstmText, encodeAstmText } from './astm-charset.js';
import { readAstmComment, readAstmManufacturer } from './astm-comment-reader.js';
import { isRestrictedTextByte } from './astm-control.js';
import { areValidAstmDelimiters } from './astm-delimiters.js';
import type { AstmDelimiters } from './astm-delimiters.js';
import { decodeAstmField, encodeAstmField } from './astm-field.js';
import { buildAstmFrame, parseAstmFrame, parseAstmFrameBody } from './astm-frame.js';
import type { AstmFrameEnd } from './astm-frame.js';
import { frameAstmMessage, joinAstmFrameTexts } from './astm-frame-splitter.js';
import { readAstmHeader } from './astm-header-reader.js';
import { parseAstmText } from './astm-message-parser.js';
import { readAstmOrder } from './astm-order-reader.js';
import { readAstmPatient } from './astm-patient-reader.js';
import { printAstmDocument } from './astm-printer.js';
import { readAstmQuery, readAstmTerminator } from './astm-query-reader.js';
import { AstmRecord } from './astm-record.js';
import type { AstmLineTerminator } from './astm-record.js';
import { readAstmResult } from './astm-result-reader.js';

const textByte = fc.integer({ min: 0, max: 255 }).filter((b) => !isRestrictedTextByte(b));
const frameText = fc
  .uint8Array({ maxLength: 300 })
  .map((bytes) => bytes.map((b) => (isRestrictedTextByte(b) ? 0x41 : b)));

const punctuation = [...'|\\^&`~!@#$%*+/:;?=<>{}[]'];
const delimiters: fc.Arbitrary<AstmDelimiters> = fc
  .shuffledSubarray(punctuation, { minLength: 4, maxLength: 4 })
  .map(([field = '|', repeat = '\\', component = '^', escape = '&']) => ({
    field,
    repeat,
    component,
    escape,
  }));

/** Component text: anything, including delimiters, control characters and non-Latin text. */
const componentText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'|\\^&`~AZ09 \r\n\t€é'), maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
/** A field as repeats of components, normalised the way encoding does (no trailing empty components). */
const fieldValue = fc
  .array(fc.array(componentText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 })
  .map((repeats) => repeats.map(dropTrailingEmpty));

function dropTrailingEmpty(components: string[]): string[] {
  const out = [...components];
  while (out.length > 1 && out[out.length - 1] === '') out.pop();
  return out.length === 1 && out[0] === '' ? [''] : out;
}

const recordType = fc.constantFrom('P', 'O', 'R', 'C', 'Q', 'M', 'S', 'L', 'X', 'Z');
const terminator = fc.constantFrom<AstmLineTerminator>('\r', '\n', '\r\n');

describe('frames, for any text', () => {
  it('a built frame parses back to the same number, text and end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 7 }),
        frameText,
        fc.constantFrom<AstmFrameEnd>('ETB', 'ETX'),
        (frameNumber, text, end) => {
          const parsed = parseAstmFrame(buildAstmFrame({ frameNumber, text, end }));
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(parsed.frame).toMatchObject({ frameNumber, text, end });
        },
      ),
    );
  });

  it('a message split into frames joins back to the same bytes, 240 at most per frame', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 1500 }).map((b) => b.map((x) => (isRestrictedTextByte(x) ? 0x20 : x))),
        fc.integer({ min: 0, max: 7 }),
        (text, first) => {
          const frames = frameAstmMessage(text, { firstFrameNumber: first }).frames.map((f) => {
            const parsed = parseAstmFrame(f);
            if (!parsed.ok) throw new Error(parsed.detail);
            return parsed.frame;
          });
          expect(joinAstmFrameTexts(frames)).toEqual(text);
          frames.forEach((frame, i) => {
            expect(frame.frameNumber).toBe((first + i) % 8);
            expect(frame.end).toBe(i === frames.length - 1 ? 'ETX' : 'ETB');
            expect(frame.text.length).toBeLessThanOrEqual(240);
          });
        },
      ),
    );
  });

  it('a single flipped byte in a frame is never taken for a good frame with the same content', () => {
    fc.assert(
      fc.property(
        fc.array(textByte, { minLength: 1, maxLength: 60 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (text, at, xor) => {
          const frame = buildAstmFrame({ frameNumber: 1, text: Uint8Array.from(text), end: 'ETX' });
          const index = 1 + (at % (frame.length - 1));
          const corrupted = frame.slice();
          corrupted[index] = (corrupted[index] ?? 0) ^ xor;
          const parsed = parseAstmFrame(corrupted);
          if (parsed.ok) expect(parsed.frame.text).not.toEqual(Uint8Array.from(text));
        },
      ),
    );
  });
});

describe('fields, for any text and any delimiters', () => {
  it('encoding then decoding gives back the repeats and components', () => {
    fc.assert(
      fc.property(fieldValue, delimiters, (value, d) => {
        expect(areValidAstmDelimiters(d)).toBe(true);
        const raw = encodeAstmField(value, d);
        expect(raw).not.toMatch(/[\r\n]/);
        expect(raw.includes(d.field)).toBe(false);
        expect(decodeAstmField(raw, d)).toEqual(value);
      }),
    );
  });
});

describe('messages, for any generated content', () => {
  const generatedMessage = fc.record({
    d: delimiters,
    records: fc.array(fc.tuple(recordType, fc.array(fieldValue, { maxLength: 8 }), terminator), {
      maxLength: 12,
    }),
    headerTerminator: terminator,
  });

  it('print then parse gives the same records and field values; parse then print gives the same text', () => {
    fc.assert(
      fc.property(generatedMessage, ({ d, records, headerTerminator }) => {
        const built = [
          AstmRecord.build('H', [null, 'CTRL'], d, headerTerminator),
          ...records.map(([type, fields, t]) => AstmRecord.build(type, fields, d, t)),
        ];
        const text = built.map(String).join('');
        const parsed = parseAstmText(text);
        expect(printAstmDocument(parsed)).toBe(text);
        expect(parsed.records.map((r) => r.fields)).toEqual(built.map((r) => r.fields));
        records.forEach(([, fields], i) => {
          const record = parsed.records[i + 1];
          fields.forEach((value, f) => expect(record?.field(f + 2).repeats).toEqual(value));
        });
        expect(parsed.messages.flatMap((m) => m.records)).toHaveLength(built.length);
      }),
    );
  });

  it('any text at all prints back exactly as it was parsed', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'HPORCLQ|\\^&`\r\n xyz19'), maxLength: 200 }),
        (text) => {
          expect(printAstmDocument(parseAstmText(text))).toBe(text);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(printAstmDocument(parseAstmText(text))).toBe(text);
      }),
    );
  });
});

/** Every reader on every record of its type: none may throw on whatever a parse produced. */
function readEverything(text: string): void {
  const document = parseAstmText(text);
  for (const record of document.records) {
    switch (record.recordType) {
      case 'H':
        readAstmHeader(record);
        break;
      case 'P':
        readAstmPatient(record);
        break;
      case 'O':
        readAstmOrder(record);
        break;
      case 'R':
        readAstmResult(record);
        break;
      case 'C':
        readAstmComment(record);
        break;
      case 'Q':
        readAstmQuery(record);
        break;
      case 'M':
        readAstmManufacturer(record);
        break;
      case 'L':
        readAstmTerminator(record);
        break;
      case 'S':
      case undefined:
        break;
      default:
        record.recordType satisfies never;
    }
  }
}

describe('fuzzing: arbitrary bytes', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 600 }),
    // Near-frames: STX, a digit, some text, an end byte, maybe a checksum and CR LF.
    fc
      .tuple(
        fc.integer({ min: 0x2f, max: 0x39 }),
        fc.uint8Array({ maxLength: 80 }),
        fc.constantFrom(0x03, 0x17, 0x0d),
        fc.uint8Array({ maxLength: 5 }),
      )
      .map(([fn, text, end, tail]) => Uint8Array.from([0x02, fn, ...text, end, ...tail])),
  );

  it('never make the frame parser throw', () => {
    fc.assert(
      fc.property(bytes, (input) => {
        const frame = parseAstmFrame(input);
        if (!frame.ok) expect(typeof frame.detail).toBe('string');
        parseAstmFrameBody(input);
      }),
      { numRuns: 2000 },
    );
  });

  it('never make the record parser or the readers throw, in any charset', () => {
    fc.assert(
      fc.property(bytes, fc.constantFrom(...Object.values(AstmCharset)), (input, charset) => {
        const text = decodeAstmText(input, charset);
        readEverything(text);
        if (charset !== AstmCharset.utf8)
          expect(encodeAstmText(printAstmDocument(parseAstmText(text)), charset)).toEqual(input);
      }),
      { numRuns: 2000 },
    );
  });

  it('record-shaped noise (delimiters, escapes, record types) never makes the readers throw', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'HPORCQMLS|\\^&`X0123456789,.<>-\r\n '), maxLength: 400 }),
        (text) => {
          readEverything(text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a megabyte of noise is parsed, not hung on', () => {
    const noise = new Uint8Array(1 << 20);
    let seed = 7;
    for (let i = 0; i < noise.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      noise[i] = seed >> 16;
    }
    const document = parseAstmText(decodeAstmText(noise, AstmCharset.latin1));
    expect(document.records.length).toBeGreaterThan(0);
    expect(parseAstmFrame(noise).ok).toBe(false);
  });
});
