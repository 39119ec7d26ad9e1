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
  readonly random: SimRandom;
  readonly biologyOf: (patient: SimPatient) => PatientBiology;
  /** Patients with results already in the lab. */
  readonly withHistory: Set<string>;
  /** Another patient whose blood could end up in this patient's tube. */
  readonly otherPatient: (except: SimPatient) => SimPatient | undefined;
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
export async function runOrder(
  ctx: FlowContext,
  patient: SimPatient,
  request: OrderRequest,
  warmUp: boolean,
): Promise<void> {
  const placed = await ctx.orderEntry.placeOrder(
    patient,
    request,
    `SIM${Date.now().toString(36)}${++placerSequence}`,
  );
  ctx.counters.orders++;
  const simMinute = ctx.clock.minute();
  const biology = ctx.biologyOf(patient);
  const drawn = biology.draw(simMinute);
  for (const specimen of placed.specimens) {
    const tests = ctx.catalog.testsInTube(request.orderables, specimen.specimenType, specimen.container);
    const targets = analyzersFor(tests, ctx.profiles);
    if (tests.length === 0 || targets.length === 0) continue;
    const other = ctx.otherPatient(patient);
    const decision = warmUp
      ? {}
      : ctx.planner.decideTube({
          container: specimen.container,
          tests,
          simMinute,
          patientHasHistory: ctx.withHistory.has(patient.key),
          otherPatientAvailable: other !== undefined,
        });
    const [low, high] = TRANSIT_MINUTES[request.priority];
    // Specimens with a short stability (lactate, blood gases) are sent on ice at once, as labs ask.
    const stability = Math.min(...tests.map((t) => t.stabilityMinutes ?? Number.POSITIVE_INFINITY));
    const ageMinutes =
      decision.specimenFault === 'aged-specimen'
        ? ctx.planner.agedMinutes(tests)
        : Math.min(ctx.random.uniform(low, high), stability * 0.5);
    const wrongBlood =
      decision.specimenFault === 'wrong-blood-in-tube' && other
        ? { patientKey: other.key, drawn: ctx.biologyOf(other).draw(simMinute) }
        : undefined;
    const content = prepareTube(
      drawn,
      { ...(decision.specimenFault ? { fault: decision.specimenFault } : {}), ageMinutes },
      ctx.random,
      wrongBlood,
    );
    let truth = drawn;
    if (decision.overRangeTest) {
      const def = ctx.catalog.tests.get(decision.overRangeTest);
      if (def) {
        const high = ctx.planner.overRangeValue(def);
        (content.numeric as Record<string, number>)[def.code] = high;
        truth = { ...drawn, numeric: { ...drawn.numeric, [def.code]: high } };
      }
    }
    await ctx.desk.collectAndReceive(
      specimen.accessionNumber,
      patient,
      new Date(Date.now() - ageMinutes * 60_000),
    );
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
    };
    for (const profile of targets) ctx.analyzers.get(profile.code)?.load(tube);
  }
  ctx.withHistory.add(patient.key);
}
