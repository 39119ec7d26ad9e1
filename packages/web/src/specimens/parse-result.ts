import type { ResultValue, TestDefinition } from '../api/types.js';

export type Parsed =
  { readonly ok: true; readonly value: ResultValue } | { readonly ok: false; readonly message: string };

const NUMERIC = /^(<=|>=|<|>)?\s*([-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+))$/;

/**
 * Reads what was typed as a value of the test's kind: "4.2", "<0.01" or "> 750" for numeric tests
 * (a decimal comma is accepted), an answer code for coded tests, text otherwise.
 */
export function parseResult(typed: string, definition: TestDefinition | undefined): Parsed {
  const text = typed.trim();
  if (!text) return { ok: false, message: 'enter a value' };
  switch (definition?.valueKind ?? 'text') {
    case 'numeric': {
      const match = NUMERIC.exec(text);
      if (!match?.[2]) return { ok: false, message: 'enter a number, e.g. 4.2 or <0.01' };
      const comparator = match[1] as '<' | '<=' | '>' | '>=' | undefined;
      const value = Number(match[2].replace(',', '.'));
      return {
        ok: true,
        value: comparator ? { kind: 'numeric', value, comparator } : { kind: 'numeric', value },
      };
    }
    case 'coded':
      return { ok: true, value: { kind: 'coded', code: text } };
    case 'text':
      return { ok: true, value: { kind: 'text', text } };
    case 'structured':
      return { ok: false, message: 'variants come from the sequencing pipeline, not manual entry' };
  }
}
