import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildAck, buildAckForProblems, buildRejectAck, newControlId } from './hl7-ack.js';
import { readAck } from './hl7-lab-messages.js';
import { parseHl7Message } from './hl7-message.js';
import { validateHl7Message } from './hl7-validation.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const corpus = path.resolve(repoRoot, '../shared/corpus');
const cbc = parseHl7Message(
  readFileSync(path.join(corpus, 'node-hl7-complete/valid/nist/ORU_R01_2.5.1_SampleTestCase1.hl7'), 'utf8'),
);
const now = new Date(Date.UTC(2024, 4, 1, 12, 30, 15, 7));

describe('acknowledging a NIST lead result', () => {
  const ack = buildAck(cbc, { code: 'AA', controlId: 'ACK-1', now });

  it('swaps sending and receiving application and facility', () => {
    expect(ack.raw('MSH-3')).toBe(cbc.raw('MSH-5'));
    expect(ack.raw('MSH-4')).toBe(cbc.raw('MSH-6'));
    expect(ack.raw('MSH-5')).toBe(cbc.raw('MSH-3'));
    expect(ack.raw('MSH-6')).toBe(cbc.raw('MSH-4'));
    expect(ack.value('MSH-3')).toBe('PH Application');
  });
  it('refers to the result by its control ID in MSA-2', () => {
    expect(ack.value('MSA-1')).toBe('AA');
    expect(ack.value('MSA-2')).toBe('NIST-100929110701660');
  });
  it('is an ACK^R01^ACK of the same version and processing ID, stamped now', () => {
    expect(ack.raw('MSH-9')).toBe('ACK^R01^ACK');
    expect(ack.value('MSH-10')).toBe('ACK-1');
    expect(ack.value('MSH-11')).toBe('P');
    expect(ack.value('MSH-12')).toBe('2.5.1');
    expect(ack.value('MSH-7')).toBe('20240501123015+0000');
  });
  it('ends every segment with CR and parses back as an acknowledgment', () => {
    const text = ack.toString();
    expect(text.split('\r')).toHaveLength(3);
    expect(text.endsWith('\r')).toBe(true);
    expect(readAck(parseHl7Message(text)).msa?.controlId).toBe('NIST-100929110701660');
  });
});

describe('telling a sender what was wrong', () => {
  it('writes location, table 0357 code, severity and a readable message in ERR', () => {
    const ack = buildAck(cbc, {
      code: 'AE',
      now,
      errors: [
        {
          errorCode: '103',
          severity: 'E',
          location: { segment: 'OBX', sequence: 1, field: 6, component: 3 },
          message: 'units coding system "UCUM|X" unknown',
          diagnostic: 'table check',
        },
      ],
    });
    const err = readAck(ack).errors[0];
    expect(ack.segment('ERR')?.toString()).toBe(
      'ERR||OBX^1^6^1^3|103^Table value not found^HL70357|E|||table check|units coding system "UCUM\\F\\X" unknown',
    );
    expect(err?.location?.fieldPosition).toBe('6');
    expect(err?.errorCode?.identifier).toBe('103');
    expect(err?.severity).toBe('E');
    expect(err?.userMessage).toBe('units coding system "UCUM|X" unknown');
  });
  it('rejects a message without MSH-9 with AR and an ERR pointing at MSH-9', () => {
    const text = readFileSync(
      path.join(corpus, 'cdc-trusted-intermediary/Test/Message/msh_present_but_missing_msh-9.hl7'),
      'utf8',
    );
    const result = validateHl7Message(text);
    if (result.message === undefined) throw new Error('the message has an MSH');
    const ack = readAck(buildAckForProblems(result.message, result.problems, { now }));
    expect(ack.msa?.code).toBe('AR');
    expect(ack.msa?.controlId).toBe('111111');
    expect(ack.errors[0]?.location?.fieldPosition).toBe('9');
    expect(ack.errors[0]?.errorCode?.identifier).toBe('101');
  });
  it('answers in enhanced mode (CA/CE/CR) when the sender asked for accept acknowledgments', () => {
    const enhanced = parseHl7Message(cbc.toString().replace('|2.5.1|||', '|2.5.1|||AL|'));
    expect(enhanced.value('MSH-15')).toBe('AL');
    expect(buildAckForProblems(enhanced, [], { now }).value('MSA-1')).toBe('CA');
    expect(buildAckForProblems(cbc, [], { now }).value('MSA-1')).toBe('AA');
  });
  it('uses the sender\u2019s own delimiters', () => {
    const custom = parseHl7Message('MSH!@#$%!LIS!LAB!EHR!HOSP!20240501!!ORU@R01!77!P!2.5.1\r');
    const ack = buildAck(custom, { code: 'AA', now, controlId: 'A1' });
    expect(ack.toString()).toBe(
      'MSH!@#$%!EHR!HOSP!LIS!LAB!20240501123015+0000!!ACK@R01@ACK!A1!P!2.5.1\rMSA!AA!77\r',
    );
  });
});

describe('answering input that is not a message', () => {
  it('rejects garbage with an AR whose ERR says why', () => {
    const ack = buildRejectAck('GET / HTTP/1.1', [
      { errorCode: '100', severity: 'E', message: 'no MSH segment: this is not an HL7 v2 message' },
    ]);
    const read = readAck(ack);
    expect(read.msa?.code).toBe('AR');
    expect(read.msa?.controlId).toBe('');
    expect(read.errors[0]?.userMessage).toBe('no MSH segment: this is not an HL7 v2 message');
  });
  it('salvages the control ID and sender from an MSH with broken delimiters', () => {
    const ack = buildRejectAck('MSH|^^~\\|LIS^x|LAB|||20240501||ORU^R01|C-9|P|2.5.1\rPID|1', [
      { errorCode: '100', severity: 'E', message: 'MSH-2 repeats a delimiter' },
    ]);
    expect(ack.value('MSA-2')).toBe('C-9');
    expect(ack.value('MSH-5')).toBe('LIS');
  });
  it('makes a new control ID for every acknowledgment', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newControlId(now)));
    expect(ids.size).toBe(50);
  });
});
