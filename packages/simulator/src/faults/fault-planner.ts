import type { TestDefinition } from '@aliquot/domain';
import type { SimRandom } from '../random/sim-random.js';
import type { ScenarioFaults } from '../scenario/scenario-types.js';
import type { MeasurementFaultKind, SpecimenFaultKind } from './fault-kinds.js';

/** What the planner knows about a tube when it decides its fate. */
export interface TubeFacts {
  /** The tube type, a catalog container code (LIHEP, EDTA, URINE-CUP…). */
  readonly container: string;
  readonly tests: readonly TestDefinition[];
  readonly simMinute: number;
  /**
   * A clean result of one of the tube's tests has been sent for the labelled patient: without one no
   * delta check can see a wrong blood in tube, so none is injected where it could not be caught.
   */
  readonly patientHasHistory: boolean;
  /** Another patient's blood is at hand to be swapped in. */
  readonly otherPatientAvailable: boolean;
}

export interface TubeDecision {
  readonly specimenFault?: SpecimenFaultKind;
  /** A test whose true value is put above the measuring range. */
  readonly overRangeTest?: string;
}

const SERUM_CONTAINERS: ReadonlySet<string> = new Set(['LIHEP', 'SST', 'RED', 'FLOX']);

/** Whether a fault can happen to this tube at all. */
function eligible(kind: SpecimenFaultKind | 'over-range', tube: TubeFacts): boolean {
  switch (kind) {
    case 'wrong-blood-in-tube':
      return tube.patientHasHistory && tube.otherPatientAvailable && tube.container !== 'URINE-CUP';
    case 'hemolysis':
    case 'edta-contamination':
    case 'iv-saline-contamination':
    case 'iv-dextrose-contamination':
      return SERUM_CONTAINERS.has(tube.container) && tube.tests.some((t) => t.discipline === 'chemistry');
    case 'aged-specimen':
      return tube.tests.some((t) => t.stabilityMinutes !== undefined);
    case 'over-range':
      return tube.tests.some((t) => t.measuringRange !== undefined && !t.calculated);
    default:
      return kind satisfies never;
  }
}

/**
 * Decides, from a seeded stream, which faults befall each tube and measurement: the scenario's rates,
 * plus its scripted faults, each placed on the first eligible tube at or after its hour.
 */
export class FaultPlanner {
  readonly #scripted: { kind: SpecimenFaultKind | 'over-range'; atMinute: number }[];

  constructor(
    readonly settings: ScenarioFaults,
    readonly random: SimRandom,
  ) {
    this.#scripted = settings.scripted
      .map((s) => ({ kind: s.kind, atMinute: s.atHour * 60 }))
      .sort((a, b) => a.atMinute - b.atMinute);
  }

  /** Counts the scripted hours from `minute` of the clock (the end of the warm-up). */
  startAt(minute: number): void {
    for (const s of this.#scripted) s.atMinute += minute;
  }

  /** Scripted faults not yet placed (a scenario ending before a tube qualified leaves some). */
  get unplaced(): readonly { kind: string; atMinute: number }[] {
    return this.#scripted;
  }

  decideTube(tube: TubeFacts, random: SimRandom = this.random): TubeDecision {
    let kind: SpecimenFaultKind | 'over-range' | undefined;
    const due = this.#scripted.findIndex((s) => s.atMinute <= tube.simMinute && eligible(s.kind, tube));
    if (due >= 0) kind = this.#scripted.splice(due, 1)[0]?.kind;
    else {
      for (const [name, rate] of Object.entries(this.settings.tubeRates) as [
        SpecimenFaultKind | 'over-range',
        number,
      ][]) {
        if (eligible(name, tube) && random.chance(rate)) {
          kind = name;
          break;
        }
      }
    }
    if (kind === undefined) return {};
    if (kind === 'over-range') {
      const candidates = tube.tests.filter((t) => t.measuringRange !== undefined && !t.calculated);
      return { overRangeTest: random.pick(candidates).code };
    }
    return { specimenFault: kind };
  }

  /** A fault on one first measurement, at the scenario's per-measurement rates. */
  decideMeasurement(random: SimRandom = this.random): MeasurementFaultKind | undefined {
    for (const [name, rate] of Object.entries(this.settings.measurementRates) as [
      MeasurementFaultKind,
      number,
    ][]) {
      if (random.chance(rate)) return name;
    }
    return undefined;
  }

  /** A true value above the measuring range that a validated dilution brings back into it, when one exists. */
  overRangeValue(def: TestDefinition, random: SimRandom = this.random): number {
    const range = def.measuringRange;
    if (!range) throw new RangeError(`${def.code} has no measuring range`);
    const maxDilution = range.maxDilution ?? 1;
    return maxDilution > 1
      ? range.high * random.uniform(1.2, Math.min(4, maxDilution * 0.8))
      : range.high * random.uniform(1.1, 1.6);
  }

  /** Minutes from collection to analysis for a tube that sat too long: past its shortest stability. */
  agedMinutes(tests: readonly TestDefinition[], random: SimRandom = this.random): number {
    const stability = Math.min(...tests.map((t) => t.stabilityMinutes ?? Number.POSITIVE_INFINITY));
    const base = Number.isFinite(stability) ? stability : 240;
    return Math.round(base * random.uniform(1.5, 3));
  }
}
