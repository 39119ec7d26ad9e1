import { ageInDays, flagNumeric, referenceIntervalFor, type TestDefinition } from '@aliquot/domain';
import { defaultAnalyzers } from '../analyzers/analyzer-profile.js';
import { measureTest, type LoadedTube, type MeasuredTest } from '../analyzers/tube-measurement.js';
import { analyteModels } from '../biology/analyte-model.js';
import { PatientBiology } from '../biology/patient-biology.js';
import { PopulationGenerator } from '../biology/population.js';
import type { SimPatient } from '../biology/patient.js';
import { chooseOrder } from '../ehr/order-mix.js';
import type { MeasurementFaultKind, SpecimenFaultKind } from '../faults/fault-kinds.js';
import { prepareTube } from '../faults/tube-preparation.js';
import type { SimRandom } from '../random/sim-random.js';
import type { CatalogView } from '../run/lab-plan.js';
import type { ScenarioPopulation } from '../scenario/scenario-types.js';
import { describeCase } from './training-answer.js';
import type { CaseAnswer } from './training-grader.js';

/** One result as the trainee sees it on the review screen. */
export interface TrainingResult {
  readonly testCode: string;
  readonly testName: string;
  readonly value: string;
  readonly unit: string | null;
  /** L, H, LL, HH against the patient's interval and the critical limits. */
  readonly flag: string | null;
  readonly referenceInterval: string | null;
  readonly instrumentFlags: readonly string[];
  readonly previous: { readonly value: string; readonly hoursAgo: number } | null;
}

/** A specimen put before the trainee: patient, tube, results. The answer stays on the server. */
export interface TrainingCase {
  readonly id: string;
  readonly patient: {
    readonly name: string;
    readonly sex: string;
    readonly ageYears: number;
    readonly setting: string;
  };
  readonly specimen: {
    readonly label: string;
    readonly container: string;
    readonly minutesSinceCollection: number;
    readonly serumIndices: {
      readonly hemolysis: number;
      readonly icterus: number;
      readonly lipemia: number;
    } | null;
  };
  readonly results: readonly TrainingResult[];
}

/** What kind of case to make. */
export type CasePlan =
  | { readonly kind: 'clean' }
  | { readonly kind: 'critical' }
  | { readonly kind: 'tube'; readonly fault: SpecimenFaultKind }
  | { readonly kind: 'measurement'; readonly fault: Exclude<MeasurementFaultKind, 'over-range'> }
  | { readonly kind: 'over-range' };

const profiles = defaultAnalyzers();
const text = (m: MeasuredTest): string => {
  const v = m.measurement.value;
  switch (v.kind) {
    case 'numeric':
      return `${v.comparator ?? ''}${v.value}`;
    case 'coded':
      return v.code;
    case 'variant':
      return `${v.gene} ${v.hgvs} (${v.protein}) VAF ${(v.alleleFraction * 100).toFixed(1)} %`;
    case 'no-variant':
      return 'No variant detected';
    default:
      return v satisfies never;
  }
};

function intervalText(def: TestDefinition, patient: SimPatient, now: Date): string | null {
  const ri = referenceIntervalFor(def, patient.sex, ageInDays(patient.birthDate, now));
  if (!ri) return null;
  if (ri.text) return ri.text;
  if (ri.low !== undefined && ri.high !== undefined) return `${ri.low}–${ri.high}`;
  if (ri.high !== undefined) return `≤ ${ri.high}`;
  return ri.low === undefined ? null : `≥ ${ri.low}`;
}

