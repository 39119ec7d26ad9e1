import { InstrumentFlagNode, QcStateNode } from './analytical-nodes.js';
import { MissingDemographicNode, MissingUnitNode, ValueKindMismatchNode } from './integrity-nodes.js';
import { AndNode, CompareNode, NotNode } from './logic-nodes.js';
import { ReplicateOperand, SpecimenAgeOperand } from './operand-nodes.js';
import {
  CancelAndRecollectOutcome,
  CommentOutcome,
  HoldOutcome,
  ReflexOutcome,
  RerunOutcome,
} from './outcome-nodes.js';
import { AllTestsSelector, Rule, TestsSelector } from './rule-node.js';
import { SerumIndexNode, SpecimenAgeNode } from './specimen-nodes.js';
import {
  calculatedTests,
  hemolysisLowersLimits,
  hemolysisRaisesLimits,
  icterusLimits,
  lipemiaLimits,
  nonErrorFlags,
  stabilityFallbackMinutes,
  whiteCellTests,
} from './starter-thresholds.js';

/** Starter rules for filters 1–5: integrity, specimen age, analyzer flags, QC, serum indices. */

const AV = 'shared/domain/autoverification.md §2';
const codesOf = (table: Readonly<Record<string, unknown>>): string[] => Object.keys(table);

export const integrityRules: readonly Rule[] = [
  Rule.create({
    id: 'integrity.value-kind',
    name: 'Value of the wrong kind',
    stage: 'integrity',
    appliesTo: AllTestsSelector.create(),
    when: ValueKindMismatchNode.create(),
    then: [HoldOutcome.create()],
    message: 'the value cannot be reported as {test}',
    rationale:
      'Text such as "hemolyzed" or "see comment" in a numeric field, or an answer outside the permitted ' +
      'list, means the analyzer or interface did not deliver a reportable result.',
    source: `${AV} (filter 1, order/specimen integrity); CLSI AUTO15`,
  }),
  Rule.create({
    id: 'integrity.unit',
    name: 'Missing or unexpected unit',
    stage: 'integrity',
    appliesTo: AllTestsSelector.create(),
    when: MissingUnitNode.create(true),
    then: [HoldOutcome.create()],
    message: 'a {test} result without the test’s unit cannot be interpreted against its reference interval',
    rationale:
      'A value in another unit (mg/L for mg/dL, mmol/L for mg/dL) is off by a factor; reporting it would ' +
      'mislead. The interface must convert or the technologist must review.',
    source: `${AV} (filter 1); catalog design notes (UCUM units per test)`,
  }),
  Rule.create({
    id: 'integrity.demographics',
    name: 'Demographics needed for the reference interval',
    stage: 'integrity',
    appliesTo: AllTestsSelector.create(),
    when: MissingDemographicNode.create(['sex', 'birth-date'], true),
    then: [HoldOutcome.create()],
    message: 'record the patient’s sex and birth date so the right reference interval is reported',
    rationale:
      'Intervals partitioned by sex or age (creatinine, haemoglobin, paediatric ranges) cannot be chosen; ' +
      'a result flagged against the wrong interval misleads.',
    source: 'shared/domain/catalog.md (RIs per test × sex × age band); CLSI EP28-A3c',
  }),
  Rule.create({
    id: 'integrity.collection-time',
    name: 'Collection time missing or after measurement',
    stage: 'integrity',
    appliesTo: AllTestsSelector.create(),
    when: NotNode.create(CompareNode.create(SpecimenAgeOperand.create('minutes'), '>=', 0)),
    then: [HoldOutcome.create()],
    message:
      'the collection time is missing or later than the measurement, so stability and deltas cannot be judged',
    rationale:
      'Stability, delta windows and TAT all start at collection; without a valid time none can be checked.',
    source: `${AV} (filter 1: collection time present?)`,
  }),
];

export const specimenAgeRules: readonly Rule[] = [
  Rule.create({
    id: 'stability.specimen-age',
    name: 'Specimen older than its stability',
    stage: 'specimen-age',
    appliesTo: AllTestsSelector.create(),
    when: SpecimenAgeNode.create({ fallbackMinutes: stabilityFallbackMinutes, whenMissing: 'pass' }),
    then: [
      CancelAndRecollectOutcome.create(),
      CommentOutcome.create('Specimen exceeded the stability limit for {test}; recollection requested.'),
    ],
    message: 'the specimen exceeded the stability of {test}',
    rationale:
      'Analytes change in the tube (glucose falls, potassium rises, coagulation factors decay); a result ' +
      'measured after the stability limit does not describe the patient.',
    source: 'shared/domain/workflow.md §4 (stability examples; CLSI H21 for coagulation); the assay IFU',
  }),
];

