import type { Discipline, ReferenceInterval, SpecimenType, TestDefinition } from '@aliquot/domain';

/**
 * Test definitions for scenarios, shaped like the seeded catalog (shared/domain/catalog.md): reference
 * intervals, measuring ranges, critical limits (Kost 1990), delta settings and serum-index limits. The
 * real catalog is data of its own; these are only what the engine's scenarios need.
 */

type Extra = Partial<TestDefinition>;
const any = (low?: number, high?: number): ReferenceInterval[] => [{ sex: 'any', low, high }];
const bySex = (female: [number, number], male: [number, number]): ReferenceInterval[] => [
  { sex: 'female', low: female[0], high: female[1] },
  { sex: 'male', low: male[0], high: male[1] },
];

function numeric(
  code: string,
  name: string,
  discipline: Discipline,
  specimenType: SpecimenType,
  unit: string,
  referenceIntervals: ReferenceInterval[],
  extra: Extra = {},
): TestDefinition {
  const container =
    specimenType === 'WB-EDTA'
      ? 'EDTA'
      : specimenType === 'PPP'
        ? 'CIT'
        : specimenType === 'UR'
          ? 'URINE-CUP'
          : 'SST';
  return {
    code,
    name,
    discipline,
    specimenType,
    container,
    valueKind: 'numeric',
    unit,
    referenceIntervals,
    ...extra,
  };
}

const chem = (
  code: string,
  name: string,
  unit: string,
  ri: ReferenceInterval[],
  extra: Extra = {},
): TestDefinition => numeric(code, name, 'chemistry', 'SER/PLAS', unit, ri, extra);
const heme = (
  code: string,
  name: string,
  unit: string,
  ri: ReferenceInterval[],
  extra: Extra = {},
): TestDefinition => numeric(code, name, 'hematology', 'WB-EDTA', unit, ri, extra);
const kost = (low?: number, high?: number) => ({ low, high, source: 'Kost 1990' });
const amr = (low: number, high: number, maxDilution?: number) => ({ low, high, maxDilution });

const urineDip = (code: string, name: string): TestDefinition => ({
  code,
  name,
  discipline: 'urinalysis',
  specimenType: 'UR',
  container: 'URINE-CUP',
  valueKind: 'coded',
  answers: ['neg', 'trace', 'small', 'moderate', 'large', 'pos', '1+', '2+', '3+'],
  referenceIntervals: [{ sex: 'any', text: 'neg' }],
});

