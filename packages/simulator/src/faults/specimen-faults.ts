import type { DrawnSpecimen } from '../biology/patient-biology.js';
import type { SimRandom } from '../random/sim-random.js';
import type { SpecimenFault, SpecimenFaultKind } from './fault-kinds.js';

/** Serum indices as a chemistry analyzer reports them. @see autoverification.md §2 (serum indices) */
export interface SerumIndices {
  /** Free haemoglobin, mg/dL. */
  readonly hemolysis: number;
  /** About the bilirubin in mg/dL. */
  readonly icterus: number;
  /** Intralipid-equivalent, mg/dL. */
  readonly lipemia: number;
}

/** What is in a tube when it reaches the analyzer: the blood drawn, as changed by whatever befell it. */
export interface TubeContent extends DrawnSpecimen {
  readonly serumIndices: SerumIndices;
  readonly faults: readonly SpecimenFault[];
}

type Values = Record<string, number>;

const scaleAll = (v: Values, factor: number, except: readonly string[] = []): void => {
  for (const code of Object.keys(v)) if (!except.includes(code)) v[code] = (v[code] ?? 0) * factor;
};
const bump = (v: Values, code: string, by: number): void => {
  if (v[code] !== undefined) v[code] += by;
};
const times = (v: Values, code: string, factor: number): void => {
  if (v[code] !== undefined) v[code] *= factor;
};

/** Hematology and coagulation counts are not changed by what happens to serum chemistry. */
const CELL_AND_CLOT_TESTS = [
  ...['WBC', 'RBC', 'HGB', 'HCT', 'MCV', 'MCH', 'MCHC', 'RDW', 'PLT', 'PT', 'INR', 'APTT', 'FIB', 'DDIM'],
  ...['NEUTA', 'LYMPHA', 'MONOA', 'EOSA', 'BASOA', 'NEUTP', 'LYMPHP', 'MONOP', 'EOSP', 'BASOP'],
];

/** Serum indices of clean serum: a trace of haemoglobin, icterus from the bilirubin, lipemia from triglycerides. */
export function baselineIndices(values: Readonly<Values>, random: SimRandom): SerumIndices {
  const tbil = values.TBIL ?? 0.6;
  const trig = values.TRIG ?? 110;
  return {
    hemolysis: Math.round(random.logNormal(Math.log(6), 0.5)),
    icterus: Math.round(tbil),
    lipemia: Math.round(Math.max(0, (trig - 180) * 0.5)),
  };
}

/**
 * Changes a tube's true values by one pre-analytical fault and says what was done. Effects follow
 * the literature's direction and rough size (autoverification.md §2; workflow.md §2–4); the magnitude
 * is drawn so that most injected errors matter clinically and some are borderline.
 */
export function applySpecimenFault(
  kind: Exclude<SpecimenFaultKind, 'wrong-blood-in-tube'>,
  values: Values,
  indices: { hemolysis: number; icterus: number; lipemia: number },
  random: SimRandom,
  ageMinutes: number,
): SpecimenFault {
  switch (kind) {
    case 'hemolysis': {
      const h = Math.round(random.uniform(120, 700));
      indices.hemolysis = h;
      const per100 = h / 100;
      // About +0.3 mmol/L potassium and +45 U/L LDH per g/L free haemoglobin.
      bump(values, 'K', 0.3 * per100);
      bump(values, 'LDH', 45 * per100);
      bump(values, 'AST', 7 * per100);
      bump(values, 'ALT', 1.2 * per100);
      bump(values, 'CK', 6 * per100);
      bump(values, 'MG', 0.06 * per100);
      bump(values, 'PHOS', 0.08 * per100);
      bump(values, 'FE', 6 * per100);
      times(values, 'HSTNT', 1 - 0.04 * per100);
      return { kind, magnitude: h, description: `Hemolysed in the draw (H index ${h} mg/dL).` };
    }
    case 'edta-contamination': {
      const share = random.uniform(0.3, 1);
      bump(values, 'K', 2.5 + 6 * share);
      times(values, 'CA', 0.6 - 0.45 * share);
      times(values, 'ALP', 0.6 - 0.4 * share);
      times(values, 'MG', 0.8 - 0.35 * share);
      return {
        kind,
        magnitude: Number(share.toFixed(2)),
        description: 'K2-EDTA carried over from a lavender tube (wrong order of draw).',
      };
    }
    case 'iv-saline-contamination': {
      const f = random.uniform(0.25, 0.5);
      const na = values.NA;
      const cl = values.CL;
      scaleAll(values, 1 - f, CELL_AND_CLOT_TESTS);
      if (na !== undefined) values.NA = na * (1 - f) + 154 * f;
      if (cl !== undefined) values.CL = cl * (1 - f) + 154 * f;
      return {
        kind,
        magnitude: Number(f.toFixed(2)),
        description: `Drawn above a 0.9 % saline drip: ${Math.round(f * 100)} % of the tube is infusate.`,
      };
    }
    case 'iv-dextrose-contamination': {
      const f = random.uniform(0.1, 0.3);
      const glu = values.GLU;
      scaleAll(values, 1 - f, CELL_AND_CLOT_TESTS);
      if (glu !== undefined) values.GLU = glu * (1 - f) + 5000 * f;
      return {
        kind,
        magnitude: Number(f.toFixed(2)),
        description: `Drawn above a 5 % dextrose drip: ${Math.round(f * 100)} % of the tube is infusate.`,
      };
    }
    case 'aged-specimen': {
      const hours = ageMinutes / 60;
      // Unseparated blood at room temperature: K leaks from cells, glycolysis consumes glucose.
      bump(values, 'K', Math.min(3, 0.22 * hours));
      times(values, 'GLU', Math.max(0.3, 1 - 0.06 * hours));
      bump(values, 'PHOS', Math.min(2, 0.08 * hours));
      times(values, 'LDH', 1 + Math.min(0.4, 0.02 * hours));
      times(values, 'APTT', 1 + Math.min(0.3, 0.02 * hours));
      times(values, 'MCV', 1 + Math.min(0.06, 0.0025 * hours));
      return {
        kind,
        magnitude: Math.round(ageMinutes),
        description: `Left unseparated for ${hours.toFixed(1)} h before analysis.`,
      };
    }
    default:
      return kind satisfies never;
  }
}