export const instrumentRules: readonly Rule[] = [
  Rule.create({
    id: 'instrument.error-flag',
    name: 'Analyzer error flag on first measurement',
    stage: 'instrument',
    appliesTo: AllTestsSelector.create(calculatedTests),
    when: AndNode.create(
      InstrumentFlagNode.create({ except: nonErrorFlags }),
      CompareNode.create(ReplicateOperand.create(), '<=', 1),
    ),
    then: [RerunOutcome.create(true)],
    message:
      'an analyzer error flag (clot, short sample, bubble, reagent, calibration) invalidates the measurement; rerun',
    rationale:
      'Most analyzer alarms are transient (a bubble, a short aspiration); one automatic rerun resolves them.',
    source: `${AV} (filter 3: instrument flags → hold or auto-rerun); shared/domain/workflow.md §7`,
  }),
  Rule.create({
    id: 'instrument.error-flag-persists',
    name: 'Analyzer error flag on rerun',
    stage: 'instrument',
    appliesTo: AllTestsSelector.create(calculatedTests),
    when: AndNode.create(
      InstrumentFlagNode.create({ except: nonErrorFlags }),
      CompareNode.create(ReplicateOperand.create(), '>', 1),
    ),
    then: [HoldOutcome.create()],
    message: 'the analyzer flag persists on the rerun; inspect the specimen and the analyzer',
    rationale:
      'A flag that survives a rerun points to the specimen (clot, fibrin) or the analyzer; a person must look.',
    source: `${AV} (filter 3)`,
  }),
  Rule.create({
    id: 'instrument.white-cell-flags',
    name: 'Blasts or nucleated red cells flagged',
    stage: 'instrument',
    appliesTo: TestsSelector.create(whiteCellTests),
    when: InstrumentFlagNode.create({ anyOf: ['BLASTS', 'NRBC'] }),
    then: [HoldOutcome.create(), ReflexOutcome.create(['SMEAR'])],
    message: 'the analyzer suspects blasts or nucleated red cells; review a smear before release',
    rationale:
      'Automated differentials misclassify blasts and count NRBC as lymphocytes; a first finding of blasts ' +
      'may also be a critical result.',
    source:
      'shared/domain/workflow.md §6 (CBC analyzer flags → smear review); ICSH consensus rules for smear review [U]',
  }),
  Rule.create({
    id: 'instrument.platelet-clumps',
    name: 'Platelet clumps flagged',
    stage: 'instrument',
    appliesTo: TestsSelector.create(['PLT']),
    when: InstrumentFlagNode.create({ anyOf: ['PLT-CLUMPS'] }),
    then: [HoldOutcome.create(), ReflexOutcome.create(['SMEAR'])],
    message: 'platelet clumps make the count falsely low (EDTA pseudothrombocytopenia); check a smear',
    rationale: 'Clumped platelets are not counted; a falsely low count can lead to needless transfusion.',
    source: 'shared/domain/workflow.md §6 (PLT clumps → smear review)',
  }),
];

export const qcRules: readonly Rule[] = [
  Rule.create({
    id: 'qc.status',
    name: 'QC not acceptable',
    stage: 'qc',
    appliesTo: AllTestsSelector.create(calculatedTests),
    when: QcStateNode.create({ failOn: ['rejected', 'none'], validityMinutes: 24 * 60, pbrtqc: true }),
    then: [HoldOutcome.create()],
    message: 'QC does not currently allow release of {test} from this instrument',
    rationale:
      'Patient results may be released only while the last QC of the analyte on the instrument was accepted ' +
      'and is within its validity window, and patient-based QC is quiet.',
    source: 'shared/domain/qc.md §9; CLIA 42 CFR 493.1256 and 493.1282(b)(2)',
  }),
];

export const serumIndexRules: readonly Rule[] = [
  Rule.create({
    id: 'hil.hemolysis-raises',
    name: 'Hemolysis raises the analyte',
    stage: 'serum-index',
    appliesTo: TestsSelector.create(codesOf(hemolysisRaisesLimits)),
    when: SerumIndexNode.create('hemolysis', { fallbackLimits: hemolysisRaisesLimits }),
    then: [
      HoldOutcome.create(),
      CommentOutcome.create('Hemolyzed specimen: {test} may be falsely increased.'),
    ],
    message: 'hemolysis falsely raises {test}',
    rationale:
      'Red cells release potassium, LDH, AST and other intracellular analytes; a hemolyzed result ' +
      'overstates them. Thresholds are assay- and platform-specific.',
    source:
      `${AV} (serum-index examples; Goyal 2015 AJCP; Roche lowered its K limit to 20 in 2020); limits [U] until ` +
      'replaced from the assay IFU',
  }),
  Rule.create({
    id: 'hil.hemolysis-lowers',
    name: 'Hemolysis lowers the analyte',
    stage: 'serum-index',
    appliesTo: TestsSelector.create(codesOf(hemolysisLowersLimits)),
    when: SerumIndexNode.create('hemolysis', { fallbackLimits: hemolysisLowersLimits }),
    then: [
      HoldOutcome.create(),
      CommentOutcome.create('Hemolyzed specimen: {test} may be falsely decreased.'),
    ],
    message: 'hemolysis falsely lowers {test}',
    rationale:
      'Hemolysis lowers hs-troponin T on some platforms; a falsely low troponin can miss a myocardial infarction.',
    source: `${AV} (serum-index examples: lowers hs-TnT on some platforms); limit [U]`,
  }),
  Rule.create({
    id: 'hil.icterus',
    name: 'Icterus interferes',
    stage: 'serum-index',
    appliesTo: TestsSelector.create(codesOf(icterusLimits)),
    when: SerumIndexNode.create('icterus', { fallbackLimits: icterusLimits }),
    then: [HoldOutcome.create()],
    message: 'bilirubin interferes with the {test} method',
    rationale:
      'Bilirubin interferes with Jaffe creatinine and peroxidase-coupled cholesterol and triglyceride methods.',
    source: `${AV} (icterus); limits [U]`,
  }),
  Rule.create({
    id: 'hil.lipemia',
    name: 'Lipemia interferes',
    stage: 'serum-index',
    appliesTo: TestsSelector.create(codesOf(lipemiaLimits)),
    when: SerumIndexNode.create('lipemia', { fallbackLimits: lipemiaLimits }),
    then: [HoldOutcome.create()],
    message: 'lipemia interferes with the {test} measurement',
    rationale: 'Lipid particles scatter light and displace water (pseudohyponatremia with indirect ISE).',
    source: `${AV} (lipemia); limits [U]`,
  }),
];
