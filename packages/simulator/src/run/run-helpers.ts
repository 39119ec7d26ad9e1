import type { AnalyzerStats, VirtualAnalyzer } from '../analyzers/virtual-analyzer.js';
import type { AnalyzerBias } from '../faults/fault-kinds.js';
import type { GroundTruthLedger } from '../ground-truth/ground-truth.js';
import type { Scenario } from '../scenario/scenario-types.js';
import { QcTroubleshooter } from '../staff/qc-troubleshooter.js';
import { VirtualTechnologist } from '../staff/virtual-technologist.js';
import type { SimStaff } from './lab-run.js';
import type { SimClock } from './sim-clock.js';

/** Waits until `count` has not changed for `quietMs` (or `maxMs` have passed). */
export async function quietFor(count: () => number, quietMs: number, maxMs: number): Promise<void> {
  const end = Date.now() + maxMs;
  let last = count();
  let since = Date.now();
  while (Date.now() < end && Date.now() - since < quietMs) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (count() !== last) {
      last = count();
      since = Date.now();
    }
  }
}

/** What went wrong on an analyzer, for the score's notes. */
export function analyzerNotes(code: string, stats: AnalyzerStats): string[] {
  const notes: string[] = [];
  if (stats.failures > 0) notes.push(`${code}: ${stats.failures} messages failed (see the log)`);
  if (stats.noOrders > 0) notes.push(`${code}: ${stats.noOrders} tubes for which the host had no orders`);
  return notes;
}

/** The people at the bench: one phones critical values, one works QC holds (each when it can). */
export function startStaff(
  scenario: Scenario,
  staff: SimStaff,
  clock: SimClock,
  analyzers: ReadonlyMap<string, VirtualAnalyzer>,
  events: AnalyzerBias[],
  log: (line: string) => void,
): { calls?: VirtualTechnologist; qc?: QcTroubleshooter } {
  const minutes = scenario.staff.criticalCallMinutes;
  const calls =
    minutes === undefined ? undefined : new VirtualTechnologist(staff.technologist, clock, minutes, log);
  const qc = staff.supervisor
    ? new QcTroubleshooter(
        staff.supervisor,
        clock,
        analyzers,
        events,
        scenario.staff.qcResponseMinutes ?? 20,
        log,
      )
    : undefined;
  calls?.start();
  qc?.start();
  return { ...(calls ? { calls } : {}), ...(qc ? { qc } : {}) };
}

/** Writes into the ground truth when each analyzer error was put right, from the events' end minutes. */
export function markCorrections(
  ledger: GroundTruthLedger,
  events: readonly AnalyzerBias[],
  origin: number,
  clock: SimClock,
): void {
  ledger.analyzerEvents.forEach((truth, i) => {
    const event = events.find(
      (e) =>
        e.analyzer === truth.analyzer &&
        e.startMinute - origin === truth.startMinute &&
        e.kind === truth.kind,
    );
    if (event?.endMinute === undefined || !Number.isFinite(clock.speed)) return;
    ledger.analyzerEvents[i] = {
      ...truth,
      endedAt: new Date(clock.startedAt + clock.realMs(event.endMinute)).toISOString(),
    };
  });
}
