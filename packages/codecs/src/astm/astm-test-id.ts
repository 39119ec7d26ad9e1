import type { AstmComponentInput } from './astm-field.js';

/**
 * A universal test ID (O-5, R-3, Q-5): `universal ID ^ name ^ type ^ manufacturer's code ^ …`.
 * Instruments leave the first three empty and put their test code in component 4 (`^^^GLU`), often
 * followed by vendor components such as a name, dilution, replicate or LOINC (`^^^t2^sIgE^1`,
 * `^^^MCV^787-2`). Some send the bare code (`ABO`); then `code` is component 1.
 * @see CLSI LIS2-A2 O-5 and R-3 (universal test ID)
 */
export interface AstmTestId {
  /** The code to map to a test: component 4, or component 1 when the code was sent bare. */
  readonly code: string;
  readonly universalId: string;
  readonly universalName: string;
  readonly universalType: string;
  /** Components 5 and on, as sent: vendor extras (name, dilution, replicate, LOINC…). */
  readonly extra: readonly string[];
  readonly components: readonly string[];
}

export function readAstmTestId(components: readonly string[]): AstmTestId {
  const [universalId = '', universalName = '', universalType = '', local = ''] = components;
  const bare = components.length === 1;
  return {
    code: bare ? universalId : local,
    universalId,
    universalName,
    universalType,
    extra: components.slice(4),
    components,
  };
}

/** Components of a test ID the way instruments expect it from the host: `^^^code^extra…`. */
export function astmTestIdComponents(
  code: string,
  extra: readonly AstmComponentInput[] = [],
): AstmComponentInput[] {
  return ['', '', '', code, ...extra];
}
