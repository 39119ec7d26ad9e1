import { ImplausibleValueNode, MeasuringRangeNode } from './analytical-nodes.js';
import { CriticalValueNode, DeltaCheckNode } from './clinical-nodes.js';
import {
  DiluteAndRerunOutcome,
  HoldOutcome,
  NotifyCriticalOutcome,
  ReportAsOutcome,
} from './outcome-nodes.js';
import { AllTestsSelector, DisciplineSelector, Rule, TestsSelector } from './rule-node.js';
import { calculatedTests, implausibleLimits, skewedAnalytes } from './starter-thresholds.js';

/** Starter rules for filters 6–10: measuring and reportable range, plausibility, critical values, deltas. */

const AV = 'shared/domain/autoverification.md §2';
const DC = 'shared/domain/delta-and-critical.md';

export const measuringRangeRules: readonly Rule[] = [
  Rule.create({
    id: 'amr.dilute',
    name: 'Above the measuring range: dilute',
    stage: 'measuring-range',
    appliesTo: AllTestsSelector.create(calculatedTests),
    when: MeasuringRangeNode.create('above-dilutable'),
    then: [DiluteAndRerunOutcome.create('auto')],
    message: 'dilute with the validated diluent and rerun; the result is the measured value × the factor',
    rationale:
      'Above the AMR the calibration does not hold; a validated dilution brings the value back into it.',
    source: `${AV} (filter 6); shared/domain/workflow.md §7 (dilution rules)`,
  }),
  Rule.create({
    id: 'amr.below',
    name: 'Below the measuring range: report as less than',
    stage: 'measuring-range',
    appliesTo: AllTestsSelector.create(calculatedTests),
    when: MeasuringRangeNode.create('below'),
    then: [ReportAsOutcome.create('<', 'measuring-range-low')],
    message: 'report as less than the lower limit of the measuring range',
    rationale: 'Below the lower AMR limit the number is not quantitative; "< LoQ" is the honest report.',
    source: `${AV} (filter 6: result < lower AMR → report "< LoQ")`,
  }),
];

export const reportableRangeRules: readonly Rule[] = [
  Rule.create({
    id: 'crr.above',
    name: 'Beyond the reportable range',
    stage: 'reportable-range',
    appliesTo: AllTestsSelector.create(calculatedTests),
    when: MeasuringRangeNode.create('above-reportable'),
    then: [HoldOutcome.create(), ReportAsOutcome.create('>', 'reportable-high')],
    message: 'beyond the largest validated dilution: report as greater than the reportable range',
    rationale: 'A value beyond AMR × maximum validated dilution (the CRR) can never be reported as a number.',
    source: `${AV} (filter 7); shared/domain/workflow.md §7 (never report beyond CRR)`,
  }),
];

export const plausibilityRules: readonly Rule[] = [
  Rule.create({
    id: 'plausibility.negative',
    name: 'Negative value',
    stage: 'plausibility',
    appliesTo: AllTestsSelector.create(['BE']),
    when: ImplausibleValueNode.create({ low: 0 }),
    then: [HoldOutcome.create()],
    message: 'a negative {test} is impossible; check the analyzer and the specimen',
    rationale: 'Concentrations and counts cannot be negative (base excess, which can, is excluded).',
    source: `${AV} (filter 8: negative values)`,
  }),
  ...Object.entries(implausibleLimits).map(([code, limits]) =>
    Rule.create({
      id: `plausibility.${code.toLowerCase()}`,
      name: `Implausible ${code}`,
      stage: 'plausibility',
      appliesTo: TestsSelector.create([code]),
      when: ImplausibleValueNode.create(limits),
      then: [HoldOutcome.create()],
      message: 'suspect contamination, a wrong specimen or an analyzer error',
      rationale:
        'A value no living patient can have points to the specimen or the measurement, not to the patient.',
      source: `${AV} (filter 8: e.g. K > 10 mmol/L, Na < 90, Hb > 25 g/dL); limits [U]`,
    }),
  ),
];

