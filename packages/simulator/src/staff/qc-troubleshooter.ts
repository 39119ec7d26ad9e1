import type { VirtualAnalyzer } from '../analyzers/virtual-analyzer.js';
import type { LabApiClient } from '../ehr/lab-api-client.js';
import type { AnalyzerBias } from '../faults/fault-kinds.js';
import type { SimClock } from '../run/sim-clock.js';

/** A repeat QC at most this often per analyzer, in simulation minutes and in real milliseconds. */
const REPEAT_QC_MINUTES = 10;
const REPEAT_QC_MS = 5000;

interface OpenHold {
  readonly id: string;
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly source: string;
  readonly reason: string;
}

/** What the technologist did about one QC hold, for the log and the score's notes. */
export interface HoldHandling {
  readonly holdId: string;
  readonly analyzer: string;
  readonly testCode: string;
  readonly cause: string;
  readonly liftedAt?: string;
}

/**
 * The technologist at the QC bench (qc.md §9): for each hold Aliquot puts on an analyzer × test, after
 * `responseMinutes` of simulation time, finds the cause — an injected shift or drift is put right by
 * recalibrating (the simulated error ends), anything else is taken for a random QC failure — records
 * the corrective action, has the analyzer run its controls again, and lifts the hold once a QC run
 * after the action is accepted. Aliquot refuses the lift while QC still fails, so a real error stays
 * held until it is fixed.
 */
export class QcTroubleshooter {
  readonly handled = new Map<string, HoldHandling>();
  readonly #seen = new Map<string, number>();
  /** When each analyzer last repeated its QC for a hold: simulation minute and wall time. */
  readonly #lastQc = new Map<string, { minute: number; at: number }>();
  #stopped = false;
  #loop: Promise<void> | undefined;

  constructor(
    readonly api: LabApiClient,
    readonly clock: SimClock,
    readonly analyzers: ReadonlyMap<string, VirtualAnalyzer>,
    readonly events: AnalyzerBias[],
    readonly responseMinutes: number,
    readonly log: (line: string) => void,
  ) {}

  start(): void {
    this.#loop ??= this.#run();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#loop;
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      try {
        await this.#work();
      } catch (error) {
        this.log(`QC bench: ${error instanceof Error ? error.message : String(error)}`);
      }
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(500, Math.min(5000, this.clock.realMs(1)))),
      );
    }
  }

  async #work(): Promise<void> {
    const open = (await this.api.get<{ items: OpenHold[] }>('/api/qc/holds?open=true&limit=200')).items;
    const now = this.clock.minute();
    const due = new Map<string, OpenHold[]>();
    for (const hold of open) {
      const seenAt = this.#seen.get(hold.id) ?? now;
      this.#seen.set(hold.id, seenAt);
      if (now - seenAt < this.responseMinutes || this.#stopped || !this.analyzers.has(hold.instrumentCode))
        continue;
      due.set(hold.instrumentCode, [...(due.get(hold.instrumentCode) ?? []), hold]);
    }
    for (const [code, holds] of due) {
      const analyzer = this.analyzers.get(code);
      if (!analyzer) continue;
      for (const hold of holds) if (!this.handled.has(hold.id)) await this.#correct(hold, now);
      // One repeat QC per analyzer, and not again until it has had time to be judged.
      const last = this.#lastQc.get(code);
      if (last && (now - last.minute < REPEAT_QC_MINUTES || Date.now() - last.at < REPEAT_QC_MS)) continue;
      this.#lastQc.set(code, { minute: now, at: Date.now() });
      await analyzer.runQcNow();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      for (const hold of holds) {
        try {
          await this.api.post(`/api/qc/holds/${hold.id}/lift`, {});
          const handling = this.handled.get(hold.id);
          if (handling) this.handled.set(hold.id, { ...handling, liftedAt: new Date().toISOString() });
        } catch {
          // QC is not acceptable yet: the hold stays, and the next repeat QC tries again.
        }
      }
    }
  }

  /** Finds the cause of a hold and puts it right; records the corrective action. */
  async #correct(hold: OpenHold, now: number): Promise<void> {
    let cause = 'Random QC failure: no trend on the Levey–Jennings chart, reagent and calibration in date';
    let action = 'Repeated QC with a fresh vial of control material';
    this.events.forEach((event, i) => {
      const active =
        event.analyzer === hold.instrumentCode &&
        event.testCodes.includes(hold.testCode) &&
        event.startMinute <= now &&
        (event.endMinute === undefined || event.endMinute > now);
      if (!active) return;
      cause = `Systematic ${event.kind === 'qc-shift' ? 'shift' : 'drift'} of ${hold.testCode} on ${hold.instrumentCode}`;
      action = 'Recalibrated the assay and repeated QC';
      // The recalibration puts the simulated error right for every test it touched.
      this.events[i] = { ...event, endMinute: now };
    });
    await this.api.post(`/api/qc/holds/${hold.id}/corrective-actions`, { cause, action });
    this.handled.set(hold.id, {
      holdId: hold.id,
      analyzer: hold.instrumentCode,
      testCode: hold.testCode,
      cause,
    });
    this.log(
      `QC bench: ${hold.instrumentCode} ${hold.testCode} held (${hold.reason}); ${action.toLowerCase()}`,
    );
  }
}
