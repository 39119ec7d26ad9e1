/**
 * The relations that tie analytes together, so a simulated specimen is internally consistent the way
 * a patient's blood is: electrolytes obey the anion gap, red-cell indices obey MCV·RBC = Hct, total
 * protein holds albumin, the differential adds up to the white count. Independent "drivers" are drawn
 * per person; everything else is computed from them here.
 */

/** Hidden drivers (not reported) and their healthy set-point distributions: mean and between-subject SD. */
export const HIDDEN_DRIVERS: Readonly<Record<string, { mean: number; sd: number; cvi: number }>> = {
  /** Anion gap, mmol/L: Na − (Cl + HCO3). @see autoverification.md §2 (typical 8–16) */
  _AG: { mean: 11, sd: 1.2, cvi: 0.08 },
  /** BUN/creatinine ratio, normally about 10–20. */
  _BUNCR: { mean: 14, sd: 2.5, cvi: 0.12 },
  /** Globulin, g/dL: total protein − albumin. */
  _GLOB: { mean: 2.8, sd: 0.3, cvi: 0.03 },
  /** Mean corpuscular haemoglobin concentration, g/dL. */
  _MCHC: { mean: 33.4, sd: 0.6, cvi: 0.008 },
  /** Direct share of total bilirubin. */
  _DFRAC: { mean: 0.18, sd: 0.04, cvi: 0.1 },
  /** Differential shares of the white count (normalised to 1 when used). */
  _NEUT: { mean: 0.6, sd: 0.06, cvi: 0.06 },
  _LYMPH: { mean: 0.3, sd: 0.05, cvi: 0.08 },
  _MONO: { mean: 0.065, sd: 0.012, cvi: 0.1 },
  _EOS: { mean: 0.025, sd: 0.01, cvi: 0.2 },
  _BASO: { mean: 0.006, sd: 0.002, cvi: 0.2 },
  /** Osmolal gap, mOsm/kg. */
  _OSMGAP: { mean: 4, sd: 2, cvi: 0.3 },
};

/** Measured quantities computed from the drivers rather than drawn. */
export const DERIVED_ANALYTES: ReadonlySet<string> = new Set([
  ...['CL', 'BUN', 'HCT', 'RBC', 'MCH', 'MCHC', 'TP', 'DBIL', 'INR', 'DLDL', 'OSMO', 'HSCRP', 'HBA1C'],
  ...['NEUTA', 'LYMPHA', 'MONOA', 'EOSA', 'BASOA', 'NEUTP', 'LYMPHP', 'MONOP', 'EOSP', 'BASOP'],
  ...['HCO3', 'BE', 'O2SAT'],
]);

/** Values a body can hold at all: draws are clamped here so no simulated patient is impossible. */
export const PHYSIOLOGICAL_LIMITS: Readonly<Record<string, readonly [number, number]>> = {
  NA: [100, 185],
  K: [1.5, 9.5],
  CL: [65, 140],
  CO2: [3, 50],
  BUN: [2, 250],
  CREA: [0.2, 20],
  GLU: [15, 1500],
  CA: [4, 16],
  ALB: [1, 6],
  TP: [3, 12],
  HGB: [3, 23],
  HCT: [9, 70],
  MCV: [55, 130],
  PLT: [5, 1500],
  WBC: [0.2, 300],
  PH: [6.8, 7.8],
  PCO2: [10, 120],
  PO2: [25, 600],
  PT: [9, 120],
  APTT: [20, 180],
  LACT: [0.3, 25],
};

const round = (value: number, places: number): number => Number(value.toFixed(places));

/**
 * Computes the derived analytes of one draw from its drivers (drawn values by code, hidden drivers
 * under their `_` names) and returns every reportable value, clamped to physiology.
 */