export const criticalRules: readonly Rule[] = [
  Rule.create({
    id: 'critical.limits',
    name: 'Critical value',
    stage: 'critical',
    appliesTo: AllTestsSelector.create(),
    when: CriticalValueNode.create(),
    then: [HoldOutcome.create(), NotifyCriticalOutcome.create()],
    message: 'critical value: verify, then call a caregiver who can act and obtain a read-back',
    rationale:
      'A life-threatening value must be verified and called at once; holding it keeps it from being filed ' +
      'unseen. Limits come from the test definition (the lab’s list, agreed with its medical staff).',
    source: `${DC} §4–5; CLIA 42 CFR 493.1291(g); CAP GEN.41320/41330; TJC NPSG.02.03.01`,
  }),
];

export const deltaRules: readonly Rule[] = [
  Rule.create({
    id: 'delta.chemistry',
    name: 'Delta check (chemistry)',
    stage: 'delta',
    appliesTo: DisciplineSelector.create(
      ['chemistry', 'immunoassay', 'blood-gas'],
      [...calculatedTests, ...skewedAnalytes],
    ),
    when: DeltaCheckNode.create({ excludeContexts: ['dialysis', 'post-op', 'iv-fluids'] }),
    then: [HoldOutcome.create()],
    message: 'large change since the previous result: check the specimen’s identity and integrity',
    rationale:
      'A change beyond the delta limit is more often a specimen problem (wrong patient, contamination) ' +
      'than biology; route it to review, not to rejection. Dialysis, surgery and infusions explain changes.',
    source: `${DC} §1 and §3; CLSI EP33 (2nd ed., 2023)`,
  }),
  Rule.create({
    id: 'delta.skewed',
    name: 'Delta check (skewed analytes, log-normal RCV)',
    stage: 'delta',
    appliesTo: TestsSelector.create(skewedAnalytes),
    when: DeltaCheckNode.create({
      excludeContexts: ['dialysis', 'post-op', 'iv-fluids'],
      rcvForm: 'log-normal',
    }),
    then: [HoldOutcome.create()],
    message: 'change beyond the reference change value: check the specimen’s identity and integrity',
    rationale:
      'For analytes with skewed (log-normal) variation a rise may be larger than a fall before it is ' +
      'significant; the asymmetric RCV avoids holding ordinary rises and missing real falls.',
    source: `${DC} §1 (asymmetric RCV, Fokkema 2006) and §2 (skewed analytes marked *)`,
  }),
  Rule.create({
    id: 'delta.hematology',
    name: 'Delta check (hematology and coagulation)',
    stage: 'delta',
    appliesTo: DisciplineSelector.create(['hematology', 'coagulation'], ['MCV']),
    when: DeltaCheckNode.create({ excludeContexts: ['transfusion', 'post-op'] }),
    then: [HoldOutcome.create(true)],
    message:
      'large change since the previous count: check the tube’s identity and integrity before any of it goes out',
    rationale:
      'Haemoglobin and platelets change with bleeding and transfusion, which are excluded; other changes need ' +
      'review. A blood count is released as a whole: a delta on one of its parameters holds the tube, since a ' +
      'wrong blood in tube or a clotted or diluted sample changes them all.',
    source: `${DC} §3 (Hb: exclude post-transfusion/bleed context)`,
  }),
  Rule.create({
    id: 'delta.mcv-wbit',
    name: 'MCV change: wrong blood in tube',
    stage: 'delta',
    appliesTo: TestsSelector.create(['MCV']),
    when: DeltaCheckNode.create({
      setting: { method: 'absolute', limit: 3, windowHours: 7 * 24 },
      excludeContexts: ['transfusion'],
    }),
    then: [HoldOutcome.create(true)],
    message: 'possible wrong blood in tube: MCV barely changes within one person',
    rationale:
      'MCV has a within-subject CV under 1 %; a change of 3 fL within a week is a strong misidentification marker.',
    source: `${DC} §3 (MCV Δ ≥ 3 fL in 3–7 days); Randell & Yenice 2019`,
  }),
];
