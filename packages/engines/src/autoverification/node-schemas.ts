import { ClinicalSex, DeltaMethod, Discipline } from '@aliquot/domain';
import { ClinicalContextKind, RcvForm } from '../delta/index.js';
import { RangePosition } from './analytical-nodes.js';
import { IntervalPosition } from './clinical-nodes.js';
import type { ConditionKind, ConditionNode } from './condition-node.js';
import { DemographicField } from './integrity-nodes.js';
import { Comparison, WhenMissing } from './logic-nodes.js';
import { ArithmeticOperator, SerumIndexName, type Operand } from './operand-nodes.js';
import { ReportBound, type OutcomeKind, type OutcomeNode } from './outcome-nodes.js';
import { QcStatus } from './result-context.js';
import { stageOrder, type Rule, type TestSelector } from './rule-node.js';
import type { FieldSpec, Schema, Schemas } from './schema-validator.js';

/** The fields of every node kind, for parsing rule JSON. The mapped types make each kind declare all its fields. */

const values = (object: Readonly<Record<string, string>>): readonly string[] => Object.values(object);
const oneOf = (
  object: Readonly<Record<string, string>>,
  extra: Partial<{ default: string }> = {},
): FieldSpec => ({
  type: 'string',
  oneOf: values(object),
  ...extra,
});
const condition: FieldSpec = { type: 'node', family: 'condition' };
const operand: FieldSpec = { type: 'node', family: 'operand' };
const whenMissing = (fallback: WhenMissing): FieldSpec => oneOf(WhenMissing, { default: fallback });
const number = (more: Partial<{ min: number; above: number; default: number }> = {}): FieldSpec => ({
  type: 'number',
  ...more,
});
const codes = (defaults: Readonly<Record<string, string>>): FieldSpec => ({
  type: 'code-fields',
  default: defaults,
});

type SchemasOf<U extends { readonly kind: string }> = {
  readonly [K in U['kind']]: Schema<Extract<U, { readonly kind: K }>>;
};

const operandSchemas: SchemasOf<Operand> = {
  'result-value': {},
  'analyte-value': { code: { type: 'test-code' } },
  'serum-index-value': { index: oneOf(SerumIndexName) },
  'patient-age-value': { unit: { type: 'string', oneOf: ['days', 'years'] } },
  'specimen-age-value': { unit: { type: 'string', oneOf: ['minutes', 'hours'] } },
  'replicate-value': {},
  constant: { value: number() },
  arithmetic: { operator: oneOf(ArithmeticOperator), left: operand, right: operand },
};

