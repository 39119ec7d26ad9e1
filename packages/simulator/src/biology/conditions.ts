import type { SimRandom } from '../random/sim-random.js';

/**
 * What a simulated patient suffers from. Each condition moves the person's set points the way the
 * disease moves a real patient's results; at critical severity its key analyte is put beyond the
 * critical limits of shared/domain/delta-and-critical.md §4 (Kost 1990, as in the starter catalog).
 */
export const Condition = {
  healthy: 'healthy',
  renalFailure: 'renal-failure',
  diabeticKetoacidosis: 'diabetic-ketoacidosis',
  hyperkalemia: 'hyperkalemia',
  hypokalemia: 'hypokalemia',
  hyponatremia: 'hyponatremia',
  anemia: 'anemia',
  sepsis: 'sepsis',
  liverDisease: 'liver-disease',
  anticoagulated: 'anticoagulated',
  myocardialInfarction: 'myocardial-infarction',
  hypoglycemia: 'hypoglycemia',
  hypocalcemia: 'hypocalcemia',
  leukemia: 'leukemia',
  thrombocytopenia: 'thrombocytopenia',
  urinaryInfection: 'urinary-infection',
  hypothyroidism: 'hypothyroidism',
  respiratoryFailure: 'respiratory-failure',
  cancer: 'cancer',
} as const;
export type Condition = (typeof Condition)[keyof typeof Condition];

export const Severity = { abnormal: 'abnormal', critical: 'critical' } as const;
export type Severity = (typeof Severity)[keyof typeof Severity];

/** Set points by code (hidden drivers under `_` names), changed in place by a condition. */
export type SetPoints = Record<string, number>;

type Effect = (s: SetPoints, r: SimRandom, critical: boolean) => void;

const scale = (s: SetPoints, code: string, factor: number): void => {
  const value = s[code];
  if (value !== undefined) s[code] = value * factor;
};
const add = (s: SetPoints, code: string, delta: number): void => {
  const value = s[code];
  if (value !== undefined) s[code] = value + delta;
};

