import { describe, expect, it } from 'vitest';
import { fieldProblem, toProblem } from '../src/api/problem.js';
import type { TestDefinition } from '../src/api/types.js';
import { changedFields, describeInterval } from '../src/catalog/describe-test.js';
import { fromDraft, toDraft } from '../src/catalog/test-draft.js';
import { parseResult } from '../src/specimens/parse-result.js';
import { formatDuration, patientName } from '../src/ui/format.js';

const potassium: TestDefinition = {
  code: 'K',
  name: 'Potassium',
  discipline: 'chemistry',
  specimenType: 'SER/PLAS',
  container: 'LIHEP',
  valueKind: 'numeric',
  unit: 'mmol/L',
  decimals: 1,
  referenceIntervals: [{ sex: 'any', low: 3.5, high: 5.1 }],
  critical: { low: 2.8, high: 6.2, source: 'Kost 1990' },
  measuringRange: { low: 1.5, high: 10, maxDilution: 2 },
  delta: { method: 'absolute', limit: 1, windowHours: 48 },
};

describe("the server's refusals, read for the screen", () => {
  it('the first issue is the message and later issues name their fields, in either path spelling', () => {
    const problem = toProblem(
      {
        resourceType: 'OperationOutcome',
        issue: [
          { severity: 'error', code: 'invalid', diagnostics: 'test K has 2 problems' },
          { severity: 'error', code: 'invalid', diagnostics: 'not UCUM', expression: ['unit'] },
          {
            severity: 'error',
            code: 'invalid',
            diagnostics: 'low above high',
            expression: ['referenceIntervals[0]'],
          },
        ],
      },
      422,
    );
    expect(problem.message).toBe('test K has 2 problems');
    expect(problem.fields).toEqual({ unit: 'not UCUM', 'referenceIntervals.0': 'low above high' });
    expect(fieldProblem(problem, 'referenceIntervals')).toBe('low above high');
  });

  it('an answer that is not an OperationOutcome still says what happened', () => {
    expect(toProblem('<html>', 502).message).toBe('The server answered 502 without an explanation.');
  });
});

describe('a result typed at the bench', () => {
  it('reads numbers, comparators and a decimal comma for a numeric test', () => {
    expect(parseResult('4.2', potassium)).toEqual({ ok: true, value: { kind: 'numeric', value: 4.2 } });
    expect(parseResult('< 0,5', potassium)).toEqual({
      ok: true,
      value: { kind: 'numeric', value: 0.5, comparator: '<' },
    });
    expect(parseResult('high', potassium)).toEqual({
      ok: false,
      message: 'enter a number, e.g. 4.2 or <0.01',
    });
  });

  it('keeps text for a text test and refuses an empty value', () => {
    const comment = { ...potassium, valueKind: 'text' as const };
    expect(parseResult('see smear', comment)).toEqual({
      ok: true,
      value: { kind: 'text', text: 'see smear' },
    });
    expect(parseResult('  ', comment)).toEqual({ ok: false, message: 'enter a value' });
  });
});

describe('the catalog edit form', () => {
  it('sends back the definition unchanged when nothing was edited', () => {
    expect(fromDraft(potassium, toDraft(potassium))).toEqual({ definition: potassium, errors: {} });
  });

  it('replaces the edited fields, drops emptied ones and keeps what the form does not show', () => {
    const draft = {
      ...toDraft(potassium),
      unit: 'mmol/L',
      criticalLow: '',
      criticalHigh: '',
      criticalSource: '',
    };
    const edited = { ...draft, referenceIntervals: [{ ...draft.referenceIntervals[0]!, high: '5,2' }] };
    const { definition, errors } = fromDraft(potassium, edited);
    expect(errors).toEqual({});
    expect(definition.critical).toBeUndefined();
    expect(definition.referenceIntervals).toEqual([{ sex: 'any', low: 3.5, high: 5.2 }]);
    expect(definition.delta).toEqual(potassium.delta);
    expect(definition.measuringRange).toEqual(potassium.measuringRange);
    expect(changedFields(potassium, definition)).toEqual(['critical', 'referenceIntervals']);
  });

  it('names the field whose number does not read as one, and sends nothing', () => {
    const draft = { ...toDraft(potassium), rangeHigh: 'ten' };
    expect(fromDraft(potassium, draft).errors).toEqual({ 'measuringRange.high': '“ten” is not a number' });
  });
});

describe('what the screens print', () => {
  it('names patients FAMILY, Given; intervals by who they apply to; durations as spoken', () => {
    expect(patientName({ familyName: 'Okafor', givenName: 'Adaeze' })).toBe('OKAFOR, Adaeze');
    expect(describeInterval({ sex: 'male', ageFromDays: 6570, low: 0.7, high: 1.3 }, 'mg/dL')).toBe(
      'male, 18 y – …: 0.7–1.3 mg/dL',
    );
    expect(formatDuration(0.5)).toBe('30 s');
    expect(formatDuration(42)).toBe('42 min');
    expect(formatDuration(185)).toBe('3 h 05 min');
  });
});
