import {
  parseAstmText,
  printAstmMessage,
  readAstmComment,
  readAstmHeader,
  readAstmOrder,
  readAstmQuery,
  readAstmResult,
} from '@aliquot/codecs/astm';
import { parseHl7Message, readLabOrders, readOulR22 } from '@aliquot/codecs/hl7v2';
import { describe, expect, it } from 'vitest';
import { defaultAnalyzers, type AnalyzerProfile } from '../src/analyzers/analyzer-profile.js';
import { analyzerRegistration, qcPattern } from '../src/analyzers/analyzer-registration.js';
import { buildAstmHostQuery, buildAstmResultMessage } from '../src/analyzers/astm-instrument-messages.js';
import { buildCtdnaOruR01, buildOulR22 } from '../src/analyzers/hl7-instrument-messages.js';
import type { Measurement } from '../src/analyzers/measurement.js';

const profile = (code: string): AnalyzerProfile => {
  const p = defaultAnalyzers().find((a) => a.code === code);
  if (!p) throw new Error(code);
  return p;
};
const at = new Date(2026, 10, 21, 9, 30, 15);
const patient = {
  id: 'MRN1',
  familyName: 'Okafor',
  givenName: 'Ada',
  birthDate: '1961-04-09',
  sex: 'F',
} as const;
const numeric = (testCode: string, value: number, extra: Partial<Measurement> = {}): Measurement => ({
  testCode,
  value: { kind: 'numeric', value },
  flags: [],
  dilution: 1,
  replicate: 1,
  ...extra,
});

describe('what the ASTM analyzers send', () => {
  it('a host query names the tube in Q-3 and asks for all tests', () => {
    const text = printAstmMessage(buildAstmHostQuery(profile('CHEM-1'), 'A26000042', at));
    const [message] = parseAstmText(text).messages;
    const q = readAstmQuery(message?.queries[0]?.record ?? (undefined as never));
    expect(q.startingRange.specimenId).toBe('A26000042');
    expect(q.allTests).toBe(true);
    expect(readAstmHeader(message?.header ?? (undefined as never)).sender[0]).toBe('SIMCHEM');
  });

  it('a result message reads back with values, units, the measuring-range comparator, dilution, replicate, alarms and serum indices', () => {
    const message = buildAstmResultMessage(profile('CHEM-1'), {
      specimenId: 'A26000042',
      patient,
      measuredAt: at,
      serumIndices: { hemolysis: 250, icterus: 1, lipemia: 0 },
      measurements: [
        numeric('K', 5.9, { unit: 'mmol/L', flags: ['CLOT'] }),
        {
          testCode: 'GLU',
          value: { kind: 'numeric', value: 750, comparator: '>' },
          unit: 'mg/dL',
          flags: ['ABOVE-LINEARITY'],
          dilution: 1,
          replicate: 1,
        },
        numeric('ALT', 1630, { unit: 'U/L', dilution: 10, replicate: 2 }),
      ],
    });
    const [parsed] = parseAstmText(printAstmMessage(message)).messages;
    const order = parsed?.patients[0]?.orders[0];
    expect(readAstmOrder(order?.record ?? (undefined as never)).specimenId).toBe('A26000042');
    const results = (order?.results ?? []).map((r) => ({
      ...readAstmResult(r.record),
      comments: r.comments.map(readAstmComment),
    }));
    expect(results.map((r) => [r.test.code, r.valueText, r.units])).toEqual([
      ['K', '5.9', 'mmol/L'],
      ['GLU', '>750', 'mg/dL'],
      ['ALT', '1630', 'U/L'],
      ['H', '250', 'mg/dL'],
      ['I', '1', 'mg/dL'],
      ['L', '0', 'mg/dL'],
    ]);
    expect(results[0]?.comments[0]?.text[0]?.[0]).toBe('CLOT');
    expect(results[0]?.comments[0]?.type).toBe('I');
    expect(results[1]?.flags).toEqual(['>']);
    expect(results[2]?.test.extra).toEqual(['10', '2']);
    expect(results[0]?.instrument[0]).toBe('CHEM-1');
  });

  it('a control tube is marked Q in the header and the order', () => {
    const message = buildAstmResultMessage(profile('CHEM-1'), {
      specimenId: 'QC-CHEM-L1',
      qualityControl: true,
      measuredAt: at,
      measurements: [numeric('NA', 128)],
    });
    const [parsed] = parseAstmText(printAstmMessage(message)).messages;
    expect(readAstmHeader(parsed?.header ?? (undefined as never)).processingId).toBe('Q');
    expect(readAstmOrder(parsed?.patients[0]?.orders[0]?.record ?? (undefined as never)).actionCode).toBe(
      'Q',
    );
    expect(new RegExp(qcPattern(profile('CHEM-1'))).test('QC-CHEM-L1')).toBe(true);
    expect(new RegExp(qcPattern(profile('CHEM-1'))).test('A26000042')).toBe(false);
  });
});

