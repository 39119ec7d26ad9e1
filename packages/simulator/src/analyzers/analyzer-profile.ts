/**
 * A virtual analyzer's make-up: what it measures, how well, how fast, how it talks and how often it
 * runs its controls. A scenario names profiles; `defaultAnalyzers` is the lab most scenarios use.
 */

export const AnalyzerKind = {
  chemistry: 'chemistry',
  hematology: 'hematology',
  immunoassay: 'immunoassay',
  coagulation: 'coagulation',
  urinalysis: 'urinalysis',
  bloodGas: 'blood-gas',
  molecular: 'molecular',
} as const;
export type AnalyzerKind = (typeof AnalyzerKind)[keyof typeof AnalyzerKind];

/** How the analyzer talks to the LIS. */
export const AnalyzerProtocol = {
  /** ASTM E1381 frames carrying LIS2-A2 records, with a host query per tube when `hostQuery` is set. */
  astm: 'astm',
  /** HL7 v2.5.1 OUL^R22 results over MLLP (orders come from the host's worklist or the tube label). */
  hl7: 'hl7',
} as const;
export type AnalyzerProtocol = (typeof AnalyzerProtocol)[keyof typeof AnalyzerProtocol];

export interface QcSchedule {
  /** Minutes of simulation time between QC events; QC also runs when the analyzer starts. */
  readonly everyMinutes: number;
  /** 2 for chemistry, 3 for hematology, coagulation and immunoassay. @see qc.md §2 */
  readonly levels: 2 | 3;
  /**
   * The specimen ID printed on each control tube, `{level}` replaced by 1, 2, 3; it must match a
   * QC pattern of the instrument in the registry (and a control lot's specimen ID).
   */
  readonly specimenId: string;
}

export interface AnalyzerProfile {
  /** The instrument's code in Aliquot's registry. */
  readonly code: string;
  readonly name: string;
  readonly kind: AnalyzerKind;
  readonly protocol: AnalyzerProtocol;
  /** How it names itself: ASTM H-5 component 1 or HL7 MSH-3. */
  readonly senderId: string;
  /** Catalog test codes it performs. */
  readonly tests: readonly string[];
  /** Its own code for a catalog test where it differs (e.g. GLU → "GLUC"). */
  readonly testCodes?: Readonly<Record<string, string>>;
  /** Multiplies the catalog's typical analytical CV: 1 is a typical analyzer, 1.5 a worse one. */
  readonly imprecision: number;
  /** Proportional bias against the true value, percent. */
  readonly biasPercent: number;
  /** Tubes it loads per hour of simulation time. */
  readonly tubesPerHour: number;
  /** Minutes of simulation time from loading a tube to sending its results. */
  readonly runMinutes: number;
  /** Ask the host for each tube's orders (ASTM Q record) rather than reading them off the label. */
  readonly hostQuery: boolean;
  readonly qc: QcSchedule;
}

/** The instrument's code for a catalog test. */
export function instrumentTestCode(profile: AnalyzerProfile, testCode: string): string {
  return profile.testCodes?.[testCode] ?? testCode;
}

/** The catalog code behind an instrument's test code, or undefined when it is not one of its tests. */
export function catalogTestCode(profile: AnalyzerProfile, instrumentCode: string): string | undefined {
  for (const test of profile.tests) if (instrumentTestCode(profile, test) === instrumentCode) return test;
  return undefined;
}

const CHEMISTRY_TESTS = [
  ...['NA', 'K', 'CL', 'CO2', 'BUN', 'CREA', 'GLU', 'CA', 'TP', 'ALB', 'TBIL', 'DBIL', 'ALP', 'ALT', 'AST'],
  ...['GGT', 'MG', 'PHOS', 'URIC', 'LDH', 'CK', 'LIP', 'AMY', 'LACT', 'OSMO', 'FE', 'TIBC', 'CHOL', 'HDL'],
  ...['TRIG', 'DLDL', 'HBA1C', 'CRP', 'HSCRP'],
];

const HEMATOLOGY_TESTS = [
  ...['WBC', 'RBC', 'HGB', 'HCT', 'MCV', 'MCH', 'MCHC', 'RDW', 'PLT'],
  ...['NEUTA', 'LYMPHA', 'MONOA', 'EOSA', 'BASOA', 'NEUTP', 'LYMPHP', 'MONOP', 'EOSP', 'BASOP'],
];

