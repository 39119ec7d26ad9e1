import { nodeType } from './node-kit.js';

/**
 * Operands: the numbers a `compare` condition reads from the context, so a lab can write its own
 * rules ("BUN / creatinine > 40") without a new node kind.
 */

export const SerumIndexName = { hemolysis: 'hemolysis', icterus: 'icterus', lipemia: 'lipemia' } as const;
export type SerumIndexName = (typeof SerumIndexName)[keyof typeof SerumIndexName];

/** The numeric value of the result under review. */
export interface ResultValueOperand {
  readonly kind: 'result-value';
}
export const ResultValueOperand = nodeType<ResultValueOperand, []>('result-value', () => ({}));

/** The numeric value of another result of the same specimen (or of this one, by its own code). */
export interface AnalyteValueOperand {
  readonly kind: 'analyte-value';
  readonly code: string;
}
export const AnalyteValueOperand = nodeType<AnalyteValueOperand, [code: string]>('analyte-value', (code) => ({
  code,
}));

/** A serum index of the specimen (H, I or L). */
export interface SerumIndexValueOperand {
  readonly kind: 'serum-index-value';
  readonly index: SerumIndexName;
}
export const SerumIndexValueOperand = nodeType<SerumIndexValueOperand, [index: SerumIndexName]>(
  'serum-index-value',
  (index) => ({ index }),
);

/** The patient's age on the day of collection. */
export interface PatientAgeOperand {
  readonly kind: 'patient-age-value';
  readonly unit: 'days' | 'years';
}
export const PatientAgeOperand = nodeType<PatientAgeOperand, [unit: 'days' | 'years']>(
  'patient-age-value',
  (unit) => ({ unit }),
);

/** The time from collection to measurement (or to now, before measurement). */
export interface SpecimenAgeOperand {
  readonly kind: 'specimen-age-value';
  readonly unit: 'minutes' | 'hours';
}
export const SpecimenAgeOperand = nodeType<SpecimenAgeOperand, [unit: 'minutes' | 'hours']>(
  'specimen-age-value',
  (unit) => ({ unit }),
);

/** The replicate number of the result under review: 1 for the first measurement, 2 for a rerun, … */
export interface ReplicateOperand {
  readonly kind: 'replicate-value';
}
export const ReplicateOperand = nodeType<ReplicateOperand, []>('replicate-value', () => ({}));

export interface ConstantOperand {
  readonly kind: 'constant';
  readonly value: number;
}
export const ConstantOperand = nodeType<ConstantOperand, [value: number]>('constant', (value) => ({ value }));

export const ArithmeticOperator = { add: '+', subtract: '-', multiply: '*', divide: '/' } as const;
export type ArithmeticOperator = (typeof ArithmeticOperator)[keyof typeof ArithmeticOperator];

/** left ∘ right; undefined when either side is missing or a division is by zero. */
export interface ArithmeticOperand {
  readonly kind: 'arithmetic';
  readonly operator: ArithmeticOperator;
  readonly left: Operand;
  readonly right: Operand;
}
export const ArithmeticOperand = nodeType<
  ArithmeticOperand,
  [left: Operand, operator: ArithmeticOperator, right: Operand]
>('arithmetic', (left, operator, right) => ({ operator, left, right }));

export type Operand =
  | ResultValueOperand
  | AnalyteValueOperand
  | SerumIndexValueOperand
  | PatientAgeOperand
  | SpecimenAgeOperand
  | ReplicateOperand
  | ConstantOperand
  | ArithmeticOperand;
