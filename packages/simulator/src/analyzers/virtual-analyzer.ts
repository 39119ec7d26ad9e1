import type { TestDefinition } from '@aliquot/domain';
import type { AnalyzerBias } from '../faults/fault-kinds.js';
import type { FaultPlanner } from '../faults/fault-planner.js';
import type { GroundTruthLedger } from '../ground-truth/ground-truth.js';
import type { SimRandom } from '../random/sim-random.js';
import type { SimClock } from '../run/sim-clock.js';
import type { AnalyzerProfile } from './analyzer-profile.js';
import type { InstrumentTransport } from './instrument-transport.js';
import { runQualityControl } from './qc-runner.js';
import { deriveRedCellIndices, measureTest, type LoadedTube, type MeasuredTest } from './tube-measurement.js';

export interface AnalyzerContext {
  readonly catalog: ReadonlyMap<string, TestDefinition>;
  readonly ledger: GroundTruthLedger;
  readonly clock: SimClock;
  readonly planner: FaultPlanner;
  readonly events: readonly AnalyzerBias[];
  readonly random: SimRandom;
  /** Whether the chemistry analyzer sends its serum indices as results (H, I, L). */
  readonly serumIndices: boolean;
  readonly log: (line: string) => void;
  /** Called as each result is acknowledged by the LIS (for live counters and latency). */
  readonly onSent?: (tube: LoadedTube, test: MeasuredTest, at: number) => void;
}

/** Analyzer counters for the report. */
export interface AnalyzerStats {
  tubes: number;
  results: number;
  reruns: number;
  qcRuns: number;
  noOrders: number;
  failures: number;
}

const ERROR_FLAGS: ReadonlySet<string> = new Set(['CLOT', 'SHORT-SAMPLE', 'BUBBLE']);
/** Minutes before a flagged tube comes round again on the rerun rack. */
const RERUN_DELAY_MINUTES = 5;
/** Real milliseconds at least, whatever the speed, before a flagged tube is queried again. */
const RERUN_MIN_WAIT_MS = 10_000;

/**
 * One virtual analyzer at work: it runs its controls at start and on schedule, takes tubes at its
 * throughput, asks the host what to run (or works from its worklist), measures after its run time,
 * sends the results, and brings flagged or over-range tubes round again for the host's reruns.
 */
export class VirtualAnalyzer {
  readonly stats: AnalyzerStats = { tubes: 0, results: 0, reruns: 0, qcRuns: 0, noOrders: 0, failures: 0 };
  readonly #queue: LoadedTube[] = [];
  readonly #inFlight = new Set<Promise<void>>();
  #wake: (() => void) | undefined;
  #stopping = false;
  /** Asked for an extra QC run (after a QC hold): resolved when it has been sent. */
  #qcAsked: { promise: Promise<void>; resolve: () => void } | undefined;
  #done: Promise<void> | undefined;

  constructor(
    readonly profile: AnalyzerProfile,
    readonly transport: InstrumentTransport,
    readonly context: AnalyzerContext,
  ) {}

  /** Puts a tube on the analyzer's input rack. */
  load(tube: LoadedTube): void {
    this.#queue.push(tube);
    this.#wake?.();
  }

  get queued(): number {
    return this.#queue.length + this.#inFlight.size;
  }

  /** Starts the analyzer: controls first, then tubes as they come. */
  start(): Promise<void> {
    this.#done ??= this.#loop();
    return this.#done;
  }

