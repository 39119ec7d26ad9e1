import { LabError } from '@aliquot/domain';
import { describe, expect, it } from 'vitest';
import { parseHl7Message, tryParseHl7Message, Hl7Message } from './hl7-message.js';
import { formatHl7Path, parseHl7Path } from './hl7-path.js';
import { delimitersOf } from './hl7-delimiters.js';

const glucose = [
  'MSH|^~\\&|GHH LAB|ELAB-3|GHH OE|BLDG4|200202150930||ORU^R01^ORU_R01|CNTRL-3456|P|2.5.1',
  'PID|||555-44-4444^^^SSA~MRN77^^^HOSP^MR||EVERYWOMAN^EVE^E^^^^L',
  'OBR|1|845439^GHH OE|1045813^GHH LAB|1554-5^GLUCOSE^LN|||200202150730',
  'OBX|1|NM|1554-5^GLUCOSE POST 12H CFST^LN||182|mg/dL^^UCUM|70-105|H|||F',
  'OBX|2|ST|8251-1^Service comment^LN||Fasting \\T\\ resting; see \\F\\ note|||N|||F',
].join('\r');

describe('reading a glucose result', () => {
  const msg = parseHl7Message(glucose);

  it('numbers MSH fields as HL7 does: MSH-1 is the field separator, MSH-2 the encoding characters', () => {
    expect(msg.value('MSH-1')).toBe('|');
    expect(msg.value('MSH-2')).toBe('^~\\&');
    expect(msg.value('MSH-3')).toBe('GHH LAB');
    expect(msg.value('MSH-9')).toBe('ORU');
    expect(msg.value('MSH-9.2')).toBe('R01');
    expect(msg.value('MSH-10')).toBe('CNTRL-3456');
  });
  it('numbers other segments from the first field after the name', () => {
    expect(msg.value('OBX-2')).toBe('NM');
    expect(msg.value('OBX-5')).toBe('182');
    expect(msg.value('OBX-6')).toBe('mg/dL');
    expect(msg.value('OBX-6.3')).toBe('UCUM');
  });
  it('reaches the second OBX, the second patient identifier and a missing field', () => {
    expect(msg.value('OBX[2]-3.2')).toBe('Service comment');
    expect(msg.value('PID-3(2).1')).toBe('MRN77');
    expect(msg.value('PID-3(2).5')).toBe('MR');
    expect(msg.value('OBX-30')).toBe('');
    expect(msg.value('OBX[3]-5')).toBe('');
    expect(msg.value('NTE-3')).toBe('');
  });
  it('decodes escapes on access and keeps the raw text for who wants it', () => {
    expect(msg.value('OBX[2]-5')).toBe('Fasting & resting; see | note');
    expect(msg.raw('OBX[2]-5')).toBe('Fasting \\T\\ resting; see \\F\\ note');
  });
  it('returns whole fields, repetitions and components as raw text', () => {
    expect(msg.raw('PID-3')).toBe('555-44-4444^^^SSA~MRN77^^^HOSP^MR');
    expect(msg.raw('PID-3(2)')).toBe('MRN77^^^HOSP^MR');
    expect(msg.raw('PID-5.2')).toBe('EVE');
  });
  it('lists segments by ID', () => {
    expect(msg.segmentsNamed('OBX').map((s) => s.value(1))).toEqual(['1', '2']);
    expect(msg.segment('OBX', 2)?.value(5, 1)).toBe('Fasting & resting; see | note');
    expect(msg.segment('ZZZ')).toBeUndefined();
  });
});

describe('printing', () => {
  it('gives back the exact text of an unchanged message', () => {
    const text = `\uFEFF${glucose.replaceAll('\r', '\r\n')}|||\r\n`;
    expect(parseHl7Message(text).toString()).toBe(text);
  });
  it('re-encodes only the field that changed', () => {
    const msg = parseHl7Message(`${glucose}\r`);
    msg.set('OBX-5', '7.1');
    msg.set('OBX[2]-5', 'a|b^c~d&e\\f');
    const lines = msg.toString().split('\r');
    expect(lines[3]).toBe('OBX|1|NM|1554-5^GLUCOSE POST 12H CFST^LN||7.1|mg/dL^^UCUM|70-105|H|||F');
    expect(lines[4]).toBe('OBX|2|ST|8251-1^Service comment^LN||a\\F\\b\\S\\c\\R\\d\\T\\e\\E\\f|||N|||F');
    expect(lines.slice(0, 3).join('\r')).toBe(glucose.split('\r').slice(0, 3).join('\r'));
    expect(msg.value('OBX[2]-5')).toBe('a|b^c~d&e\\f');
  });
  it('writes a component or subcomponent in place, padding with delimiters', () => {
    const msg = parseHl7Message(glucose);
    msg.set('OBX-3.4', 'GLU');
    msg.set('PID-3(2).4.2', '2.16.840.1.113883.3.1');
    msg.set('OBX-20', 'x');
    msg.set('PID-3(4)', 'X9');
    expect(msg.raw('OBX-3')).toBe('1554-5^GLUCOSE POST 12H CFST^LN^GLU');
    expect(msg.raw('PID-3')).toBe('555-44-4444^^^SSA~MRN77^^^HOSP&2.16.840.1.113883.3.1^MR~~X9');
    expect(msg.segment('OBX')?.fieldCount).toBe(20);
  });
  it('appends a new segment after the last, with the message line ending', () => {
    const msg = parseHl7Message(glucose.replaceAll('\r', '\n'));
    msg.set('NTE-3', 'Hemolyzed');
    expect(msg.toString().endsWith('|||F\nNTE|||Hemolyzed')).toBe(true);
    const withEnding = parseHl7Message(`${glucose}\r`);
    withEnding.appendSegment('NTE').set(3, 'x');
    expect(withEnding.toString().endsWith('|||F\rNTE|||x\r')).toBe(true);
  });
  it('removes a segment and keeps the others byte for byte', () => {
    const msg = parseHl7Message(glucose);
    const second = msg.segment('OBX', 2);
    if (second === undefined) throw new Error('the sample has two OBX');
    msg.removeSegment(second);
    expect(msg.toString()).toBe(glucose.split('\r').slice(0, 4).join('\r'));
  });
  it('refuses to set MSH-1 or MSH-2, which are the delimiters themselves', () => {
    const msg = parseHl7Message(glucose);
    expect(() => msg.set('MSH-2', '^~\\')).toThrow(LabError);
    expect(() => msg.set('MSH-1', '!')).toThrow(LabError);
  });
  it('builds a message from nothing, every segment ended by CR as the standard says', () => {
    const msg = Hl7Message.create();
    msg.set('MSH-9.1', 'ACK');
    msg.set('MSA-1', 'AA');
    expect(msg.toString()).toBe('MSH|^~\\&|||||||ACK\rMSA|AA\r');
  });
});