describe('what the HL7 analyzers send', () => {
  it('an immunoassay OUL^R22 carries the tube in SPM and a TSH beyond range as SN ">^100"', () => {
    const message = buildOulR22(profile('IMMUNO-1'), {
      specimenId: 'A26000077',
      patient,
      measuredAt: at,
      measurements: [
        numeric('TSH', 2.314, { unit: 'm[IU]/L' }),
        {
          testCode: 'FT4',
          value: { kind: 'numeric', value: 7.7, comparator: '>' },
          unit: 'ng/dL',
          flags: ['ABOVE-LINEARITY'],
          dilution: 1,
          replicate: 1,
        },
      ],
    });
    const oul = readOulR22(parseHl7Message(message.toString()));
    expect(oul.msh.messageType).toBe('OUL');
    expect(oul.specimens[0]?.spm.segment.value(2, 1)).toBe('A26000077');
    const obx = oul.specimens[0]?.orders.map((o) => o.results[0]?.obx.segment);
    expect(obx?.map((s) => [s?.value(3, 1), s?.value(2), s?.raw(5), s?.value(6)])).toEqual([
      ['TSH', 'NM', '2.314', 'm[IU]/L'],
      ['FT4', 'SN', '>^7.7', 'ng/dL'],
    ]);
  });

  it('a ctDNA ORU^R01 reports the variant as gene, c.HGVS and allele fraction, and a negative gene as absent', () => {
    const message = buildCtdnaOruR01(profile('MOLEC-1'), {
      specimenId: 'A26000099',
      patient,
      measuredAt: at,
      measurements: [
        {
          testCode: 'CTDNA-EGFR',
          value: {
            kind: 'variant',
            gene: 'EGFR',
            hgvs: 'NM_005228.5:c.2573T>G',
            protein: 'p.Leu858Arg',
            alleleFraction: 0.0123,
          },
          flags: [],
          dilution: 1,
          replicate: 1,
        },
        {
          testCode: 'CTDNA-KRAS',
          value: { kind: 'no-variant', gene: 'KRAS' },
          flags: [],
          dilution: 1,
          replicate: 1,
        },
      ],
    });
    const oru = readLabOrders(parseHl7Message(message.toString()));
    const [egfr, kras] = oru.patients[0]?.orders ?? [];
    expect(egfr?.obr?.segment.value(4, 1)).toBe('CTDNA-EGFR');
    expect(egfr?.observations.map((o) => [o.obx.segment.value(3, 1), o.obx.segment.value(5, 1)])).toEqual([
      ['48018-6', 'EGFR'],
      ['48004-6', 'NM_005228.5:c.2573T>G'],
      ['48005-3', 'p.Leu858Arg'],
      ['81258-6', '0.0123'],
    ]);
    expect(kras?.observations.map((o) => o.obx.segment.value(5, 2))).toEqual(['KRAS', 'Absent']);
  });

  it('registers each analyzer with its sender ID, its control pattern and a mapping for every test it runs', () => {
    const reg = analyzerRegistration(profile('HEME-1'));
    expect(reg).toMatchObject({
      code: 'HEME-1',
      protocol: 'astm',
      transport: 'tcp-server',
      senderIds: ['SIMHEME'],
    });
    expect(reg.testCodes.map((t) => t.testCode)).toEqual(profile('HEME-1').tests);
  });
});
