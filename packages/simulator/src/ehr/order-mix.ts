import type { Priority } from '@aliquot/domain';
import type { Condition } from '../biology/conditions.js';
import type { CareSetting, SimPatient } from '../biology/patient.js';
import type { SimRandom } from '../random/sim-random.js';

/** What a clinician orders for a patient: catalog orderables (panels or tests) and a priority. */
export interface OrderRequest {
  readonly orderables: readonly string[];
  readonly priority: Priority;
}

/** The work-up a condition calls for, beyond the routine panels. */
const WORKUP: Readonly<Record<Condition, readonly string[]>> = {
  healthy: [],
  'renal-failure': ['RFP', 'CBC'],
  'diabetic-ketoacidosis': ['BMP', 'ABG', 'UA'],
  hyperkalemia: ['BMP'],
  hypokalemia: ['BMP', 'MG'],
  hyponatremia: ['BMP', 'OSMO'],
  anemia: ['CBC', 'FERR', 'FE', 'TIBC'],
  sepsis: ['CBCD', 'CMP', 'LACT', 'CRP', 'PCT', 'COAG'],
  'liver-disease': ['CMP', 'GGT', 'COAG'],
  anticoagulated: ['COAG'],
  'myocardial-infarction': ['HSTNT', 'BMP', 'CBC', 'CK'],
  hypoglycemia: ['BMP'],
  hypocalcemia: ['CMP', 'MG', 'PHOS'],
  leukemia: ['CBCD', 'LDH', 'URIC'],
  thrombocytopenia: ['CBC', 'COAG'],
  'urinary-infection': ['UA', 'CBC'],
  hypothyroidism: ['TSH', 'FT4'],
  'respiratory-failure': ['ABG', 'BMP'],
  cancer: ['CTDNA', 'CBC', 'CMP'],
};

/** Routine orders for people without an acute problem, with their relative frequency. */
const ROUTINE: Readonly<Record<string, number>> = {
  BMP: 20,
  CMP: 16,
  CBC: 20,
  CBCD: 6,
  'LIPID-DIRECT': 6,
  TSH: 8,
  HBA1C: 6,
  UA: 8,
  COAG: 4,
  'CMP+CBC': 12,
};

const PRIORITY_BY_SETTING: Readonly<Record<CareSetting, Readonly<Record<Priority, number>>>> = {
  outpatient: { routine: 95, asap: 4, stat: 1 },
  emergency: { routine: 5, asap: 15, stat: 80 },
  inpatient: { routine: 60, asap: 20, stat: 20 },
  'intensive-care': { routine: 10, asap: 20, stat: 70 },
};

function routineOrder(random: SimRandom): string[] {
  const pick = random.weighted(ROUTINE);
  switch (pick) {
    case 'CMP+CBC':
      return ['CMP', 'CBC'];
    // Lipids without the calculated LDL: the analyzer measures what the LIS cannot calculate itself.
    case 'LIPID-DIRECT':
      return ['CHOL', 'HDL', 'TRIG'];
    default:
      return [pick];
  }
}

/**
 * The orders a clinician would write for this patient: the work-up of their condition, or a routine
 * panel, never a code the lab's catalog does not offer.
 */
export function chooseOrder(
  patient: SimPatient,
  random: SimRandom,
  offered: ReadonlySet<string>,
): OrderRequest {
  const workup = WORKUP[patient.condition];
  const orderables = (workup.length > 0 ? [...workup] : routineOrder(random)).filter((code) =>
    offered.has(code),
  );
  if (orderables.length === 0) orderables.push(...routineOrder(random).filter((code) => offered.has(code)));
  return { orderables, priority: random.weighted(PRIORITY_BY_SETTING[patient.setting]) };
}
