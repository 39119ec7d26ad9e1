import { RuleSet } from './rule-node.js';
import { commentRules, consistencyRules, reflexRules } from './starter-rules-consistency.js';
import {
  criticalRules,
  deltaRules,
  measuringRangeRules,
  plausibilityRules,
  reportableRangeRules,
} from './starter-rules-result.js';
import {
  instrumentRules,
  integrityRules,
  qcRules,
  serumIndexRules,
  specimenAgeRules,
} from './starter-rules-specimen.js';
import { starterCatalogCodes, starterReflexOrderables } from './starter-thresholds.js';

/**
 * The starter rule set for the seeded catalog: one or more rules per filter of the autoverification
 * chain, each with its rationale and source. A lab reviews it, replaces the [U] thresholds with its own
 * and has the director approve it before go-live (autoverification.md §3).
 */
export const starterRuleSet: RuleSet = RuleSet.create({
  id: 'aliquot-starter',
  version: 1,
  name: 'Aliquot starter autoverification rules',
  description:
    'Starter rules for the seeded catalog. Thresholds marked [U] are illustrative and must be replaced ' +
    'with the lab’s own validated values before go-live.',
  rules: [
    ...integrityRules,
    ...specimenAgeRules,
    ...instrumentRules,
    ...qcRules,
    ...serumIndexRules,
    ...measuringRangeRules,
    ...reportableRangeRules,
    ...plausibilityRules,
    ...criticalRules,
    ...deltaRules,
    ...consistencyRules,
    ...reflexRules,
    ...commentRules,
  ],
});

/** The codes the starter rule set may name: the seeded catalog plus the reflex orderables it adds. */
export const starterKnownCodes: readonly string[] = Object.freeze([
  ...starterCatalogCodes,
  ...Object.keys(starterReflexOrderables),
]);