describe('delimiters and line endings', () => {
  it('reads a message written with non-default delimiters', () => {
    const text = 'MSH!@#$%!LAB!!!!!!ORU@R01!1!P!2.5.1\rOBX!1!ST!X@Y!!a$F$b$S$c!';
    const msg = parseHl7Message(text);
    expect(msg.delimiters).toEqual(delimitersOf('!', '@#$%'));
    expect(msg.value('MSH-9.2')).toBe('R01');
    expect(msg.value('OBX-3.2')).toBe('Y');
    expect(msg.value('OBX-5')).toBe('a!b@c');
    expect(msg.toString()).toBe(text);
  });
  it('reads a message whose delimiters are the letters A B C D of the FHIR-Converter vectors', () => {
    const d = delimitersOf('A', 'BD\\C');
    const built = Hl7Message.create({ delimiters: d });
    built.set('MSH-3', 'LAB');
    built.set('MSH-9.1', 'ORU');
    built.set('MSH-9.2', 'R01');
    built.set('OBX-5', 'A & B, C or D');
    const text = built.toString();
    expect(text.startsWith('MSHABD\\CAL\\F\\\\S\\A')).toBe(true);
    expect(text).toContain('\\F\\ & \\S\\, \\T\\ or \\R\\');
    const parsed = parseHl7Message(text);
    expect(parsed.value('MSH-2')).toBe('BD\\C');
    expect(parsed.value('MSH-3')).toBe('LAB');
    expect(parsed.value('MSH-9.2')).toBe('R01');
    expect(parsed.value('OBX-5')).toBe('A & B, C or D');
  });
  it('splits on CR, LF or CRLF and remembers each', () => {
    const text = 'MSH|^~\\&|A\rPID|1\nPV1|1\r\nOBR|1';
    const msg = parseHl7Message(text);
    expect(msg.segments.map((s) => s.name)).toEqual(['MSH', 'PID', 'PV1', 'OBR']);
    expect(msg.segments.map((s) => s.terminator)).toEqual(['\r', '\n', '\r\n', '']);
    expect(msg.toString()).toBe(text);
  });
  it('treats LF as data when asked to follow the standard strictly (CR only)', () => {
    const msg = parseHl7Message('MSH|^~\\&|A\nB\rPID|1', { segmentTerminators: 'cr' });
    expect(msg.segments.map((s) => s.name)).toEqual(['MSH', 'PID']);
    expect(msg.value('MSH-3')).toBe('A\nB');
  });
  it('keeps empty lines so they print back', () => {
    const text = 'MSH|^~\\&|A\r\rPID|1\r\r';
    const msg = parseHl7Message(text);
    expect(msg.segments.map((s) => s.name)).toEqual(['MSH', '', 'PID', '']);
    expect(msg.toString()).toBe(text);
  });
  it('reports text without an MSH, or an MSH with unusable delimiters, as invalid', () => {
    for (const text of ['', 'PID|1', 'MSH', 'MSH|^^~\\&|A', 'MSH|^~\\&abc|A']) {
      const result = tryParseHl7Message(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid');
    }
  });
});

describe('paths', () => {
  it('parses and prints the notation used in HL7 tables', () => {
    expect(parseHl7Path('OBX[3]-5(2).1.2')).toEqual({
      segment: 'OBX',
      occurrence: 3,
      field: 5,
      repetition: 2,
      component: 1,
      subcomponent: 2,
    });
    expect(formatHl7Path(parseHl7Path('PID-3(2).4.1'))).toBe('PID-3(2).4.1');
    expect(formatHl7Path(parseHl7Path('OBX[1]-5'))).toBe('OBX-5');
  });
  it('refuses paths that are not in that notation', () => {
    for (const bad of ['OBX', 'OBX-0', 'obx-5', 'OBX-5.0', 'OBX.5', 'OBX[0]-1']) {
      expect(() => parseHl7Path(bad)).toThrow(LabError);
    }
  });
});

describe('messages captured with their surroundings', () => {
  it('finds the MSH behind an MLLP start byte or spaces and prints everything back', () => {
    for (const text of [
      '\u000bMSH|^~\\&|A\rPID|1\r\u001c\r',
      '  MSH|^~\\&|A\nPID|1\n\n',
      '\t\r\n MSH|^~\\&|A',
    ]) {
      const msg = parseHl7Message(text);
      expect(msg.value('MSH-3')).toBe('A');
      expect(msg.segments.filter((s) => s.name !== '').map((s) => s.name)).toEqual(
        text.includes('PID') ? ['MSH', 'PID'] : ['MSH'],
      );
      expect(msg.toString()).toBe(text);
    }
  });
});
