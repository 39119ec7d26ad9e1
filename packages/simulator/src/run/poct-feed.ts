import type { PatientBiology } from '../biology/patient-biology.js';
import type { SimPatient } from '../biology/patient.js';
import type { LabApiClient } from '../ehr/lab-api-client.js';
import type { GroundTruthLedger } from '../ground-truth/ground-truth.js';
import {
  meterReading,
  monitorReading,
  poctOperators,
  type PoctObservation,
  type PoctOperator,
} from '../poct/poct-generator.js';
import { PoctLink, registerPoctFleet } from '../poct/poct-link.js';
import type { SimRandom } from '../random/sim-random.js';
import type { PoctSettings } from '../scenario/scenario-types.js';
import type { SimClock } from './sim-clock.js';

/**
 * The point-of-care and wearable feed of a run: ward glucose meters run by nurses (some with a lapsed
 * certification) and a few patients' continuous glucose monitors, at the scenario's rate. Connected to
 * Aliquot, each reading is posted as a FHIR Observation and what Aliquot did with it (taken, kept apart
 * as patient-generated, refused) goes into the ground truth beside whether it should have been taken.
 */
export class PoctFeed {
  #stopped = false;
  #link: PoctLink | undefined;
  readonly #operators: PoctOperator[];
  readonly generated: PoctObservation[] = [];
  failures = 0;

  constructor(
    readonly settings: PoctSettings,
    readonly ledger: GroundTruthLedger,
    readonly clock: SimClock,
    readonly random: SimRandom,
    readonly biologyOf: (patient: SimPatient) => PatientBiology,
  ) {
    this.#operators = poctOperators(random.fork('operators'), new Date(), settings.uncertifiedShare);
  }

  /** Registers the devices and operators in Aliquot and sends readings from now on. */
  async connect(supervisor: LabApiClient, dataManager: LabApiClient, today: Date): Promise<void> {
    await registerPoctFleet(supervisor, this.#operators, today);
    this.#link = new PoctLink(dataManager, supervisor);
  }

  stop(): void {
    this.#stopped = true;
  }

  async run(patients: () => readonly SimPatient[], endMinute: number, origin = 0): Promise<void> {
    if (this.settings.resultsPerHour <= 0) return;
    const pending: Promise<void>[] = [];
    let minute = 0;
    while (!this.#stopped && !this.clock.stopped) {
      minute += this.random.exponential(60 / this.settings.resultsPerHour);
      if (minute >= endMinute) break;
      await this.clock.until(origin + minute);
      if (this.#stopped) break;
      // Only patients the lab already knows (their orders registered them) are tested at the bedside.
      const candidates = patients().filter((p) => p.setting !== 'outpatient');
      if (candidates.length === 0) continue;
      const patient = this.random.pick(candidates);
      const biology = this.biologyOf(patient);
      const at = new Date();
      const observation = this.random.chance(0.15)
        ? monitorReading(biology, this.clock.minute(), this.random, at)
        : meterReading(biology, this.clock.minute(), this.#operators, this.random, at);
      this.generated.push(observation);
      pending.push(this.#deliver(observation, patient));
    }
    await Promise.all(pending);
  }

  async #deliver(observation: PoctObservation, patient: SimPatient): Promise<void> {
    let delivery: Awaited<ReturnType<PoctLink['deliver']>> | undefined;
    try {
      delivery = await this.#link?.deliver(observation, patient.mrn);
    } catch {
      this.failures++;
    }
    this.ledger.poct.push({
      device: observation.device,
      operator: observation.operator?.id ?? '(wearable)',
      operatorCertified: observation.operatorCertified,
      patientKey: observation.patientKey,
      testCode: observation.testCode,
      value: observation.value,
      at: observation.at.toISOString(),
      delivered: delivery !== undefined,
      ...(delivery ? { outcome: delivery.outcome } : {}),
      ...(delivery?.outcome === 'refused' ? { refusal: delivery.reason } : {}),
    });
  }
}
