import type { ClinicalSex } from '@aliquot/domain';
import type { Condition, SetPoints, Severity } from './conditions.js';

/** Where the patient is cared for: it decides the tests ordered, the priority and how often blood is drawn. */
export const CareSetting = {
  outpatient: 'outpatient',
  emergency: 'emergency',
  inpatient: 'inpatient',
  intensiveCare: 'intensive-care',
} as const;
export type CareSetting = (typeof CareSetting)[keyof typeof CareSetting];

/** A somatic variant carried in circulating tumour DNA. */
export interface TumourVariant {
  /** The catalog's test code, e.g. CTDNA-EGFR. */
  readonly testCode: string;
  readonly gene: string;
  /** HGVS on the MANE transcript, e.g. NM_005228.5:c.2573T>G. */
  readonly hgvs: string;
  readonly protein: string;
  /** Variant allele fraction in plasma, 0–1. */
  readonly alleleFraction: number;
}

/** A simulated person: who they are, what they have, and their homeostatic set points. */
export interface SimPatient {
  /** Stable within a run: P0001, P0002 … */
  readonly key: string;
  readonly mrn: string;
  readonly familyName: string;
  readonly givenName: string;
  /** YYYY-MM-DD */
  readonly birthDate: string;
  readonly sex: Exclude<ClinicalSex, 'unknown'>;
  readonly condition: Condition;
  readonly severity: Severity;
  readonly setting: CareSetting;
  /** Set points of every driver, hidden ones under `_` names. */
  readonly setPoints: Readonly<SetPoints>;
  readonly variants: readonly TumourVariant[];
  /** What a haematology analyzer sees in this blood beyond counts, e.g. BLASTS. */
  readonly morphology: readonly string[];
}

/** Hotspot variants a ctDNA assay reports. @see COSMIC; HGVS on MANE Select transcripts */
export const TUMOUR_HOTSPOTS: readonly Omit<TumourVariant, 'alleleFraction'>[] = [
  { testCode: 'CTDNA-EGFR', gene: 'EGFR', hgvs: 'NM_005228.5:c.2573T>G', protein: 'p.Leu858Arg' },
  {
    testCode: 'CTDNA-EGFR',
    gene: 'EGFR',
    hgvs: 'NM_005228.5:c.2235_2249del',
    protein: 'p.Glu746_Ala750del',
  },
  { testCode: 'CTDNA-EGFR', gene: 'EGFR', hgvs: 'NM_005228.5:c.2369C>T', protein: 'p.Thr790Met' },
  { testCode: 'CTDNA-KRAS', gene: 'KRAS', hgvs: 'NM_004985.5:c.34G>T', protein: 'p.Gly12Cys' },
  { testCode: 'CTDNA-KRAS', gene: 'KRAS', hgvs: 'NM_004985.5:c.35G>A', protein: 'p.Gly12Asp' },
  { testCode: 'CTDNA-BRAF', gene: 'BRAF', hgvs: 'NM_004333.6:c.1799T>A', protein: 'p.Val600Glu' },
  { testCode: 'CTDNA-PIK3CA', gene: 'PIK3CA', hgvs: 'NM_006218.4:c.1633G>A', protein: 'p.Glu545Lys' },
  { testCode: 'CTDNA-PIK3CA', gene: 'PIK3CA', hgvs: 'NM_006218.4:c.3140A>G', protein: 'p.His1047Arg' },
];

export const FAMILY_NAMES: readonly string[] = [
  ...['Abara', 'Bergstrom', 'Castillo', 'Dubois', 'Eriksen', 'Fontaine', 'Garcia', 'Haddad', 'Ivanova'],
  ...['Jensen', 'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quispe', 'Rossi'],
  ...['Schmidt', 'Tanaka', 'Umarov', 'Varga', 'Walsh', 'Xu', 'Yilmaz', 'Zielinski', 'Andersen', 'Brennan'],
  ...['Chowdhury', 'Delgado', 'Ekwueme', 'Fischer', 'Gallagher', 'Hoang', 'Ibrahim', 'Jovanovic'],
];

export const GIVEN_NAMES: Readonly<Record<'female' | 'male', readonly string[]>> = {
  female: [
    ...['Ada', 'Beatriz', 'Chiamaka', 'Dana', 'Elif', 'Freya', 'Grace', 'Hana', 'Ingrid', 'Jun', 'Katarina'],
    ...['Leila', 'Maria', 'Nadia', 'Olga', 'Priya', 'Rosa', 'Sofia', 'Tova', 'Uma', 'Vera', 'Wanjiru'],
  ],
  male: [
    ...['Ahmed', 'Bruno', 'Chen', 'Diego', 'Emeka', 'Felix', 'Goran', 'Hiroshi', 'Ivan', 'Jonas', 'Kwame'],
    ...['Luca', 'Mateo', 'Nikolai', 'Omar', 'Pavel', 'Rafael', 'Sven', 'Tariq', 'Viktor', 'Wei', 'Yusuf'],
  ],
};
