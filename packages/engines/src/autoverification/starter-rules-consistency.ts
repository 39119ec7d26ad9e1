import { ReferenceIntervalNode } from './clinical-nodes.js';
import {
  AlbuminExceedsTotalProteinNode,
  AnionGapNode,
  BunCreatinineRatioNode,
  CalculatedLdlInvalidNode,
  DextroseContaminationNode,
  DifferentialSumNode,
  DirectBilirubinExceedsTotalNode,
  EdtaContaminationNode,
  MchcHighNode,
  RuleOfThreeNode,
  SalineContaminationNode,
} from './consistency-nodes.js';
import { AlwaysNode, CodedValueNode, CompareNode, NotNode } from './logic-nodes.js';
import { ResultValueOperand } from './operand-nodes.js';
import {
  CancelAndRecollectOutcome,
  CommentOutcome,
  HoldOutcome,
  ReflexOutcome,
  SuppressOutcome,
} from './outcome-nodes.js';
import type { ConditionNode } from './condition-node.js';
import { Rule, TestsSelector } from './rule-node.js';
import { positiveDipstickAnswers, redCellTests } from './starter-thresholds.js';

/** Starter rules for filters 11–13: consistency across one specimen, reflexes, comments. */

const AV = 'shared/domain/autoverification.md §2';
const WF = 'shared/domain/workflow.md §6';

const consistency = (
  id: string,
  name: string,
  tests: readonly string[],
  when: ConditionNode,
  message: string,
  rationale: string,
): Rule =>
  Rule.create({
    id: `consistency.${id}`,
    name,
    stage: 'consistency',
    appliesTo: TestsSelector.create(tests),
    when,
    then: [HoldOutcome.create()],
    message,
    rationale,
    source: `${AV} (consistency / plausibility checks; rules of thumb [U], tune locally)`,
  });

export const consistencyRules: readonly Rule[] = [
  consistency(
    'anion-gap',
    'Anion gap implausible',
    ['NA', 'CL', 'CO2', 'AGAP'],
    AnionGapNode.create({ low: 3, high: 30 }),
    'one of sodium, chloride or bicarbonate is probably wrong',
    'An anion gap under 3 or over 30 mmol/L is rare in life and common with a measurement or specimen error.',
  ),
  Rule.create({
    id: 'consistency.calculated-ldl',
    name: 'Calculated LDL not valid',
    stage: 'consistency',
    appliesTo: TestsSelector.create(['LDLC']),
    when: CalculatedLdlInvalidNode.create({ triglyceridesMax: 400 }),
    then: [
      SuppressOutcome.create('Not calculated: triglycerides above 400 mg/dL. Direct LDL ordered.'),
      ReflexOutcome.create(['DLDL']),
    ],
    message: 'the Friedewald equation is not valid above 400 mg/dL triglycerides; direct LDL instead',
    rationale:
      'Friedewald assumes VLDL-C = TG/5, which fails at high triglycerides; report direct LDL instead.',
    source: `${AV} (calculated LDL); ${WF} (TG > 400 → direct LDL); Friedewald 1972`,
  }),
  consistency(
    'bun-creatinine',
    'BUN/creatinine ratio extreme',
    ['BUN', 'CREA'],
    BunCreatinineRatioNode.create({ low: 4, high: 50 }),
    'an extreme BUN/creatinine ratio suggests an error in one of them',
    'The ratio is normally about 10–20; extremes are possible (bleeding, liver failure) but should be reviewed.',
  ),
  consistency(
    'mchc',
    'MCHC too high',
    redCellTests,
    MchcHighNode.create({ limit: 36.5 }),
    'a spuriously high MCHC points to lipemia, hemolysis, cold agglutinin or spherocytes; hold the red-cell indices',
    'MCHC above about 36–37 g/dL is physically implausible for normal red cells and flags an interference.',
  ),
  consistency(
    'rule-of-three',
    'Rule of three (Hct ≈ 3 × Hb)',
    ['HGB', 'HCT'],
    RuleOfThreeNode.create({ tolerance: 3 }),
    'haematocrit and haemoglobin disagree; check for interference or a measurement error',
    'On normocytic samples the haematocrit is about three times the haemoglobin (± 3 %).',
  ),
  consistency(
    'bilirubin',
    'Direct bilirubin above total',
    ['DBIL', 'TBIL'],
    DirectBilirubinExceedsTotalNode.create({ tolerance: 0.2 }),
    'direct bilirubin cannot exceed total bilirubin',
    'Direct bilirubin is a fraction of the total; a higher value is an analytical error.',
  ),
  consistency(
    'albumin-protein',
    'Albumin not below total protein',
    ['ALB', 'TP'],
    AlbuminExceedsTotalProteinNode.create({ minGlobulin: 0 }),
    'albumin cannot equal or exceed total protein',
    'Globulin (total protein − albumin) must be positive.',
  ),
  Rule.create({
    id: 'consistency.edta-contamination',
    name: 'EDTA contamination',
    stage: 'consistency',
    appliesTo: TestsSelector.create(['K', 'CA', 'ALP', 'MG']),
    when: EdtaContaminationNode.create({ potassiumMin: 6.0, calciumMax: 7.0, alpMax: 30 }),
    then: [
      CancelAndRecollectOutcome.create(),
      CommentOutcome.create(
        'Suspected K2-EDTA contamination (potassium high, calcium low): specimen rejected, please recollect.',
      ),
    ],
    message: 'the pattern of K₂EDTA carry-over: potassium raised, calcium and alkaline phosphatase chelated',
    rationale:
      'EDTA from a lavender tube (wrong order of draw, syringe transfer) raises K and chelates Ca, Mg and ALP cofactors.',
    source: `${AV} (High K + low Ca (+ low ALP/Mg)); shared/domain/workflow.md §3 (contamination)`,
  }),
  consistency(
    'dextrose-contamination',
    'IV dextrose contamination',
    ['GLU', 'NA', 'CL', 'K', 'CA'],
    DextroseContaminationNode.create(),
    'the pattern of dextrose infusate in the specimen; check the draw site and recollect away from the line',
    'Drawing above an infusion adds glucose and dilutes everything else; true hyperglycaemia rarely lowers calcium.',
  ),
  consistency(
    'saline-contamination',
    'IV saline contamination',
    ['CL', 'NA', 'CA', 'CO2', 'K', 'GLU'],
    SalineContaminationNode.create(),
    'the pattern of saline in the specimen; check the draw site and recollect away from the line',
    'Saline adds chloride and dilutes calcium, bicarbonate and glucose; the anion gap falls.',
  ),
  consistency(
    'differential-sum',
    'Differential does not add up',
    ['NEUTP', 'LYMPHP', 'MONOP', 'EOSP', 'BASOP'],
    DifferentialSumNode.create({ tolerance: 1 }),
    'the differential percentages do not add up to 100',
    'The five-part differential must account for all white cells.',
  ),
];

