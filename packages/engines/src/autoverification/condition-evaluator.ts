import {
  evaluateImplausibleValue,
  evaluateInstrumentFlag,
  evaluateMeasuringRange,
  evaluateQcState,
} from './analytical-evaluator.js';
import {
  evaluateCriticalValue,
  evaluateDeltaCheck,
  evaluateReferenceInterval,
} from './clinical-evaluator.js';
import type { ConditionNode } from './condition-node.js';
import {
  evaluateAlbuminExceedsTotalProtein,
  evaluateAnionGap,
  evaluateBunCreatinineRatio,
  evaluateCalculatedLdlInvalid,
  evaluateDextroseContamination,
  evaluateDifferentialSum,
  evaluateDirectBilirubinExceedsTotal,
  evaluateEdtaContamination,
  evaluateMchcHigh,
  evaluateRuleOfThree,
  evaluateSalineContamination,
} from './consistency-evaluator.js';
import { matched, notMatched, type Finding } from './finding.js';
import {
  evaluateCancelledAnalysis,
  evaluateMissingDemographic,
  evaluateMissingUnit,
  evaluateValueKindMismatch,
} from './integrity-evaluator.js';
import {
  evaluateCodedValue,
  evaluateCompare,
  evaluateInstrumentIs,
  evaluatePatientContext,
} from './logic-evaluator.js';
import type { ResultContext } from './result-context.js';
import { evaluateSerumIndex, evaluateSpecimenAge } from './specimen-evaluator.js';

/** Merge the findings of children that all matched: sentences joined, facts and details kept. */
function allOf(findings: readonly Finding[]): Finding {
  const critical = findings.find((finding) => finding.critical !== undefined)?.critical;
  const delta = findings.find((finding) => finding.delta !== undefined)?.delta;
  return matched(
    findings.map((finding) => finding.sentence).join(' and '),
    findings.flatMap((finding) => finding.facts),
    { ...(critical === undefined ? {} : { critical }), ...(delta === undefined ? {} : { delta }) },
  );
}

/**
 * Evaluate a condition against a context. `and` stops at the first child that does not match and `or`
 * at the first that does, so the sentence names what decided; `not` keeps its child's sentence, which
 * already says how things stand.
 */
export function evaluateCondition(node: ConditionNode, context: ResultContext): Finding {
  switch (node.kind) {
    case 'always':
      return matched('always');
    case 'and': {
      const findings: Finding[] = [];
      for (const condition of node.conditions) {
        const finding = evaluateCondition(condition, context);
        if (!finding.matched)
          return notMatched(finding.sentence, [...findings.flatMap((f) => f.facts), ...finding.facts]);
        findings.push(finding);
      }
      return allOf(findings);
    }
    case 'or': {
      const sentences: string[] = [];
      for (const condition of node.conditions) {
        const finding = evaluateCondition(condition, context);
        if (finding.matched) return finding;
        sentences.push(finding.sentence);
      }
      return notMatched(sentences.join('; '));
    }
    case 'not': {
      const finding = evaluateCondition(node.condition, context);
      return { ...finding, matched: !finding.matched };
    }
    case 'compare':
      return evaluateCompare(node, context);
    case 'coded-value':
      return evaluateCodedValue(node, context);
    case 'patient-context':
      return evaluatePatientContext(node, context);
    case 'instrument-is':
      return evaluateInstrumentIs(node, context);
    case 'cancelled-analysis':
      return evaluateCancelledAnalysis(node, context);
    case 'value-kind-mismatch':
      return evaluateValueKindMismatch(node, context);
    case 'missing-unit':
      return evaluateMissingUnit(node, context);
    case 'missing-demographic':
      return evaluateMissingDemographic(node, context);
    case 'specimen-age':
      return evaluateSpecimenAge(node, context);
    case 'serum-index':
      return evaluateSerumIndex(node, context);
    case 'instrument-flag':
      return evaluateInstrumentFlag(node, context);
    case 'qc-state':
      return evaluateQcState(node, context);
    case 'measuring-range':
      return evaluateMeasuringRange(node, context);
    case 'implausible-value':
      return evaluateImplausibleValue(node, context);
    case 'critical-value':
      return evaluateCriticalValue(node, context);
    case 'delta-check':
      return evaluateDeltaCheck(node, context);
    case 'reference-interval':
      return evaluateReferenceInterval(node, context);
    case 'anion-gap':
      return evaluateAnionGap(node, context);
    case 'calculated-ldl-invalid':
      return evaluateCalculatedLdlInvalid(node, context);
    case 'bun-creatinine-ratio':
      return evaluateBunCreatinineRatio(node, context);
    case 'mchc-high':
      return evaluateMchcHigh(node, context);
    case 'rule-of-three':
      return evaluateRuleOfThree(node, context);
    case 'direct-bilirubin-exceeds-total':
      return evaluateDirectBilirubinExceedsTotal(node, context);
    case 'albumin-exceeds-total-protein':
      return evaluateAlbuminExceedsTotalProtein(node, context);
    case 'edta-contamination':
      return evaluateEdtaContamination(node, context);
    case 'dextrose-contamination':
      return evaluateDextroseContamination(node, context);
    case 'saline-contamination':
      return evaluateSalineContamination(node, context);
    case 'differential-sum':
      return evaluateDifferentialSum(node, context);
    default:
      return node satisfies never;
  }
}
