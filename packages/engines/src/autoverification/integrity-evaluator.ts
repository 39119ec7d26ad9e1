import { formatResultValue } from '@aliquot/domain';
import { fact, matched, notMatched, type Finding } from './finding.js';
import type {
  CancelledAnalysisNode,
  DemographicField,
  MissingDemographicNode,
  MissingUnitNode,
  ValueKindMismatchNode,
} from './integrity-nodes.js';
import type { ResultContext } from './result-context.js';

export function evaluateCancelledAnalysis(_node: CancelledAnalysisNode, context: ResultContext): Finding {
  const name = context.definition.name;
  return context.result.analysisStatus === 'cancelled'
    ? matched(`${name} result arrived for an analysis that was cancelled`, [
        fact('analysis status', 'cancelled'),
      ])
    : notMatched(`${name} analysis is active`);
}

export function evaluateValueKindMismatch(_node: ValueKindMismatchNode, context: ResultContext): Finding {
  const { definition, result } = context;
  const value = result.value;
  const shown = formatResultValue(value);
  const facts = [fact('value kind', value.kind), fact('expected value kind', definition.valueKind)];
  switch (definition.valueKind) {
    case 'numeric':
      if (value.kind !== 'numeric') {
        return matched(
          `${definition.name}: a number was expected but "${shown}" (${value.kind}) arrived`,
          facts,
        );
      }
      return Number.isFinite(value.value)
        ? notMatched(`${definition.name} is numeric`)
        : matched(`${definition.name}: the value ${shown} is not a finite number`, facts);
    case 'coded': {
      if (value.kind !== 'coded' && value.kind !== 'text') {
        return matched(
          `${definition.name}: a coded answer was expected but a ${value.kind} value arrived`,
          facts,
        );
      }
      const answers = definition.answers;
      if (answers === undefined || answers.length === 0) return notMatched(`${definition.name} is coded`);
      const given = (value.kind === 'coded' ? [value.code, value.display] : [value.text])
        .filter((answer) => answer !== undefined)
        .map((answer) => answer.trim().toLowerCase());
      const permitted = answers.some((answer) => given.includes(answer.trim().toLowerCase()));
      return permitted
        ? notMatched(`${definition.name} ${shown} is a permitted answer`)
        : matched(`${definition.name}: "${shown}" is not a permitted answer (${answers.join(', ')})`, [
            fact(definition.code, shown),
          ]);
    }
    case 'text':
      return value.kind === 'text' || value.kind === 'coded'
        ? notMatched(`${definition.name} is text`)
        : matched(`${definition.name}: a text result was expected but a ${value.kind} value arrived`, facts);
    case 'structured':
      return value.kind === 'structured'
        ? notMatched(`${definition.name} is a structured result`)
        : matched(
            `${definition.name}: a structured (variant) result was expected but a ${value.kind} value arrived`,
            facts,
          );
    default:
      return definition.valueKind satisfies never;
  }
}

export function evaluateMissingUnit(node: MissingUnitNode, context: ResultContext): Finding {
  const { definition, result } = context;
  if (definition.unit === undefined) return notMatched(`${definition.name} has no unit`);
  if (result.unit === undefined || result.unit.trim() === '') {
    return matched(`${definition.name} arrived without a unit (expected ${definition.unit})`, [
      fact('expected unit', definition.unit),
    ]);
  }
  if (node.requireMatch && result.unit !== definition.unit) {
    return matched(
      `${definition.name} arrived in ${result.unit}, not in the test's unit ${definition.unit}`,
      [fact('unit', result.unit), fact('expected unit', definition.unit)],
    );
  }
  return notMatched(`${definition.name} unit ${result.unit}`);
}

const fieldWords: Record<DemographicField, string> = { sex: 'sex', 'birth-date': 'birth date' };

export function evaluateMissingDemographic(node: MissingDemographicNode, context: ResultContext): Finding {
  const { definition, patient } = context;
  const intervals = definition.referenceIntervals;
  const depends: Record<DemographicField, boolean> = {
    sex: intervals.some((interval) => interval.sex !== 'any'),
    'birth-date': intervals.some(
      (interval) => interval.ageFromDays !== undefined || interval.ageToDays !== undefined,
    ),
  };
  const present: Record<DemographicField, boolean> = {
    sex: patient.sex === 'female' || patient.sex === 'male',
    'birth-date': patient.birthDate !== undefined && patient.birthDate.trim() !== '',
  };
  const missing = node.fields.filter(
    (field) => !present[field] && (!node.onlyWhenIntervalDepends || depends[field]),
  );
  if (missing.length === 0) return notMatched(`the patient's demographics allow choosing the interval`);
  const words = missing.map((field) => fieldWords[field]).join(' and ');
  const why = node.onlyWhenIntervalDepends
    ? `, and the ${definition.name} reference interval depends on it`
    : '';
  return matched(
    `the patient's ${words} ${missing.length > 1 ? 'are' : 'is'} not recorded${why}`,
    missing.map((field) => fact('missing demographic', fieldWords[field])),
  );
}
