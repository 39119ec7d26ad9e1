import { createRequire } from 'node:module';
import type { TestDefinition } from '@aliquot/domain';
import { describe, expect, it } from 'vitest';
import { validateCatalog } from './catalog-validation.js';
import { loincProblem } from './loinc-check-digit.js';
import { starterCatalog, starterCatalogAttribution } from './starter-catalog.js';
import data from './starter-catalog.json' with { type: 'json' };
import { ucumUnitProblem } from './ucum-unit.js';

const { tests, panels } = starterCatalog();
const test = (code: string): TestDefinition => {
  const found = tests.find((t) => t.code === code);
  if (!found) throw new Error(`no test ${code} in the starter catalog`);
  return found;
};
const members = (code: string): readonly string[] => panels.find((p) => p.code === code)?.members ?? [];

const BMP = ['NA', 'K', 'CL', 'CO2', 'BUN', 'CREA', 'GLU', 'CA'];
const CBC = ['WBC', 'RBC', 'HGB', 'HCT', 'MCV', 'MCH', 'MCHC', 'RDW', 'PLT'];
const DIFF = ['NEUTA', 'LYMPHA', 'MONOA', 'EOSA', 'BASOA', 'NEUTP', 'LYMPHP', 'MONOP', 'EOSP', 'BASOP'];
/** The codes that autoverification rules, the simulator and other parts of Aliquot name. */
const AGREED_CODES = [
  ...'NA K CL CO2 BUN CREA EGFR GLU CA AGAP TP ALB TBIL DBIL ALP ALT AST GGT MG PHOS URIC LDH CK LIP AMY LACT OSMO FE TIBC FERR CHOL HDL TRIG LDLC DLDL HBA1C TSH FT4 FT3 TNI HSTNI HSTNT NTBNP BNP CRP HSCRP PCT PSA'.split(
    ' ',
  ),
  ...CBC,
  ...DIFF,
  ...'PT INR APTT FIB DDIM'.split(' '),
  ...'UCOLOR UAPP USG UPH UPRO UGLU UKET UBLD UBIL UURO UNIT ULE'.split(' '),
  ...'PH PCO2 PO2 HCO3 BE O2SAT'.split(' '),
  ...'CTDNA-EGFR CTDNA-KRAS CTDNA-BRAF CTDNA-PIK3CA'.split(' '),
];

describe('the starter catalog file', () => {
  it('passes the same validation an admin edit goes through', () => {
    expect(validateCatalog(data)).toEqual([]);
  });

  it('holds exactly the agreed test codes', () => {
    expect([...tests.map((t) => t.code)].sort()).toEqual([...AGREED_CODES].sort());
  });

  it('holds the twelve agreed panels', () => {
    expect(panels.map((p) => p.code)).toEqual(
      'BMP CMP RFP LYTES HFP LIPID CBC CBCD COAG UA ABG CTDNA'.split(' '),
    );
  });

  it.each(tests.filter((t) => t.unit !== undefined).map((t) => [t.code, t.unit ?? '']))(
    '%s is reported in valid UCUM (%s)',
    (_code, unit) => expect(ucumUnitProblem(unit)).toBeUndefined(),
  );

  it.each([...tests, ...panels].filter((x) => x.loinc !== undefined).map((x) => [x.code, x.loinc ?? '']))(
    '%s has a LOINC code with a valid check digit (%s)',
    (_code, loinc) => expect(loincProblem(loinc)).toBeUndefined(),
  );

  it('marks every LOINC code it carries as verified or unverified, once', () => {
    const { verified, unverified } = starterCatalogAttribution().sources.loinc;
    const coded = [...tests, ...panels].filter((x) => x.loinc !== undefined).map((x) => x.code);
    expect([...verified, ...unverified].sort()).toEqual([...coded].sort());
  });

  it('carries the LOINC licence notice word for word', () => {
    expect(starterCatalogAttribution().loincNotice).toBe(
      'This material contains content from LOINC (http://loinc.org). LOINC is copyright © Regenstrief Institute, Inc. and the Logical Observation Identifiers Names and Codes (LOINC) Committee and is available at no cost under the license at http://loinc.org/license. LOINC® is a registered United States trademark of Regenstrief Institute, Inc.',
    );
  });

  it('hands out copies, so a caller cannot change the catalog for everyone', () => {
    starterCatalog().tests.pop();
    expect(starterCatalog().tests).toHaveLength(AGREED_CODES.length);
  });
});

describe('panels', () => {
  it('the BMP has the 8 tests of the basic metabolic panel', () => expect(members('BMP')).toEqual(BMP));

  it('the CMP has 14: the BMP plus total protein, albumin, total bilirubin, ALP, ALT and AST', () => {
    expect(members('CMP')).toEqual([...BMP, 'TP', 'ALB', 'TBIL', 'ALP', 'ALT', 'AST']);
  });

  it('the renal function panel is the BMP plus albumin and phosphorus', () => {
    expect(members('RFP')).toEqual([...BMP, 'ALB', 'PHOS']);
  });

  it('the hepatic function panel has 7 tests including direct bilirubin', () => {
    expect([...members('HFP')].sort()).toEqual(['ALB', 'ALP', 'ALT', 'AST', 'DBIL', 'TBIL', 'TP']);
  });

  it('the CBC with differential reports all five cell types as count and as percent', () => {
    expect(members('CBCD')).toHaveLength(19);
    expect([...members('CBCD')].sort()).toEqual([...CBC, ...DIFF].sort());
    expect(DIFF.map((code) => test(code).unit)).toEqual([
      ...Array<string>(5).fill('10*3/uL'),
      ...Array<string>(5).fill('%'),
    ]);
  });

  it('the urinalysis panel has the 12 dipstick and physical components', () =>
    expect(members('UA')).toHaveLength(12));
});

