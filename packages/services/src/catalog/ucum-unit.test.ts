import { describe, expect, it } from 'vitest';
import { ucumUnitProblem } from './ucum-unit.js';

describe('checking a unit against UCUM (with the NLM ucum-lhc library)', () => {
  it.each(['mmol/L', 'mg/dL', '10*3/uL', 'm[IU]/L', 'mL/min/{1.73_m2}', 'mm[Hg]', '[pH]', '{INR}', '1', '%'])(
    'accepts %s',
    (unit) => expect(ucumUnitProblem(unit)).toBeUndefined(),
  );

  it('accepts mmol/l too: UCUM has both l and L for the litre', () => {
    expect(ucumUnitProblem('mmol/l')).toBeUndefined();
  });

  it('refuses mmHg and suggests mm[Hg]', () => {
    expect(ucumUnitProblem('mmHg')).toBe("unit 'mmHg' is not valid UCUM: did you mean 'mm[Hg]'?");
  });

  it('refuses mIU/L and names the part that is wrong', () => {
    expect(ucumUnitProblem('mIU/L')).toBe(
      "unit 'mIU/L' is not valid UCUM ('mIU' is not a UCUM unit): did you mean 'm[IU]/L' or 'm[IU]/mL'?",
    );
  });

  it('refuses IU/L and offers the bracketed arbitrary unit', () => {
    expect(ucumUnitProblem('IU/L')).toMatch(/^unit 'IU\/L' is not valid UCUM: did you mean '\[IU\]\/L'\?/);
  });

  it('refuses a unit with a trailing space that would never match an instrument unit', () => {
    expect(ucumUnitProblem('mg/dL ')).toBe("unit 'mg/dL ' is not valid UCUM: did you mean 'mg/dL'?");
  });

  it('refuses mEq/L, for which UCUM has meq/L', () => {
    expect(ucumUnitProblem('mEq/L')).toMatch(
      /^unit 'mEq\/L' is not valid UCUM: mEq is not a valid UCUM code/,
    );
  });

  it('refuses an empty unit and says what to do instead', () => {
    expect(ucumUnitProblem('')).toMatch(/^unit is empty/);
  });
});