export function deriveAnalytes(drivers: Readonly<Record<string, number>>): Record<string, number> {
  const v: Record<string, number> = { ...drivers };
  const get = (code: string): number | undefined => v[code];
  const na = get('NA');
  const co2 = get('CO2');
  const ag = get('_AG');
  if (na !== undefined && co2 !== undefined && ag !== undefined) v.CL = na - ag - co2;
  const crea = get('CREA');
  const ratio = get('_BUNCR');
  if (crea !== undefined && ratio !== undefined) v.BUN = crea * ratio;
  const hgb = get('HGB');
  const mchc = get('_MCHC');
  const mcv = get('MCV');
  if (hgb !== undefined && mchc !== undefined && mcv !== undefined) {
    v.MCHC = mchc;
    v.HCT = (hgb * 100) / mchc;
    v.RBC = (v.HCT * 10) / mcv;
    v.MCH = (hgb * 10) / v.RBC;
  }
  const alb = get('ALB');
  const glob = get('_GLOB');
  if (alb !== undefined && glob !== undefined) v.TP = alb + glob;
  const tbil = get('TBIL');
  const dfrac = get('_DFRAC');
  if (tbil !== undefined && dfrac !== undefined) v.DBIL = tbil * Math.min(0.9, dfrac);
  const pt = get('PT');
  // INR = (PT / mean normal PT) ^ ISI, with a mean normal PT of 12.2 s and an ISI of 1.0.
  if (pt !== undefined) v.INR = pt / 12.2;
  const chol = get('CHOL');
  const hdl = get('HDL');
  const trig = get('TRIG');
  if (chol !== undefined && hdl !== undefined && trig !== undefined) {
    v.DLDL = Math.max(10, chol - hdl - Math.min(trig, 800) / 5);
  }
  const glu = get('GLU');
  const bun = get('BUN') ?? v.BUN;
  if (na !== undefined && glu !== undefined && bun !== undefined) {
    v.OSMO = 2 * na + glu / 18 + bun / 2.8 + (get('_OSMGAP') ?? 4);
  }
  const crp = get('CRP');
  if (crp !== undefined) v.HSCRP = crp;
  // HbA1c follows the mean glucose (ADAG: eAG mg/dL = 28.7 × A1c − 46.7), read from the set point.
  const meanGlucose = get('_GLUMEAN');
  if (meanGlucose !== undefined) v.HBA1C = (meanGlucose + 46.7) / 28.7;
  deriveDifferential(v);
  deriveBloodGas(v);
  for (const [code, [low, high]] of Object.entries(PHYSIOLOGICAL_LIMITS)) {
    const value = v[code];
    if (value !== undefined) v[code] = Math.min(high, Math.max(low, value));
  }
  for (const key of Object.keys(v)) {
    if (key.startsWith('_')) delete v[key];
    // Only base excess may be negative; a concentration or count cannot.
    else if (key !== 'BE' && (v[key] ?? 0) < 0) v[key] = 0;
  }
  return v;
}

function deriveDifferential(v: Record<string, number>): void {
  const wbc = v.WBC;
  const shares = ['_NEUT', '_LYMPH', '_MONO', '_EOS', '_BASO'].map((k) => Math.max(0, v[k] ?? 0));
  const total = shares.reduce((a, b) => a + b, 0);
  if (wbc === undefined || total <= 0) return;
  const codes = ['NEUT', 'LYMPH', 'MONO', 'EOS', 'BASO'] as const;
  codes.forEach((code, i) => {
    const share = (shares[i] ?? 0) / total;
    v[`${code}P`] = round(share * 100, 3);
    v[`${code}A`] = share * wbc;
  });
}

function deriveBloodGas(v: Record<string, number>): void {
  const ph = v.PH;
  const pco2 = v.PCO2;
  const po2 = v.PO2;
  if (ph !== undefined && pco2 !== undefined) {
    // Henderson–Hasselbalch: HCO3 = 0.0307 × pCO2 × 10^(pH − 6.1)
    const hco3 = 0.0307 * pco2 * 10 ** (ph - 6.1);
    v.HCO3 = hco3;
    // Van Slyke (standard base excess, Hb-independent approximation).
    v.BE = 0.93 * (hco3 - 24.4 + 14.8 * (ph - 7.4));
  }
  if (po2 !== undefined) {
    // Severinghaus 1979 oxygen dissociation curve.
    v.O2SAT = 100 / (23400 / (po2 ** 3 + 150 * po2) + 1);
  }
}
