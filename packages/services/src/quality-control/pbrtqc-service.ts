import { LabError } from '@aliquot/domain';
import {
  createPbrtqcState,
  nextPbrtqc,
  type PbrtqcAlarm,
  type PbrtqcSettings,
  type PbrtqcState,
} from '@aliquot/engines/qc';
import {
  findPbrtqcMonitor,
  insertPbrtqcAlarm,
  lockPbrtqcMonitors,
  monitoredPbrtqcTests,
  openInstrumentHolds,
  savePbrtqcState,
  type Executor,
  type PbrtqcMonitorRow,
} from '@aliquot/storage';
import { TransactionMemo } from '../transaction-memo.js';
import type { UnitOfWork } from '../use-case.js';
import { placeHold, type PlacedHold } from './instrument-hold-service.js';

/**
 * Patient-based real-time QC per instrument × test (qc.md §8): each released-or-verified patient result
 * from an instrument moves a moving average, moving median or EWMA over truncated results; a statistic
 * outside the control limits is an alarm, which holds the instrument × test like a QC rejection, with
 * the look-back list (qc.md §9).
 *
 * @see Loh TP et al., Clin Chem Lab Med 2020, doi:10.1515/cclm-2019-1024 (IFCC WG-PBRTQC).
 */

export interface PatientResultForPbrtqc {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly value: number;
  readonly resultId: string;
}

export type PbrtqcObservation =
  | { readonly monitored: false }
  | {
      readonly monitored: true;
      /** False when truncation dropped the value. */
      readonly included: boolean;
      /** The moving statistic after this result, null while it warms up. */
      readonly statistic: number | null;
      readonly alarm: PbrtqcAlarm | null;
      /** The hold this alarm placed; null when there was no alarm or a PBRTQC hold was already open. */
      readonly hold: PlacedHold | null;
    };

/** A stored state, checked to be what this code wrote (a monitor row is only written here). */
export function decodePbrtqcState(row: PbrtqcMonitorRow): PbrtqcState {
  const state = row.state as Partial<PbrtqcState> | null;
  if (
    state === null ||
    typeof state !== 'object' ||
    !Array.isArray(state.window) ||
    !Array.isArray(state.sorted) ||
    typeof state.resultsSeen !== 'number' ||
    typeof state.resultsIncluded !== 'number'
  ) {
    return createPbrtqcState(row.settings as PbrtqcSettings);
  }
  return {
    settings: row.settings as PbrtqcSettings,
    window: state.window,
    sorted: state.sorted,
    ewma: typeof state.ewma === 'number' ? state.ewma : undefined,
    resultsSeen: state.resultsSeen,
    resultsIncluded: state.resultsIncluded,
  };
}

/** The running state without its settings (stored apart), as JSON. */
export function encodePbrtqcState(state: PbrtqcState): Record<string, unknown> {
  return {
    window: state.window,
    sorted: state.sorted,
    ...(state.ewma === undefined ? {} : { ewma: state.ewma }),
    resultsSeen: state.resultsSeen,
    resultsIncluded: state.resultsIncluded,
  };
}

/** Starts a monitor's statistic afresh (after its hold is lifted, or when its settings change). */
export async function restartPbrtqcMonitor(
  tx: Executor,
  instrumentCode: string,
  testCode: string,
  now: Date,
): Promise<void> {
  const monitor = await findPbrtqcMonitor(tx, instrumentCode, testCode, true);
  if (monitor === undefined) return;
  const fresh = createPbrtqcState(monitor.settings as PbrtqcSettings);
  await savePbrtqcState(
    tx,
    { instrumentCode, testCode },
    { state: encodePbrtqcState(fresh), lastStatistic: null, lastResultId: null, updatedAt: now },
  );
}

/** Which tests of an instrument are monitored, read once per transaction: most results are not. */
const monitoredTests = new TransactionMemo<ReadonlySet<string>>();

const sideText = (alarm: PbrtqcAlarm): string =>
  alarm.side === 'high' ? `above the upper limit ${alarm.limit}` : `below the lower limit ${alarm.limit}`;