describe('what the catalog says about individual tests', () => {
  it('critical potassium limits are 2.8 and 6.2 mmol/L, from Kost 1990', () => {
    expect(test('K').critical).toEqual({ low: 2.8, high: 6.2, source: 'Kost 1990 (JAMA 263:704)' });
  });

  it("Kost's WBC and platelet limits, published in 10^9/L, are the same numbers in 10*3/uL", () => {
    const ucum = createRequire(import.meta.url)('@lhncbc/ucum-lhc') as {
      UcumLhcUtils: {
        getInstance(): { convertUnitTo(from: string, value: number, to: string): { toVal: number } };
      };
    };
    const convert = (value: number) =>
      ucum.UcumLhcUtils.getInstance().convertUnitTo('10*9/L', value, '10*3/uL').toVal;
    const kost = [
      ['WBC', 2.0, 37],
      ['PLT', 37, 910],
    ] as const;
    for (const [code, low, high] of kost) {
      expect(test(code).unit).toBe('10*3/uL');
      expect(test(code).critical?.low).toBeCloseTo(convert(low), 9);
      expect(test(code).critical?.high).toBeCloseTo(convert(high), 9);
    }
  });

  it('creatinine has separate intervals for men and women', () => {
    expect(test('CREA').referenceIntervals).toEqual([
      { sex: 'male', low: 0.74, high: 1.35 },
      { sex: 'female', low: 0.59, high: 1.04 },
    ]);
  });

  it('an HbA1c of 5.7 % is above the interval (< 5.7 is stored as high 5.6 at one decimal)', () => {
    expect(test('HBA1C').referenceIntervals).toEqual([{ sex: 'any', high: 5.6 }]);
  });

  it('eGFR, anion gap and calculated LDL are the only tests the LIS calculates', () => {
    expect(tests.filter((t) => t.calculated === true).map((t) => t.code)).toEqual(['EGFR', 'AGAP', 'LDLC']);
  });

  it('glucose, the enzymes, CK, TSH and ferritin may be diluted beyond their measuring range', () => {
    for (const code of ['GLU', 'ALT', 'AST', 'ALP', 'GGT', 'LDH', 'CK', 'LIP', 'AMY', 'TSH', 'FERR']) {
      expect(test(code).measuringRange?.maxDilution, code).toBeGreaterThan(1);
    }
  });

  it('urine protein answers neg, trace and 1+ to 4+, and neg is expected', () => {
    expect(test('UPRO').answers).toEqual(['neg', 'trace', '1+', '2+', '3+', '4+']);
    expect(test('UPRO').referenceIntervals).toEqual([{ sex: 'any', text: 'neg' }]);
  });

  it('each hemolysis-sensitive analyte has a configurable hemolysis limit with its source', () => {
    for (const code of ['K', 'LDH', 'AST', 'ALT', 'CK', 'MG', 'PHOS', 'FE']) {
      const limits = test(code).serumIndexLimits;
      expect(limits?.hemolysis, code).toBeGreaterThan(0);
      expect(limits?.source, code).toMatch(/^Configurable per analyte and method; .+/);
    }
  });

  it('every RCV delta limit agrees with the CVi and CVa it comes from (√2 · 1.96 · √(CVi² + CVa²))', () => {
    const rcvTests = tests.filter((t) => t.delta?.method === 'rcv');
    expect(rcvTests.length).toBeGreaterThan(20);
    for (const t of rcvTests) {
      const rcv = Math.SQRT2 * 1.96 * Math.hypot(t.variation?.cvi ?? 0, t.variation?.cva ?? 0);
      expect(Math.abs((t.delta?.limit ?? 0) - rcv), t.code).toBeLessThan(0.15);
    }
  });

  it('every allowable error is the CLIA 2024 limit, flagged as unverified', () => {
    const sources = new Set(tests.flatMap((t) => (t.allowableError ? [t.allowableError.source] : [])));
    expect([...sources]).toEqual(['CLIA 2024 PT limits (unverified, 87 FR 41194)']);
    expect(test('K').allowableError).toMatchObject({ absolute: 0.3 });
    expect(test('GLU').allowableError).toMatchObject({ percent: 8, absolute: 6 });
  });

  it('STAT targets follow the example hospital: CBC 30, PT 35, urinalysis 35, troponin 45, blood gas 20 min', () => {
    const stat = (code: string) => test(code).turnaround?.statMinutes;
    expect([stat('HGB'), stat('PT'), stat('UPRO'), stat('TNI'), stat('PH')]).toEqual([30, 35, 35, 45, 20]);
    expect(test('NA').turnaround).toEqual({ statMinutes: 60, routineMinutes: 240 });
  });

  it('stability: PT 24 h, aPTT 4 h, glucose and potassium 2 h, blood gas 30 min', () => {
    const minutes = ['PT', 'APTT', 'GLU', 'K', 'PO2'].map((code) => test(code).stabilityMinutes);
    expect(minutes).toEqual([1440, 240, 120, 120, 30]);
  });

  it('the liquid-biopsy tests report structured variants from EDTA plasma and carry no LOINC code', () => {
    for (const code of ['CTDNA-EGFR', 'CTDNA-KRAS', 'CTDNA-BRAF', 'CTDNA-PIK3CA']) {
      expect(test(code), code).toMatchObject({
        valueKind: 'structured',
        discipline: 'molecular',
        specimenType: 'PLAS',
      });
      expect(test(code).loinc, code).toBeUndefined();
    }
  });
});
