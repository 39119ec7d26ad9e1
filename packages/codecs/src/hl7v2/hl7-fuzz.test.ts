import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LabError } from '@aliquot/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAckForProblems, buildRejectAck } from './hl7-ack.js';
import { parseHl7Batch } from './hl7-batch.js';
import { readLabOrders, readOulR22, readAck, readQuery } from './hl7-lab-messages.js';
import { tryParseHl7Message } from './hl7-message.js';
import { validateHl7Message } from './hl7-validation.js';

/*
 * Fuzzing: arbitrary text, and real messages with random damage, never make the codec throw anything
 * but a LabError, never make it hang, and whatever parses prints back as it came.
 */
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const corpus = path.resolve(repoRoot, '../shared/corpus');
const samples = [
  'python-hl7/sample_hl7.hl7',
  'fhir-converter/hl7v2/LAB-ORU-1.hl7',
  'python-hl7/sample_file1.hl7',
]
  .map((f) => readFileSync(path.join(corpus, f), 'utf8'))
  .concat(
    readdirSync(path.join(corpus, 'cdc-trusted-intermediary/Test/Message')).map((f) =>
      readFileSync(path.join(corpus, 'cdc-trusted-intermediary/Test/Message', f), 'utf8'),
    ),
  );

/** Runs everything a receiver would do with inbound text; only LabError may escape. */
function exercise(text: string): void {
  const parsed = tryParseHl7Message(text);
  const validation = validateHl7Message(text);
  if (!parsed.ok) {
    expect(validation.ackCode).toBe('AR');
    expect(buildRejectAck(text, validation.problems).segment('MSA')?.value(1)).toBe('AR');
  } else {
    const message = parsed.message;
    expect(message.toString()).toBe(text);
    for (const seg of message.segments) {
      for (let f = 1; f <= Math.min(seg.fieldCount, 40); f++) {
        seg.value(f);
        seg.value(f, 2, 2, 2);
        seg.raw(f);
        seg.components(f);
      }
    }
    readLabOrders(message);
    readOulR22(message);
    readAck(message);
    readQuery(message);
    const ack = buildAckForProblems(message, validation.problems);
    expect(ack.segment('MSA')?.value(2)).toBe(message.value('MSH-10'));
  }
  try {
    expect(parseHl7Batch(text).toString()).toBe(text);
  } catch (e) {
    expect(e).toBeInstanceOf(LabError);
  }
}

const damage = fc.array(
  fc.record({
    at: fc.nat(),
    cut: fc.integer({ min: 0, max: 8 }),
    insert: fc.string({ unit: fc.constantFrom(...'|^~\\&\r\nMSH\uFEFF\u000bX0.br'.split('')), maxLength: 6 }),
  }),
  { minLength: 1, maxLength: 6 },
);

describe('inbound text never breaks the codec', () => {
  it('survives arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => exercise(s)),
      { numRuns: 1000 },
    );
  });
  it('survives arbitrary text that starts like a message', () => {
    const alphabet = fc.constantFrom(...'MSH|^~\\&#ABC019\r\n \\F\\X.'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 200 }), (s) => exercise(`MSH${s}`)),
      { numRuns: 1000 },
    );
  });
  it('survives real messages with random cuts and insertions', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), damage, (sample, edits) => {
        let text = sample;
        for (const { at, cut, insert } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        exercise(text);
      }),
      { numRuns: 1000 },
    );
  });
  it('handles pathological input in linear time', () => {
    const started = performance.now();
    exercise(`MSH|^~\\&|${'\\'.repeat(200_000)}|${'\\X'.repeat(50_000)}\\|${'~^&'.repeat(50_000)}`);
    exercise(`MSH|^~\\&|A${'\r'.repeat(100_000)}${'\n'.repeat(100_000)}`);
    exercise(`MSH|^~\\&${'|'.repeat(200_000)}`);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
