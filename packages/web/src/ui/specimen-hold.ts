import type { components } from '../api/schema';

type Reason = components['schemas']['DecisionReason'];

/** The rule the engine adds to every result of a specimen whose identity is in doubt. */
export const SPECIMEN_HOLD_RULE = 'specimen.identity-in-doubt';

/**
 * The reason that holds the whole specimen, if any: the identity-in-doubt hold itself, or a rule whose
 * hold covers every result of the specimen (a wrong-blood-in-tube delta, for one).
 */
export function specimenHold(reasons: readonly Reason[]): Reason | undefined {
  return reasons.find((r) => r.ruleId === SPECIMEN_HOLD_RULE) ?? reasons.find((r) => r.holdsSpecimen);
}