/** The tube of an order the case is about: the one with the most tests an analyzer runs. */
function mainTube(catalog: CatalogView, orderables: readonly string[]): TestDefinition[] {
  const groups = new Map<string, TestDefinition[]>();
  for (const def of catalog.testsOf(orderables)) {
    if (def.calculated || !profiles.some((p) => p.tests.includes(def.code))) continue;
    const key = `${def.specimenType}|${def.container}`;
    groups.set(key, [...(groups.get(key) ?? []), def]);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

export interface CaseFactory {
  readonly catalog: CatalogView;
  readonly population: ScenarioPopulation;
  readonly random: SimRandom;
  readonly now: Date;
}

/**
 * Makes one review case of the kind planned, from the same biology, faults and analyzers as a run,
 * with the answer key beside it. Tries a few patients until the plan fits (a critical case needs a
 * critical value among the tube's tests, a fault needs a tube it can happen to).
 */
export function makeCase(
  factory: CaseFactory,
  id: string,
  plan: CasePlan,
): { case: TrainingCase; answer: CaseAnswer } | undefined {
  const { catalog, random, now } = factory;
  const models = analyteModels([...catalog.tests.values()]);
  const people = new PopulationGenerator(
    { settings: factory.population, models, mrnPrefix: 'TRAIN', today: now },
    random.fork(`people-${id}`),
  );
  for (let attempt = 0; attempt < 40; attempt++) {
    const patient =
      plan.kind === 'critical'
        ? people.next({ condition: random.pick(CRITICAL_CONDITIONS), severity: 'critical' })
        : people.next();
    const tests = mainTube(catalog, chooseOrder(patient, random, catalog.orderables).orderables);
    if (tests.length === 0) continue;
    const biology = new PatientBiology(patient, models, random.fork(`biology-${id}-${attempt}`));
    const hoursAgo = random.integer(12, 60);
    const wantsHistory =
      plan.kind === 'tube' && plan.fault === 'wrong-blood-in-tube' ? true : random.chance(0.6);
    const previous = wantsHistory ? biology.draw(0) : undefined;
    const drawn = biology.draw(hoursAgo * 60);
    const fault = plan.kind === 'tube' ? plan.fault : undefined;
    if (
      fault &&
      !['wrong-blood-in-tube', 'aged-specimen'].includes(fault) &&
      !['LIHEP', 'SST'].includes(tests[0]?.container ?? '')
    )
      continue;
    const other = people.next();
    const ageMinutes =
      fault === 'aged-specimen'
        ? Math.min(...tests.map((t) => t.stabilityMinutes ?? 240)) * random.uniform(1.5, 3)
        : random.uniform(20, 70);
    const wrongBlood =
      fault === 'wrong-blood-in-tube'
        ? { patientKey: other.key, drawn: new PatientBiology(other, models, random).draw(0) }
        : undefined;
    const content = prepareTube(drawn, { ...(fault ? { fault } : {}), ageMinutes }, random, wrongBlood);
    let truth = drawn;
    let overRange: string | undefined;
    if (plan.kind === 'over-range') {
      const def = tests.find((t) => t.measuringRange?.maxDilution !== undefined);
      if (!def?.measuringRange) continue;
      overRange = def.code;
      const value = def.measuringRange.high * random.uniform(1.3, 3);
      (content.numeric as Record<string, number>)[def.code] = value;
      truth = { ...drawn, numeric: { ...drawn.numeric, [def.code]: value } };
    }
    const tube: LoadedTube = {
      accession: id,
      patient,
      content,
      truth,
      orderedTests: tests.map((t) => t.code),
      warmUp: false,
      random: random.fork(`measure-${id}`),
    };
    const spoilt =
      plan.kind === 'measurement' ? random.pick(tests.filter((t) => t.valueKind === 'numeric')) : undefined;
    const measured = tests.flatMap((def) => {
      const profile = profiles.find((p) => p.tests.includes(def.code));
      if (!profile) return [];
      const planned = plan.kind === 'measurement' && def.code === spoilt?.code ? plan.fault : undefined;
      const m = measureTest(
        {
          def,
          tube,
          profile,
          events: [],
          simMinute: 0,
          replicate: 1,
          dilution: 1,
          ...(planned ? { fault: planned } : {}),
        },
        random,
      );
      return m ? [{ def, m }] : [];
    });
    const answer = describeCase(measured, content, patient, other, overRange);
    if (plan.kind === 'critical' && answer.expected !== 'call') continue;
    if (plan.kind === 'clean' && answer.expected !== 'release') continue;
    if (
      (plan.kind === 'tube' || plan.kind === 'measurement' || plan.kind === 'over-range') &&
      answer.faults.length === 0
    )
      continue;
    const previousOf = (def: TestDefinition): TrainingResult['previous'] => {
      const value = previous?.numeric[def.code];
      return value === undefined || def.valueKind !== 'numeric'
        ? null
        : { value: value.toFixed(def.decimals ?? 1), hoursAgo };
    };
    const results: TrainingResult[] = measured.map(({ def, m }) => {
      const v = m.measurement.value;
      const interval = referenceIntervalFor(def, patient.sex, ageInDays(patient.birthDate, now));
      const flag = v.kind === 'numeric' ? flagNumeric(v.value, interval, def.critical) : undefined;
      return {
        testCode: def.code,
        testName: def.name,
        value: text(m),
        unit: def.unit ?? null,
        flag: flag && flag !== 'N' ? flag : null,
        referenceInterval: intervalText(def, patient, now),
        instrumentFlags: m.measurement.flags,
        previous: previousOf(def),
      };
    });
    const chemistry = tests.some((t) => t.discipline === 'chemistry');
    return {
      case: {
        id,
        patient: {
          name: `${patient.familyName}, ${patient.givenName}`,
          sex: patient.sex,
          ageYears: Math.floor(ageInDays(patient.birthDate, now) / 365.25),
          setting: patient.setting,
        },
        specimen: {
          label: `TR-${id}`,
          container: tests[0]?.container ?? '',
          minutesSinceCollection: Math.round(ageMinutes),
          serumIndices: chemistry ? content.serumIndices : null,
        },
        results,
      },
      answer,
    };
  }
  return undefined;
}

const CRITICAL_CONDITIONS = [
  ...['hyperkalemia', 'hypokalemia', 'hyponatremia', 'diabetic-ketoacidosis', 'anemia', 'hypoglycemia'],
  ...['renal-failure', 'thrombocytopenia', 'hypocalcemia', 'sepsis'],
] as const;