/** How each condition moves the set points; `critical` puts its key analyte beyond the panic limit. */
const EFFECTS: Readonly<Record<Condition, Effect>> = {
  healthy: () => {},
  'renal-failure': (s, r, critical) => {
    s.CREA = critical ? r.uniform(7.8, 12) : r.uniform(2.2, 5.5);
    s._BUNCR = r.uniform(9, 13);
    add(s, 'K', r.uniform(0.4, 0.9));
    scale(s, 'PHOS', r.uniform(1.4, 1.9));
    add(s, 'CO2', -r.uniform(3, 6));
    add(s, 'CA', -r.uniform(0.3, 0.8));
    scale(s, 'HGB', r.uniform(0.72, 0.88));
    scale(s, 'URIC', r.uniform(1.3, 1.6));
  },
  'diabetic-ketoacidosis': (s, r, critical) => {
    s.GLU = critical ? r.uniform(500, 720) : r.uniform(280, 440);
    s._GLUMEAN = r.uniform(220, 300);
    s.CO2 = critical ? r.uniform(6, 10) : r.uniform(13, 18);
    s._AG = r.uniform(19, 26);
    s.K = r.uniform(4.9, 5.8);
    add(s, 'NA', -r.uniform(2, 6));
    s.PH = critical ? r.uniform(7.05, 7.18) : r.uniform(7.22, 7.3);
    s.PCO2 = r.uniform(20, 30);
  },
  hyperkalemia: (s, r, critical) => {
    s.K = critical ? r.uniform(6.4, 7.6) : r.uniform(5.4, 6.0);
  },
  hypokalemia: (s, r, critical) => {
    s.K = critical ? r.uniform(2.2, 2.6) : r.uniform(2.9, 3.3);
  },
  hyponatremia: (s, r, critical) => {
    s.NA = critical ? r.uniform(111, 118) : r.uniform(124, 132);
  },
  anemia: (s, r, critical) => {
    s.HGB = critical ? r.uniform(4.8, 6.2) : r.uniform(7.8, 10.5);
    s.MCV = r.uniform(66, 78);
    s.RDW = r.uniform(16, 20);
    s.FERR = r.uniform(3, 12);
    scale(s, 'FE', 0.35);
    add(s, 'TIBC', 80);
  },
  sepsis: (s, r, critical) => {
    s.WBC = critical ? r.uniform(40, 60) : r.uniform(14, 28);
    s._NEUT = r.uniform(0.8, 0.9);
    s.LACT = critical ? r.uniform(4.5, 8) : r.uniform(2.3, 3.8);
    s.CRP = r.uniform(80, 260);
    s.PCT = r.uniform(2, 25);
    scale(s, 'PLT', r.uniform(0.45, 0.75));
    add(s, 'PT', r.uniform(1, 3));
  },
  'liver-disease': (s, r, critical) => {
    scale(s, 'ALT', r.uniform(4, 12));
    scale(s, 'AST', r.uniform(4, 10));
    scale(s, 'GGT', r.uniform(3, 8));
    scale(s, 'ALP', r.uniform(1.5, 2.5));
    s.TBIL = critical ? r.uniform(16, 24) : r.uniform(2.5, 7);
    s._DFRAC = r.uniform(0.5, 0.7);
    add(s, 'ALB', -r.uniform(0.6, 1.2));
    add(s, 'PT', r.uniform(2, 5));
  },
  anticoagulated: (s, r, critical) => {
    s.PT = critical ? r.uniform(37, 55) : r.uniform(19, 25.5);
  },
  'myocardial-infarction': (s, r) => {
    s.HSTNT = r.logNormal(Math.log(250), 1);
    s.HSTNI = r.logNormal(Math.log(600), 1);
    s.TNI = r.logNormal(Math.log(1.5), 1);
    scale(s, 'CK', r.uniform(2, 6));
    scale(s, 'NTBNP', r.uniform(3, 15));
    scale(s, 'BNP', r.uniform(3, 12));
  },
  hypoglycemia: (s, r, critical) => {
    s.GLU = critical ? r.uniform(28, 43) : r.uniform(52, 66);
  },
  hypocalcemia: (s, r, critical) => {
    s.CA = critical ? r.uniform(5.4, 6.3) : r.uniform(7.3, 8.2);
  },
  leukemia: (s, r, critical) => {
    s.WBC = critical ? r.uniform(45, 140) : r.uniform(16, 32);
    s._LYMPH = r.uniform(0.6, 0.8);
    s.PLT = r.uniform(25, 90);
    scale(s, 'HGB', r.uniform(0.65, 0.8));
  },
  thrombocytopenia: (s, r, critical) => {
    s.PLT = critical ? r.uniform(12, 32) : r.uniform(55, 120);
  },
  'urinary-infection': (s, r) => {
    scale(s, 'WBC', r.uniform(1.1, 1.5));
  },
  hypothyroidism: (s, r) => {
    s.TSH = r.uniform(8, 40);
    s.FT4 = r.uniform(0.4, 0.75);
  },
  'respiratory-failure': (s, r, critical) => {
    s.PH = critical ? r.uniform(7.08, 7.18) : r.uniform(7.24, 7.32);
    s.PCO2 = critical ? r.uniform(70, 90) : r.uniform(52, 64);
    s.PO2 = critical ? r.uniform(32, 42) : r.uniform(52, 70);
  },
  cancer: (s, r) => {
    scale(s, 'HGB', r.uniform(0.85, 1));
    scale(s, 'CRP', r.uniform(1, 4));
  },
};

/** Conditions that have a critical form among the catalog's critical limits. */
export const CONDITIONS_WITH_CRITICAL_FORM: ReadonlySet<Condition> = new Set<Condition>([
  ...['renal-failure', 'diabetic-ketoacidosis', 'hyperkalemia', 'hypokalemia', 'hyponatremia'],
  ...['anemia', 'sepsis', 'liver-disease', 'anticoagulated', 'hypoglycemia', 'hypocalcemia'],
  ...['thrombocytopenia', 'respiratory-failure', 'leukemia'],
] as Condition[]);

/** Moves a person's set points for their condition. */
export function applyCondition(
  setPoints: SetPoints,
  condition: Condition,
  severity: Severity,
  random: SimRandom,
): void {
  EFFECTS[condition](setPoints, random, severity === 'critical');
}

export type SickCondition = Exclude<Condition, 'healthy'>;

/** Typical weights of conditions among the sick in a hospital lab's workload. */
export const DEFAULT_CONDITION_WEIGHTS: Readonly<Record<SickCondition, number>> = {
  'renal-failure': 10,
  'diabetic-ketoacidosis': 5,
  hyperkalemia: 6,
  hypokalemia: 5,
  hyponatremia: 5,
  anemia: 9,
  sepsis: 8,
  'liver-disease': 6,
  anticoagulated: 8,
  'myocardial-infarction': 6,
  hypoglycemia: 3,
  hypocalcemia: 3,
  leukemia: 2,
  thrombocytopenia: 3,
  'urinary-infection': 8,
  hypothyroidism: 5,
  'respiratory-failure': 3,
  cancer: 5,
};
