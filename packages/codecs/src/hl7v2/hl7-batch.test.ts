import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LabError } from '@aliquot/domain';
import { describe, expect, it } from 'vitest';
import { parseHl7Batch } from './hl7-batch.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const corpus = path.resolve(repoRoot, '../shared/corpus');
const read = (file: string): string => readFileSync(path.join(corpus, file), 'utf8');

describe('batch files (FHS/BHS/BTS/FTS)', () => {
  it('splits a file of two batches into its three messages and prints it back', () => {
    const text = read('python-hl7/sample_file1.hl7');
    const file = parseHl7Batch(text);
    expect(file.fileHeader?.value(10)).toBe('abchs20070101123401.hl7');
    expect(file.fileTrailer?.value(1)).toBe('2');
    expect(file.batches.map((b) => b.header?.value(11))).toEqual([
      'abchs20070101123401-1',
      'abchs20070101123401-2',
    ]);
    expect(file.batches.map((b) => b.trailer?.value(1))).toEqual(['2', '1']);
    expect(file.batches.map((b) => b.messages.length)).toEqual([2, 1]);
    expect(file.messages.map((m) => m.value('MSH-10'))).toEqual([
      '12334456778890',
      '12334456778891',
      '12334456778890',
    ]);
    expect(file.toString()).toBe(text);
  });
  it('reads a run of messages without any envelope', () => {
    const file = parseHl7Batch(read('python-hl7/sample_batch2.hl7'));
    expect(file.fileHeader).toBeUndefined();
    expect(file.batches).toHaveLength(1);
    expect(file.batches[0]?.header).toBeUndefined();
    expect(file.messages.map((m) => m.value('PID-3.1'))).toEqual(['0000112234', '0000112234']);
  });
  it('reads a batch with a trailer but no header', () => {
    const file = parseHl7Batch(read('python-hl7/sample_batch4.hl7'));
    expect(file.batches[0]?.header).toBeUndefined();
    expect(file.batches[0]?.trailer?.value(1)).toBe('1');
    expect(file.messages).toHaveLength(1);
  });
  it('reads an ELR file with FHS and BHS but no trailers (LF line ends)', () => {
    const text = read(
      'cdc-trusted-intermediary/Test/Results/005_AL_ORU_R01_NBS_Simplified_0_initial_message.hl7',
    );
    const file = parseHl7Batch(text);
    expect(file.fileHeader?.value(7)).toBe('202106221314-0400');
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]?.segmentsNamed('OBR')).toHaveLength(5);
    expect(file.toString()).toBe(text);
  });
  it('prints a changed message inside a batch and leaves the rest as it was', () => {
    const text = read('python-hl7/sample_batch1.hl7');
    const file = parseHl7Batch(text);
    file.messages[1]?.set('PID-5.1', 'DOE');
    const printed = file.toString();
    expect(printed).not.toBe(text);
    const lines = printed.split('\r');
    const original = text.split('\r');
    const changed = lines.flatMap((l, i) => (l === original[i] ? [] : [i]));
    expect(changed).toEqual([9]);
    expect(parseHl7Batch(printed).messages[1]?.value('PID-5')).toBe('DOE');
  });
  it('keeps blank lines and MLLP bytes around the envelope', () => {
    const text = '\u000bFHS|^~\\&|A\rMSH|^~\\&|B||||||ADT^A01|1|P|2.5\rFTS|1\r\u001c\r\n';
    const file = parseHl7Batch(text);
    expect(file.fileHeader?.value(3)).toBe('A');
    expect(file.messages.map((m) => m.value('MSH-3'))).toEqual(['B']);
    expect(file.fileTrailer?.value(1)).toBe('1');
    expect(file.toString()).toBe(text);
  });
  it('refuses lines that belong to no message', () => {
    expect(() => parseHl7Batch('BHS|^~\\&|A\rPID|1\rBTS|0\r')).toThrow(LabError);
    expect(() => parseHl7Batch('FHS|^^\\&|A\r')).toThrow(LabError);
  });
});
