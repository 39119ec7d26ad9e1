import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHl7Message } from './hl7-message.js';
import { chooseAckCode, validateHl7Message } from './hl7-validation.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const corpus = path.resolve(repoRoot, '../shared/corpus');
const negative = (name: string): string =>
  readFileSync(path.join(corpus, 'cdc-trusted-intermediary/Test/Message', name), 'utf8');

const ok = 'MSH|^~\\&|LIS|LAB|EHR|HOSP|20240501120000||ORU^R01^ORU_R01|C1|P|2.5.1\rPID|1||123^^^H^MR\r';

describe('the CDC negative test messages', () => {
  it('rejects a message whose MSH-9 (message type) is empty: it cannot be routed', () => {
    const result = validateHl7Message(negative('msh_present_but_missing_msh-9.hl7'));
    expect(result.ackCode).toBe('AR');
    expect(result.problems).toEqual([
      expect.objectContaining({
        kind: 'required-field-missing',
        errorCode: '101',
        severity: 'E',
        location: { segment: 'MSH', sequence: 1, field: 9 },
        rejects: true,
      }),
    ]);
  });
  it('rejects version 2.3 where only 2.5.1 is accepted', () => {
    const result = validateHl7Message(negative('msh-12_has_value_2_3.hl7'), { supportedVersions: ['2.5.1'] });
    expect(result.ackCode).toBe('AR');
    expect(result.problems.map((p) => [p.kind, p.errorCode])).toEqual([['unsupported-version', '203']]);
    expect(result.problems[0]?.message).toContain('2.3');
  });
  it('accepts version 2.3 by default, as many lab senders still use it', () => {
    expect(validateHl7Message(negative('msh-12_has_value_2_3.hl7')).ackCode).toBe('AA');
  });
  it('accepts an empty MSH-6 under the base standard, where it is optional', () => {
    expect(validateHl7Message(negative('msh_present_but_missing_msh-6.hl7')).ackCode).toBe('AA');
  });
  it('answers an empty MSH-6 with an error under a profile that requires it, like ELR', () => {
    const result = validateHl7Message(negative('msh_present_but_missing_msh-6.hl7'), {
      requiredHeaderFields: [3, 4, 5, 6, 7, 9, 10, 11, 12],
    });
    expect(result.ackCode).toBe('AE');
    expect(result.problems.map((p) => p.message)).toEqual(['MSH-6 (receiving facility) is empty']);
  });
});

describe('what a receiver checks before accepting a message', () => {
  it('accepts a well-formed result', () => {
    const result = validateHl7Message(ok);
    expect(result.problems).toEqual([]);
    expect(result.ackCode).toBe('AA');
    expect(result.message?.value('MSH-10')).toBe('C1');
  });
  it('rejects text without an MSH', () => {
    const result = validateHl7Message('PID|1||123\r');
    expect(result.ackCode).toBe('AR');
    expect(result.message).toBeUndefined();
    expect(result.problems[0]?.kind).toBe('no-header');
  });
  it('rejects an MSH that declares the same delimiter twice', () => {
    const result = validateHl7Message('MSH|^^\\&|A\r');
    expect(result.problems[0]?.kind).toBe('bad-delimiters');
    expect(result.ackCode).toBe('AR');
  });
  it('rejects a segment before MSH', () => {
    const result = validateHl7Message(`PID|1\r${ok}`);
    expect(result.ackCode).toBe('AR');
    expect(result.problems.map((p) => p.kind)).toEqual(['segment-before-header']);
  });
  it('rejects a missing control ID (MSH-10), without which no ACK can refer to the message', () => {
    const result = validateHl7Message(ok.replace('|C1|', '||'));
    expect(result.ackCode).toBe('AR');
    expect(result.problems[0]?.location).toEqual({ segment: 'MSH', sequence: 1, field: 10 });
  });
  it('rejects message types and processing IDs it does not handle', () => {
    const result = validateHl7Message(ok.replace('|P|', '|X|'), {
      supportedMessageTypes: ['OML^O21', 'ACK'],
    });
    expect(result.problems.map((p) => p.errorCode)).toEqual(['200', '202']);
    expect(result.ackCode).toBe('AR');
  });
  it('answers a malformed segment ID with an error, and a bad MSH-7 with a warning only', () => {
    const result = validateHl7Message(ok.replace('20240501120000', '2024-05-01') + 'obx|1\r');
    expect(result.problems.map((p) => [p.kind, p.severity])).toEqual([
      ['bad-segment-id', 'E'],
      ['malformed-date-time', 'W'],
    ]);
    expect(result.ackCode).toBe('AE');
  });
  it('rejects two messages in one frame', () => {
    const result = validateHl7Message(parseHl7Message(ok + ok));
    expect(result.problems.map((p) => p.kind)).toEqual(['extra-header']);
  });
  it('chooses commit codes in enhanced mode', () => {
    const warning = {
      kind: 'malformed-date-time',
      errorCode: '102',
      severity: 'W',
      message: '',
      rejects: false,
    } as const;
    expect(chooseAckCode([], 'enhanced')).toBe('CA');
    expect(chooseAckCode([warning], 'enhanced')).toBe('CA');
    expect(chooseAckCode([{ ...warning, severity: 'E' }], 'enhanced')).toBe('CE');
    expect(chooseAckCode([{ ...warning, rejects: true }], 'enhanced')).toBe('CR');
  });
});
