import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHl7Batch } from './hl7-batch.js';
import { chooseHl7Encoding } from './hl7-charset.js';
import { parseHl7Message } from './hl7-message.js';

/*
 * Real messages nobody on the team wrote (shared/corpus, see its README and MANIFEST.json).
 *
 * Nothing is normalised for the round trip. Several files have inconsistent terminators — the CDC
 * "_3_hl7_translation_final" files and the Cerner samples end their segments with CR but the file with
 * LF; others use LF or CRLF throughout; some start with a UTF-8 BOM — and each segment remembers its own
 * terminator, so all of them print back byte for byte.
 */
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const corpus = path.resolve(repoRoot, '../shared/corpus');

function hl7Files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? hl7Files(p) : e.name.endsWith('.hl7') ? [p] : [];
  });
}

/** Decodes as the MLLP shell does: UTF-8 when well-formed, else a byte-preserving 8-bit reading. */
function readText(file: string): { bytes: Buffer; text: string; encoding: BufferEncoding } {
  const bytes = readFileSync(file);
  const encoding: BufferEncoding = chooseHl7Encoding(bytes).encoding === 'utf-8' ? 'utf8' : 'latin1';
  return { bytes, text: bytes.toString(encoding), encoding };
}

const files = hl7Files(corpus).sort();
const name = (file: string): string => path.relative(corpus, file);

describe('every corpus message prints back byte for byte', () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
  });
  for (const file of files) {
    it(name(file), () => {
      const { bytes, text, encoding } = readText(file);
      const batch = parseHl7Batch(text);
      expect(Buffer.from(batch.toString(), encoding).equals(bytes)).toBe(true);
      expect(batch.messages.length).toBeGreaterThan(0);
      if (
        batch.messages.length === 1 &&
        batch.fileHeader === undefined &&
        batch.batches[0]?.header === undefined
      ) {
        const message = parseHl7Message(text);
        expect(Buffer.from(message.toString(), encoding).equals(bytes)).toBe(true);
        expect(message.isModified).toBe(false);
      }
    });
  }
});

describe('changing one field of a corpus message rewrites only its segment', () => {
  for (const file of files) {
    it(name(file), () => {
      const { text } = readText(file);
      const batch = parseHl7Batch(text);
      const message = batch.messages[0];
      if (message === undefined) throw new Error('every corpus file holds a message');
      const before = message.segments.map((s) => s.toString() + s.terminator);
      message.set('MSH-10', 'CHANGED|1');
      const after = message.segments.map((s) => s.toString() + s.terminator);
      const changed = after.flatMap((line, i) => (line === before[i] ? [] : [i]));
      expect(changed).toEqual([message.segments.indexOf(message.header)]);
      expect(message.value('MSH-10')).toBe('CHANGED|1');
      expect(message.raw('MSH-10')).toBe('CHANGED\\F\\1');
      expect(batch.toString()).toBe(
        text.replace(before[changed[0] ?? 0] ?? '', after[changed[0] ?? 0] ?? ''),
      );
    });
  }
});

/*
 * node-hl7-complete's expected parse trees (HAPI-style: segment → field → repetition → component →
 * subcomponent). Two things about how that upstream parser made them, and what the test does about it:
 * - it splits segments on CR only, so for the LF-terminated files (athena, catalyze) the whole file is
 *   one MSH with LFs in its values; those files are parsed here with `segmentTerminators: 'cr'`, the
 *   standard's own rule, and must then agree value for value;
 * - it is inconsistent about surrounding whitespace (it stripped the space of `' CULTURE, STOOL'` but kept
 *   that of `' 11480003'`), so both sides are compared with surrounding whitespace trimmed.
 */
/** A field repetition: a primitive value, or components whose values are text or subcomponents. */
type Repetition = string | Record<string, (string | Record<string, string[]>)[]>;
type SegmentTree = Record<string, Repetition[]>;

function collectSegments(tree: unknown, out: Map<string, SegmentTree[]>): void {
  if (Array.isArray(tree)) {
    for (const x of tree) collectSegments(x, out);
  } else if (tree !== null && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
      if (/^[A-Z0-9]{3}$/.test(key)) {
        const list = out.get(key) ?? [];
        list.push(...(value as SegmentTree[]));
        out.set(key, list);
      } else {
        collectSegments(value, out);
      }
    }
  }
}

const position = (key: string): number => Number(key.slice(key.lastIndexOf('.') + 1));

describe('node-hl7-complete parse trees agree with our decoded values', () => {
  const expectedFiles = files.filter((f) => f.includes(`${path.sep}node-hl7-complete${path.sep}`));
  for (const file of expectedFiles) {
    it(name(file), () => {
      const { text } = readText(file);
      const tree: unknown = JSON.parse(readFileSync(file.replace(/\.hl7$/, '.expected.json'), 'utf8'));
      const message = parseHl7Message(text, { segmentTerminators: 'cr' });
      const expected = new Map<string, SegmentTree[]>();
      collectSegments(tree, expected);
      let compared = 0;
      for (const [segmentId, occurrences] of expected) {
        const ours = message.segmentsNamed(segmentId);
        expect(ours.length, `${segmentId} count`).toBe(occurrences.length);
        occurrences.forEach((fields, i) => {
          const seg = ours[i];
          if (seg === undefined) return;
          for (const [fieldKey, repetitions] of Object.entries(fields)) {
            const field = position(fieldKey);
            repetitions.forEach((rep, r) => {
              const check = (want: string, c: number, s: number): void => {
                const at = `${segmentId}[${i + 1}]-${field}(${r + 1}).${c}.${s}`;
                expect(seg.value(field, c, s, r + 1).trim(), at).toBe(want.trim());
                compared++;
              };
              if (typeof rep === 'string') {
                check(rep, 1, 1);
                return;
              }
              for (const [componentKey, values] of Object.entries(rep)) {
                const value = values[0];
                if (typeof value === 'string') check(value, position(componentKey), 1);
                else if (value !== undefined && typeof value === 'object') {
                  for (const [subKey, subValues] of Object.entries(value)) {
                    check(subValues[0] ?? '', position(componentKey), position(subKey));
                  }
                }
              }
            });
          }
        });
      }
      expect(compared).toBeGreaterThan(10);
    });
  }
});

describe('go-parser ORM^O01 messages from SWISSLAB and CIT senders', () => {
  const source = JSON.parse(
    readFileSync(path.join(corpus, 'go-parser/e2e_hl7_unmarshal_test_messages.json'), 'utf8'),
  ) as {
    messages: Record<string, string[]>;
  };
  it('reads repetitions in PID-2 and OBR-4 and prints every message back', () => {
    for (const [testName, [text]] of Object.entries(source.messages)) {
      if (text === undefined) continue;
      const message = parseHl7Message(text);
      expect(message.toString(), testName).toBe(text);
      expect(message.value('MSH-9.2')).toBe('O01');
    }
    const generic = parseHl7Message(source.messages.Test_Order_ORM_generic1?.[0] ?? '');
    expect(generic.segment('PID')?.repetitionCount(2)).toBe(2);
    expect(generic.value('PID-2(2).2')).toBe('c');
    expect(generic.value('OBR-4(2)')).toBe('102');
    expect(generic.value('MSH-18')).toBe('8859/1');
  });
  it('keeps German umlauts in a SWISSLAB test name', () => {
    const json = parseHl7Message(source.messages.TestJson?.[0] ?? '');
    expect(json.value('OBR-4.2')).toBe('HIV-1/2 PCR mit erhöhter Sensitivität');
    expect(json.segmentsNamed('OBR')).toHaveLength(3);
  });
});