const definitions: TestDefinition[] = [
  chem('NA', 'Sodium', 'mmol/L', any(136, 145), {
    measuringRange: amr(80, 180),
    critical: kost(120, 158),
    delta: { method: 'absolute', limit: 8, windowHours: 72 },
  }),
  chem('K', 'Potassium', 'mmol/L', any(3.5, 5.1), {
    measuringRange: amr(1.5, 10),
    critical: kost(2.8, 6.2),
    delta: { method: 'absolute', limit: 1.0, windowHours: 48 },
    variation: { cvi: 3.9, cva: 1.2, source: 'EFLM (approx.)' },
    serumIndexLimits: { hemolysis: 90, source: 'assay insert (illustrative)' },
  }),
  chem('CL', 'Chloride', 'mmol/L', any(98, 107), { measuringRange: amr(60, 140), critical: kost(75, 126) }),
  chem('CO2', 'CO2, total', 'mmol/L', any(22, 29), { measuringRange: amr(5, 45), critical: kost(11, 40) }),
  chem('BUN', 'Urea nitrogen', 'mg/dL', any(7, 20), {
    measuringRange: amr(2, 150, 5),
    critical: kost(undefined, 104),
  }),
  chem('CREA', 'Creatinine', 'mg/dL', bySex([0.59, 1.04], [0.74, 1.35]), {
    measuringRange: amr(0.1, 25),
    critical: kost(undefined, 7.4),
    delta: { method: 'percent', limit: 50, windowHours: 72 },
  }),
  chem('GLU', 'Glucose', 'mg/dL', any(70, 99), { measuringRange: amr(2, 750, 10), critical: kost(46, 484) }),
  chem('CA', 'Calcium', 'mg/dL', any(8.6, 10.3), { measuringRange: amr(1, 20), critical: kost(6.6, 12.9) }),
  chem('AGAP', 'Anion gap', 'mmol/L', any(8, 16), { calculated: true }),
  chem('TP', 'Protein, total', 'g/dL', any(6.0, 8.3), { measuringRange: amr(2, 12) }),
  chem('ALB', 'Albumin', 'g/dL', any(3.5, 5.0), { measuringRange: amr(1, 6) }),
  chem('TBIL', 'Bilirubin, total', 'mg/dL', any(0.1, 1.2), {
    measuringRange: amr(0.1, 30),
    critical: kost(undefined, 15),
  }),
  chem('DBIL', 'Bilirubin, direct', 'mg/dL', any(undefined, 0.3), { measuringRange: amr(0.1, 10) }),
  chem('ALP', 'Alkaline phosphatase', 'U/L', any(40, 130), { measuringRange: amr(5, 1200, 10) }),
  chem('AST', 'AST', 'U/L', bySex([0, 35], [0, 40]), { measuringRange: amr(5, 700, 10) }),
  chem('LDH', 'LDH', 'U/L', any(125, 220), { measuringRange: amr(10, 1000, 10) }),
  chem('MG', 'Magnesium', 'mg/dL', any(1.7, 2.2), { measuringRange: amr(0.5, 5), critical: kost(1.0, 4.9) }),
  chem('CHOL', 'Cholesterol, total', 'mg/dL', any(undefined, 200), { measuringRange: amr(4, 800) }),
  chem('HDL', 'HDL cholesterol', 'mg/dL', any(40, undefined), { measuringRange: amr(3, 120) }),
  chem('TRIG', 'Triglycerides', 'mg/dL', any(undefined, 150), { measuringRange: amr(9, 885, 10) }),
  chem('LDLC', 'LDL cholesterol, calculated', 'mg/dL', any(undefined, 100), { calculated: true }),
  chem('DLDL', 'LDL cholesterol, direct', 'mg/dL', any(undefined, 100), { measuringRange: amr(3, 550) }),
  chem('EGFR', 'eGFR', 'mL/min/{1.73_m2}', any(60, undefined), { calculated: true }),
  numeric('TSH', 'TSH', 'immunoassay', 'SER/PLAS', 'm[IU]/L', any(0.4, 4.0), {
    measuringRange: amr(0.005, 100),
    delta: { method: 'rcv', limit: 50.6, windowHours: 72 },
    variation: { cvi: 17.8, cva: 4.0, source: 'EFLM (approx.)' },
  }),
  numeric('FT4', 'Free T4', 'immunoassay', 'SER/PLAS', 'ng/dL', any(0.8, 1.8), {
    measuringRange: amr(0.1, 7.7),
  }),
  numeric('FT3', 'Free T3', 'immunoassay', 'SER/PLAS', 'pg/mL', any(2.3, 4.2), {
    measuringRange: amr(0.4, 30),
  }),
  numeric('HSTNT', 'Troponin T, high-sensitivity', 'immunoassay', 'PLAS', 'ng/L', any(undefined, 14), {
    measuringRange: amr(3, 10000),
  }),
  heme('WBC', 'WBC', '10*3/uL', any(4.0, 11.0), { measuringRange: amr(0, 400), critical: kost(2.0, 37) }),
  heme('RBC', 'RBC', '10*6/uL', bySex([4.0, 5.2], [4.5, 5.9])),
  heme('HGB', 'Hemoglobin', 'g/dL', bySex([12.0, 15.5], [13.5, 17.5]), {
    measuringRange: amr(0, 25),
    critical: kost(6.6, 19.9),
    delta: { method: 'absolute', limit: 2.5, windowHours: 72 },
  }),
  heme('HCT', 'Hematocrit', '%', bySex([36, 46], [41, 53]), { critical: kost(18, 61) }),
  heme('MCV', 'MCV', 'fL', any(80, 100)),
  heme('MCH', 'MCH', 'pg', any(27, 33)),
  heme('MCHC', 'MCHC', 'g/dL', any(32, 36)),
  heme('PLT', 'Platelets', '10*3/uL', any(150, 400), {
    measuringRange: amr(0, 5000),
    critical: kost(37, 910),
    delta: { method: 'percent', limit: 50, windowHours: 72 },
  }),
  ...['NEUTP', 'LYMPHP', 'MONOP', 'EOSP', 'BASOP'].map((code) => heme(code, `${code} %`, '%', any(0, 100))),
  numeric('PT', 'Prothrombin time', 'coagulation', 'PPP', 's', any(11, 13.5), { stabilityMinutes: 24 * 60 }),
  numeric('BE', 'Base excess', 'blood-gas', 'BLDA', 'mmol/L', any(-2, 2)),
  urineDip('UNIT', 'Urine nitrite'),
  urineDip('ULE', 'Urine leukocyte esterase'),
];

export const scenarioDefinitions: Readonly<Record<string, TestDefinition>> = Object.freeze(
  Object.fromEntries(definitions.map((definition) => [definition.code, definition])),
);
