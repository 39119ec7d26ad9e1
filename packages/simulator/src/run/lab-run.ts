import { analyteModels, type AnalyteModel } from '../biology/analyte-model.js';
import { PatientBiology } from '../biology/patient-biology.js';
import type { SimPatient } from '../biology/patient.js';
import { PopulationGenerator } from '../biology/population.js';
import { transportFor, type ListenerAddress } from '../analyzers/instrument-transport.js';
import { VirtualAnalyzer } from '../analyzers/virtual-analyzer.js';
import type { EhrResultListener } from '../ehr/ehr-result-listener.js';
import type { LabApiClient } from '../ehr/lab-api-client.js';
import { SpecimenDesk, type OrderEntry } from '../ehr/order-entry.js';
import { chooseOrder } from '../ehr/order-mix.js';
import type { AnalyzerBias } from '../faults/fault-kinds.js';
import { FaultPlanner } from '../faults/fault-planner.js';
import { GroundTruthLedger } from '../ground-truth/ground-truth.js';
import { SimRandom } from '../random/sim-random.js';
import type { Scenario } from '../scenario/scenario-types.js';
import { readLabOutcomes } from '../scoring/outcome-reader.js';
import { scoreRun } from '../scoring/score.js';
import type { ScoreReport } from '../scoring/score-report.js';
import { CatalogView, arrivalRate, scenarioAnalyzers, scenarioBiases } from './lab-plan.js';
import { PoctFeed } from './poct-feed.js';
import { SimClock } from './sim-clock.js';
import { runOrder, type FlowContext } from './specimen-flow.js';
import { settleLab } from './settle.js';
import { analyzerNotes, markCorrections, quietFor, startStaff } from './run-helpers.js';

/** The signed-in clients the simulated lab's people and systems use. */
export interface SimStaff {
  /** The EHR's order-entry interface account (registers patients, places orders). */
  readonly ehr: LabApiClient;
  readonly phlebotomist: LabApiClient;
  readonly receiver: LabApiClient;
  /** Works critical calls; also reads outcomes for the score. */
  readonly technologist: LabApiClient;
  /** Registers the point-of-care fleet (devices, operators, certifications). */
  readonly supervisor?: LabApiClient;
  /** The point-of-care data manager's account, which posts readings. */
  readonly poct?: LabApiClient;
}

export interface LabRunOptions {
  readonly scenario: Scenario;
  /** Overrides the scenario's speed; Infinity runs flat out (the load generator). */
  readonly speed?: number;
  readonly listeners: ListenerAddress;
  readonly staff: SimStaff;
  /** How orders reach the lab; REST order entry by default. */
  readonly orderEntry: OrderEntry;
  /** Prefix of the simulated patients' MRNs, unique per run so runs can share a database. */
  readonly mrnPrefix: string;
  readonly log?: (line: string) => void;
  /** Called after each order is placed, with the running counters. */
  readonly onProgress?: (progress: RunProgress) => void;
  /** The virtual EHR's ORU^R01 inbox, when Aliquot sends results to it. */
  readonly ehrInbox?: EhrResultListener;
  /** What setting the lab up could not do, carried into the score's notes. */
  readonly setupNotes?: readonly string[];
}

export interface RunProgress {
  readonly simMinute: number;
  readonly orders: number;
  readonly tubes: number;
  readonly results: number;
}

/**
 * A scenario run end to end against a running Aliquot: a warm-up that gives the lab its history,
 * orders arriving at the scenario's rate from the virtual EHR, tubes through collection, receipt and
 * the virtual analyzers over real TCP, critical calls made by the virtual technologist, and at the end
 * the score, read back through the REST API.
 */
export class LabRun {
  readonly ledger = new GroundTruthLedger();
  readonly clock: SimClock;
  readonly analyzers = new Map<string, VirtualAnalyzer>();
  readonly #options: LabRunOptions;
  readonly #random: SimRandom;
  readonly #log: (line: string) => void;
  readonly #patients: SimPatient[] = [];
  readonly #biology = new Map<string, PatientBiology>();
  readonly #inFlight = new Set<Promise<void>>();
  #stopRequested = false;
  readonly counters = { orders: 0, tubes: 0 };
  failures = 0;

