import { describe, expect, it } from 'vitest';
import {
  assembleAstmDocument,
  parseAstmText,
  replaceAstmRecord,
  splitAstmLines,
} from './astm-message-parser.js';
import { AstmWarningCode } from './astm-message-tree.js';
import { printAstmDocument, printAstmMessage } from './astm-printer.js';
import { AstmRecord } from './astm-record.js';

const RESULT_MESSAGE = [
  'H|\\^&|||cobas^1.0|||||||P|LIS2-A2|20240301101500',
  'C|1|I|header note|G',
  'P|1|PAT1||LAB1|Doe^Jane||19700101|F',
  'C|1|L|patient note|G',
  'O|1|SID1||^^^GLU\\^^^K|R|20240301090000|||||N||||SERUM|||||||||F',
  'R|1|^^^GLU|5,4|mmol/L|3.9-6.1|N||F||op1||20240301101000|C311',
  'C|1|I|flag^hemolysed|I',
  'R|2|^^^K|>8|mmol/L|3.5-5.1|H||F',
  'M|1|REAGENT|LOT42',
  'C|1|I|about the reagent|G',
  'P|2|PAT2',
  'O|1|SID2||^^^NA|R',
  'L|1|N',
].join('\r');

describe('a result message', () => {
  const document = parseAstmText(`${RESULT_MESSAGE}\r`);
  const message = document.messages[0];

  it('is one message with no warnings', () => {
    expect(document.messages).toHaveLength(1);
    expect(document.warnings).toEqual([]);
    expect(message?.header?.type).toBe('H');
    expect(message?.terminator?.text).toBe('L|1|N');
  });

  it('nests results under orders under patients', () => {
    expect(message?.patients.map((p) => p.record.field(3).text)).toEqual(['PAT1', 'PAT2']);
    const orders = message?.patients[0]?.orders ?? [];
    expect(orders.map((o) => o.record.field(3).text)).toEqual(['SID1']);
    expect(orders[0]?.results.map((r) => r.record.field(4).text)).toEqual(['5,4', '>8']);
    expect(message?.patients[1]?.orders[0]?.results).toEqual([]);
  });

  it('attaches each comment to the record before it', () => {
    expect(message?.comments.map((c) => c.field(4).text)).toEqual(['header note']);
    expect(message?.patients[0]?.comments.map((c) => c.field(4).text)).toEqual(['patient note']);
    const results = message?.patients[0]?.orders[0]?.results ?? [];
    expect(results[0]?.comments.map((c) => c.field(4).components)).toEqual([['flag', 'hemolysed']]);
    expect(results[1]?.comments).toEqual([]);
  });

  it('keeps a manufacturer record with the result before it, and its comment with it', () => {
    const result = message?.patients[0]?.orders[0]?.results[1];
    expect(result?.manufacturer.map((m) => m.record.field(3).text)).toEqual(['REAGENT']);
    expect(result?.manufacturer[0]?.comments.map((c) => c.field(4).text)).toEqual(['about the reagent']);
  });

  it('prints back exactly', () => {
    expect(printAstmDocument(document)).toBe(`${RESULT_MESSAGE}\r`);
    expect(printAstmMessage(message ?? document.messages[0]!)).toBe(`${RESULT_MESSAGE}\r`);
  });
});

