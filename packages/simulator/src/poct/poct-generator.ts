import type { PatientBiology } from '../biology/patient-biology.js';
import type { SimRandom } from '../random/sim-random.js';

/**
 * Point-of-care devices and wearables: a ward glucose meter operated by nurses, and a continuous
 * glucose monitor worn by a patient. Each observation carries what POCT1-A's device messaging layer
 * carries: device, operator, strip lot, QC state (workflow.md §10). Aliquot has no point-of-care intake
 * yet, so the run keeps these in its ground truth and says so in the score.
 */
export interface PoctOperator {
  readonly id: string;
  readonly name: string;
  /** The certification's end, YYYY-MM-DD; a lapsed one must lock the operator out. */
  readonly certifiedUntil: string;
}

export interface PoctObservation {
  readonly device: string;
  readonly kind: 'glucose-meter' | 'continuous-glucose-monitor';
  readonly operator?: PoctOperator;
  readonly operatorCertified: boolean;
  readonly patientKey: string;
  readonly testCode: 'GLU';
  readonly value: number;
  readonly unit: 'mg/dL';
  readonly stripLot?: string;
  readonly at: Date;
}

const DEVICES = ['GM-WARD4-01', 'GM-WARD4-02', 'GM-ED-01', 'GM-ICU-01'] as const;

/** Nurses who run the meters: most certified, the share asked for with a lapsed certificate. */
export function poctOperators(random: SimRandom, today: Date, uncertifiedShare: number): PoctOperator[] {
  return Array.from({ length: 12 }, (_, i) => {
    const lapsed = random.chance(uncertifiedShare);
    const days = lapsed ? -random.integer(5, 120) : random.integer(30, 700);
    return {
      id: `RN${String(1001 + i)}`,
      name: `Nurse ${String.fromCharCode(65 + i)}`,
      certifiedUntil: new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10),
    };
  });
}

/**
 * One capillary glucose on a ward meter: the patient's plasma glucose, read with a meter's wider
 * imprecision (CV about 5 %) and a small capillary–venous difference.
 */
export function meterReading(
  biology: PatientBiology,
  simMinute: number,
  operators: readonly PoctOperator[],
  random: SimRandom,
  at: Date,
): PoctObservation {
  const glucose = biology.draw(simMinute).numeric.GLU ?? 95;
  const operator = random.pick(operators);
  return {
    device: random.pick(DEVICES),
    kind: 'glucose-meter',
    operator,
    operatorCertified: operator.certifiedUntil >= at.toISOString().slice(0, 10),
    patientKey: biology.patient.key,
    testCode: 'GLU',
    value: Math.round(Math.max(20, glucose * random.normal(1.02, 0.05))),
    unit: 'mg/dL',
    stripLot: `LOT${random.integer(2401, 2412)}`,
    at,
  };
}

/** A continuous glucose monitor's interstitial reading: no operator, lagging plasma with more scatter. */
export function monitorReading(
  biology: PatientBiology,
  simMinute: number,
  random: SimRandom,
  at: Date,
): PoctObservation {
  const glucose = biology.draw(simMinute).numeric.GLU ?? 95;
  return {
    device: `CGM-${biology.patient.key}`,
    kind: 'continuous-glucose-monitor',
    operatorCertified: true,
    patientKey: biology.patient.key,
    testCode: 'GLU',
    value: Math.round(Math.max(40, glucose * random.normal(0.97, 0.09))),
    unit: 'mg/dL',
    at,
  };
}