  /** Runs the controls again between tubes (troubleshooting a QC hold); resolves once they are sent. */
  runQcNow(): Promise<void> {
    if (this.#stopping) return Promise.resolve();
    if (!this.#qcAsked) {
      let resolve = (): void => {};
      const promise = new Promise<void>((r) => (resolve = r));
      this.#qcAsked = { promise, resolve };
      this.#wake?.();
    }
    return this.#qcAsked.promise;
  }

  /** Finishes the tubes already loaded, then stops. */
  async stop(): Promise<void> {
    this.#stopping = true;
    this.#wake?.();
    await this.#done;
  }

  async #loop(): Promise<void> {
    const { clock } = this.context;
    await this.#qc();
    let nextQc = clock.minute() + this.profile.qc.everyMinutes;
    for (;;) {
      if (clock.minute() >= nextQc && !this.#stopping) {
        await this.#qc();
        nextQc += this.profile.qc.everyMinutes;
      }
      const asked = this.#qcAsked;
      if (asked) {
        this.#qcAsked = undefined;
        await this.#qc();
        asked.resolve();
      }
      const tube = this.#queue.shift();
      if (!tube) {
        if (this.#stopping) break;
        await this.#nextArrival(nextQc);
        continue;
      }
      const work = this.#process(tube).catch((error: unknown) => {
        this.stats.failures++;
        this.context.log(
          `${this.profile.code}: ${tube.accession}: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
      this.#inFlight.add(work);
      void work.finally(() => this.#inFlight.delete(work));
      await clock.sleep(60 / this.profile.tubesPerHour);
    }
    await Promise.all([...this.#inFlight]);
  }

  /** Waits for a tube, or until the next QC is due. */
  async #nextArrival(nextQc: number): Promise<void> {
    const arrival = new Promise<void>((resolve) => (this.#wake = resolve));
    const { clock } = this.context;
    // A stopped clock (the run ending) or full speed: only a tube (or stop()) wakes the analyzer.
    await (Number.isFinite(clock.speed) && !clock.stopped
      ? Promise.race([arrival, clock.until(nextQc)])
      : arrival);
    this.#wake = undefined;
  }

  async #qc(): Promise<void> {
    try {
      await runQualityControl(this.profile, this.transport, this.context);
      this.stats.qcRuns++;
    } catch (error) {
      this.stats.failures++;
      this.context.log(`${this.profile.code}: QC: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async #process(tube: LoadedTube): Promise<void> {
    const { clock } = this.context;
    this.stats.tubes++;
    const tests = this.transport.queriesHost
      ? await this.transport.queryOrders(tube.accession, new Date())
      : tube.orderedTests.filter((code) => this.profile.tests.includes(code));
    if (tests.length === 0) {
      this.stats.noOrders++;
      return;
    }
    await clock.sleep(this.profile.runMinutes);
    const measured = this.#measure(tube, tests, 1, !tube.warmUp);
    await this.#send(tube, measured);
    const again = measured.filter(
      (m) =>
        m.measurement.flags.some((f) => ERROR_FLAGS.has(f)) ||
        (m.measurement.value.kind === 'numeric' && m.measurement.value.comparator === '>'),
    );
    if (again.length === 0 || !this.transport.queriesHost) return;
    // The tube comes round on the rerun rack; at high speed, give the LIS a few real seconds to have
    // processed the first results, or it would still list every test as pending.
    await Promise.all([
      clock.sleep(RERUN_DELAY_MINUTES),
      new Promise((resolve) => setTimeout(resolve, RERUN_MIN_WAIT_MS)),
    ]);
    const flagged = new Set(again.map((m) => m.measurement.testCode));
    // The analyzer reruns what it flagged, if the host still wants it (the host may have accepted it).
    const rerun = (await this.transport.queryOrders(tube.accession, new Date())).filter((code) =>
      flagged.has(code),
    );
    if (rerun.length === 0) return;
    this.stats.reruns++;
    await clock.sleep(this.profile.runMinutes);
    const overRange = new Set(
      again.filter((m) => m.faults.includes('over-range')).map((m) => m.measurement.testCode),
    );
    await this.#send(tube, this.#measure(tube, rerun, 2, false, overRange));
  }

  #measure(
    tube: LoadedTube,
    tests: readonly string[],
    replicate: number,
    withFaults: boolean,
    dilute: ReadonlySet<string> = new Set(),
  ): MeasuredTest[] {
    const { catalog, clock, events, planner } = this.context;
    const simMinute = clock.minute();
    // Drawn from the tube's own stream, so a tube measures the same whichever analyzer gets to it first.
    const random = tube.random.fork(`${this.profile.code}-${replicate}`);
    const measured = tests.flatMap((code) => {
      const def = catalog.get(code);
      if (!def) return [];
      const dilution = dilute.has(code) ? (def.measuringRange?.maxDilution ?? 1) : 1;
      const planned = withFaults ? planner.decideMeasurement(random) : undefined;
      const result = measureTest(
        {
          def,
          tube,
          profile: this.profile,
          events,
          simMinute,
          replicate,
          dilution,
          ...(planned ? { fault: planned } : {}),
        },
        random,
      );
      return result ? [result] : [];
    });
    return this.profile.kind === 'hematology' ? deriveRedCellIndices(measured, catalog) : measured;
  }

  async #send(tube: LoadedTube, measured: readonly MeasuredTest[]): Promise<void> {
    if (measured.length === 0) return;
    const p = tube.patient;
    const measuredAt = new Date();
    await this.transport.sendResults({
      specimenId: tube.accession,
      patient: {
        id: p.mrn,
        familyName: p.familyName,
        givenName: p.givenName,
        birthDate: p.birthDate,
        sex: p.sex === 'female' ? 'F' : 'M',
      },
      measurements: measured.map((m) => m.measurement),
      ...(this.profile.kind === 'chemistry' && this.context.serumIndices
        ? { serumIndices: tube.content.serumIndices }
        : {}),
      measuredAt,
    });
    const at = Date.now();
    for (const m of measured) {
      this.stats.results++;
      this.context.ledger.record({
        accession: tube.accession,
        testCode: m.measurement.testCode,
        patientKey: p.key,
        analyzer: this.profile.code,
        replicate: m.measurement.replicate,
        sent: describeValue(m),
        ...(m.trueValue === undefined ? {} : { trueValue: m.trueValue }),
        faults: m.faults,
        erroneous: m.erroneous,
        critical: m.critical,
        warmUp: tube.warmUp,
        sentAt: measuredAt.toISOString(),
        acknowledgedAt: new Date(at).toISOString(),
        simMinute: this.context.clock.minute(),
      });
      this.context.onSent?.(tube, m, at);
    }
  }
}

function describeValue(m: MeasuredTest): string {
  const v = m.measurement.value;
  switch (v.kind) {
    case 'numeric':
      return `${v.comparator ?? ''}${v.value}`;
    case 'coded':
      return v.code;
    case 'variant':
      return `${v.gene} ${v.hgvs} VAF ${v.alleleFraction}`;
    case 'no-variant':
      return `${v.gene} not detected`;
    default:
      return v satisfies never;
  }
}
