/**
 * The link against an outside transcript (python-astm), two links talking over a faulty line, and
 * fuzzing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AstmCharset,
  AstmControl,
  decodeAstmText,
  encodeAstmText,
  frameAstmRecords,
} from '@aliquot/codecs/astm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AstmLink } from './astm-link.js';
import type { AstmLinkAction, AstmLinkEvent, AstmLinkRole, AstmLinkTimer } from './astm-link-types.js';

const latin1 = (text: string): Uint8Array => encodeAstmText(text, AstmCharset.latin1);

describe('the python-astm sender transcript (two sessions, then an empty one)', () => {
  const file = path.resolve(
    fileURLToPath(new URL('../../../../', import.meta.url)),
    '../shared/corpus/python-astm/codec_vectors.json',
  );
  const transcript = (
    JSON.parse(readFileSync(file, 'utf8')) as { transcripts: { id: string; sent: string[] }[] }
  ).transcripts[0];

  it('is what our sender writes when every transmission but EOT is ACKed', () => {
    const link = new AstmLink();
    const records = ['H\r', 'P\r', 'O\r', 'L\r'].map(latin1);
    const written: string[] = [];
    const collect = (actions: AstmLinkAction[]): void => {
      for (const a of actions)
        if (a.type === 'write') written.push(decodeAstmText(a.bytes, AstmCharset.latin1));
    };
    collect(
      link.handle({
        type: 'send-requested',
        message: { id: 's1', frames: frameAstmRecords(records).frames },
      }),
    );
    collect(
      link.handle({
        type: 'send-requested',
        message: { id: 's2', frames: frameAstmRecords(records).frames },
      }),
    );
    collect(link.handle({ type: 'send-requested', message: { id: 'empty', frames: [] } }));
    // The receiver ACKs every transmission except EOT.
    for (let i = 0; i < 40 && link.queued.length > 0; i++) {
      collect(link.handle({ type: 'bytes-received', bytes: Uint8Array.of(AstmControl.ACK) }));
    }
    expect(transcript?.id).toBe('two_sessions_then_empty');
    expect(written).toEqual(transcript?.sent);
  });
});

/**
 * Two links on a simulated line with a virtual clock. The line may corrupt a byte now and then;
 * whatever happens, the receiving side only ever delivers messages that were sent, intact, and a
 * message reported sent was delivered.
 */
function simulate(
  messages: string[][],
  corruptions: Set<number>,
  reject: Set<number>,
): { delivered: string[]; sent: string[]; failed: string[] } {
  const computer = new AstmLink({ role: 'computer' });
  const instrument = new AstmLink({ role: 'instrument' });
  const timers = new Map<string, number>();
  const queue: { at: number; to: 'computer' | 'instrument'; event: AstmLinkEvent }[] = [];
  const delivered: string[] = [];
  const sent: string[] = [];
  const failed: string[] = [];
  let now = 0;
  let byteCount = 0;
  let received = 0;

  const run = (side: 'computer' | 'instrument', actions: AstmLinkAction[]): void => {
    const other = side === 'computer' ? 'instrument' : 'computer';
    for (const a of actions) {
      switch (a.type) {
        case 'write': {
          const bytes = a.bytes.map((b) => (corruptions.has(byteCount++) ? b ^ 0x20 : b));
          queue.push({ at: now + 1, to: other, event: { type: 'bytes-received', bytes } });
          break;
        }
        case 'start-timer':
          timers.set(`${side}:${a.timer}`, now + a.ms);
          break;
        case 'cancel-timer':
          timers.delete(`${side}:${a.timer}`);
          break;
        case 'message-received': {
          const ok = !reject.has(received++);
          if (ok) delivered.push(decodeAstmText(a.text, AstmCharset.latin1));
          queue.push({
            at: now + 1,
            to: side,
            event: { type: ok ? 'message-accepted' : 'message-rejected', receivedId: a.receivedId },
          });
          break;
        }
        case 'message-sent':
          sent.push(a.id);
          break;
        case 'send-failed':
          failed.push(a.id);
          break;
        case 'receive-ended':
        case 'link-error':
        case 'link-notice':
          break;
        default:
          a satisfies never;
      }
    }
  };

  messages.forEach((records, i) => {
    const frames = frameAstmRecords(records.map((r) => latin1(`${r}\r`))).frames;
    run('instrument', instrument.handle({ type: 'send-requested', message: { id: `m${i}`, frames } }));
  });
  for (let steps = 0; steps < 20_000; steps++) {
    queue.sort((a, b) => a.at - b.at);
    const next = queue.shift();
    const timer = [...timers.entries()].sort((a, b) => a[1] - b[1])[0];
    if (next && (!timer || next.at <= timer[1])) {
      now = next.at;
      run(next.to, (next.to === 'computer' ? computer : instrument).handle(next.event));
    } else if (timer) {
      now = timer[1];
      timers.delete(timer[0]);
      const [side, name] = timer[0].split(':') as ['computer' | 'instrument', AstmLinkTimer];
      run(side, (side === 'computer' ? computer : instrument).handle({ type: 'timer-expired', timer: name }));
    } else break;
  }
  return { delivered, sent, failed };
}

