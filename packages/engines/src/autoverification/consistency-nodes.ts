import { nodeType } from './node-kit.js';

/**
 * Consistency across the results of one specimen (filter 11 of autoverification.md §2). Each node
 * names the tests it reads in `codes` (the starter catalog's codes unless given) and its thresholds in
 * the catalog's units. A check whose results are not all present does not fire.
 */

type Codes<K extends string> = Readonly<Record<K, string>>;

/** AG = Na − (Cl + HCO3) outside [low, high] mmol/L. */
export interface AnionGapNode {
  readonly kind: 'anion-gap';
  readonly low: number;
  readonly high: number;
  readonly codes: Codes<'sodium' | 'chloride' | 'bicarbonate'>;
}
export const AnionGapNode = nodeType<AnionGapNode, [options?: Partial<Omit<AnionGapNode, 'kind'>>]>(
  'anion-gap',
  (options = {}) => ({
    low: options.low ?? 3,
    high: options.high ?? 30,
    codes: options.codes ?? { sodium: 'NA', chloride: 'CL', bicarbonate: 'CO2' },
  }),
);

/** Friedewald LDL (TC − HDL − TG/5) is not valid when triglycerides exceed the limit (400 mg/dL). */
export interface CalculatedLdlInvalidNode {
  readonly kind: 'calculated-ldl-invalid';
  readonly triglyceridesMax: number;
  readonly codes: Codes<'triglycerides'>;
}
export const CalculatedLdlInvalidNode = nodeType<
  CalculatedLdlInvalidNode,
  [options?: Partial<Omit<CalculatedLdlInvalidNode, 'kind'>>]
>('calculated-ldl-invalid', (options = {}) => ({
  triglyceridesMax: options.triglyceridesMax ?? 400,
  codes: options.codes ?? { triglycerides: 'TRIG' },
}));

/** BUN / creatinine (mg/dL / mg/dL) outside [low, high]; normally about 10–20. */
export interface BunCreatinineRatioNode {
  readonly kind: 'bun-creatinine-ratio';
  readonly low: number;
  readonly high: number;
  readonly codes: Codes<'urea' | 'creatinine'>;
}
export const BunCreatinineRatioNode = nodeType<
  BunCreatinineRatioNode,
  [options?: Partial<Omit<BunCreatinineRatioNode, 'kind'>>]
>('bun-creatinine-ratio', (options = {}) => ({
  low: options.low ?? 4,
  high: options.high ?? 50,
  codes: options.codes ?? { urea: 'BUN', creatinine: 'CREA' },
}));

/** MCHC above the limit (g/dL): lipaemia, haemolysis, cold agglutinin or spherocytes. */
export interface MchcHighNode {
  readonly kind: 'mchc-high';
  readonly limit: number;
  readonly codes: Codes<'mchc' | 'hemoglobin' | 'hematocrit'>;
}
export const MchcHighNode = nodeType<MchcHighNode, [options?: Partial<Omit<MchcHighNode, 'kind'>>]>(
  'mchc-high',
  (options = {}) => ({
    limit: options.limit ?? 36.5,
    codes: options.codes ?? { mchc: 'MCHC', hemoglobin: 'HGB', hematocrit: 'HCT' },
  }),
);

/** Rule of three on a normocytic sample (MCV within [mcvLow, mcvHigh]): |Hct − 3 × Hb| > tolerance. */
export interface RuleOfThreeNode {
  readonly kind: 'rule-of-three';
  readonly tolerance: number;
  readonly mcvLow: number;
  readonly mcvHigh: number;
  readonly codes: Codes<'hemoglobin' | 'hematocrit' | 'mcv'>;
}
export const RuleOfThreeNode = nodeType<RuleOfThreeNode, [options?: Partial<Omit<RuleOfThreeNode, 'kind'>>]>(
  'rule-of-three',
  (options = {}) => ({
    tolerance: options.tolerance ?? 3,
    mcvLow: options.mcvLow ?? 80,
    mcvHigh: options.mcvHigh ?? 100,
    codes: options.codes ?? { hemoglobin: 'HGB', hematocrit: 'HCT', mcv: 'MCV' },
  }),
);

/** Direct bilirubin exceeds total bilirubin by more than the tolerance (mg/dL). */
export interface DirectBilirubinExceedsTotalNode {
  readonly kind: 'direct-bilirubin-exceeds-total';
  readonly tolerance: number;
  readonly codes: Codes<'direct' | 'total'>;
}
export const DirectBilirubinExceedsTotalNode = nodeType<
  DirectBilirubinExceedsTotalNode,
  [options?: Partial<Omit<DirectBilirubinExceedsTotalNode, 'kind'>>]
