import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delimitersOf } from './hl7-delimiters.js';
import { Hl7Message, parseHl7Message } from './hl7-message.js';

/*
 * Property-based tests: whatever delimiters a sender declares and whatever text it carries, what we
 * print parses back to the same values, and what we parse prints back to the same text.
 */

/** Five distinct delimiter characters (field separator first), sometimes with a v2.7 truncation char. */
const delimiters = fc
  .uniqueArray(fc.constantFrom(...'|^~\\&#!@$%*+/:;=?ABCDxyz'.split('')), { minLength: 6, maxLength: 6 })
  .chain((chars) =>
    fc.boolean().map((withTruncation) => {
      const [field = '|', ...rest] = chars;
      return delimitersOf(field, rest.slice(0, withTruncation ? 5 : 4).join(''));
    }),
  );

/** Text as a lab sends it, plus every character that needs escaping. */
const value = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: fc.constantFrom(...'|^~\\&#!@$%ABCDxyz \n\r\u000b\u001c.5<'.split('')), maxLength: 10 }),
);

const location = fc.record({
  field: fc.integer({ min: 1, max: 12 }),
  repetition: fc.integer({ min: 1, max: 3 }),
  component: fc.integer({ min: 1, max: 4 }),
  subcomponent: fc.integer({ min: 1, max: 3 }),
});

const segmentName = fc.constantFrom('PID', 'PV1', 'ORC', 'OBR', 'OBX', 'NTE', 'SPM', 'ZQC');

describe('a message we print parses back to the values we set', () => {
  it('holds for random delimiters, line endings and escaped content', () => {
    fc.assert(
      fc.property(
        delimiters,
        fc.constantFrom('\r', '\n', '\r\n'),
        fc.array(fc.tuple(segmentName, fc.array(fc.tuple(location, value), { maxLength: 8 })), {
          maxLength: 6,
        }),
        (d, lineEnding, segments) => {
          const built = Hl7Message.create({ delimiters: d, lineEnding });
          built.set('MSH-9.1', 'ORU');
          built.set('MSH-9.2', 'R01');
          const expected: { index: number; loc: (typeof segments)[number][1][number][0]; text: string }[] =
            [];
          segments.forEach(([name, writes]) => {
            const seg = built.appendSegment(name);
            const index = built.segments.length - 1;
            const written = new Map<string, { loc: (typeof writes)[number][0]; text: string }>();
            for (const [loc, text] of writes) {
              seg.set(loc, text);
              written.set(`${loc.field}.${loc.repetition}.${loc.component}.${loc.subcomponent}`, {
                loc,
                text,
              });
            }
            for (const { loc, text } of written.values()) expected.push({ index, loc, text });
          });
          const printed = built.toString();
          const parsed = parseHl7Message(printed);
          expect(parsed.delimiters).toEqual(d);
          expect(parsed.value('MSH-9.2')).toBe('R01');
          for (const { index, loc, text } of expected) {
            const seg = parsed.segments[index];
            expect(seg?.value(loc.field, loc.component, loc.subcomponent, loc.repetition)).toBe(text);
          }
          expect(parsed.toString()).toBe(printed);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('text we parse prints back unchanged', () => {
  const segmentText = fc.string({ unit: fc.constantFrom(...'|^~\\&AZ09 é'.split('')), maxLength: 30 });
  it('holds for any mix of CR, LF, CRLF, empty lines, a BOM and a missing last terminator', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(segmentText, fc.constantFrom('\r', '\n', '\r\n')), { maxLength: 10 }),
        fc.constantFrom('', '\r', '\n', '\r\n'),
        (bom, lines, last) => {
          const text = `${bom ? '\uFEFF' : ''}MSH|^~\\&|X${lines.map(([t, e]) => e + t).join('')}${last}`;
          const message = parseHl7Message(text);
          expect(message.toString()).toBe(text);
          expect(message.hasBom).toBe(bom);
          for (const seg of message.segments) {
            for (let f = 1; f <= seg.fieldCount; f++) seg.value(f);
          }
          expect(message.toString()).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });
});
