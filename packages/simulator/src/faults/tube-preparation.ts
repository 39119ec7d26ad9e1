import type { DrawnSpecimen } from '../biology/patient-biology.js';
import type { SimRandom } from '../random/sim-random.js';
import type { SpecimenFault, SpecimenFaultKind } from './fault-kinds.js';
import { applySpecimenFault, baselineIndices, type TubeContent } from './specimen-faults.js';

/** What happens to one tube between the vein and the analyzer. */
export interface TubePlan {
  readonly fault?: SpecimenFaultKind;
  /** Minutes from collection to analysis: a routine delay, or hours for an aged specimen. */
  readonly ageMinutes: number;
}

/**
 * Fills a tube: the labelled patient's blood (or, for a wrong-blood-in-tube, the other patient's),
 * with baseline serum indices, then the planned pre-analytical fault.
 */
export function prepareTube(
  labelled: DrawnSpecimen,
  plan: TubePlan,
  random: SimRandom,
  wrongBlood?: { readonly patientKey: string; readonly drawn: DrawnSpecimen },
): TubeContent {
  const source = plan.fault === 'wrong-blood-in-tube' && wrongBlood ? wrongBlood.drawn : labelled;
  const values: Record<string, number> = { ...source.numeric };
  const indices = { ...baselineIndices(values, random) };
  const faults: SpecimenFault[] = [];
  if (plan.fault === 'wrong-blood-in-tube' && wrongBlood) {
    faults.push({
      kind: 'wrong-blood-in-tube',
      sourcePatientKey: wrongBlood.patientKey,
      magnitude: 1,
      description: `The tube holds the blood of another patient (${wrongBlood.patientKey}).`,
    });
  } else if (plan.fault !== undefined && plan.fault !== 'wrong-blood-in-tube') {
    faults.push(applySpecimenFault(plan.fault, values, indices, random, plan.ageMinutes));
  }
  return {
    numeric: values,
    coded: source.coded,
    variants: source.variants,
    morphology: source.morphology,
    serumIndices: indices,
    faults,
  };
}
