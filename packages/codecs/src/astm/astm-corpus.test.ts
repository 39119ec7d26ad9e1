/**
 * Every ASTM message in the shared corpus (real instrument traffic nobody on the team wrote) must parse
 * and print back byte for byte. Files are read as latin-1, which maps each byte to one character, so
 * comparing bytes compares exactly what was on disk. The corpus files use LF (or no terminator on the
 * last line) consistently; nothing is normalised for the round trip. Only the wire form (frames) ends
 * every record with CR, and that test says so.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AstmCharset, decodeAstmText, encodeAstmText } from './astm-charset.js';
import { parseAstmFrame } from './astm-frame.js';
import { joinAstmFrameTexts } from './astm-frame-splitter.js';
import { parseAstmText, splitAstmLines } from './astm-message-parser.js';
import type { AstmDocument } from './astm-message-parser.js';
import { astmRecordsToFrames, AstmFraming, printAstmDocument } from './astm-printer.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const corpus = path.resolve(repoRoot, '../shared/corpus');
const ASTM_FOLDERS = ['python-astm', 'go-astm', 'tgenaux-astm-lis'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const all = ASTM_FOLDERS.flatMap((folder) => walk(path.join(corpus, folder))).map((f) =>
  path.relative(corpus, f),
);
/** Message files: one message text per file. */
const messageFiles = all.filter((f) => /\.(astm|txt)$/.test(f)).sort();
/** go-astm test messages: a JSON map of test name to message strings. */
const messageJsonFiles = all.filter((f) => /e2e_.*_messages\.json$/.test(f)).sort();

function readLatin1(file: string): Uint8Array {
  return Uint8Array.from(readFileSync(path.join(corpus, file)));
}

function jsonMessages(file: string): [string, string][] {
  const json = JSON.parse(readFileSync(path.join(corpus, file), 'utf8')) as {
    messages: Record<string, string[]>;
  };
  return Object.entries(json.messages).flatMap(([name, texts]) =>
    texts.map((text, i): [string, string] => [`${name}[${i}]`, text]),
  );
}

const TERMINATOR_NAMES: Record<string, string> = { '\r': 'CR', '\n': 'LF', '\r\n': 'CR LF' };

/**
 * How a text's records end, for the test name: "LF", or "LF, last line unterminated", or a mix such
 * as "CR and LF (mixed; each record keeps its own)". The round trip never normalises terminators.
 */
function terminators(text: string): string {
  const lines = splitAstmLines(text);
  const kinds = [
    ...new Set(lines.filter((l) => l.terminator !== '').map((l) => TERMINATOR_NAMES[l.terminator])),
  ];
  const unterminated = lines[lines.length - 1]?.terminator === '' ? ', last line unterminated' : '';
  const mixed = kinds.length > 1 ? ' (mixed; each record keeps its own)' : '';
  return `records end with ${kinds.join(' and ') || 'nothing'}${mixed}${unterminated}`;
}

/** On the wire each record is framed on its own with CR; reading the frames back gives the same records. */
function expectFramesCarryTheRecords(document: AstmDocument): void {
  const frames = astmRecordsToFrames(document.records, {
    charset: AstmCharset.latin1,
    framing: AstmFraming.recordPerMessage,
  });
  const bodies = frames.map((f) => {
    const parsed = parseAstmFrame(f);
    if (!parsed.ok) throw new Error(parsed.detail);
    return parsed.frame;
  });
  const wire = decodeAstmText(joinAstmFrameTexts(bodies), AstmCharset.latin1);
  // Normalised for the wire: every record ends with CR, whatever the file used.
  expect(wire).toBe(printAstmDocument(document, { terminator: '\r' }));
  expect(parseAstmText(wire).records.map((r) => r.fields)).toEqual(document.records.map((r) => r.fields));
}

describe('the shared ASTM corpus', () => {
  it('is there, with the files this suite was written against', () => {
    expect(messageFiles).toEqual(
      expect.arrayContaining([
        'go-astm/examples/euroimmun_analyzer1_v10/sampleigg.astm',
        'go-astm/examples/galileo/order.astm',
        'go-astm/examples/galileo/result.astm',
        'go-astm/examples/ihcom_v52/bloodtype.astm',
        'python-astm/omnilab_records.txt',
        'tgenaux-astm-lis/MessageFormatsMSG-1.txt',
        'tgenaux-astm-lis/MinimalOrder.txt',
        'tgenaux-astm-lis/PhadiaLIS2SampleMessage.txt',
        'tgenaux-astm-lis/Vision.txt',
      ]),
    );
    expect(messageJsonFiles).toEqual([
      'go-astm/e2e_identify_test_messages.json',
      'go-astm/e2e_unmarshal_test_messages.json',
    ]);
  });

  describe.each(messageFiles)('%s', (file) => {
    const bytes = readLatin1(file);
    const document = parseAstmText(decodeAstmText(bytes, AstmCharset.latin1));

    it(`prints back byte for byte (${terminators(decodeAstmText(bytes, AstmCharset.latin1))})`, () => {
      expect(encodeAstmText(printAstmDocument(document), AstmCharset.latin1)).toEqual(bytes);
    });

    it('has a header and a tree with every record in it', () => {
      expect(document.messages.some((m) => m.header !== undefined)).toBe(true);
      expect(document.messages.flatMap((m) => m.records)).toEqual(document.records);
    });

    it('goes into frames and comes back out with the same records', () => {
      expectFramesCarryTheRecords(document);
    });
  });

  describe.each(messageJsonFiles)('%s', (file) => {
    const cases = jsonMessages(file).map(([name, text]): [string, string, string] => [
      name,
      terminators(text),
      text,
    ]);
    it.each(cases)('%s prints back exactly (%s) and survives framing', (_name, _terminators, text) => {
      const document = parseAstmText(text);
      expect(printAstmDocument(document)).toBe(text);
      expect(document.messages.flatMap((m) => m.records)).toEqual(document.records);
      expectFramesCarryTheRecords(document);
    });
  });
});
