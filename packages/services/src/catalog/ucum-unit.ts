import { createRequire } from 'node:module';

/** The part of `@lhncbc/ucum-lhc` (NLM's UCUM library, shipped without types) that Aliquot uses. */
interface UcumValidation {
  readonly status: 'valid' | 'invalid' | 'error';
  /** The UCUM code the library settled on; may differ from the input (e.g. trimmed, or 'G' for 'Gauss'). */
  readonly ucumCode: string | null;
  readonly msg: readonly string[];
  readonly suggestions?: readonly {
    readonly msg: string;
    readonly invalidUnit: string;
    /** Each entry: [code, name, guidance]. */
    readonly units: readonly (readonly [string, string, string | null])[];
  }[];
}
interface UcumLhcUtils {
  validateUnitString(unit: string, suggest?: boolean): UcumValidation;
}
interface UcumLhcPackage {
  readonly UcumLhcUtils: { getInstance(): UcumLhcUtils };
}

const require = createRequire(import.meta.url);
let utils: UcumLhcUtils | undefined;

/** The library loads its unit tables on first use, so the cost is paid only when a unit is checked. */
function ucum(): UcumLhcUtils {
  utils ??= (require('@lhncbc/ucum-lhc') as UcumLhcPackage).UcumLhcUtils.getInstance();
  return utils;
}

const MAX_SUGGESTIONS = 3;

/**
 * What is wrong with a unit as UCUM (case-sensitive codes), or undefined when the unit is valid UCUM
 * exactly as written. Where the library recognises a near miss it is offered as "did you mean".
 * Note that UCUM accepts both `l` and `L` for the litre, so `mmol/l` is valid UCUM.
 * @see https://ucum.org/ucum (the UCUM specification)
 */
export function ucumUnitProblem(unit: string): string | undefined {
  if (unit.trim() === '') {
    return "unit is empty: give a UCUM unit, '1' for a unitless number, or leave the unit out for coded results";
  }
  let result: UcumValidation;
  try {
    result = ucum().validateUnitString(unit, true);
  } catch (error) {
    return `unit '${unit}' could not be checked as UCUM: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (result.status === 'valid' && result.ucumCode === unit) return undefined;
  const prefix = `unit '${unit}' is not valid UCUM`;
  if (result.ucumCode !== null && result.ucumCode !== unit) {
    const why = firstLine(result.msg[0]);
    return `${prefix}: did you mean '${result.ucumCode}'?${why && !why.startsWith('Did you mean') ? ` (${why})` : ''}`;
  }
  const suggestion = result.suggestions?.find((s) => s.units.length > 0);
  if (suggestion) {
    const codes = suggestion.units.slice(0, MAX_SUGGESTIONS).map(([code]) => `'${code}'`);
    const part = suggestion.invalidUnit === unit ? '' : ` ('${suggestion.invalidUnit}' is not a UCUM unit)`;
    return `${prefix}${part}: did you mean ${codes.join(' or ')}?`;
  }
  const why = firstLine(result.msg[0]);
  return why ? `${prefix}: ${why}` : prefix;
}

function firstLine(text: string | undefined): string | undefined {
  const line = text?.split('\n')[0]?.replace(/\s+/g, ' ').trim();
  return line === '' ? undefined : line;
}
