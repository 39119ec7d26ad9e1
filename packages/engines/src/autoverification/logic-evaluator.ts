import { contextActiveAt } from '../delta/index.js';
import { specimenResult } from './context-values.js';
import { fact, matched, notMatched, type Finding } from './finding.js';
import type {
  CodedValueNode,
  CompareNode,
  Comparison,
  InstrumentIsNode,
  PatientContextNode,
} from './logic-nodes.js';
import { readOperand } from './operand-evaluator.js';
import type { ResultContext } from './result-context.js';

export function compares(left: number, operator: Comparison, right: number): boolean {
  switch (operator) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    case '=':
      return left === right;
    case '!=':
      return left !== right;
    default:
      return operator satisfies never;
  }
}

export function evaluateCompare(node: CompareNode, context: ResultContext): Finding {
  const left = readOperand(node.left, context);
  if (left.value === undefined) {
    const sentence = `${left.text}: cannot compare with ${node.right}`;
    return node.whenMissing === 'fire' ? matched(sentence, left.facts) : notMatched(sentence, left.facts);
  }
  const facts = [...left.facts, fact('threshold', node.right, { comparator: node.operator })];
  return compares(left.value, node.operator, node.right)
    ? matched(`${left.text} ${node.operator} ${node.right}`, facts)
    : notMatched(`${left.text} is not ${node.operator} ${node.right}`, facts);
}

export function evaluateCodedValue(node: CodedValueNode, context: ResultContext): Finding {
  const code = node.code ?? context.result.testCode;
  const value = specimenResult(context, code)?.value;
  const label = code === context.result.testCode ? context.definition.name : code;
  const answers =
    value?.kind === 'coded'
      ? [value.code, value.display].filter((answer) => answer !== undefined)
      : value?.kind === 'text'
        ? [value.text]
        : [];
  if (answers.length === 0) return notMatched(`${label} has no coded answer`);
  const wanted = node.anyOf.map((answer) => answer.trim().toLowerCase());
  const shown = answers[0] ?? '';
  const facts = [fact(code, shown)];
  return answers.some((answer) => wanted.includes(answer.trim().toLowerCase()))
    ? matched(`${label} ${shown}`, facts)
    : notMatched(`${label} ${shown} is none of ${node.anyOf.join(', ')}`, facts);
}

export function evaluatePatientContext(node: PatientContextNode, context: ResultContext): Finding {
  const at = context.specimen.collectedAt ?? context.now;
  const active = (context.patient.contexts ?? []).filter(
    (episode) => node.contexts.includes(episode.kind) && contextActiveAt(episode, at),
  );
  const first = active[0];
  return first === undefined
    ? notMatched(`patient not in ${node.contexts.join(' or ')} at collection`)
    : matched(
        `patient in ${first.kind} at collection`,
        active.map((episode) => fact('clinical context', episode.kind)),
      );
}

export function evaluateInstrumentIs(node: InstrumentIsNode, context: ResultContext): Finding {
  const instrument = context.result.instrumentId;
  if (instrument === undefined) return notMatched('no instrument recorded');
  return node.instrumentIds.includes(instrument)
    ? matched(`measured on ${instrument}`, [fact('instrument', instrument)])
    : notMatched(`measured on ${instrument}, not on ${node.instrumentIds.join(', ')}`);
}
