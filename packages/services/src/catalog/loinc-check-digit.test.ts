import { describe, expect, it } from 'vitest';
import { loincCheckDigit, loincProblem } from './loinc-check-digit.js';

describe('the LOINC mod-10 check digit', () => {
  it("gives 5 for 12345, the worked example of the LOINC Users' Guide", () => {
    expect(loincCheckDigit('12345')).toBe(5);
  });

  it.each([
    ['2823', 3],
    ['2951', 2],
    ['777', 3],
    ['11555', 0],
    ['98979', 8],
  ])('gives the published check digit for %s (%i)', (digits, check) => {
    expect(loincCheckDigit(digits)).toBe(check);
  });

  it('refuses something that is not the number part of a code', () => {
    expect(() => loincCheckDigit('28a3')).toThrow(RangeError);
  });
});

describe('checking a LOINC code as typed', () => {
  it('accepts potassium 2823-3', () => expect(loincProblem('2823-3')).toBeUndefined());

  it('says which check digit a mistyped potassium code should have', () => {
    expect(loincProblem('2823-4')).toBe(
      "LOINC '2823-4' has check digit 4 but 2823 gives 3 (2823-3): look for a mistyped digit",
    );
  });

  it('catches two swapped digits, the commonest typing error', () => {
    expect(loincProblem('2832-3')).toMatch(/but 2832 gives 4/);
  });

  it('explains the form when the hyphen and check digit are missing', () => {
    expect(loincProblem('2823')).toBe(
      "LOINC '2823' must be digits, a hyphen and one check digit, e.g. 2823-3",
    );
  });
});