/** The lab most scenarios run: one analyzer of each kind. */
export function defaultAnalyzers(): AnalyzerProfile[] {
  return [
    {
      code: 'CHEM-1',
      name: 'Chemistry analyzer 1',
      kind: 'chemistry',
      protocol: 'astm',
      senderId: 'SIMCHEM',
      tests: CHEMISTRY_TESTS,
      imprecision: 1,
      biasPercent: 0.5,
      tubesPerHour: 240,
      runMinutes: 10,
      hostQuery: true,
      qc: { everyMinutes: 240, levels: 2, specimenId: 'QC-CHEM-L{level}' },
    },
    {
      code: 'HEME-1',
      name: 'Hematology analyzer 1',
      kind: 'hematology',
      protocol: 'astm',
      senderId: 'SIMHEME',
      tests: HEMATOLOGY_TESTS,
      imprecision: 1,
      biasPercent: 0,
      tubesPerHour: 120,
      runMinutes: 2,
      hostQuery: true,
      qc: { everyMinutes: 480, levels: 3, specimenId: 'QC-HEME-L{level}' },
    },
    {
      code: 'IMMUNO-1',
      name: 'Immunoassay analyzer 1',
      kind: 'immunoassay',
      protocol: 'hl7',
      senderId: 'SIMIMMUNO',
      tests: ['TSH', 'FT4', 'FT3', 'TNI', 'HSTNI', 'HSTNT', 'NTBNP', 'BNP', 'PCT', 'PSA', 'FERR'],
      imprecision: 1,
      biasPercent: 1,
      tubesPerHour: 90,
      runMinutes: 18,
      hostQuery: true,
      qc: { everyMinutes: 480, levels: 3, specimenId: 'QC-IMMUNO-L{level}' },
    },
    {
      code: 'COAG-1',
      name: 'Coagulation analyzer 1',
      kind: 'coagulation',
      protocol: 'astm',
      senderId: 'SIMCOAG',
      tests: ['PT', 'INR', 'APTT', 'FIB', 'DDIM'],
      imprecision: 1,
      biasPercent: 0,
      tubesPerHour: 60,
      runMinutes: 6,
      hostQuery: true,
      qc: { everyMinutes: 480, levels: 2, specimenId: 'QC-COAG-L{level}' },
    },
    {
      code: 'UA-1',
      name: 'Urinalysis analyzer 1',
      kind: 'urinalysis',
      protocol: 'astm',
      senderId: 'SIMUA',
      tests: ['UCOLOR', 'UAPP', 'USG', 'UPH', 'UPRO', 'UGLU', 'UKET', 'UBLD', 'UBIL', 'UURO', 'UNIT', 'ULE'],
      imprecision: 1,
      biasPercent: 0,
      tubesPerHour: 100,
      runMinutes: 2,
      hostQuery: true,
      qc: { everyMinutes: 1440, levels: 2, specimenId: 'QC-UA-L{level}' },
    },
    {
      code: 'BGA-1',
      name: 'Blood gas analyzer 1',
      kind: 'blood-gas',
      protocol: 'astm',
      senderId: 'SIMBGA',
      tests: ['PH', 'PCO2', 'PO2', 'HCO3', 'BE', 'O2SAT'],
      imprecision: 1,
      biasPercent: 0,
      tubesPerHour: 30,
      runMinutes: 2,
      hostQuery: true,
      qc: { everyMinutes: 480, levels: 3, specimenId: 'QC-BGA-L{level}' },
    },
    {
      code: 'MOLEC-1',
      name: 'Liquid-biopsy ctDNA analyzer 1',
      kind: 'molecular',
      protocol: 'hl7',
      senderId: 'SIMMOLEC',
      tests: ['CTDNA-EGFR', 'CTDNA-KRAS', 'CTDNA-BRAF', 'CTDNA-PIK3CA'],
      imprecision: 1,
      biasPercent: 0,
      tubesPerHour: 8,
      runMinutes: 90,
      hostQuery: false,
      qc: { everyMinutes: 1440, levels: 2, specimenId: 'QC-MOLEC-L{level}' },
    },
  ];
}
