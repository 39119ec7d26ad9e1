import { referenceIntervalFor, type ClinicalSex, type TestDefinition } from '@aliquot/domain';

/**
 * How one analyte is spread among healthy people, read from the catalog's reference interval: the
 * interval is the central 95 % of the healthy population, so its half-width is 1.96 total SD (on the
 * log scale for skewed analytes). The total SD splits into between-subject spread (where a person's
 * homeostatic set point lies) and within-subject biological variation, CVi, around it.
 * @see shared/domain/delta-and-critical.md §2 (CVi)
 */
export interface AnalyteModel {
  readonly code: string;
  readonly distribution: 'normal' | 'log-normal';
  /** Population centre per sex: the mean (normal) or the median (log-normal). */
  readonly centre: Readonly<Record<ClinicalSex, number>>;
  /** Between-subject SD of the set point: in the unit (normal) or on the log scale (log-normal). */
  readonly betweenSd: Readonly<Record<ClinicalSex, number>>;
  /** Within-subject biological CV, as a fraction. */
  readonly cvi: number;
}

/** Analytes whose healthy distribution is right-skewed: their set points are log-normal. */
export const LOG_NORMAL_ANALYTES: ReadonlySet<string> = new Set([
  ...['TBIL', 'DBIL', 'ALT', 'AST', 'GGT', 'ALP', 'CK', 'LIP', 'AMY', 'LDH', 'TRIG', 'TSH', 'CRP'],
  ...['HSCRP', 'FERR', 'TNI', 'HSTNI', 'HSTNT', 'NTBNP', 'BNP', 'PCT', 'PSA', 'DDIM', 'LACT'],
  ...['WBC', 'PLT', 'UURO'],
]);

/**
 * Where the catalog gives only one bound (ALT ≤ 50, HDL ≥ 40) or none, the healthy centre as a
 * fraction of that bound (log-normal: median/upper bound) or an explicit centre and SD.
 */
const ONE_SIDED: Readonly<
  Record<string, { readonly centreOfBound: number } | { readonly mean: number; readonly sd: number }>
> = {
  ALT: { centreOfBound: 0.45 },
  AST: { centreOfBound: 0.55 },
  GGT: { centreOfBound: 0.4 },
  DBIL: { centreOfBound: 0.4 },
  CHOL: { mean: 180, sd: 28 },
  HDL: { mean: 55, sd: 12 },
  TRIG: { centreOfBound: 0.6 },
  DLDL: { mean: 100, sd: 25 },
  HBA1C: { mean: 5.2, sd: 0.25 },
  HSTNI: { centreOfBound: 0.18 },
  HSTNT: { centreOfBound: 0.35 },
  TNI: { mean: 0.006, sd: 0.004 },
  NTBNP: { centreOfBound: 0.35 },
  BNP: { centreOfBound: 0.3 },
  CRP: { centreOfBound: 0.25 },
  HSCRP: { centreOfBound: 0.4 },
  PCT: { centreOfBound: 0.35 },
  PSA: { centreOfBound: 0.25 },
  DDIM: { centreOfBound: 0.4 },
  EOSA: { mean: 0.2, sd: 0.1 },
  BASOA: { mean: 0.05, sd: 0.02 },
  EOSP: { mean: 2.5, sd: 1.2 },
  BASOP: { mean: 0.6, sd: 0.3 },
};

/** CVi (%) where the catalog has none [U: approximate EFLM / Ricos figures]. */
const FALLBACK_CVI: Readonly<Record<string, number>> = {
  DBIL: 20,
  LACT: 27,
  OSMO: 1.3,
  FE: 26,
  TIBC: 4,
  FT3: 5,
  TNI: 15,
  HSTNI: 15,
  HSTNT: 9,
  NTBNP: 30,
  BNP: 30,
  HSCRP: 34,
  PCT: 20,
  PSA: 9,
  RBC: 3,
  HCT: 2.8,
  MCH: 1,
  MCHC: 1,
  RDW: 3.5,
  PT: 4,
  INR: 4,
  APTT: 3,
  FIB: 10,
  DDIM: 20,
  USG: 0.5,
  UPH: 5,
  UURO: 20,
  PH: 0.2,
  PCO2: 5,
  PO2: 6,
};

const Z95 = 1.959964;

function partition(def: TestDefinition, sex: ClinicalSex): { low?: number; high?: number } {
  return referenceIntervalFor(def, sex, 40 * 365) ?? {};
}

/**
 * The model of a numeric test from its definition, or undefined when the catalog says too little
 * (no interval and no entry in the one-sided table).
 */
export function analyteModel(def: TestDefinition): AnalyteModel | undefined {
  if (def.valueKind !== 'numeric') return undefined;
  const logNormal = LOG_NORMAL_ANALYTES.has(def.code);
  const cvi = (def.variation?.cvi ?? FALLBACK_CVI[def.code] ?? 5) / 100;
  const centre = {} as Record<ClinicalSex, number>;
  const betweenSd = {} as Record<ClinicalSex, number>;
  for (const sex of ['female', 'male', 'unknown'] as const) {
    const { low, high } = partition(def, sex === 'unknown' ? 'female' : sex);
    const special = ONE_SIDED[def.code];
    let c: number;
    let totalSd: number;
    if (special && 'mean' in special) {
      c = special.mean;
      // On the log scale a log-normal's SD is about its coefficient of variation.
      totalSd = logNormal ? special.sd / special.mean : special.sd;
    } else if (low !== undefined && high !== undefined && high > low && (!logNormal || low > 0)) {
      if (logNormal) {
        c = Math.sqrt(low * high);
        totalSd = (Math.log(high) - Math.log(low)) / (2 * Z95);
      } else {
        c = (low + high) / 2;
        totalSd = (high - low) / (2 * Z95);
      }
    } else if (special && high !== undefined) {
      c = high * special.centreOfBound;
      totalSd = logNormal ? Math.log(1 / special.centreOfBound) / Z95 : (high - c) / Z95;
    } else return undefined;
    const withinSd = logNormal ? Math.sqrt(Math.log(1 + cvi * cvi)) : c * cvi;
    centre[sex] = c;
    betweenSd[sex] = Math.sqrt(Math.max(totalSd * totalSd - withinSd * withinSd, (totalSd * totalSd) / 10));
  }
  return { code: def.code, distribution: logNormal ? 'log-normal' : 'normal', centre, betweenSd, cvi };
}

/** Models for every numeric test of a catalog that has enough to go on, by code. */
export function analyteModels(tests: readonly TestDefinition[]): ReadonlyMap<string, AnalyteModel> {
  const out = new Map<string, AnalyteModel>();
  for (const def of tests) {
    const model = analyteModel(def);
    if (model) out.set(def.code, model);
  }
  return out;
}