/** Keeps positions at least 250 apart, so no frame gets two corrupted bytes. */
function apart(positions: number[]): number[] {
  const kept: number[] = [];
  for (const p of [...positions].sort((a, b) => a - b)) {
    if (kept.length === 0 || p - (kept[kept.length - 1] ?? 0) >= 250) kept.push(p);
  }
  return kept;
}

describe('two links over a line', () => {
  it('deliver every message, once and in order, when nothing goes wrong', () => {
    const messages = [
      ['H|\\^&', 'P|1', 'O|1|S1', 'R|1|^^^GLU|5.4', 'L|1|N'],
      ['H|\\^&', 'L|1|N'],
    ];
    const result = simulate(messages, new Set(), new Set());
    expect(result.delivered).toEqual(messages.flat().map((r) => `${r}\r`));
    expect(result.sent).toEqual(['m0', 'm1']);
    expect(result.failed).toEqual([]);
  });

  // The E1381 checksum is a plain sum of bytes, so two errors in one frame can cancel out ("|" CR
  // corrupted to "\\" "-" sums the same). The line here corrupts at most one byte per frame: corrupted
  // byte positions are at least 250 bytes apart, more than a frame holds.
  it('deliver only what was sent, intact, whatever single bytes the line corrupts or the receiver refuses', () => {
    const record = fc
      .string({ unit: fc.constantFrom(...'ABC019|^\\&.,'), maxLength: 300 })
      .map((s) => `R|${s}`);
    fc.assert(
      fc.property(
        fc.array(fc.array(record, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(fc.nat(3000), { maxLength: 8 }).map(apart),
        fc.uniqueArray(fc.nat(20), { maxLength: 3 }),
        (messages, corrupt, refuse) => {
          const { delivered, sent, failed } = simulate(messages, new Set(corrupt), new Set(refuse));
          const all = messages.flat().map((r) => `${r}\r`);
          // Delivered records are sent records, each at most once, in the order they were sent.
          let cursor = 0;
          for (const text of delivered) {
            const at = all.indexOf(text, cursor);
            expect(at).toBeGreaterThanOrEqual(0);
            cursor = at + 1;
          }
          expect(sent.length + failed.length).toBe(messages.length);
          // A message reported sent had each of its records delivered.
          for (const id of sent) {
            for (const r of messages[Number(id.slice(1))] ?? []) expect(delivered).toContain(`${r}\r`);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('fuzzing the link', () => {
  const event: fc.Arbitrary<AstmLinkEvent> = fc.oneof(
    fc.uint8Array({ maxLength: 40 }).map((bytes) => ({ type: 'bytes-received' as const, bytes })),
    fc.constantFrom(0x02, 0x03, 0x04, 0x05, 0x06, 0x0a, 0x0d, 0x15, 0x17, 0x31).map((b) => ({
      type: 'bytes-received' as const,
      bytes: Uint8Array.of(b),
    })),
    fc
      .constantFrom<AstmLinkTimer>('reply', 'receive', 'retry')
      .map((timer) => ({ type: 'timer-expired' as const, timer })),
    fc.nat(5).map((receivedId): AstmLinkEvent => ({ type: 'message-accepted', receivedId })),
    fc.nat(5).map((receivedId): AstmLinkEvent => ({ type: 'message-rejected', receivedId })),
    fc.constant<AstmLinkEvent>({ type: 'connection-lost' }),
    fc.constant<AstmLinkEvent>({
      type: 'send-requested',
      message: { id: 'x', frames: frameAstmRecords([latin1('H|\\^&\r')]).frames },
    }),
  );

  it('arbitrary events and bytes never make it throw, and it always ends in a known phase', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 60 }),
        fc.constantFrom<AstmLinkRole>('computer', 'instrument'),
        (events, role) => {
          const link = new AstmLink({ role });
          for (const e of events) {
            for (const action of link.handle(e)) {
              if (action.type === 'write') expect(action.bytes.length).toBeGreaterThan(0);
            }
          }
          expect(['neutral', 'establishment', 'sending', 'receiving', 'awaiting-acceptance']).toContain(
            link.phase,
          );
        },
      ),
      { numRuns: 1500 },
    );
  });
});
