/** The typed readers, on messages from the shared corpus (real instrument dialects). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readAstmComment, readAstmManufacturer } from './astm-comment-reader.js';
import { readAstmHeader } from './astm-header-reader.js';
import { parseAstmText } from './astm-message-parser.js';
import type { AstmMessage } from './astm-message-tree.js';
import { readAstmOrder } from './astm-order-reader.js';
import { readAstmPatient } from './astm-patient-reader.js';
import { readAstmQuery, readAstmTerminator } from './astm-query-reader.js';
import { AstmRecord } from './astm-record.js';
import { readAstmResult } from './astm-result-reader.js';

const corpus = path.resolve(fileURLToPath(new URL('../../../../', import.meta.url)), '../shared/corpus');

function message(file: string): AstmMessage {
  const parsed = parseAstmText(readFileSync(path.join(corpus, file), 'latin1')).messages.find(
    (m) => m.header,
  );
  if (!parsed) throw new Error(`${file} has no message`);
  return parsed;
}

function goMessage(name: string): AstmMessage {
  const json = JSON.parse(
    readFileSync(path.join(corpus, 'go-astm/e2e_identify_test_messages.json'), 'utf8'),
  ) as {
    messages: Record<string, string[]>;
  };
  const text = json.messages[name]?.[0];
  const parsed = text === undefined ? undefined : parseAstmText(text).messages[0];
  if (!parsed) throw new Error(`no message ${name}`);
  return parsed;
}

describe('a Euroimmun analyser result file (decimal commas, > results, 20 patients)', () => {
  const m = message('go-astm/examples/euroimmun_analyzer1_v10/sampleigg.astm');
  const results = m.patients.flatMap((p) =>
    p.orders.flatMap((o) => o.results.map((r) => readAstmResult(r.record))),
  );

  it('holds 20 patients, each with one order and one result', () => {
    expect(m.patients).toHaveLength(20);
    expect(results).toHaveLength(20);
    expect(readAstmPatient(m.patients[1]!.record).laboratoryPatientId).toEqual(['TEST-27-077-5-1']);
  });

  it('reads 7,41 as 7.41 and >8 as "greater than 8"', () => {
    expect(results[1]?.value).toEqual({ kind: 'numeric', value: 7.41 });
    expect(results[0]?.value).toEqual({ kind: 'numeric', value: 8, comparator: '>' });
    expect(results[0]?.valueText).toBe('>8');
    expect(results[0]?.units).toBe('Ratio');
    expect(results[0]?.test.code).toBe('SARSCOV2IGA');
  });

  it('keeps an ID with trailing spaces as sent', () => {
    expect(readAstmPatient(m.patients[14]!.record).laboratoryPatientId).toEqual(['TEST-27-026-5-1  57  ']);
  });
});

describe('an Omnilab result (python-astm)', () => {
  const m = parseAstmText(readFileSync(path.join(corpus, 'python-astm/omnilab_records.txt'), 'latin1'))
    .messages[1];
  const patient = m?.patients[0];
  const order = patient?.orders[0];

  it('reads the patient name, birth date and sex', () => {
    const p = readAstmPatient(patient!.record);
    expect(p.name).toMatchObject({ last: 'White', first: 'Nicky' });
    expect(p.birthDate).toEqual({ year: 1960, month: 12, day: 18 });
    expect(p.sex).toBe('M');
    expect(p.practicePatientId).toBe('12120001');
    expect(p.laboratoryPatientId).toEqual(['117118112']);
  });

  it('reads two repeated tests with their names from O-5, and the action code and report type', () => {
    const o = readAstmOrder(order!.record);
    expect(o.specimenId).toBe('12120001');
    expect(o.tests.map((t) => [t.code, t.extra[0]])).toEqual([
      ['NA', 'Sodium'],
      ['Cl', 'Clorum'],
    ]);
    expect(o.priority).toBe('R');
    expect(o.collectedAt).toEqual({ year: 2001, month: 10, day: 23, hour: 10, minute: 57, second: 15 });
    expect(o.actionCode).toBe('N');
    expect(o.specimenDescriptor).toEqual(['S']);
    expect(o.reportType).toBe('O');
  });

  it('reads units, reference range, flags, status, operator, times and instrument of a result', () => {
    const r = readAstmResult(order!.results[1]!.record);
    expect(r.value).toEqual({ kind: 'numeric', value: 7.273 });
    expect(r.units).toBe('mmol/l');
    expect(r.referenceRange).toEqual({ text: '10-120', low: 10, high: 120 });
    expect(r.flags).toEqual(['0']);
    expect(r.natureOfAbnormality).toBe('N');
    expect(r.status).toBe('F');
    expect(r.operator).toEqual(['Val.Autom.', 'Smith ']);
    expect(r.startedAt).toEqual({ year: 2010, month: 9, day: 26, hour: 10, minute: 6 });
    expect(r.completedAtText).toBe('201009261034');
    expect(r.instrument).toEqual(['Architect']);
  });

  it('attaches the two comments to the result, and the last five to the terminator', () => {
    expect(order!.results[1]!.comments.map((c) => readAstmComment(c).text[0])).toEqual([
      ['TC', 'test comment'],
      ['SC', 'Sample contaminated'],
    ]);
    expect(m?.terminatorComments).toHaveLength(5);
    expect(readAstmComment(m!.terminatorComments[0]!)).toMatchObject({ source: 'I', type: 'G' });
    expect(readAstmTerminator(m!.terminator!).code).toBe('N');
  });
});

describe('an Ortho VISION blood-bank result (M records with image names)', () => {
  const m = message('tgenaux-astm-lis/Vision.txt');
  const results = m.patients[0]!.orders[0]!.results;

  it('reads the sender from the header', () => {
    const h = readAstmHeader(m.header!);
    expect(h.sender).toEqual(['OCD', 'VISION', '5.10.0.46252', 'JNumber']);
    expect(h.processingId).toBe('P');
    expect(h.version).toBe('LIS2-A');
    expect(h.dateTime).toEqual({ year: 2024, month: 3, day: 7, hour: 15, minute: 12, second: 37 });
  });

  it('takes a bare test code (ABO, not ^^^ABO) as the code', () => {
    expect(readAstmOrder(m.patients[0]!.orders[0]!.record).tests[0]?.code).toBe('ABO-D');
    expect(results.map((r) => readAstmResult(r.record).test.code)).toEqual(['ABO', 'Rh']);
    expect(results.map((r) => readAstmResult(r.record).valueText)).toEqual(['A', 'NEG']);
  });

  it('keeps each result’s manufacturer records with it', () => {
    expect(results.map((r) => r.manufacturer.length)).toEqual([3, 2]);
    const first = readAstmManufacturer(results[0]!.manufacturer[0]!.record);
    expect(first.kind).toBe('Anti-A');
    expect(first.fields[1]?.[0]?.[5]).toBe('20240307_151227Grey.jpg');
  });

  it('reads an L record without a code as code ""', () => {
    expect(readAstmTerminator(m.terminator!).code).toBe('');
  });
});

describe('blood-bank reaction grades and vendor test-ID components', () => {
  it('keeps all components of a Galileo reaction value', () => {
    const m = message('go-astm/examples/galileo/result.astm');
    const r = readAstmResult(m.patients[0]!.orders[0]!.results[2]!.record);
    expect(r.valueComponents).toEqual(['3+', '3+', '45']);
    expect(r.value).toEqual({ kind: 'text', text: '3+' });
    expect(m.patients[0]!.orders.map((o) => o.results.length)).toEqual([9, 5]);
  });

  it('reads Bio-Rad IH-1000 test IDs with their extra components, and the comments after each result', () => {
    const m = message('go-astm/examples/ihcom_v52/bloodtype.astm');
    const results = m.patients[0]!.orders[0]!.results;
    const test = readAstmResult(results[0]!.record).test;
    expect(test.code).toBe('AntiA');
    expect(test.extra).toEqual(['MO10', 'Bloodgroup: A,B,D Confirmation for Patients (DiaClon) (5005)', '']);
    expect(results.map((r) => r.comments.length)).toEqual([1, 1, 1, 1]);
    expect(readAstmOrder(m.patients[0]!.orders[0]!.record).instrumentSpecimenId).toEqual([
      '1122206642',
      '',
      '',
      '',
    ]);
  });

  it('reads Phadia dilution/replicate components and a text result', () => {
    const m = message('tgenaux-astm-lis/PhadiaLIS2SampleMessage.txt');
    const second = readAstmResult(m.patients[0]!.orders[1]!.results[0]!.record);
    expect(second.test).toMatchObject({ code: 't3', extra: ['sIgE', '1'] });
    expect(second.value).toEqual({ kind: 'text', text: 'Examine' });
  });

  it('reads Horiba flags, LOINC in the test ID and a reference range with a label', () => {
    const m = goMessage('TestIdentifyOrderAndMultipleResultsWithManufacturerDefinedField');
    const results = m.patients[0]!.orders[0]!.results.map((r) => readAstmResult(r.record));
    expect(results.map((r) => [r.test.code, r.test.extra[0], r.flags[0], r.status])).toEqual([
      ['MCV', '787-2', 'L', 'W'],
      ['NEU#', '751-8', 'LL', 'W'],
      ['NEU%', '770-8', 'L', 'W'],
      ['RDW-CV', '788-0', 'H', 'F'],
    ]);
    expect(results[0]?.referenceRange).toEqual({ text: '80.0 - 96.0', low: 80, high: 96 });
    expect(readAstmComment(m.patients[0]!.orders[0]!.comments[0]!).text).toHaveLength(10);
  });
});

describe('host queries', () => {
  it('reads the specimen ID from ^SID and from a bare ID', () => {
    const m = goMessage('TestIdentifyQuery');
    expect(m.queries.map((q) => readAstmQuery(q.record).startingRange.specimenId)).toEqual([
      'VALI200301',
      'VALI200302',
      'VALI200303',
      'VALI200304',
      'VALI200305',
    ]);
    const roche = readAstmQuery(AstmRecord.parse('Q|1|^SID42^0^7^0||^^^GLU\\^^^K||20240101||||||O'));
    expect(roche.startingRange).toMatchObject({ patientId: '', specimenId: 'SID42' });
    expect(roche.tests.map((t) => t.code)).toEqual(['GLU', 'K']);
    expect(roche.allTests).toBe(false);
    expect(roche.requestStatus).toBe('O');
    expect(roche.beginAt).toEqual({ year: 2024, month: 1, day: 1 });
  });

  it('takes ALL as every test', () => {
    const query = readAstmQuery(AstmRecord.parse('Q|1|^S1||ALL||||||||O'));
    expect(query.allTests).toBe(true);
    expect(query.tests).toEqual([]);
  });
});

describe('readers refuse the wrong record type', () => {
  it('reading a patient record as an order is a programming error', () => {
    expect(() => readAstmOrder(AstmRecord.parse('P|1'))).toThrow(/expected an O record/);
  });
});
