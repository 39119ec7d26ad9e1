import type { SimRandom } from '../random/sim-random.js';
import type { AnalyteModel } from './analyte-model.js';
import {
  CONDITIONS_WITH_CRITICAL_FORM,
  Condition,
  DEFAULT_CONDITION_WEIGHTS,
  applyCondition,
  type SetPoints,
  type Severity,
  type SickCondition,
} from './conditions.js';
import {
  FAMILY_NAMES,
  GIVEN_NAMES,
  TUMOUR_HOTSPOTS,
  type CareSetting,
  type SimPatient,
  type TumourVariant,
} from './patient.js';
import { DERIVED_ANALYTES, HIDDEN_DRIVERS } from './physiology.js';

/** Who comes through the lab. */
export interface PopulationSettings {
  /** Share of patients with a condition (0–1); the rest are healthy. */
  readonly sickShare: number;
  /** Share of the sick whose condition is at critical severity (0–1), where it has a critical form. */
  readonly criticalShareOfSick: number;
  /** Relative weights of conditions among the sick; the defaults where not given. */
  readonly conditionWeights?: Partial<Readonly<Record<SickCondition, number>>>;
}

const SETTING_WEIGHTS: Readonly<Record<'healthy' | 'sick' | 'critical', Record<CareSetting, number>>> = {
  healthy: { outpatient: 80, emergency: 10, inpatient: 10, 'intensive-care': 0 },
  sick: { outpatient: 30, emergency: 25, inpatient: 40, 'intensive-care': 5 },
  critical: { outpatient: 5, emergency: 40, inpatient: 30, 'intensive-care': 25 },
};

/** A person's set point for one modelled analyte: where their own values centre. */
function drawSetPoint(model: AnalyteModel, sex: 'female' | 'male', random: SimRandom): number {
  const centre = model.centre[sex];
  const sd = model.betweenSd[sex];
  return model.distribution === 'log-normal'
    ? centre * Math.exp(random.normal(0, sd))
    : random.normal(centre, sd);
}

function birthDateFor(random: SimRandom, today: Date, setting: CareSetting): string {
  const meanAge = setting === 'outpatient' ? 50 : 64;
  const age = Math.min(97, Math.max(18, random.normal(meanAge, 17)));
  const born = new Date(today.getTime() - age * 365.25 * 86_400_000);
  return born.toISOString().slice(0, 10);
}

function variantsFor(random: SimRandom): TumourVariant[] {
  const count = random.chance(0.25) ? 2 : 1;
  const chosen = random.shuffle(TUMOUR_HOTSPOTS).slice(0, count);
  // Plasma VAFs are mostly low: median about 1 %, from 0.1 % to 30 %.
  return chosen.map((v) => ({
    ...v,
    alleleFraction: Math.min(0.3, Math.max(0.001, random.logNormal(Math.log(0.012), 1.1))),
  }));
}

export interface PopulationOptions {
  readonly settings: PopulationSettings;
  readonly models: ReadonlyMap<string, AnalyteModel>;
  /** Prefix of the medical record numbers, so several runs can share one database. */
  readonly mrnPrefix: string;
  /** The date ages are counted to. */
  readonly today: Date;
}

/**
 * Generates patients one by one from a seeded stream: the same seed, settings and catalog give the
 * same people with the same set points and conditions.
 */
export class PopulationGenerator {
  #count = 0;

  constructor(
    readonly options: PopulationOptions,
    readonly random: SimRandom,
  ) {}

  /** The next patient; `forceCondition` makes a specific case (a scenario's scripted WBIT or critical). */
  next(forceCondition?: { condition: Condition; severity: Severity }): SimPatient {
    this.#count++;
    const r = this.random.fork(`patient-${this.#count}`);
    const { settings } = this.options;
    const sex = r.chance(0.52) ? 'female' : 'male';
    let condition: Condition = Condition.healthy;
    let severity: Severity = 'abnormal';
    if (forceCondition) ({ condition, severity } = forceCondition);
    else if (r.chance(settings.sickShare)) {
      const weights: Record<SickCondition, number> = { ...DEFAULT_CONDITION_WEIGHTS };
      for (const [name, weight] of Object.entries(settings.conditionWeights ?? {}) as [
        SickCondition,
        number,
      ][]) {
        weights[name] = weight;
      }
      condition = r.weighted(weights);
      if (CONDITIONS_WITH_CRITICAL_FORM.has(condition) && r.chance(settings.criticalShareOfSick)) {
        severity = 'critical';
      }
    }
    const setting = r.weighted(
      SETTING_WEIGHTS[condition === 'healthy' ? 'healthy' : severity === 'critical' ? 'critical' : 'sick'],
    );
    const setPoints: SetPoints = {};
    for (const model of this.options.models.values()) {
      if (!DERIVED_ANALYTES.has(model.code)) setPoints[model.code] = drawSetPoint(model, sex, r);
    }
    for (const [name, driver] of Object.entries(HIDDEN_DRIVERS)) {
      setPoints[name] = r.normal(driver.mean, driver.sd);
    }
    if (setPoints.GLU !== undefined) setPoints._GLUMEAN = setPoints.GLU;
    applyCondition(setPoints, condition, severity, r);
    const key = `P${String(this.#count).padStart(4, '0')}`;
    const names = GIVEN_NAMES[sex];
    return {
      key,
      mrn: `${this.options.mrnPrefix}${String(this.#count).padStart(5, '0')}`,
      familyName: r.pick(FAMILY_NAMES),
      givenName: r.pick(names),
      birthDate: birthDateFor(r, this.options.today, setting),
      sex,
      condition,
      severity,
      setting,
      setPoints,
      variants: condition === 'cancer' ? variantsFor(r) : [],
      morphology: condition === 'leukemia' ? ['BLASTS'] : [],
    };
  }

  get generated(): number {
    return this.#count;
  }
}