>('direct-bilirubin-exceeds-total', (options = {}) => ({
  tolerance: options.tolerance ?? 0.2,
  codes: options.codes ?? { direct: 'DBIL', total: 'TBIL' },
}));

/** Globulin (total protein − albumin) at or below `minGlobulin` g/dL: albumin ≥ total protein. */
export interface AlbuminExceedsTotalProteinNode {
  readonly kind: 'albumin-exceeds-total-protein';
  readonly minGlobulin: number;
  readonly codes: Codes<'albumin' | 'totalProtein'>;
}
export const AlbuminExceedsTotalProteinNode = nodeType<
  AlbuminExceedsTotalProteinNode,
  [options?: Partial<Omit<AlbuminExceedsTotalProteinNode, 'kind'>>]
>('albumin-exceeds-total-protein', (options = {}) => ({
  minGlobulin: options.minGlobulin ?? 0,
  codes: options.codes ?? { albumin: 'ALB', totalProtein: 'TP' },
}));

/**
 * K₂EDTA carried over into a serum tube: potassium high and calcium low, with alkaline phosphatase low
 * when it was measured (EDTA chelates its zinc and magnesium). A measured ALP above `alpMax` argues
 * against contamination (renal failure also gives high K and low Ca) and the check does not fire.
 */
export interface EdtaContaminationNode {
  readonly kind: 'edta-contamination';
  readonly potassiumMin: number;
  readonly calciumMax: number;
  readonly alpMax: number;
  readonly codes: Codes<'potassium' | 'calcium' | 'alkalinePhosphatase'>;
}
export const EdtaContaminationNode = nodeType<
  EdtaContaminationNode,
  [options?: Partial<Omit<EdtaContaminationNode, 'kind'>>]
>('edta-contamination', (options = {}) => ({
  potassiumMin: options.potassiumMin ?? 6.0,
  calciumMax: options.calciumMax ?? 7.0,
  alpMax: options.alpMax ?? 30,
  codes: options.codes ?? { potassium: 'K', calcium: 'CA', alkalinePhosphatase: 'ALP' },
}));

/**
 * Dextrose infusate drawn with the specimen: glucose very high while calcium is diluted down and sodium
 * or chloride is low. (A true hyperglycaemic crisis rarely lowers calcium.)
 */
export interface DextroseContaminationNode {
  readonly kind: 'dextrose-contamination';
  readonly glucoseMin: number;
  readonly calciumMax: number;
  readonly sodiumMax: number;
  readonly chlorideMax: number;
  readonly codes: Codes<'glucose' | 'calcium' | 'sodium' | 'chloride'>;
}
export const DextroseContaminationNode = nodeType<
  DextroseContaminationNode,
  [options?: Partial<Omit<DextroseContaminationNode, 'kind'>>]
>('dextrose-contamination', (options = {}) => ({
  glucoseMin: options.glucoseMin ?? 500,
  calciumMax: options.calciumMax ?? 8.0,
  sodiumMax: options.sodiumMax ?? 135,
  chlorideMax: options.chlorideMax ?? 98,
  codes: options.codes ?? { glucose: 'GLU', calcium: 'CA', sodium: 'NA', chloride: 'CL' },
}));

/**
 * Saline drawn with the specimen: chloride high while everything else is diluted (calcium low) and the
 * anion gap falls.
 */
export interface SalineContaminationNode {
  readonly kind: 'saline-contamination';
  readonly chlorideMin: number;
  readonly calciumMax: number;
  readonly anionGapMax: number;
  readonly codes: Codes<'chloride' | 'calcium' | 'sodium' | 'bicarbonate'>;
}
export const SalineContaminationNode = nodeType<
  SalineContaminationNode,
  [options?: Partial<Omit<SalineContaminationNode, 'kind'>>]
>('saline-contamination', (options = {}) => ({
  chlorideMin: options.chlorideMin ?? 115,
  calciumMax: options.calciumMax ?? 8.0,
  anionGapMax: options.anionGapMax ?? 8,
  codes: options.codes ?? { chloride: 'CL', calcium: 'CA', sodium: 'NA', bicarbonate: 'CO2' },
}));

/** The white-cell differential in percent does not add up to 100 ± tolerance. */
export interface DifferentialSumNode {
  readonly kind: 'differential-sum';
  readonly tolerance: number;
  readonly codes: readonly string[];
}
export const DifferentialSumNode = nodeType<
  DifferentialSumNode,
  [options?: Partial<Omit<DifferentialSumNode, 'kind'>>]
>('differential-sum', (options = {}) => ({
  tolerance: options.tolerance ?? 1,
  codes: options.codes ?? ['NEUTP', 'LYMPHP', 'MONOP', 'EOSP', 'BASOP'],
}));
