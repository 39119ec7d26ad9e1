/**
 * The python-astm codec vectors (kxepal/python-astm, BSD-3-Clause; transcribed in
 * shared/corpus/python-astm/codec_vectors.json). python-astm decodes an empty field or component to
 * None, a field with components to a list and a repeated field to a list of lists; `pythonShape`
 * projects our decoded fields onto that shape to compare.
 * The ENQ…EOT sender transcript is exercised against the link state machine in @aliquot/interfaces.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AstmCharset, decodeAstmText, encodeAstmText } from './astm-charset.js';
import { astmChecksum, formatAstmChecksum } from './astm-checksum.js';
import { DEFAULT_ASTM_DELIMITERS } from './astm-delimiters.js';
import { parseAstmFrame, parseAstmFrameBody } from './astm-frame.js';
import { frameAstmMessage } from './astm-frame-splitter.js';
import { encodeAstmField } from './astm-field.js';
import type { AstmFieldInput } from './astm-field.js';
import { parseAstmText } from './astm-message-parser.js';
import { astmRecordsToFrames } from './astm-printer.js';
import { AstmRecord } from './astm-record.js';

type PyValue = string | number | null | PyValue[];
interface Vector {
  readonly id: string;
  readonly op: string;
  readonly input: unknown;
  readonly expect: unknown;
}

const file = path.resolve(
  fileURLToPath(new URL('../../../../', import.meta.url)),
  '../shared/corpus/python-astm/codec_vectors.json',
);
const vectors = (JSON.parse(readFileSync(file, 'utf8')) as { vectors: Vector[] }).vectors;

const latin1 = (text: string): Uint8Array => encodeAstmText(text, AstmCharset.latin1);
const text = (bytes: Uint8Array): string => decodeAstmText(bytes, AstmCharset.latin1);

function pythonShape(record: AstmRecord): PyValue[] {
  return record.fields.map((_, i) => {
    const field = record.field(i + 1);
    if (field.isEmpty) return null;
    const repeats = field.repeats.map((components) =>
      components.length === 1 ? (components[0] ?? null) : components.map((c) => (c === '' ? null : c)),
    );
    return repeats.length === 1 ? (repeats[0] ?? null) : repeats;
  });
}

function recordFromPython(values: readonly PyValue[]): AstmRecord {
  const [type, ...rest] = values;
  return AstmRecord.build(
    encodeAstmField(type as AstmFieldInput, DEFAULT_ASTM_DELIMITERS),
    rest as AstmFieldInput[],
  );
}

function run(vector: Vector): unknown {
  switch (vector.op) {
    case 'decode_message': {
      const parsed = parseAstmFrame(latin1(vector.input as string));
      if (!parsed.ok) return parsed;
      return {
        frame_number: parsed.frame.frameNumber,
        records: parseAstmText(text(parsed.frame.text)).records.map(pythonShape),
        checksum: formatAstmChecksum(parsed.frame.checksum),
      };
    }
    case 'decode_frame': {
      const parsed = parseAstmFrameBody(latin1(vector.input as string));
      if (!parsed.ok) return parsed;
      return { records: parseAstmText(text(parsed.frame.text)).records.map(pythonShape) };
    }
    case 'decode_record':
      return pythonShape(AstmRecord.parse(vector.input as string));
    case 'encode_record':
      return recordFromPython(vector.input as PyValue[]).text;
    case 'encode_component':
    case 'encode_repeated_component':
      return encodeAstmField(vector.input as AstmFieldInput, DEFAULT_ASTM_DELIMITERS);
    case 'encode_records':
      return astmRecordsToFrames((vector.input as PyValue[][]).map(recordFromPython), {
        charset: AstmCharset.latin1,
      }).map(text);
    case 'encode_message': {
      const input = vector.input as { frame_number: number; records: PyValue[][] };
      const body = input.records.map((r) => `${recordFromPython(r).text}\r`).join('');
      return frameAstmMessage(latin1(body), { firstFrameNumber: input.frame_number })
        .frames.map(text)
        .join('');
    }
    case 'checksum':
      return formatAstmChecksum(astmChecksum(latin1(vector.input as string)));
    default:
      throw new Error(`no runner for ${vector.op}`);
  }
}

describe('python-astm codec vectors', () => {
  it('are all here (15 vectors)', () => {
    expect(vectors).toHaveLength(15);
  });

  it.each(vectors.map((v) => [v.id, v] as const))('%s', (_id, vector) => {
    expect(run(vector)).toEqual(vector.expect);
  });
});
