/**
 * The check digit of a LOINC code's number part, by the Mod 10 algorithm of the LOINC Users' Guide
 * ("Calculating Mod 10 check digits"): counting from the right, join the digits in odd positions and
 * double that number; put the digits in even positions in front of the product; add up all its
 * digits; the check digit is what brings the sum to the next multiple of ten. For 12345: 531 × 2 =
 * 1062, "42" + "1062" = 421062, digit sum 15, check digit 5. (This equals the Luhn check digit.)
 */
export function loincCheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new RangeError(`not the number part of a LOINC code: '${digits}'`);
  const fromRight = [...digits].reverse();
  const odd = fromRight.filter((_, i) => i % 2 === 0).join('');
  const even = fromRight.filter((_, i) => i % 2 === 1).join('');
  const joined = `${even}${Number(odd) * 2}`;
  const sum = [...joined].reduce((total, digit) => total + Number(digit), 0);
  return (10 - (sum % 10)) % 10;
}

/** What is wrong with a LOINC code as written, or undefined when its form and check digit are right. */
export function loincProblem(code: string): string | undefined {
  const match = /^(\d{1,7})-(\d)$/.exec(code);
  if (!match) {
    return `LOINC '${code}' must be digits, a hyphen and one check digit, e.g. 2823-3`;
  }
  const [, digits = '', written = ''] = match;
  const expected = loincCheckDigit(digits);
  if (expected === Number(written)) return undefined;
  return `LOINC '${code}' has check digit ${written} but ${digits} gives ${expected} (${digits}-${expected}): look for a mistyped digit`;
}