const conditionSchemas: {
  readonly [K in ConditionKind]: Schema<Extract<ConditionNode, { readonly kind: K }>>;
} = {
  always: {},
  and: { conditions: { type: 'nodes', family: 'condition', minItems: 1 } },
  or: { conditions: { type: 'nodes', family: 'condition', minItems: 1 } },
  not: { condition },
  compare: { left: operand, operator: oneOf(Comparison), right: number(), whenMissing: whenMissing('pass') },
  'coded-value': { anyOf: { type: 'strings', minItems: 1 }, code: { type: 'test-code', optional: true } },
  'patient-context': { contexts: { type: 'strings', oneOf: values(ClinicalContextKind), minItems: 1 } },
  'instrument-is': { instrumentIds: { type: 'strings', minItems: 1 } },
  'cancelled-analysis': {},
  'value-kind-mismatch': {},
  'missing-unit': { requireMatch: { type: 'boolean', default: true } },
  'missing-demographic': {
    fields: { type: 'strings', oneOf: values(DemographicField), minItems: 1, default: ['sex', 'birth-date'] },
    onlyWhenIntervalDepends: { type: 'boolean', default: true },
  },
  'specimen-age': {
    fallbackMinutes: { type: 'code-number-map', optional: true },
    whenMissing: whenMissing('fire'),
  },
  'serum-index': {
    index: oneOf(SerumIndexName),
    fallbackLimits: { type: 'code-number-map', optional: true },
    whenMissing: whenMissing('pass'),
  },
  'instrument-flag': {
    anyOf: { type: 'strings', minItems: 1, optional: true },
    except: { type: 'strings', optional: true },
  },
  'qc-state': {
    failOn: { type: 'strings', oneOf: values(QcStatus), default: ['rejected', 'none'] },
    validityMinutes: { type: 'number', optional: true, above: 0 },
    pbrtqc: { type: 'boolean', default: true },
  },
  'measuring-range': { position: oneOf(RangePosition) },
  'implausible-value': { low: { type: 'number', optional: true }, high: { type: 'number', optional: true } },
  'critical-value': {
    limits: {
      type: 'records',
      optional: true,
      fields: {
        sex: { type: 'string', oneOf: [...values(ClinicalSex), 'any'] },
        ageFromDays: { type: 'number', optional: true, min: 0 },
        ageToDays: { type: 'number', optional: true, above: 0 },
        low: { type: 'number', optional: true },
        high: { type: 'number', optional: true },
        source: { type: 'string', nonEmpty: true },
      },
    },
  },
  'delta-check': {
    setting: {
      type: 'record',
      optional: true,
      fields: {
        method: oneOf(DeltaMethod),
        limit: { type: 'number', optional: true, above: 0 },
        windowHours: number({ above: 0 }),
      },
    },
    excludeContexts: { type: 'strings', oneOf: values(ClinicalContextKind), default: [] },
    requireSameMatrix: { type: 'boolean', default: true },
    requireSameMethod: { type: 'boolean', default: false },
    rcvForm: oneOf(RcvForm, { default: 'symmetric' }),
    z: { type: 'number', optional: true, above: 0 },
  },
  'reference-interval': { position: oneOf(IntervalPosition) },
  'anion-gap': {
    low: number(),
    high: number(),
    codes: codes({ sodium: 'NA', chloride: 'CL', bicarbonate: 'CO2' }),
  },
  'calculated-ldl-invalid': {
    triglyceridesMax: number({ above: 0 }),
    codes: codes({ triglycerides: 'TRIG' }),
  },
  'bun-creatinine-ratio': {
    low: number(),
    high: number(),
    codes: codes({ urea: 'BUN', creatinine: 'CREA' }),
  },
  'mchc-high': {
    limit: number({ above: 0 }),
    codes: codes({ mchc: 'MCHC', hemoglobin: 'HGB', hematocrit: 'HCT' }),
  },
  'rule-of-three': {
    tolerance: number({ min: 0 }),
    mcvLow: number(),
    mcvHigh: number(),
    codes: codes({ hemoglobin: 'HGB', hematocrit: 'HCT', mcv: 'MCV' }),
  },
  'direct-bilirubin-exceeds-total': {
    tolerance: number({ min: 0 }),
    codes: codes({ direct: 'DBIL', total: 'TBIL' }),
  },
  'albumin-exceeds-total-protein': {
    minGlobulin: number(),
    codes: codes({ albumin: 'ALB', totalProtein: 'TP' }),
  },
  'edta-contamination': {
    potassiumMin: number(),
    calciumMax: number(),
    alpMax: number(),
    codes: codes({ potassium: 'K', calcium: 'CA', alkalinePhosphatase: 'ALP' }),
  },
  'dextrose-contamination': {
    glucoseMin: number(),
    calciumMax: number(),
    sodiumMax: number(),
    chlorideMax: number(),
    codes: codes({ glucose: 'GLU', calcium: 'CA', sodium: 'NA', chloride: 'CL' }),
  },
  'saline-contamination': {
    chlorideMin: number(),
    calciumMax: number(),
    anionGapMax: number(),
    codes: codes({ chloride: 'CL', calcium: 'CA', sodium: 'NA', bicarbonate: 'CO2' }),
  },
  'differential-sum': {
    tolerance: number({ min: 0 }),
    codes: { type: 'test-codes', minItems: 2, default: ['NEUTP', 'LYMPHP', 'MONOP', 'EOSP', 'BASOP'] },
  },
};

const outcomeSchemas: { readonly [K in OutcomeKind]: Schema<Extract<OutcomeNode, { readonly kind: K }>> } = {
  hold: { specimen: { type: 'boolean', default: false } },
  rerun: { sameInstrument: { type: 'boolean', default: true } },
  'dilute-and-rerun': { factor: { type: 'factor' } },
  'cancel-and-recollect': {},
  reflex: { tests: { type: 'test-codes', minItems: 1 } },
  comment: { text: { type: 'string', nonEmpty: true } },
  'notify-critical': {},
  'report-as': { comparator: { type: 'string', oneOf: ['<', '>'] }, bound: oneOf(ReportBound) },
  suppress: { text: { type: 'string', nonEmpty: true } },
};

const selectorSchemas: SchemasOf<TestSelector> = {
  'all-tests': { except: { type: 'test-codes', default: [] } },
  tests: { codes: { type: 'test-codes', minItems: 1 } },
  discipline: {
    disciplines: { type: 'strings', oneOf: values(Discipline), minItems: 1 },
    except: { type: 'test-codes', default: [] },
  },
};

const ruleSchema: Schema<Rule> = {
  id: { type: 'string', nonEmpty: true },
  name: { type: 'string', nonEmpty: true },
  stage: { type: 'string', oneOf: stageOrder },
  appliesTo: { type: 'node', family: 'selector' },
  when: condition,
  then: { type: 'nodes', family: 'outcome', minItems: 1 },
  message: { type: 'string', nonEmpty: true },
  rationale: { type: 'string', nonEmpty: true },
  source: { type: 'string', nonEmpty: true },
  enabled: { type: 'boolean', default: true },
};

export const ruleSchemas: Schemas = {
  condition: conditionSchemas,
  operand: operandSchemas,
  outcome: outcomeSchemas,
  selector: selectorSchemas,
  rule: { rule: ruleSchema },
};
