import { describe, expect, it } from 'vitest';
import {
  buildAstmHeader,
  buildAstmNoInformationReply,
  buildAstmQueryResponse,
  buildAstmWorklist,
} from './astm-host-builders.js';
import { parseAstmText } from './astm-message-parser.js';
import { readAstmOrder } from './astm-order-reader.js';
import { readAstmPatient } from './astm-patient-reader.js';
import { printAstmMessage } from './astm-printer.js';
import { readAstmTerminator } from './astm-query-reader.js';
import { readAstmHeader } from './astm-header-reader.js';

const header = {
  dateTime: { year: 2024, month: 3, day: 1, hour: 10, minute: 15, second: 0 },
  sender: ['ALIQUOT', '0.1'],
  receiver: 'cobas',
};

describe('the host answers a query for specimen SID42', () => {
  const reply = buildAstmQueryResponse({
    header,
    patients: [
      {
        patient: {
          practicePatientId: 'PAT7',
          name: { last: 'Doe', first: 'Jane' },
          birthDate: '19700101',
          sex: 'F',
        },
        orders: [
          {
            specimenId: 'SID42',
            instrumentSpecimenId: ['', '7', '3'],
            tests: ['GLU', { code: 'K', extra: ['', '2'] }],
            priority: 'S',
            collectedAt: '20240301090000',
            specimenDescriptor: 'SERUM',
          },
        ],
      },
    ],
  });
  const text = printAstmMessage(reply);

  it('with H, P, O (tests to run, action code N, report type Q) and L, each ended by CR', () => {
    expect(text.split('\r')).toEqual([
      'H|\\^&|||ALIQUOT^0.1|||||cobas||P|LIS2-A2|20240301101500',
      'P|1|PAT7|||Doe^Jane||19700101|F',
      'O|1|SID42|^7^3|^^^GLU\\^^^K^^2|S||20240301090000||||N||||SERUM||||||||||Q',
      'L|1|N',
      '',
    ]);
  });

  it('which reads back as the same orders', () => {
    const parsed = parseAstmText(text).messages[0];
    expect(parsed?.patients).toHaveLength(1);
    const order = readAstmOrder(parsed!.patients[0]!.orders[0]!.record);
    expect(order.tests.map((t) => [t.code, t.extra])).toEqual([
      ['GLU', []],
      ['K', ['', '2']],
    ]);
    expect(order).toMatchObject({ specimenId: 'SID42', actionCode: 'N', reportType: 'Q', priority: 'S' });
    expect(readAstmPatient(parsed!.patients[0]!.record).name).toMatchObject({ last: 'Doe', first: 'Jane' });
    expect(readAstmHeader(parsed!.header!).receiver).toEqual(['cobas']);
  });
});

describe('the host knows nothing about the specimen asked for', () => {
  it('replies with a header and a terminator with code I (no information)', () => {
    const reply = buildAstmNoInformationReply({ header: { dateTime: '20240301101500' } });
    expect(printAstmMessage(reply)).toBe('H|\\^&||||||||||P|LIS2-A2|20240301101500\rL|1|I\r');
    expect(readAstmTerminator(reply.terminator!).code).toBe('I');
  });
});

describe('the host downloads a worklist', () => {
  it('sends every patient with its orders, report type O, sequences restarting under each patient', () => {
    const worklist = buildAstmWorklist({
      header,
      patients: [
        {
          patient: { laboratoryPatientId: 'L1', location: 'WARD 3', attendingPhysician: ['DR1', 'House'] },
          orders: [
            { specimenId: 'S1', tests: ['NA'] },
            { specimenId: 'S2', tests: ['CL'], actionCode: 'A' },
          ],
        },
        { patient: { laboratoryPatientId: 'L2' }, orders: [{ specimenId: 'S3', tests: ['GLU'] }] },
      ],
    });
    expect(worklist.patients.map((p) => p.orders.map((o) => readAstmOrder(o.record).sequence))).toEqual([
      [1, 2],
      [1],
    ]);
    expect(worklist.patients.flatMap((p) => p.orders.map((o) => readAstmOrder(o.record).reportType))).toEqual(
      ['O', 'O', 'O'],
    );
    expect(readAstmOrder(worklist.patients[0]!.orders[1]!.record).actionCode).toBe('A');
    const patient = readAstmPatient(worklist.patients[0]!.record);
    expect(patient.location).toBe('WARD 3');
    expect(patient.attendingPhysician).toEqual(['DR1', 'House']);
  });

  it('escapes delimiters found in the data', () => {
    const worklist = buildAstmWorklist({
      header,
      patients: [
        { patient: { name: { last: 'Smith|Jones' } }, orders: [{ specimenId: 'A^1', tests: ['X'] }] },
      ],
    });
    const text = printAstmMessage(worklist);
    expect(text).toContain('Smith&F&Jones');
    expect(readAstmOrder(parseAstmText(text).messages[0]!.patients[0]!.orders[0]!.record).specimenId).toBe(
      'A^1',
    );
  });

  it('uses other delimiters when the instrument wants them', () => {
    const record = buildAstmHeader({
      ...header,
      delimiters: { field: '|', repeat: '`', component: '^', escape: '&' },
    });
    expect(record.text.startsWith('H|`^&|||ALIQUOT^0.1')).toBe(true);
  });
});
