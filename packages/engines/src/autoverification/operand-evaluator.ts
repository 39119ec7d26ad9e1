import { analyteNumber, numberOf, patientAgeDays, specimenAgeMinutes } from './context-values.js';
import { fact, type Fact } from './finding.js';
import type { Operand } from './operand-nodes.js';
import type { ResultContext } from './result-context.js';
import { quantity, unitOf } from './wording.js';

/** An operand read from the context: its number (if available), a label and the facts behind it. */
export interface OperandReading {
  readonly value?: number;
  /** How a sentence names it, with its value: "TRIG 450 mg/dL". */
  readonly text: string;
  readonly facts: readonly Fact[];
}

const reading = (label: string, value: number | undefined, unit?: string, subject = label): OperandReading =>
  value === undefined
    ? { text: `${label} (not available)`, facts: [] }
    : { value, text: `${label} ${quantity(value, unit)}`, facts: [fact(subject, value, { unit })] };

function arithmetic(operator: string, left: number, right: number): number | undefined {
  switch (operator) {
    case '+':
      return left + right;
    case '-':
      return left - right;
    case '*':
      return left * right;
    case '/':
      return right === 0 ? undefined : left / right;
    default:
      return undefined;
  }
}

export function readOperand(operand: Operand, context: ResultContext): OperandReading {
  switch (operand.kind) {
    case 'result-value': {
      const { definition, result } = context;
      return reading(
        definition.name,
        numberOf(result.value),
        result.unit ?? definition.unit,
        definition.code,
      );
    }
    case 'analyte-value':
      return reading(operand.code, analyteNumber(context, operand.code), unitOf(context, operand.code));
    case 'serum-index-value':
      return reading(`${operand.index} index`, context.specimen.serumIndices?.[operand.index]);
    case 'patient-age-value': {
      const days = patientAgeDays(context);
      const value = days === undefined || operand.unit === 'days' ? days : days / 365.25;
      return reading('patient age', value, operand.unit);
    }
    case 'specimen-age-value': {
      const minutes = specimenAgeMinutes(context);
      const value = minutes === undefined || operand.unit === 'minutes' ? minutes : minutes / 60;
      return reading('specimen age', value, operand.unit === 'minutes' ? 'min' : 'h');
    }
    case 'replicate-value':
      return reading('replicate', context.result.replicate ?? 1);
    case 'constant':
      return { value: operand.value, text: String(operand.value), facts: [] };
    case 'arithmetic': {
      const left = readOperand(operand.left, context);
      const right = readOperand(operand.right, context);
      const value =
        left.value === undefined || right.value === undefined
          ? undefined
          : arithmetic(operand.operator, left.value, right.value);
      const text = `(${left.text} ${operand.operator} ${right.text})`;
      return value === undefined
        ? { text: `${text} (not available)`, facts: [...left.facts, ...right.facts] }
        : { value, text: `${text} = ${quantity(value)}`, facts: [...left.facts, ...right.facts] };
    }
    default:
      return operand satisfies never;
  }
}
