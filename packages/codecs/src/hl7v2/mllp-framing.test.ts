import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeMllpFrame, MllpDecoder, type MllpEvent } from './mllp-framing.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (b: Uint8Array): string => new TextDecoder().decode(b);
const frame = (s: string): Uint8Array => encodeMllpFrame(bytes(s));
const join = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const messages = (events: MllpEvent[]): string[] =>
  events.flatMap((e) => (e.kind === 'message' ? [text(e.bytes)] : []));

const result = 'MSH|^~\\&|LIS|LAB|||20240501||ORU^R01|1|P|2.5.1\rOBX|1|NM|2345-7^Glucose^LN||5.4|mmol/L\r';

describe('MLLP frames', () => {
  it('wraps a message in VT ... FS CR', () => {
    expect([...frame('AB')]).toEqual([0x0b, 0x41, 0x42, 0x1c, 0x0d]);
  });
  it('delivers a message that arrives one byte at a time', () => {
    const decoder = new MllpDecoder();
    const all = frame(result);
    const events = [...all].flatMap((b) => decoder.push(Uint8Array.of(b)));
    expect(events).toEqual([{ kind: 'message', bytes: bytes(result) }]);
  });
  it('delivers several messages from one chunk, in order', () => {
    const decoder = new MllpDecoder();
    expect(messages(decoder.push(join(frame('A'), frame('B'), frame('C'))))).toEqual(['A', 'B', 'C']);
  });
  it('delivers the same messages however the stream is cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 30 }),
        (sent, cuts) => {
          const clean = sent.map((s) => s.replaceAll('\u000b', '').replaceAll('\u001c', ''));
          const stream = join(...clean.map(frame));
          const decoder = new MllpDecoder();
          const events: MllpEvent[] = [];
          let at = 0;
          for (let i = 0; at < stream.length; i++) {
            const size = cuts[i % cuts.length] ?? 1;
            events.push(...decoder.push(stream.subarray(at, at + size)));
            at += size;
          }
          events.push(...decoder.end());
          expect(messages(events)).toEqual(clean);
          expect(events.every((e) => e.kind === 'message')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('what does not belong in a frame is reported, never silently dropped', () => {
  it('reports bytes before a start block', () => {
    const events = new MllpDecoder().push(join(bytes('hello'), frame('A')));
    expect(events[0]).toMatchObject({ kind: 'junk', reason: 'before-start-block', length: 5 });
    expect(text((events[0] as { sample: Uint8Array }).sample)).toBe('hello');
    expect(messages(events)).toEqual(['A']);
  });
  it('reports a frame cut short by a new start block, and still reads the new one', () => {
    const events = new MllpDecoder().push(join(Uint8Array.of(0x0b), bytes('MSH|half'), frame('B')));
    expect(events[0]).toMatchObject({ kind: 'junk', reason: 'incomplete-message', length: 8 });
    expect(messages(events)).toEqual(['B']);
  });
  it('reports a frame still open when the connection ends', () => {
    const decoder = new MllpDecoder();
    expect(decoder.push(join(Uint8Array.of(0x0b), bytes('MSH|')))).toEqual([]);
    expect(decoder.buffered).toBe(4);
    expect(decoder.end()).toMatchObject([{ kind: 'junk', reason: 'incomplete-message', length: 4 }]);
  });
  it('delivers a message whose end block lacks its CR, and says so', () => {
    const events = new MllpDecoder().push(
      join(Uint8Array.of(0x0b), bytes('A'), Uint8Array.of(0x1c), frame('B')),
    );
    expect(messages(events)).toEqual(['A', 'B']);
    expect(events[1]).toMatchObject({ kind: 'junk', reason: 'missing-cr-after-end-block', length: 0 });
  });
  it('refuses a message larger than allowed, keeping its head to read the MSH from', () => {
    const decoder = new MllpDecoder({ maxMessageBytes: 64, sampleBytes: 16 });
    const big = `MSH|^~\\&|${'X'.repeat(200)}`;
    const events = [
      ...decoder.push(frame(big).subarray(0, 100)),
      ...decoder.push(join(frame(big).subarray(100), frame('ok'))),
    ];
    expect(events[0]).toMatchObject({ kind: 'oversize', length: big.length });
    expect(text((events[0] as { head: Uint8Array }).head)).toBe(big.slice(0, 16));
    expect(messages(events)).toEqual(['ok']);
  });
  it('accounts for every byte of an arbitrary stream: only VT, FS and CR may go unreported', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 12 }), (chunks) => {
        const decoder = new MllpDecoder({ maxMessageBytes: 30 });
        const events = [...chunks.flatMap((c) => decoder.push(c)), ...decoder.end()];
        const total = chunks.reduce((n, c) => n + c.length, 0);
        const control = chunks.reduce(
          (n, c) => n + c.filter((b) => b === 0x0b || b === 0x1c || b === 0x0d).length,
          0,
        );
        let reported = 0;
        for (const e of events) reported += e.kind === 'message' ? e.bytes.length : e.length;
        expect(reported).toBeLessThanOrEqual(total);
        expect(total - reported).toBeLessThanOrEqual(control);
      }),
      { numRuns: 500 },
    );
  });
});