export const reflexRules: readonly Rule[] = [
  Rule.create({
    id: 'reflex.tsh-ft4',
    name: 'TSH outside the interval: free T4',
    stage: 'reflex',
    appliesTo: TestsSelector.create(['TSH']),
    when: ReferenceIntervalNode.create('outside'),
    then: [ReflexOutcome.create(['FT4'])],
    message: 'free T4 added to characterise the thyroid state',
    rationale:
      'A TSH outside the reference interval needs free T4 to distinguish overt from subclinical disease.',
    source: `${WF} (TSH outside RI → free T4)`,
  }),
  Rule.create({
    id: 'reflex.tsh-low-ft3',
    name: 'TSH low: free T3',
    stage: 'reflex',
    appliesTo: TestsSelector.create(['TSH']),
    when: ReferenceIntervalNode.create('below'),
    then: [ReflexOutcome.create(['FT3'])],
    message: 'free T3 added: a low TSH with normal free T4 may be T3 toxicosis',
    rationale: 'T3 toxicosis is missed by free T4 alone.',
    source: `${WF} (± FT3 if TSH low)`,
  }),
  Rule.create({
    id: 'reflex.triglycerides-direct-ldl',
    name: 'Triglycerides above 400: direct LDL',
    stage: 'reflex',
    appliesTo: TestsSelector.create(['TRIG']),
    when: CompareNode.create(ResultValueOperand.create(), '>', 400),
    then: [ReflexOutcome.create(['DLDL'])],
    message: 'direct LDL added because the calculated LDL is not valid',
    rationale: 'Friedewald LDL is invalid above 400 mg/dL triglycerides.',
    source: `${WF} (TG > 400 mg/dL → direct LDL)`,
  }),
  Rule.create({
    id: 'reflex.urine-culture',
    name: 'Nitrite or leukocyte esterase positive: urine culture',
    stage: 'reflex',
    appliesTo: TestsSelector.create(['UNIT', 'ULE']),
    when: CodedValueNode.create(positiveDipstickAnswers),
    then: [ReflexOutcome.create(['UCULT'])],
    message: 'urine culture added for a positive nitrite or leukocyte esterase',
    rationale:
      'A positive nitrite or leukocyte esterase suggests urinary infection; culture identifies the organism.',
    source: `${WF} (UA nitrite + and/or LE + → urine culture)`,
  }),
];

export const commentRules: readonly Rule[] = [
  Rule.create({
    id: 'comment.egfr-equation',
    name: 'eGFR equation',
    stage: 'comment',
    appliesTo: TestsSelector.create(['EGFR']),
    when: AlwaysNode.create(),
    then: [
      CommentOutcome.create(
        'eGFR calculated with the CKD-EPI 2021 creatinine equation (no race coefficient).',
      ),
    ],
    message: 'method comment',
    rationale: 'Clinicians need to know which equation produced the estimate.',
    source: 'shared/domain/catalog.md (eGFR, CKD-EPI 2021); NKF-ASN 2021',
  }),
  Rule.create({
    id: 'comment.ldl-friedewald',
    name: 'Calculated LDL method',
    stage: 'comment',
    appliesTo: TestsSelector.create(['LDLC']),
    when: NotNode.create(CalculatedLdlInvalidNode.create({ triglyceridesMax: 400 })),
    then: [CommentOutcome.create('LDL cholesterol calculated by the Friedewald equation.')],
    message: 'method comment',
    rationale: 'A calculated LDL must say how it was calculated.',
    source: 'shared/domain/catalog.md (LDL-C, calculated); Friedewald 1972',
  }),
];
