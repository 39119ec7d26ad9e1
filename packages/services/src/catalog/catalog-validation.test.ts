import type { PanelDefinition, TestDefinition } from '@aliquot/domain';
import { describe, expect, it } from 'vitest';
import { invalidCatalogError } from './catalog-problem.js';
import { validateCatalog, validateTestDefinition } from './catalog-validation.js';

/** A sound potassium definition; each option replaces (or, as `undefined`, removes) one field. */
function potassium(
  changes: { readonly [K in keyof TestDefinition]?: unknown } & Record<string, unknown> = {},
) {
  const base: Record<string, unknown> = {
    code: 'K',
    loinc: '2823-3',
    name: 'Potassium',
    discipline: 'chemistry',
    specimenType: 'SER/PLAS',
    container: 'LIHEP',
    valueKind: 'numeric',
    unit: 'mmol/L',
    decimals: 1,
    referenceIntervals: [{ sex: 'any', low: 3.5, high: 5.1 }],
    critical: { low: 2.8, high: 6.2, source: 'Kost 1990 (JAMA 263:704)' },
    measuringRange: { low: 1.5, high: 10 },
    delta: { method: 'absolute', limit: 1, windowHours: 48 },
    serumIndexLimits: { hemolysis: 20, source: 'manufacturer' },
    turnaround: { statMinutes: 60, routineMinutes: 240 },
  };
  const merged = { ...base, ...changes };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
}

function urineNitrite(changes: Record<string, unknown> = {}) {
  return potassium({
    code: 'UNIT',
    loinc: '5802-4',
    name: 'Nitrite, urine',
    discipline: 'urinalysis',
    specimenType: 'UR',
    container: 'URINE-CUP',
    valueKind: 'coded',
    unit: undefined,
    decimals: undefined,
    critical: undefined,
    measuringRange: undefined,
    delta: undefined,
    serumIndexLimits: undefined,
    answers: ['neg', 'pos'],
    referenceIntervals: [{ sex: 'any', text: 'neg' }],
    ...changes,
  });
}

const problemsOf = (def: unknown) => validateTestDefinition(def);