  constructor(options: LabRunOptions) {
    this.#options = options;
    this.clock = new SimClock(options.speed ?? options.scenario.speed);
    this.#random = new SimRandom(options.scenario.seed);
    this.#log = options.log ?? (() => {});
  }

  /** Asks the run to end early (Ctrl-C in the demo): arrivals stop, work in hand is finished. */
  requestStop(): void {
    this.#stopRequested = true;
    this.clock.stop();
  }

  async run(): Promise<ScoreReport> {
    const { scenario, staff } = this.#options;
    const startedAt = new Date();
    const catalog = await staff.technologist.catalog();
    const view = new CatalogView(catalog.tests, catalog.panels);
    const models = analyteModels(catalog.tests);
    const population = new PopulationGenerator(
      { settings: scenario.population, models, mrnPrefix: this.#options.mrnPrefix, today: startedAt },
      this.#random.fork('population'),
    );
    const profiles = scenarioAnalyzers(scenario);
    const planner = new FaultPlanner(scenario.faults, this.#random.fork('faults'));
    // Filled when the scored part begins, so the scenario's hours count from there.
    const events: AnalyzerBias[] = [];
    const measureRandom = this.#random.fork('measurement');
    for (const profile of profiles) {
      const analyzer = new VirtualAnalyzer(profile, transportFor(profile, this.#options.listeners), {
        catalog: view.tests,
        ledger: this.ledger,
        clock: this.clock,
        planner,
        events,
        random: measureRandom.fork(profile.code),
        serumIndices: true,
        log: (line) => this.#log(line),
      });
      this.analyzers.set(profile.code, analyzer);
    }
    const ctx = this.#flowContext(view, profiles, planner, models);
    const bench = startStaff(scenario, staff, this.clock, this.analyzers, events, this.#log);
    const running = [...this.analyzers.values()].map((a) => a.start());
    this.#log(`warm-up: ${scenario.orders.historyPatients} patients with earlier results`);
    for (let i = 0; i < scenario.orders.historyPatients && !this.#stopRequested; i++) {
      const patient = this.#newPatient(population);
      const random = this.#random.fork(`order-h${i}`);
      const request = chooseOrder(patient, random, view.orderables);
      this.#track(runOrder(ctx, { patient, request, warmUp: true, minute: this.clock.minute(), random }));
    }
    await Promise.all([...this.#inFlight]);
    await this.#drainAnalyzers();
    const origin = this.clock.minute();
    events.push(...scenarioBiases(scenario).map((e) => ({ ...e, startMinute: e.startMinute + origin })));
    planner.startAt(origin);
    const poct = new PoctFeed(scenario.poct, this.ledger, this.clock, this.#random.fork('poct'), (p) =>
      this.#biologyOf(p, models),
    );
    if (staff.poct && staff.supervisor && scenario.poct.resultsPerHour > 0) {
      await poct.connect(staff.supervisor, staff.poct, new Date());
    }
    const poctDone = poct.run(() => this.#patients, scenario.durationHours * 60, origin);
    await this.#arrivals(ctx, population, view, origin, events);
    await Promise.all([...this.#inFlight]);
    poct.stop();
    await poctDone;
    await bench.qc?.stop();
    markCorrections(this.ledger, events, origin, this.clock);
    await Promise.all([...this.analyzers.values()].map((a) => a.stop()));
    await Promise.all(running);
    await Promise.all([...this.analyzers.values()].map((a) => a.transport.close()));
    const settled = await settleLab(staff.technologist, this.ledger);
    await bench.calls?.stop();
    const outcomes = await readLabOutcomes(staff.technologist, this.ledger, startedAt);
    const inbox = this.#options.ehrInbox;
    if (inbox) await quietFor(() => inbox.received.length, 2000, 30_000);
    const notes = [...(this.#options.setupNotes ?? []), ...settled.notes];
    if (this.failures > 0)
      notes.push(`${this.failures} orders failed on their way through the lab (see the log)`);
    for (const [code, a] of this.analyzers) notes.push(...analyzerNotes(code, a.stats));
    for (const left of planner.unplaced)
      notes.push(`a scripted ${left.kind} found no eligible tube before the run ended`);
    if (bench.calls === undefined)
      notes.push('no virtual technologist: critical calls are opened but nobody makes them');
    if (bench.qc === undefined) notes.push('nobody works QC holds: a hold stays for the rest of the run');
    return scoreRun(this.ledger, inbox ? { ...outcomes, deliveredToEhr: inbox.received } : outcomes, {
      scenario: scenario.name,
      seed: scenario.seed,
      speed: this.clock.speed,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      simulatedHours: scenario.durationHours,
      patients: this.#patients.length,
      orders: this.counters.orders,
      tubes: this.counters.tubes,
      notes,
    });
  }

  #flowContext(
    view: CatalogView,
    profiles: FlowContext['profiles'],
    planner: FaultPlanner,
    models: ReadonlyMap<string, AnalyteModel>,
  ): FlowContext {
    return {
      catalog: view,
      profiles,
      analyzers: this.analyzers,
      orderEntry: this.#options.orderEntry,
      desk: new SpecimenDesk(this.#options.staff.phlebotomist, this.#options.staff.receiver),
      planner,
      ledger: this.ledger,
      clock: this.clock,
      biologyOf: (p) => this.#biologyOf(p, models),
      drawnAt: new Map(),
      otherPatient: (except, random) => {
        const others = this.#patients.filter((p) => p.key !== except.key);
        return others.length === 0 ? undefined : random.pick(others);
      },
      counters: this.counters,
    };
  }

  #biologyOf(patient: SimPatient, models: ReadonlyMap<string, AnalyteModel>): PatientBiology {
    let biology = this.#biology.get(patient.key);
    if (!biology) {
      biology = new PatientBiology(patient, models, this.#random.fork(`biology-${patient.key}`));
      this.#biology.set(patient.key, biology);
    }
    return biology;
  }

  #newPatient(population: PopulationGenerator): SimPatient {
    const patient = population.next();
    this.#patients.push(patient);
    return patient;
  }

  #track(work: Promise<void>): void {
    const tracked = work.catch((error: unknown) => {
      this.failures++;
      this.#log(`order failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    this.#inFlight.add(tracked);
    void tracked.finally(() => this.#inFlight.delete(tracked));
  }

  /**
   * Orders arrive as a Poisson process at the scenario's (time-varying) rate until the end; analyzer
   * events are entered in the ground truth as the schedule passes their start.
   */
  async #arrivals(
    ctx: FlowContext,
    population: PopulationGenerator,
    view: CatalogView,
    origin: number,
    events: readonly AnalyzerBias[],
  ): Promise<void> {
    const { scenario } = this.#options;
    const end = scenario.durationHours * 60;
    const random = this.#random.fork('arrivals');
    const pending = [...events].sort((a, b) => a.startMinute - b.startMinute);
    let minute = 0;
    let n = 0;
    for (;;) {
      const rate = arrivalRate(scenario, minute);
      minute += rate > 0 ? random.exponential(60 / rate) : 15;
      if (minute >= end || this.#stopRequested) break;
      await this.clock.until(origin + minute);
      if (this.#stopRequested) break;
      while (pending[0] && pending[0].startMinute <= origin + minute) {
        const e = pending.shift();
        if (e) {
          this.ledger.analyzerEvents.push({
            kind: e.kind,
            analyzer: e.analyzer,
            tests: e.testCodes,
            sizeSd: e.sizeSd,
            startMinute: e.startMinute - origin,
            startedAt: new Date(
              Number.isFinite(this.clock.speed)
                ? this.clock.startedAt + this.clock.realMs(e.startMinute)
                : Date.now(),
            ).toISOString(),
          });
        }
      }
      if (rate <= 0) continue;
      const seen = this.#patients.length > 0 && random.chance(scenario.orders.returningShare);
      const patient = seen ? random.pick(this.#patients) : this.#newPatient(population);
      const orderRandom = random.fork(`order-${++n}`);
      const request = chooseOrder(patient, orderRandom, view.orderables);
      this.#track(
        runOrder(ctx, { patient, request, warmUp: false, minute: origin + minute, random: orderRandom }),
      );
      this.#options.onProgress?.({
        simMinute: minute,
        orders: this.counters.orders,
        tubes: this.counters.tubes,
        results: this.ledger.results.length,
      });
    }
  }

  /** Waits until every analyzer has worked through its rack. */
  async #drainAnalyzers(): Promise<void> {
    while ([...this.analyzers.values()].some((a) => a.queued > 0)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