describe('what real instruments send', () => {
  it('records ended by CR, LF or CR LF in one text are all read, and each prints back as sent', () => {
    const text = 'H|\\^&\rP|1\nO|1|S1\r\nL|1|N';
    expect(splitAstmLines(text).map((l) => l.terminator)).toEqual(['\r', '\n', '\r\n', '']);
    const document = parseAstmText(text);
    expect(document.messages[0]?.patients[0]?.orders).toHaveLength(1);
    expect(printAstmDocument(document)).toBe(text);
  });

  it('a text starting with a UTF-8 byte-order mark still has its header recognised, and prints back with it', () => {
    for (const text of ['\uFEFFH|\\^&\nL|1|N\n', '\u00EF\u00BB\u00BFH|\\^&\nL|1|N\n']) {
      const document = parseAstmText(text);
      expect(document.messages[0]?.header?.type).toBe('H');
      expect(document.warnings).toEqual([]);
      expect(printAstmDocument(document)).toBe(text);
    }
  });

  it('a record type the standard does not know is kept as a raw record with a warning', () => {
    const text = 'H|\\^&\rP|1\rX|1|vendor|data\rL|1|N\r';
    const document = parseAstmText(text);
    expect(document.warnings).toEqual([
      { code: AstmWarningCode.unknownRecordType, line: 3, message: 'unknown record type "X"' },
    ]);
    expect(document.messages[0]?.unrecognised.map((r) => r.text)).toEqual(['X|1|vendor|data']);
    expect(printAstmDocument(document)).toBe(text);
  });

  it('comment and blank lines before the header belong to the message that follows', () => {
    const document = parseAstmText('# exported\n\nH|\\^&\nL\n');
    expect(document.messages).toHaveLength(1);
    expect(document.messages[0]?.records).toHaveLength(4);
    expect(document.warnings.map((w) => w.code)).toEqual([
      AstmWarningCode.unknownRecordType,
      AstmWarningCode.blankLine,
    ]);
  });

  it('several headers in one text make several messages; a message cut short is flagged', () => {
    const document = parseAstmText('H|\\^&\rQ|1|^S1\rH|\\^&\rQ|1|^S2\rL|1|N\r');
    expect(document.messages.map((m) => m.queries.length)).toEqual([1, 1]);
    expect(document.warnings).toEqual([
      { code: AstmWarningCode.missingTerminator, line: 3, message: 'message has no terminator (L) record' },
    ]);
  });

  it('records without a header still parse, with a warning', () => {
    const document = parseAstmText('C|1|First^Second|First^Second\n');
    expect(document.messages[0]?.header).toBeUndefined();
    expect(document.messages[0]?.comments).toHaveLength(1);
    expect(document.warnings.map((w) => w.code)).toEqual([AstmWarningCode.missingHeader]);
  });

  it('a result without an order and a second terminator are kept as orphans', () => {
    const document = parseAstmText('H|\\^&\rP|1\rR|1|^^^GLU|5\rL|1|N\rL|1|N\r');
    expect(document.messages[0]?.orphans.map((r) => r.type)).toEqual(['R', 'L']);
    expect(document.warnings.map((w) => w.code)).toContain(AstmWarningCode.orphanRecord);
    expect(document.warnings.map((w) => w.code)).toContain(AstmWarningCode.recordAfterTerminator);
  });

  it('comments after the terminator attach to it', () => {
    const document = parseAstmText('H|\\^&\nL|1|N\nC|1|I|CK^APS|G\n');
    expect(document.messages[0]?.terminatorComments).toHaveLength(1);
    expect(document.warnings).toEqual([]);
  });

  it('a query message lists its queries with their comments', () => {
    const document = parseAstmText('H|\\^&\rQ|1|^SID9||ALL||||||||O\rC|1|I|urgent|G\rL|1|N\r');
    const query = document.messages[0]?.queries[0];
    expect(query?.record.field(3).component(2)).toBe('SID9');
    expect(query?.comments).toHaveLength(1);
  });

  it('records after a header with other delimiters are split with them', () => {
    const document = parseAstmText('H!@#$\rO!1!S1!!###GLU@###K\rL!1!N\r');
    const order = document.messages[0]?.orphans[0];
    expect(order?.field(5).repeats.map((r) => r[3])).toEqual(['GLU', 'K']);
  });
});

describe('changing a parsed message', () => {
  it('replacing one record leaves every other byte as it was', () => {
    const text = 'H|\\^&\nP|1\nO|1|S1\nR|1|^^^GLU|5.4|mmol/L\nL|1|N';
    const document = parseAstmText(text);
    const result = document.records[3];
    if (!result) throw new Error('fixture has four records');
    const changed = replaceAstmRecord(document, 3, result.withField(4, '5.5'));
    expect(printAstmDocument(changed)).toBe(text.replace('5.4', '5.5'));
    expect(changed.messages[0]?.patients[0]?.orders[0]?.results[0]?.record.field(4).text).toBe('5.5');
    expect(() => replaceAstmRecord(document, 9, result)).toThrow(RangeError);
  });

  it('records built by hand are assembled into the same tree', () => {
    const document = assembleAstmDocument([
      AstmRecord.build('H', []),
      AstmRecord.build('P', [1]),
      AstmRecord.build('O', [1, 'S1']),
      AstmRecord.build('L', [1, 'N']),
    ]);
    expect(printAstmDocument(document)).toBe('H|\\^&\rP|1\rO|1|S1\rL|1|N\r');
    expect(document.messages[0]?.patients[0]?.orders[0]?.record.field(3).text).toBe('S1');
  });

  it('can be printed with every record ended by CR for the wire', () => {
    const document = parseAstmText('H|\\^&\nL|1|N');
    expect(printAstmDocument(document, { terminator: '\r' })).toBe('H|\\^&\rL|1|N\r');
  });
});