describe('validating a test definition an admin has edited', () => {
  it('a sound potassium definition has no problems', () => {
    expect(problemsOf(potassium())).toEqual([]);
  });

  it('a unit that is not UCUM is refused, with the UCUM spelling suggested', () => {
    expect(problemsOf(potassium({ code: 'PCO2', unit: 'mmHg' }))).toEqual([
      { path: 'unit', message: "unit 'mmHg' is not valid UCUM: did you mean 'mm[Hg]'?" },
    ]);
  });

  it('a numeric test without a unit is refused', () => {
    expect(problemsOf(potassium({ unit: undefined }))).toEqual([
      {
        path: 'unit',
        message: "a numeric test needs a UCUM unit ('1' for a number without one, e.g. specific gravity)",
      },
    ]);
  });

  it('a mistyped LOINC code is refused with the check digit it should have', () => {
    expect(problemsOf(potassium({ loinc: '2823-4' }))).toEqual([
      {
        path: 'loinc',
        message: "LOINC '2823-4' has check digit 4 but 2823 gives 3 (2823-3): look for a mistyped digit",
      },
    ]);
  });

  it('a reference interval whose low is above its high is refused', () => {
    const problems = problemsOf(potassium({ referenceIntervals: [{ sex: 'any', low: 5.1, high: 3.5 }] }));
    expect(problems).toContainEqual({
      path: 'referenceIntervals[0]',
      message: 'reference interval low 5.1 is above its high 3.5',
    });
  });

  it('a second interval for the same sex and ages is refused because it could never apply', () => {
    const twice = [
      { sex: 'male', low: 3.5, high: 5.1 },
      { sex: 'male', low: 3.6, high: 5.2 },
    ];
    expect(problemsOf(potassium({ referenceIntervals: twice }))).toEqual([
      {
        path: 'referenceIntervals[1]',
        message: 'repeats the sex and ages of referenceIntervals[0], so it would never be used',
      },
    ]);
  });

  it('a measuring range whose low is not below its high is refused', () => {
    expect(problemsOf(potassium({ measuringRange: { low: 10, high: 10 } }))).toEqual([
      { path: 'measuringRange', message: 'measuring range low 10 must be below its high 10' },
    ]);
  });

  it('a maximum dilution of 1 is refused as meaning no dilution', () => {
    expect(problemsOf(potassium({ measuringRange: { low: 1.5, high: 10, maxDilution: 1 } }))).toEqual([
      {
        path: 'measuringRange.maxDilution',
        message: 'maxDilution 1 means no dilution: leave maxDilution out instead',
      },
    ]);
  });

  it('critical limits the wrong way round are refused', () => {
    const critical = { low: 6.2, high: 2.8, source: 'Kost 1990' };
    expect(problemsOf(potassium({ critical }))).toContainEqual({
      path: 'critical',
      message: 'critical low 6.2 must be below critical high 2.8',
    });
  });

  it('a critical low inside the reference interval is refused', () => {
    const critical = { low: 3.8, high: 6.2, source: 'local list' };
    expect(problemsOf(potassium({ critical }))).toEqual([
      {
        path: 'critical.low',
        message: 'critical low 3.8 is not below the reference interval low 3.5 (referenceIntervals[0])',
      },
    ]);
  });

  it('critical limits without a source are refused', () => {
    expect(problemsOf(potassium({ critical: { low: 2.8, high: 6.2 } }))).toEqual([
      { path: 'critical.source', message: 'source is required' },
    ]);
  });

  it.each([
    [7, 'decimals must be from 0 to 6 (got 7)'],
    [1.5, 'decimals must be a whole number (got 1.5)'],
    ['1', "decimals must be a number (got '1')"],
  ])('decimals of %j are refused', (decimals, message) => {
    expect(problemsOf(potassium({ decimals }))).toEqual([{ path: 'decimals', message }]);
  });

  it('a misspelt field is named, with the field that was probably meant', () => {
    const { critical, ...rest } = potassium();
    expect(problemsOf({ ...rest, critcal: critical })).toEqual([
      { path: 'critcal', message: "unknown field 'critcal': did you mean 'critical'?" },
    ]);
  });

  it('a discipline outside the code set is refused, listing the ones there are', () => {
    expect(problemsOf(potassium({ discipline: 'chem' }))).toEqual([
      {
        path: 'discipline',
        message:
          "discipline 'chem' is not one of chemistry, hematology, coagulation, urinalysis, immunoassay, blood-gas, molecular",
      },
    ]);
  });

  it('a code that would break an HL7 or ASTM message is refused', () => {
    expect(problemsOf(potassium({ code: 'K^2' }))).toEqual([
      { path: 'code', message: "code 'K^2' may not contain spaces or the HL7/ASTM delimiters | ^ & ~ \\" },
    ]);
  });

  it('a delta check with an unknown method is refused', () => {
    expect(problemsOf(potassium({ delta: { method: 'ratio', limit: 1, windowHours: 48 } }))).toEqual([
      { path: 'delta.method', message: "method 'ratio' is not one of absolute, percent, rcv, rate" },
    ]);
  });

  it('a STAT target longer than the routine one is refused', () => {
    expect(problemsOf(potassium({ turnaround: { statMinutes: 300, routineMinutes: 240 } }))).toEqual([
      {
        path: 'turnaround.statMinutes',
        message: 'the STAT target 300 min is longer than the routine target 240 min',
      },
    ]);
  });

  it('biological variation without its source is refused', () => {
    expect(problemsOf(potassium({ variation: { cvi: 3.9, cva: 1.2 } }))).toEqual([
      { path: 'variation.source', message: 'source is required' },
    ]);
  });

  it('something that is not an object at all is refused', () => {
    expect(problemsOf('K')).toEqual([{ path: '', message: "a test definition must be an object (got 'K')" }]);
  });
});

