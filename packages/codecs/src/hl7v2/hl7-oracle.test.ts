import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { create, type Node } from 'hl7parser';
import { describe, expect, it } from 'vitest';
import { parseHl7Batch } from './hl7-batch.js';
import { DEFAULT_HL7_DELIMITERS } from './hl7-delimiters.js';
import { encodeHl7Text } from './hl7-escape.js';
import type { Hl7Message } from './hl7-message.js';
import { parseHl7Message } from './hl7-message.js';

/*
 * Differential tests with hl7parser (artifacthealth, a correct but slower parser) as the oracle: every
 * subcomponent of every field of every segment must decode to the same text.
 *
 * What is adapted for the oracle, and why:
 * - it splits segments on CR only and cannot parse an empty line, so it is given our segments joined by
 *   CR with empty lines left out (and no BOM); each message of a batch file is given separately;
 * - it trims each segment's text, so a value at the very end of a segment is compared with trailing
 *   whitespace removed;
 * - it passes `\.br\` through undecoded, while we decode it as a line break, so its `\.br\` is read as `\n`.
 */
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const corpus = path.resolve(repoRoot, '../shared/corpus');

function hl7Files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? hl7Files(p) : e.name.endsWith('.hl7') ? [p] : [];
  });
}

interface Disagreement {
  readonly at: string;
  readonly oracle: string;
  readonly ours: string;
}

/** Compares every subcomponent; returns the disagreements and how many values were compared. */
function compareWithOracle(message: Hl7Message): { compared: number; disagreements: Disagreement[] } {
  const d = message.delimiters;
  const segments = message.segments.filter((s) => s.name !== '');
  const oracle = create(segments.map((s) => s.toString()).join('\r'));
  const oracleSegments = oracle.toArray();
  const disagreements: Disagreement[] = [];
  let compared = 0;
  segments.forEach((seg, i) => {
    const oracleFields = oracleSegments[i]?.toArray() ?? [];
    const header = seg.name === 'MSH';
    const text = seg.toString();
    const trailingSpace = text.length !== text.trimEnd().length;
    for (let f = header ? 3 : 1; f <= seg.fieldCount; f++) {
      const reps: Node[] = oracleFields[header ? f - 1 : f]?.toArray() ?? [];
      const repCount = Math.max(reps.length, seg.repetitionCount(f));
      for (let r = 1; r <= repCount; r++) {
        const comps = reps[r - 1]?.toArray() ?? [];
        const compCount = Math.max(
          comps.length,
          seg.raw(f, undefined, undefined, r).split(d.component).length,
        );
        for (let c = 1; c <= compCount; c++) {
          const subs = comps[c - 1]?.toArray() ?? [];
          const subCount = Math.max(subs.length, seg.raw(f, c, undefined, r).split(d.subcomponent).length);
          for (let s = 1; s <= subCount; s++) {
            const last = f === seg.fieldCount && r === repCount && c === compCount && s === subCount;
            const theirs = (subs[s - 1]?.toString() ?? '').replaceAll('\\.br\\', '\n');
            const raw = seg.value(f, c, s, r);
            const ours = last && trailingSpace ? raw.trimEnd() : raw;
            compared++;
            if (theirs !== ours)
              disagreements.push({ at: `${seg.name}#${i + 1}-${f}(${r}).${c}.${s}`, oracle: theirs, ours });
          }
        }
      }
    }
  });
  return { compared, disagreements };
}

describe('hl7parser agrees with us on every value of every corpus message', () => {
  for (const file of hl7Files(corpus).sort()) {
    it(path.relative(corpus, file), () => {
      const batch = parseHl7Batch(readFileSync(file, 'utf8'));
      for (const message of batch.messages) {
        const { compared, disagreements } = compareWithOracle(message);
        expect(disagreements).toEqual([]);
        expect(compared).toBeGreaterThan(0);
      }
    });
  }
});

describe('hl7parser agrees with us on generated messages with escaped content', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 12 });
  const value = fc.oneof(text, fc.constantFrom('|', '^', '~', '&', '\\', 'a\nb', '5.4', '<10', 'x\r'));
  const segment = fc.record({
    name: fc.constantFrom('PID', 'OBR', 'OBX', 'NTE', 'ZLB'),
    fields: fc.array(
      fc.array(fc.array(fc.array(value, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), {
        minLength: 1,
        maxLength: 2,
      }),
      { maxLength: 8 },
    ),
  });
  it('decodes each generated value the same way', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        const d = DEFAULT_HL7_DELIMITERS;
        const lines = ['MSH|^~\\&|GEN|LAB|||20240101||ORU^R01|1|P|2.5.1'];
        for (const seg of segments) {
          const fields = seg.fields.map((reps) =>
            reps
              .map((comps) => comps.map((subs) => subs.map((v) => encodeHl7Text(v, d)).join('&')).join('^'))
              .join('~'),
          );
          lines.push([seg.name, ...fields].join('|'));
        }
        const { disagreements } = compareWithOracle(parseHl7Message(lines.join('\r')));
        expect(disagreements).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
