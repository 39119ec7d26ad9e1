import { referenceIntervalFor } from '@aliquot/domain';
import { detectCritical, partitionsFromDefinition } from '../critical/index.js';
import { checkDelta, type DeltaResult, type DeltaRule } from '../delta/index.js';
import type { CriticalValueNode, DeltaCheckNode, ReferenceIntervalNode } from './clinical-nodes.js';
import { numberOf, patientAgeDays } from './context-values.js';
import { fact, matched, notMatched, type Finding } from './finding.js';
import type { ResultContext } from './result-context.js';
import { describeResult, formatNumber, quantity, resultFact } from './wording.js';

export function evaluateCriticalValue(node: CriticalValueNode, context: ResultContext): Finding {
  const { definition, patient } = context;
  const value = numberOf(context.result.value);
  if (value === undefined) return notMatched(`${definition.name} is not numeric`);
  const partitions = node.limits ?? partitionsFromDefinition(definition.critical);
  if (partitions.length === 0) return notMatched(`${definition.name} has no critical limits`);
  const critical = detectCritical(value, partitions, { sex: patient.sex, ageDays: patientAgeDays(context) });
  if (critical === undefined)
    return notMatched(`${describeResult(context)} is not critical`, [resultFact(context)]);
  const side = critical.direction === 'high' ? 'at or above' : 'at or below';
  return matched(
    `${describeResult(context)} is ${side} the critical limit ${formatNumber(critical.limit)} (${critical.source})`,
    [
      fact(definition.code, value, {
        unit: context.result.unit ?? definition.unit,
        limit: critical.limit,
        comparator: critical.direction === 'high' ? '>=' : '<=',
        source: critical.source,
      }),
    ],
    { critical },
  );
}

/**
 * The delta rule for a result: the node's own setting as written; otherwise the test definition's, and
 * for an RCV check the RCV computed from the definition's CVa and CVi when both are known.
 */
export function deltaRuleFor(node: DeltaCheckNode, context: ResultContext): DeltaRule | undefined {
  const { definition } = context;
  const setting = node.setting ?? definition.delta;
  if (setting === undefined) return undefined;
  const { cva, cvi } = definition.variation ?? {};
  const fromVariation =
    node.setting === undefined && setting.method === 'rcv' && cva !== undefined && cvi !== undefined;
  return {
    method: setting.method,
    windowHours: setting.windowHours,
    ...(fromVariation
      ? { variation: { cva, cvi } }
      : setting.limit === undefined
        ? {}
        : { limit: setting.limit }),
    ...(node.z === undefined ? {} : { z: node.z }),
    rcvForm: node.rcvForm,
    requireSameMatrix: node.requireSameMatrix,
    requireSameMethod: node.requireSameMethod,
    excludeContexts: node.excludeContexts,
  };
}

const signed = (value: number, unit?: string): string => `${value > 0 ? '+' : ''}${quantity(value, unit)}`;

function deltaSentence(
  result: Extract<DeltaResult, { status: 'evaluated' }>,
  context: ResultContext,
): string {
  const unit = context.result.unit ?? context.definition.unit;
  const from = `from ${quantity(result.previous.value, unit)} ${formatNumber(result.hours, 1)} h earlier`;
  const { measure } = result;
  switch (measure.method) {
    case 'absolute':
      return `${describeResult(context)} changed by ${signed(result.change, unit)} ${from} (delta limit ${quantity(measure.limitUp, unit)})`;
    case 'percent':
      return `${describeResult(context)} changed by ${signed(result.percentChange ?? Number.NaN)}% ${from} (delta limit ${formatNumber(measure.limitUp)}%)`;
    case 'rate':
      return `${describeResult(context)} changed by ${signed(result.ratePerHour, unit === undefined ? 'per h' : `${unit}/h`)} ${from} (delta limit ${formatNumber(measure.limitUp)} per h)`;
    case 'rcv':
      return `${describeResult(context)} changed by ${signed(result.percentChange ?? Number.NaN)}% ${from} (reference change value ${formatNumber(measure.limitDown ?? -measure.limitUp, 1)}% to +${formatNumber(measure.limitUp, 1)}%)`;
    default:
      return measure.method satisfies never;
  }
}

export function evaluateDeltaCheck(node: DeltaCheckNode, context: ResultContext): Finding {
  const { definition, result, specimen, patient } = context;
  const rule = deltaRuleFor(node, context);
  if (rule === undefined) return notMatched(`${definition.name} has no delta check configured`);
  const value = numberOf(result.value);
  if (value === undefined) return notMatched(`${definition.name} is not numeric`);
  const delta = checkDelta({
    current: {
      value,
      at: specimen.collectedAt ?? result.measuredAt ?? context.now,
      specimenType: specimen.type,
      ...(result.method === undefined ? {} : { method: result.method }),
    },
    history: patient.history[definition.code] ?? [],
    rule,
    ...(patient.contexts === undefined ? {} : { contexts: patient.contexts }),
  });
  if (delta.status !== 'evaluated') return notMatched(`${definition.name}: ${delta.reason}`, [], { delta });
  const facts = [
    resultFact(context),
    fact('previous value', delta.previous.value, { unit: result.unit ?? definition.unit }),
    fact('hours since previous', Number(delta.hours.toFixed(2))),
    fact(`${delta.measure.method} change`, Number(delta.measure.observed.toFixed(3)), {
      limit: Number(delta.measure.limitUp.toFixed(3)),
      comparator: delta.measure.method === 'rcv' ? '>' : '>=',
    }),
  ];
  return delta.fired
    ? matched(deltaSentence(delta, context), facts, { delta })
    : notMatched(`${deltaSentence(delta, context)}: within the limit`, facts, { delta });
}

export function evaluateReferenceInterval(node: ReferenceIntervalNode, context: ResultContext): Finding {
  const { definition, patient } = context;
  const value = numberOf(context.result.value);
  if (value === undefined) return notMatched(`${definition.name} is not numeric`);
  const interval = referenceIntervalFor(definition, patient.sex ?? 'unknown', patientAgeDays(context));
  if (interval === undefined) return notMatched(`no ${definition.name} reference interval fits the patient`);
  const { low, high } = interval;
  const range = `${low === undefined ? '' : formatNumber(low)}–${high === undefined ? '' : formatNumber(high)}`;
  const isLow = low !== undefined && value < low;
  const isHigh = high !== undefined && value > high;
  const fires = node.position === 'below' ? isLow : node.position === 'above' ? isHigh : isLow || isHigh;
  const facts = [
    fact(definition.code, value, {
      unit: context.result.unit ?? definition.unit,
      ...(isLow && low !== undefined ? { limit: low, comparator: '<' as const } : {}),
      ...(isHigh && high !== undefined ? { limit: high, comparator: '>' as const } : {}),
    }),
  ];
  const where = isLow ? 'below' : isHigh ? 'above' : 'within';
  const sentence = `${describeResult(context)} is ${where} the reference interval (${range})`;
  return fires ? matched(sentence, facts) : notMatched(sentence, facts);
}