/**
 * Locks, before any of them is fed, the monitors a batch of patient results (one analyzer message) will
 * feed, in one order for every batch. Two messages feeding the same monitors then wait for each other;
 * locking each monitor at its first result, in message order, they could deadlock.
 */
export async function lockPbrtqcMonitorsFor(
  uow: UnitOfWork,
  results: readonly { readonly instrumentCode: string; readonly testCode: string }[],
): Promise<void> {
  const byInstrument = new Map<string, Set<string>>();
  for (const { instrumentCode, testCode } of results) {
    const tests = byInstrument.get(instrumentCode) ?? new Set<string>();
    tests.add(testCode);
    byInstrument.set(instrumentCode, tests);
  }
  for (const [instrumentCode, tests] of [...byInstrument].sort(([a], [b]) => a.localeCompare(b))) {
    const monitored = await monitoredTests.get(
      uow.tx,
      instrumentCode,
      async () => new Set(await monitoredPbrtqcTests(uow.tx, instrumentCode)),
    );
    await lockPbrtqcMonitors(
      uow.tx,
      instrumentCode,
      [...tests].filter((test) => monitored.has(test)),
    );
  }
}

/**
 * Feeds one patient result from an instrument to that instrument × test's PBRTQC monitor, inside the
 * caller's unit of work. Does nothing when no monitor is configured or it is switched off. On an alarm
 * with no PBRTQC hold open, records the alarm and places the hold with its look-back list.
 */
export async function observePatientResult(
  uow: UnitOfWork,
  input: PatientResultForPbrtqc,
): Promise<PbrtqcObservation> {
  const { tx, now } = uow;
  const key = { instrumentCode: input.instrumentCode, testCode: input.testCode };
  const monitored = await monitoredTests.get(
    tx,
    input.instrumentCode,
    async () => new Set(await monitoredPbrtqcTests(tx, input.instrumentCode)),
  );
  if (!monitored.has(input.testCode)) return { monitored: false };
  const monitor = await findPbrtqcMonitor(tx, input.instrumentCode, input.testCode, true);
  if (monitor === undefined || !monitor.enabled) return { monitored: false };
  if (!Number.isFinite(input.value)) {
    throw LabError.invalid(`A patient result for PBRTQC must be a finite number, not ${input.value}`);
  }
  const step = nextPbrtqc(decodePbrtqcState(monitor), input.value);
  await savePbrtqcState(tx, key, {
    state: encodePbrtqcState(step.state),
    lastStatistic: step.statistic ?? monitor.last_statistic,
    lastResultId: input.resultId,
    updatedAt: now,
  });
  const alarm = step.alarm ?? null;
  let hold: PlacedHold | null = null;
  if (alarm !== null) {
    const open = await openInstrumentHolds(tx, input.instrumentCode, input.testCode);
    if (!open.some((row) => row.source === 'pbrtqc')) {
      const stored = await insertPbrtqcAlarm(tx, {
        instrument_code: input.instrumentCode,
        test_code: input.testCode,
        result_id: input.resultId,
        side: alarm.side,
        statistic: alarm.statistic,
        limit_value: alarm.limit,
        result_number: alarm.resultNumber,
        raised_at: now,
      });
      const method = (monitor.settings as PbrtqcSettings).calculation.method;
      hold = await placeHold(uow, {
        ...key,
        source: 'pbrtqc',
        reason: `PBRTQC alarm: the ${method.toUpperCase()} of patient results, ${alarm.statistic.toPrecision(4)}, is ${sideText(alarm)}`,
        pbrtqcAlarmId: stored.id,
        failedAt: now,
        placedBy: 'pbrtqc',
      });
      uow.audit({ action: 'qc.pbrtqc.alarm', entity: 'pbrtqc-alarm', entityId: stored.id, after: stored });
    }
  }
  return {
    monitored: true,
    included: step.included,
    statistic: step.statistic ?? null,
    alarm,
    hold,
  };
}
