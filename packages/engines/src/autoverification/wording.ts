import { formatResultValue } from '@aliquot/domain';
import { fact, type Fact } from './finding.js';
import type { ResultContext } from './result-context.js';

/** How the engine words values in its sentences. */

/** A number as a person writes it: at most `decimals` (3 unless given) decimals, no trailing zeros. */
export function formatNumber(value: number, decimals = 3): string {
  if (!Number.isFinite(value) || Number.isInteger(value)) return String(value);
  const scale = 10 ** decimals;
  return String(Math.round(value * scale) / scale);
}

/** A quantity with its unit, e.g. "6.1 mmol/L". */
export function quantity(value: number, unit?: string, decimals?: number): string {
  return unit === undefined || unit === ''
    ? formatNumber(value, decimals)
    : `${formatNumber(value, decimals)} ${unit}`;
}

/** The result under review as a sentence opens, e.g. "Potassium 6.1 mmol/L". */
export function describeResult(context: ResultContext): string {
  const { result, definition } = context;
  const unit = result.unit ?? definition.unit;
  const value = formatResultValue(result.value, undefined);
  return unit === undefined || result.value.kind !== 'numeric'
    ? `${definition.name} ${value}`
    : `${definition.name} ${value} ${unit}`;
}

/** A test name inside a sentence: "Potassium" → "potassium", but "LDH" and "hs-CRP" stay. */
export function testNoun(name: string): string {
  const [first, second] = [name.charAt(0), name.charAt(1)];
  return second !== '' && second === second.toLowerCase() && second !== second.toUpperCase()
    ? first.toLowerCase() + name.slice(1)
    : name;
}

/** Fill a rule's message or comment: `{test}` becomes the test's name. */
export function fillTemplate(text: string, context: ResultContext): string {
  return text.replaceAll('{test}', testNoun(context.definition.name));
}

/** The unit of another result of the specimen, when it carries one. */
export function unitOf(context: ResultContext, code: string): string | undefined {
  if (code === context.result.testCode) return context.result.unit ?? context.definition.unit;
  return context.specimen.results.find((result) => result.testCode === code)?.unit;
}

/** The result under review as a fact: its number and unit, or its text. */
export function resultFact(context: ResultContext): Fact {
  const { result, definition } = context;
  return result.value.kind === 'numeric'
    ? fact(definition.code, result.value.value, { unit: result.unit ?? definition.unit })
    : fact(definition.code, formatResultValue(result.value));
}