describe('validating a coded test', () => {
  it('urine nitrite with answers neg and pos has no problems', () => {
    expect(problemsOf(urineNitrite())).toEqual([]);
  });

  it('a coded test without answers is refused', () => {
    expect(problemsOf(urineNitrite({ answers: [], referenceIntervals: [] }))).toEqual([
      { path: 'answers', message: 'a coded test needs its permitted answers, e.g. neg, trace, 1+' },
    ]);
  });

  it('an expected answer that is not among the permitted answers is refused', () => {
    expect(problemsOf(urineNitrite({ referenceIntervals: [{ sex: 'any', text: 'negative' }] }))).toEqual([
      {
        path: 'referenceIntervals[0].text',
        message: "expected answer 'negative' is not one of the permitted answers: neg, pos",
      },
    ]);
  });

  it('critical limits on a coded test are refused', () => {
    expect(problemsOf(urineNitrite({ critical: { high: 1, source: 'x' } }))).toContainEqual({
      path: 'critical',
      message: 'critical applies to numeric results only; this test is coded',
    });
  });
});

describe('validating a whole catalog', () => {
  const sodium = potassium({
    code: 'NA',
    loinc: '2951-2',
    name: 'Sodium',
    unit: 'mmol/L',
    critical: undefined,
  });
  const panel = (members: string[], code = 'LYTES'): PanelDefinition => ({
    code,
    name: 'Electrolytes',
    members,
  });

  it('a catalog of sodium, potassium and a panel of both has no problems', () => {
    expect(validateCatalog({ tests: [sodium, potassium()], panels: [panel(['NA', 'K'])] })).toEqual([]);
  });

  it('a panel naming an unknown test is refused, with the nearest code suggested', () => {
    expect(validateCatalog({ tests: [sodium, potassium()], panels: [panel(['NA', 'KK'])] })).toEqual([
      {
        path: 'panels[LYTES].members[1]',
        message: "member 'KK' is not a test in this catalog: did you mean 'K'?",
      },
    ]);
  });

  it('a panel listing another panel is refused', () => {
    const panels = [panel(['NA']), panel(['K', 'LYTES'], 'MORE')];
    expect(validateCatalog({ tests: [sodium, potassium()], panels })).toEqual([
      {
        path: 'panels[MORE].members[1]',
        message: "member 'LYTES' is not a test in this catalog: it is a panel, and a panel lists tests only",
      },
    ]);
  });

  it('a panel listing a test twice is refused', () => {
    expect(validateCatalog({ tests: [sodium], panels: [panel(['NA', 'NA'])] })).toEqual([
      { path: 'panels[LYTES].members[1]', message: "member 'NA' is listed twice" },
    ]);
  });

  it('a panel with no members is refused', () => {
    expect(validateCatalog({ tests: [sodium], panels: [panel([])] })).toEqual([
      { path: 'panels[LYTES].members', message: 'a panel needs at least one member test' },
    ]);
  });

  it('a code used by both a test and a panel is refused', () => {
    expect(validateCatalog({ tests: [sodium], panels: [panel(['NA'], 'NA')] })).toEqual([
      {
        path: 'panels[0].code',
        message: "code 'NA' is already used by tests[0]; tests and panels share one list of codes",
      },
    ]);
  });

  it("a test's problems carry its code in the path", () => {
    expect(validateCatalog({ tests: [sodium, potassium({ unit: 'mEq/L' })], panels: [] })).toEqual([
      {
        path: 'tests[K].unit',
        message: "unit 'mEq/L' is not valid UCUM: mEq is not a valid UCUM code. No alternatives were found.",
      },
    ]);
  });

  it('a catalog without tests or panels is refused', () => {
    expect(validateCatalog({})).toEqual([
      { path: 'tests', message: 'tests is required (a list, possibly empty)' },
      { path: 'panels', message: 'panels is required (a list, possibly empty)' },
    ]);
  });

  it('a refused catalog becomes one invalid LabError listing each problem where it is', () => {
    const problems = validateCatalog({ tests: [potassium({ unit: 'mmHg' })], panels: [] });
    const error = invalidCatalogError('the catalog', problems);
    expect(error.code).toBe('invalid');
    expect(error.message).toBe('the catalog has 1 problem');
    expect(error.issues).toEqual([
      { location: 'tests[K].unit', message: "unit 'mmHg' is not valid UCUM: did you mean 'mm[Hg]'?" },
    ]);
  });
});
