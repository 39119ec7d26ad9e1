import type { SimRandom } from '../random/sim-random.js';
import type { AnalyteModel } from './analyte-model.js';
import type { SimPatient, TumourVariant } from './patient.js';
import { HIDDEN_DRIVERS, deriveAnalytes } from './physiology.js';
import { urinalysisAnswers } from './urinalysis-biology.js';

/** What is truly in one tube of blood or urine at the moment it is drawn. */
export interface DrawnSpecimen {
  /** True concentrations by test code, before any analytical error. */
  readonly numeric: Readonly<Record<string, number>>;
  /** True dipstick and appearance answers by test code. */
  readonly coded: Readonly<Record<string, string>>;
  readonly variants: readonly TumourVariant[];
  /** Cell morphology an analyzer can flag (BLASTS). */
  readonly morphology: readonly string[];
}

/**
 * Within-subject biological variation is autocorrelated: two draws an hour apart are closer than two a
 * week apart. Deviations follow an AR(1) process in time with this correlation time.
 */
const CORRELATION_MINUTES = 3 * 24 * 60;

/**
 * One patient's biology over the run: each draw varies around the person's set points by their CVi,
 * correlated with the previous draw by how long ago it was, then the derived analytes are computed.
 */
export class PatientBiology {
  #lastAt: number | undefined;
  #deviation = new Map<string, number>();

  constructor(
    readonly patient: SimPatient,
    readonly models: ReadonlyMap<string, AnalyteModel>,
    readonly random: SimRandom,
  ) {}

  /** Draws a specimen at `atMinutes` (simulation minutes from the start of the run). */
  draw(atMinutes: number): DrawnSpecimen {
    const r = this.random;
    const rho =
      this.#lastAt === undefined ? 0 : Math.exp(-Math.abs(atMinutes - this.#lastAt) / CORRELATION_MINUTES);
    this.#lastAt = atMinutes;
    const step = (name: string): number => {
      const previous = this.#deviation.get(name);
      const z = previous === undefined ? r.normal() : rho * previous + Math.sqrt(1 - rho * rho) * r.normal();
      this.#deviation.set(name, z);
      return z;
    };
    const drivers: Record<string, number> = {};
    for (const [code, setPoint] of Object.entries(this.patient.setPoints)) {
      const z = step(code);
      const model = this.models.get(code);
      const cvi = model?.cvi ?? HIDDEN_DRIVERS[code]?.cvi ?? 0;
      if (code === '_GLUMEAN') drivers[code] = setPoint;
      else if (model?.distribution === 'log-normal') {
        drivers[code] = setPoint * Math.exp(Math.sqrt(Math.log(1 + cvi * cvi)) * z);
      } else drivers[code] = setPoint * (1 + cvi * z);
    }
    const numeric = deriveAnalytes(drivers);
    return {
      numeric,
      coded: urinalysisAnswers(this.patient, r),
      variants: this.patient.variants,
      morphology: this.patient.morphology,
    };
  }
}
