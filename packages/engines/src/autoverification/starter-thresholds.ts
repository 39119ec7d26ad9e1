/**
 * Threshold tables behind the starter rule set, in the starter catalog's units. They are fallbacks:
 * a test definition's own serum-index limits and stability win over them. Every figure marked [U] is
 * illustrative and must be replaced by the lab with its assays' instructions for use (IFU) and its own
 * validation before go-live.
 */

/** The test codes the starter rules were written against (the seeded catalog). */
export const starterCatalogCodes: readonly string[] = Object.freeze([
  ...['NA', 'K', 'CL', 'CO2', 'BUN', 'CREA', 'EGFR', 'GLU', 'CA', 'AGAP', 'TP', 'ALB', 'TBIL', 'DBIL'],
  ...['ALP', 'ALT', 'AST', 'GGT', 'MG', 'PHOS', 'URIC', 'LDH', 'CK', 'LIP', 'AMY', 'LACT', 'OSMO'],
  ...['FE', 'TIBC', 'FERR', 'CHOL', 'HDL', 'TRIG', 'LDLC', 'DLDL', 'HBA1C', 'TSH', 'FT4', 'FT3'],
  ...['TNI', 'HSTNI', 'HSTNT', 'NTBNP', 'BNP', 'CRP', 'HSCRP', 'PCT', 'PSA'],
  ...['WBC', 'RBC', 'HGB', 'HCT', 'MCV', 'MCH', 'MCHC', 'RDW', 'PLT'],
  ...['NEUTA', 'LYMPHA', 'MONOA', 'EOSA', 'BASOA', 'NEUTP', 'LYMPHP', 'MONOP', 'EOSP', 'BASOP'],
  ...['PT', 'INR', 'APTT', 'FIB', 'DDIM'],
  ...['UCOLOR', 'UAPP', 'USG', 'UPH', 'UPRO', 'UGLU', 'UKET', 'UBLD', 'UBIL', 'UURO', 'UNIT', 'ULE'],
  ...['PH', 'PCO2', 'PO2', 'HCO3', 'BE', 'O2SAT'],
  ...['CTDNA-EGFR', 'CTDNA-KRAS', 'CTDNA-BRAF', 'CTDNA-PIK3CA'],
]);

/**
 * Orderables the starter reflex rules order that are not in the seeded catalog yet. A rule set using
 * them parses only when they are passed to `parseRuleSet` as known codes; the catalog should add them.
 */
export const starterReflexOrderables: Readonly<Record<string, string>> = Object.freeze({
  UCULT: 'Urine culture',
  SMEAR: 'Peripheral blood smear review (manual differential)',
});

/** Skewed analytes, whose RCV delta check uses the asymmetric log-normal form. @see delta-and-critical.md §2 (*) */
export const skewedAnalytes: readonly string[] = Object.freeze(['TBIL', 'CK', 'TRIG', 'TSH', 'CRP']);

/** Tests the LIS calculates from others: no analyzer, no QC, no measuring range of their own. */
export const calculatedTests: readonly string[] = Object.freeze(['AGAP', 'EGFR', 'LDLC']);

export const cbcTests: readonly string[] = Object.freeze([
  'WBC',
  'RBC',
  'HGB',
  'HCT',
  'MCV',
  'MCH',
  'MCHC',
  'RDW',
  'PLT',
]);

export const whiteCellTests: readonly string[] = Object.freeze([
  ...['WBC', 'NEUTA', 'LYMPHA', 'MONOA', 'EOSA', 'BASOA'],
  ...['NEUTP', 'LYMPHP', 'MONOP', 'EOSP', 'BASOP'],
]);

export const redCellTests: readonly string[] = Object.freeze(['RBC', 'HGB', 'HCT', 'MCV', 'MCH', 'MCHC']);

/**
 * Analyzer flags (normalised codes) that are not errors of the measurement: morphology alarms handled by
 * the smear rules, and linearity flags handled by the measuring-range rules.
 */
export const nonErrorFlags: readonly string[] = Object.freeze([
  ...['BLASTS', 'NRBC', 'PLT-CLUMPS', 'IMMATURE-GRANULOCYTES', 'ATYPICAL-LYMPHOCYTES', 'LEFT-SHIFT'],
  ...['ABOVE-LINEARITY', 'BELOW-LINEARITY'],
]);

/** Hemolysis index limits (mg/dL free haemoglobin) for analytes hemolysis raises. [U] */
export const hemolysisRaisesLimits: Readonly<Record<string, number>> = Object.freeze({
  K: 90,
  LDH: 15,
  AST: 40,
  ALT: 90,
  CK: 200,
  MG: 800,
  PHOS: 300,
  FE: 100,
});

/** Hemolysis index limits for analytes hemolysis lowers (hs-TnT on some platforms). [U] */
export const hemolysisLowersLimits: Readonly<Record<string, number>> = Object.freeze({ HSTNT: 100 });

/** Icterus index limits (mg/dL bilirubin): Jaffe creatinine, peroxidase-coupled lipids. [U] */
export const icterusLimits: Readonly<Record<string, number>> = Object.freeze({
  CREA: 15,
  CHOL: 25,
  TRIG: 25,
  URIC: 30,
});

/** Lipemia index limits (mg/dL Intralipid): light-scatter interference; pseudohyponatremia (indirect ISE). [U] */
export const lipemiaLimits: Readonly<Record<string, number>> = Object.freeze({
  NA: 1500,
  ALT: 150,
  AST: 150,
  AMY: 1500,
  LIP: 100,
  DBIL: 200,
});

/** Stability (minutes) where it is clear without knowing how the specimen was processed. @see workflow.md §4 */
export const stabilityFallbackMinutes: Readonly<Record<string, number>> = Object.freeze({
  PT: 1440,
  INR: 1440,
  APTT: 240,
  LACT: 30,
  ...Object.fromEntries(['PH', 'PCO2', 'PO2', 'HCO3', 'BE', 'O2SAT'].map((code) => [code, 30])),
  ...Object.fromEntries(
    ['WBC', 'RBC', 'HGB', 'HCT', 'MCV', 'MCH', 'MCHC', 'RDW', 'PLT'].map((code) => [code, 1440]),
  ),
  HBA1C: 10080,
  ...Object.fromEntries(
    ['UCOLOR', 'UAPP', 'USG', 'UPH', 'UPRO', 'UGLU', 'UKET', 'UBLD', 'UBIL', 'UURO', 'UNIT', 'ULE'].map(
      (code) => [code, 120],
    ),
  ),
});

/** Values no living patient has, in catalog units. [U; autoverification.md §2 rule 8 gives K > 10, Na < 90, Hb > 25] */
export const implausibleLimits: Readonly<Record<string, { readonly low?: number; readonly high?: number }>> =
  Object.freeze({
    NA: { low: 90, high: 200 },
    K: { low: 1.0, high: 10 },
    CL: { low: 50, high: 160 },
    CO2: { high: 60 },
    CA: { low: 2, high: 20 },
    GLU: { high: 3000 },
    HGB: { high: 25 },
    HCT: { high: 75 },
    MCV: { low: 40, high: 160 },
    PH: { low: 6.5, high: 8.0 },
    OSMO: { low: 150, high: 500 },
  });

/** Positive answers of the urine nitrite and leukocyte-esterase pads. */
export const positiveDipstickAnswers: readonly string[] = Object.freeze([
  ...['pos', 'positive', 'small', 'moderate', 'large'],
  ...['1+', '2+', '3+'],
]);
