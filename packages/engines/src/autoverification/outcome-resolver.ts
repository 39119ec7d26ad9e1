import { numberOf } from './context-values.js';
import type { CallTask, ResolvedOutcome } from './decision.js';
import type { Finding } from './finding.js';
import type { DiluteAndRerunOutcome, OutcomeNode, ReportAsOutcome } from './outcome-nodes.js';
import type { ResultContext } from './result-context.js';
import type { Rule } from './rule-node.js';
import { fillTemplate } from './wording.js';

/** The usual dilution series; a factor is taken from it unless the rule names one. */
export const dilutionSeries: readonly number[] = Object.freeze([
  2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000,
]);

/**
 * The dilution factor for an 'auto' dilution: the smallest factor of the series larger than the one
 * already applied and within the validated maximum (which itself always qualifies) that should bring the
 * value under the upper measuring limit; the largest allowed when none would. A string says why no
 * dilution is possible.
 */
export function autoDilutionFactor(context: ResultContext): number | string {
  const range = context.definition.measuringRange;
  if (range === undefined) return `${context.definition.name} has no measuring range to dilute into`;
  const current = context.result.dilutionFactor ?? 1;
  const max = range.maxDilution ?? 1;
  const candidates = [...dilutionSeries, max]
    .filter((factor) => factor > current && factor <= max)
    .sort((a, b) => a - b);
  const largest = candidates[candidates.length - 1];
  if (largest === undefined) return `no validated dilution of ${context.definition.name} beyond 1:${current}`;
  const value = numberOf(context.result.value) ?? range.high * current;
  return candidates.find((factor) => value / factor <= range.high) ?? largest;
}

function resolveDilution(node: DiluteAndRerunOutcome, context: ResultContext): ResolvedOutcome {
  if (node.factor !== 'auto') return { kind: 'dilute-and-rerun', factor: node.factor };
  const factor = autoDilutionFactor(context);
  return typeof factor === 'number'
    ? { kind: 'dilute-and-rerun', factor }
    : { kind: 'hold', note: `dilution requested but ${factor}` };
}

function resolveReportAs(node: ReportAsOutcome, context: ResultContext): ResolvedOutcome {
  const range = context.definition.measuringRange;
  if (range === undefined) {
    return {
      kind: 'hold',
      note: `a censored report was requested but ${context.definition.name} has no measuring range`,
    };
  }
  // Below the range on a diluted specimen the true value is below low × the dilution applied.
  const value =
    node.bound === 'measuring-range-low'
      ? range.low * (context.result.dilutionFactor ?? 1)
      : range.high * (range.maxDilution ?? 1);
  return { kind: 'report-as', value: { kind: 'numeric', comparator: node.comparator, value } };
}

function callTask(rule: Rule, finding: Finding, context: ResultContext, sentence: string): CallTask {
  const { result, patient } = context;
  const unit = result.unit ?? context.definition.unit;
  return {
    ruleId: rule.id,
    testCode: result.testCode,
    ...(result.id === undefined ? {} : { resultId: result.id }),
    ...(patient.id === undefined ? {} : { patientId: patient.id }),
    value: result.value,
    ...(unit === undefined ? {} : { unit }),
    ...(finding.critical === undefined ? {} : { critical: finding.critical }),
    sentence,
    detectedAt: context.now,
  };
}

/** Apply a fired rule's outcomes to the result. */
export function resolveOutcomes(
  rule: Rule,
  finding: Finding,
  context: ResultContext,
  sentence: string,
): ResolvedOutcome[] {
  return rule.then.map((outcome: OutcomeNode): ResolvedOutcome => {
    switch (outcome.kind) {
      case 'hold':
        return outcome.specimen ? { kind: 'hold', specimen: true } : { kind: 'hold' };
      case 'rerun':
        return { kind: 'rerun', sameInstrument: outcome.sameInstrument };
      case 'dilute-and-rerun':
        return resolveDilution(outcome, context);
      case 'cancel-and-recollect':
        return { kind: 'cancel-and-recollect' };
      case 'reflex':
        return { kind: 'reflex', tests: outcome.tests };
      case 'comment':
        return { kind: 'comment', text: fillTemplate(outcome.text, context) };
      case 'notify-critical':
        return { kind: 'notify-critical', task: callTask(rule, finding, context, sentence) };
      case 'report-as':
        return resolveReportAs(outcome, context);
      case 'suppress':
        return { kind: 'suppress', text: fillTemplate(outcome.text, context) };
      default:
        return outcome satisfies never;
    }
  });
}
