import type { SimRandom } from '../random/sim-random.js';
import type { SimPatient } from './patient.js';

/**
 * Dipstick and appearance answers, in the catalog's answer lists: negative for most people, the
 * patterns of the conditions that show in urine (glycosuria and ketonuria in DKA, leukocyte esterase
 * and nitrite in infection, protein and blood in renal failure, bilirubin in liver disease).
 */
export function urinalysisAnswers(patient: SimPatient, random: SimRandom): Record<string, string> {
  const answers: Record<string, string> = {
    UCOLOR: random.weighted({ straw: 3, yellow: 6, amber: 1 }),
    UAPP: random.chance(0.9) ? 'clear' : 'slightly cloudy',
    UPRO: random.chance(0.92) ? 'neg' : 'trace',
    UGLU: 'neg',
    UKET: random.chance(0.96) ? 'neg' : 'trace',
    UBLD: random.chance(0.93) ? 'neg' : 'trace',
    UBIL: 'neg',
    UNIT: 'neg',
    ULE: random.chance(0.94) ? 'neg' : 'trace',
  };
  switch (patient.condition) {
    case 'diabetic-ketoacidosis':
      answers.UGLU = random.pick(['3+', '4+']);
      answers.UKET = random.pick(['2+', '3+']);
      break;
    case 'urinary-infection':
      answers.ULE = random.pick(['1+', '2+', '3+']);
      answers.UNIT = random.chance(0.7) ? 'pos' : 'neg';
      answers.UAPP = random.pick(['cloudy', 'turbid']);
      answers.UBLD = random.pick(['trace', '1+']);
      break;
    case 'renal-failure':
      answers.UPRO = random.pick(['1+', '2+', '3+']);
      answers.UBLD = random.pick(['trace', '1+', '2+']);
      break;
    case 'liver-disease':
      answers.UBIL = random.pick(['1+', '2+']);
      answers.UCOLOR = random.pick(['amber', 'brown']);
      break;
    case 'healthy':
    case 'hyperkalemia':
    case 'hypokalemia':
    case 'hyponatremia':
    case 'anemia':
    case 'sepsis':
    case 'anticoagulated':
    case 'myocardial-infarction':
    case 'hypoglycemia':
    case 'hypocalcemia':
    case 'leukemia':
    case 'thrombocytopenia':
    case 'hypothyroidism':
    case 'respiratory-failure':
    case 'cancer':
      break;
    default:
      patient.condition satisfies never;
  }
  return answers;
}
