import type {
  ImplausibleValueNode,
  InstrumentFlagNode,
  MeasuringRangeNode,
  QcStateNode,
} from './analytical-nodes.js';
import { measuredNumber, numberOf } from './context-values.js';
import { fact, matched, notMatched, type Fact, type Finding } from './finding.js';
import type { QcState, ResultContext } from './result-context.js';
import { describeResult, formatNumber, quantity, resultFact } from './wording.js';

const upper = (flags: readonly string[] | undefined): string[] | undefined =>
  flags?.map((flag) => flag.toUpperCase());

export function evaluateInstrumentFlag(node: InstrumentFlagNode, context: ResultContext): Finding {
  const anyOf = upper(node.anyOf);
  const except = upper(node.except) ?? [];
  const flags = (context.result.instrumentFlags ?? []).filter((flag) => {
    const code = flag.toUpperCase();
    return !except.includes(code) && (anyOf === undefined || anyOf.includes(code));
  });
  const on = context.result.instrumentId === undefined ? '' : ` on ${context.result.instrumentId}`;
  return flags.length > 0
    ? matched(
        `${describeResult(context)} flagged ${flags.join(', ')} by the analyzer${on}`,
        flags.map((flag) => fact('instrument flag', flag)),
      )
    : notMatched(`no ${anyOf === undefined ? '' : `${anyOf.join('/')} `}analyzer flag`);
}

const MINUTE = 60_000;

export function evaluateQcState(node: QcStateNode, context: ResultContext): Finding {
  const qc: QcState = context.qc ?? { status: 'none' };
  const subject = `QC of ${context.definition.name}${context.result.instrumentId === undefined ? '' : ` on ${context.result.instrumentId}`}`;
  const problems: string[] = [];
  const facts: Fact[] = [fact('QC status', qc.status)];
  if (node.failOn.includes(qc.status)) {
    problems.push(
      qc.status === 'none'
        ? 'no QC recorded'
        : `${qc.status}${qc.reason === undefined ? '' : ` (${qc.reason})`}`,
    );
  }
  if (node.validityMinutes !== undefined && problems.length === 0 && qc.status !== 'none') {
    const minutes =
      qc.lastAcceptedAt === undefined
        ? undefined
        : (context.now.getTime() - qc.lastAcceptedAt.getTime()) / MINUTE;
    if (minutes === undefined || minutes > node.validityMinutes) {
      problems.push(
        minutes === undefined
          ? 'no accepted run on record'
          : `last accepted run ${formatNumber(minutes / 60, 1)} h ago (valid ${formatNumber(node.validityMinutes / 60, 1)} h)`,
      );
      if (minutes !== undefined) {
        facts.push(
          fact('minutes since accepted QC', Math.round(minutes), {
            limit: node.validityMinutes,
            comparator: '>',
          }),
        );
      }
    }
  }
  if (node.pbrtqc && qc.pbrtqcAlarm === true) {
    problems.push('patient-based QC is alarming');
    facts.push(fact('PBRTQC alarm', true));
  }
  if (problems.length > 0) return matched(`${subject}: ${problems.join('; ')}`, facts);
  return notMatched(
    `${subject}: ${qc.status}${qc.status === 'warning' && qc.reason ? ` (${qc.reason})` : ''}`,
    facts,
  );
}

export function evaluateMeasuringRange(node: MeasuringRangeNode, context: ResultContext): Finding {
  const { definition, result } = context;
  const range = definition.measuringRange;
  if (range === undefined) return notMatched(`${definition.name} has no measuring range configured`);
  const measured = measuredNumber(context);
  if (measured === undefined) return notMatched(`${definition.name} is not numeric`);
  const unit = result.unit ?? definition.unit;
  const comparator = result.value.kind === 'numeric' ? result.value.comparator : undefined;
  const factor = result.dilutionFactor ?? 1;
  const maxDilution = range.maxDilution ?? 1;
  const below =
    measured < range.low || ((comparator === '<' || comparator === '<=') && measured <= range.low);
  const above =
    measured > range.high || ((comparator === '>' || comparator === '>=') && measured >= range.high);
  const amr = `${formatNumber(range.low)}–${quantity(range.high, unit)}`;
  const facts = [
    resultFact(context),
    fact('measuring range low', range.low, { unit }),
    fact('measuring range high', range.high, { unit }),
    fact('dilution factor', factor, { limit: maxDilution }),
  ];
  const diluted = factor > 1 ? ` at dilution 1:${factor}` : '';
  switch (node.position) {
    case 'below':
      return below
        ? matched(`${describeResult(context)} is below the measuring range (${amr})`, facts)
        : notMatched(`${definition.name} is not below the measuring range (${amr})`);
    case 'above-dilutable':
      return above && factor < maxDilution
        ? matched(
            `${describeResult(context)} is above the measuring range (${amr})${diluted}; validated dilution up to 1:${maxDilution}`,
            facts,
          )
        : notMatched(`${definition.name} needs no further dilution`);
    case 'above-reportable':
      return above && factor >= maxDilution
        ? matched(
            `${describeResult(context)} is above the measuring range${diluted} and beyond the reportable range (${quantity(range.high * maxDilution, unit)} at the largest validated dilution 1:${maxDilution})`,
            [...facts, fact('reportable range high', range.high * maxDilution, { unit, comparator: '>' })],
          )
        : notMatched(`${definition.name} is within the reportable range`);
    default:
      return node.position satisfies never;
  }
}

export function evaluateImplausibleValue(node: ImplausibleValueNode, context: ResultContext): Finding {
  const value = numberOf(context.result.value);
  if (value === undefined) return notMatched(`${context.definition.name} is not numeric`);
  if (node.low !== undefined && value < node.low) {
    return matched(`${describeResult(context)} is not physiologically plausible (below ${node.low})`, [
      fact(context.definition.code, value, { limit: node.low, comparator: '<' }),
    ]);
  }
  if (node.high !== undefined && value > node.high) {
    return matched(`${describeResult(context)} is not physiologically plausible (above ${node.high})`, [
      fact(context.definition.code, value, { limit: node.high, comparator: '>' }),
    ]);
  }
  return notMatched(`${context.definition.name} is plausible`);
}
