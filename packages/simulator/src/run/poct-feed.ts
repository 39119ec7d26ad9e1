import type { PatientBiology } from '../biology/patient-biology.js';
import type { SimPatient } from '../biology/patient.js';
import type { GroundTruthLedger } from '../ground-truth/ground-truth.js';
import { meterReading, monitorReading, poctOperators, type PoctObservation } from '../poct/poct-generator.js';
import type { SimRandom } from '../random/sim-random.js';
import type { PoctSettings } from '../scenario/scenario-types.js';
import type { SimClock } from './sim-clock.js';

/**
 * The point-of-care and wearable feed of a run: ward glucose meters and a few continuous glucose
 * monitors, at the scenario's rate. Aliquot has no point-of-care intake yet, so each observation is
 * recorded in the ground truth as generated and not delivered; the score says so.
 */
export class PoctFeed {
  #stopped = false;
  readonly generated: PoctObservation[] = [];

  constructor(
    readonly settings: PoctSettings,
    readonly ledger: GroundTruthLedger,
    readonly clock: SimClock,
    readonly random: SimRandom,
    readonly biologyOf: (patient: SimPatient) => PatientBiology,
  ) {}

  stop(): void {
    this.#stopped = true;
  }

  async run(patients: () => readonly SimPatient[], endMinute: number, origin = 0): Promise<void> {
    if (this.settings.resultsPerHour <= 0) return;
    const operators = poctOperators(this.random, new Date(), this.settings.uncertifiedShare);
    let minute = 0;
    while (!this.#stopped) {
      minute += this.random.exponential(60 / this.settings.resultsPerHour);
      if (minute >= endMinute) break;
      await this.clock.until(origin + minute);
      if (this.#stopped) break;
      const candidates = patients().filter((p) => p.setting !== 'outpatient');
      if (candidates.length === 0) continue;
      const patient = this.random.pick(candidates);
      const biology = this.biologyOf(patient);
      const at = new Date();
      const observation = this.random.chance(0.15)
        ? monitorReading(biology, this.clock.minute(), this.random, at)
        : meterReading(biology, this.clock.minute(), operators, this.random, at);
      this.generated.push(observation);
      this.ledger.poct.push({
        device: observation.device,
        operator: observation.operator?.id ?? '(wearable)',
        operatorCertified: observation.operatorCertified,
        patientKey: observation.patientKey,
        testCode: observation.testCode,
        value: observation.value,
        at: at.toISOString(),
        delivered: false,
      });
    }
  }
}
