import type { Priority } from '@aliquot/domain';
import type { AnalyzerProfile } from '../analyzers/analyzer-profile.js';
import type { LoadedTube } from '../analyzers/tube-measurement.js';
import type { VirtualAnalyzer } from '../analyzers/virtual-analyzer.js';
import type { PatientBiology } from '../biology/patient-biology.js';
import type { SimPatient } from '../biology/patient.js';
import type { OrderEntry, SpecimenDesk } from '../ehr/order-entry.js';
import type { OrderRequest } from '../ehr/order-mix.js';
import type { FaultPlanner } from '../faults/fault-planner.js';
import { prepareTube } from '../faults/tube-preparation.js';
import type { GroundTruthLedger } from '../ground-truth/ground-truth.js';
import type { SimRandom } from '../random/sim-random.js';
import { analyzersFor, type CatalogView } from './lab-plan.js';
import type { SimClock } from './sim-clock.js';

/** Everything one order needs on its way from the ward to the analyzers. */
export interface FlowContext {
  readonly catalog: CatalogView;
  readonly profiles: readonly AnalyzerProfile[];
  readonly analyzers: ReadonlyMap<string, VirtualAnalyzer>;
  readonly orderEntry: OrderEntry;
  readonly desk: SpecimenDesk;
  readonly planner: FaultPlanner;
  readonly ledger: GroundTruthLedger;
  readonly clock: SimClock;
  readonly biologyOf: (patient: SimPatient) => PatientBiology;
  /**
   * When each patient was last drawn (epoch ms). Ages are real minutes, so the lab's stability rules see
   * them, while simulated hours between a patient's draws pass in real seconds: a later draw is kept
   * after the earlier one, as it was, or delta checks would see the two the wrong way round.
   */
  readonly drawnAt: Map<string, number>;
  /** Another patient whose blood could end up in this patient's tube. */
  readonly otherPatient: (except: SimPatient, random: SimRandom) => SimPatient | undefined;
  readonly counters: { orders: number; tubes: number };
}

/** Minutes from collection to receipt by priority: the porter, the tube system, the queue at reception. */
const TRANSIT_MINUTES: Readonly<Record<Priority, readonly [number, number]>> = {
  stat: [8, 25],
  asap: [15, 45],
  routine: [20, 90],
};

let placerSequence = 0;

/**
 * One order through the lab: placed by the EHR, collected (backdated to the draw), received with the
 * label's two identifiers, then each tube filled — the labelled patient's blood, or another's for a
 * WBIT, changed by whatever pre-analytical fault befell it — and put on every analyzer that runs one of
 * its tests.
 */
export interface OrderArrival {
  readonly patient: SimPatient;
  readonly request: OrderRequest;
  /** Part of the warm-up that gives the lab its history: no faults, not scored. */
  readonly warmUp: boolean;
  /** Simulation minute the blood is drawn (the order's scheduled arrival). */
  readonly minute: number;
  /**
   * The order's own random stream: everything about its tubes (faults, transit, measurement) is drawn
   * from it, so a run is the same whatever order the network answers in.
   */
  readonly random: SimRandom;
}

export async function runOrder(ctx: FlowContext, arrival: OrderArrival): Promise<void> {
  const { patient, request, warmUp, random } = arrival;
  const placed = await ctx.orderEntry.placeOrder(
    patient,
    request,
    `SIM${Date.now().toString(36)}${++placerSequence}`,
  );
  ctx.counters.orders++;
  const simMinute = arrival.minute;
  const biology = ctx.biologyOf(patient);
  const drawn = biology.draw(simMinute);
  for (const [k, specimen] of placed.specimens.entries()) {
    const tubeRandom = random.fork(`tube-${specimen.specimenType}-${specimen.container}-${k}`);
    const tests = ctx.catalog.testsInTube(request.orderables, specimen.specimenType, specimen.container);
    const targets = analyzersFor(tests, ctx.profiles, (code) => ctx.analyzers.get(code)?.queued ?? 0);
    if (tests.length === 0 || targets.length === 0) continue;
    const other = ctx.otherPatient(patient, tubeRandom);
    const decision = warmUp
      ? {}
      : ctx.planner.decideTube(
          {
            container: specimen.container,
            tests,
            simMinute,
            patientHasHistory: tests.some((t) => ctx.ledger.hasCleanResult(patient.key, t.code)),
            otherPatientAvailable: other !== undefined,
          },
          tubeRandom,
        );
    const [low, high] = TRANSIT_MINUTES[request.priority];
    // Specimens with a short stability (lactate, blood gases) are sent on ice at once, as labs ask.
    const stability = Math.min(...tests.map((t) => t.stabilityMinutes ?? Number.POSITIVE_INFINITY));
    const ageMinutes =
      decision.specimenFault === 'aged-specimen'
        ? ctx.planner.agedMinutes(tests, tubeRandom)
        : Math.min(tubeRandom.uniform(low, high), stability * 0.5);
    const wrongBlood =
      decision.specimenFault === 'wrong-blood-in-tube' && other
        ? { patientKey: other.key, drawn: ctx.biologyOf(other).draw(simMinute) }
        : undefined;
    const content = prepareTube(
      drawn,
      { ...(decision.specimenFault ? { fault: decision.specimenFault } : {}), ageMinutes },
      tubeRandom,
      wrongBlood,
    );
    let truth = drawn;
    if (decision.overRangeTest) {
      const def = ctx.catalog.tests.get(decision.overRangeTest);
      if (def) {
        const high = ctx.planner.overRangeValue(def, tubeRandom);
        (content.numeric as Record<string, number>)[def.code] = high;
        truth = { ...drawn, numeric: { ...drawn.numeric, [def.code]: high } };
      }
    }
    const after = ctx.drawnAt.get(patient.key);
    let collected = Date.now() - ageMinutes * 60_000;
    // An aged tube keeps its age: the stability rule is what it tests.
    if (after !== undefined && collected <= after && decision.specimenFault !== 'aged-specimen')
      collected = Math.min(after + 1000, Date.now());
    ctx.drawnAt.set(patient.key, Math.max(collected, after ?? collected));
    await ctx.desk.collectAndReceive(specimen.accessionNumber, patient, new Date(collected));
    ctx.counters.tubes++;
    ctx.ledger.tubes.set(specimen.accessionNumber, {
      patientKey: patient.key,
      faults: [
        ...content.faults.map((f) => f.kind),
        ...(decision.overRangeTest ? (['over-range'] as const) : []),
      ],
      warmUp,
    });
    const tube: LoadedTube = {
      accession: specimen.accessionNumber,
      patient,
      content,
      truth,
      orderedTests: tests.map((t) => t.code),
      warmUp,
      random: tubeRandom.fork('measurement'),
    };
    for (const profile of targets) ctx.analyzers.get(profile.code)?.load(tube);
  }
}
