import { LabError } from '@aliquot/domain';
import {
  createPbrtqcState,
  createSeededRandom,
  deriveControlLimits,
  simulateBiasDetection,
  summarize,
  validatePbrtqcProcedure,
  type BiasDetectionReport,
  type ControlLimits,
  type DerivedControlLimits,
  type PbrtqcProcedure,
  type PbrtqcSettings,
  type SimulatedBias,
} from '@aliquot/engines/qc';
import {
  findPbrtqcMonitor,
  historicalPatientValues,
  listPbrtqcMonitors,
  savePbrtqcMonitor,
  type Executor,
  type PbrtqcMonitorRow,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { quantitativeTest } from './control-resolution.js';
import { encodePbrtqcState } from './pbrtqc-service.js';

/**
 * Setting up and tuning patient-based real-time QC (qc.md §8): the lab's own released results of a test
 * from an instrument are the data that limits are derived from and that bias detection is simulated on
 * (IFCC WG-PBRTQC: optimise by simulation on the lab's data, verify before go-live).
 *
 * @see Badrick T et al., Clin Chem 2019;65:962; Zhou Q et al., CCLM 2022 (ANPed, MNPed, 95NPed).
 */

/** How many of the latest released results are used when no window is given. */
export const DEFAULT_HISTORY_LIMIT = 20_000;

export interface PbrtqcMonitor {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly settings: PbrtqcSettings;
  readonly enabled: boolean;
  readonly lastStatistic: number | null;
  readonly resultsSeen: number;
  readonly configuredBy: string;
  readonly configuredAt: string;
}

export function toPbrtqcMonitor(row: PbrtqcMonitorRow): PbrtqcMonitor {
  const state = row.state as { resultsSeen?: unknown };
  return {
    instrumentCode: row.instrument_code,
    testCode: row.test_code,
    settings: row.settings as PbrtqcSettings,
    enabled: row.enabled,
    lastStatistic: row.last_statistic,
    resultsSeen: typeof state.resultsSeen === 'number' ? state.resultsSeen : 0,
    configuredBy: row.configured_by,
    configuredAt: row.configured_at.toISOString(),
  };
}

export interface HistoryWindow {
  readonly from?: Date;
  readonly to?: Date;
  readonly limit?: number;
}

function checkFinite(procedure: PbrtqcProcedure, limits?: ControlLimits): void {
  const numbers = [
    ...(procedure.truncation === undefined ? [] : [procedure.truncation.low, procedure.truncation.high]),
    ...(limits === undefined ? [] : [limits.lower, limits.upper]),
  ];
  if (numbers.some((value) => !Number.isFinite(value))) {
    throw LabError.invalid('Truncation and control limits must be finite numbers');
  }
  validatePbrtqcProcedure(procedure, limits);
}

async function history(
  db: Executor,
  key: { instrumentCode: string; testCode: string },
  window: HistoryWindow,
) {
  return historicalPatientValues(db, key, {
    ...(window.from === undefined ? {} : { from: window.from }),
    ...(window.to === undefined ? {} : { to: window.to }),
    limit: window.limit ?? DEFAULT_HISTORY_LIMIT,
  });
}

/** Limits from the stored history for a target false-alarm rate, refusing when there is too little data. */
async function deriveFromHistory(
  db: Executor,
  key: { instrumentCode: string; testCode: string },
  procedure: PbrtqcProcedure,
  falseAlarmRate: number,
  window: HistoryWindow,
): Promise<DerivedControlLimits> {
  const values = await history(db, key, window);
  if (values.length === 0) {
    throw LabError.invalid(
      `No released ${key.testCode} results from ${key.instrumentCode} to derive control limits from; give the limits`,
    );
  }
  return deriveControlLimits(values, procedure, falseAlarmRate);
}

export interface ConfigurePbrtqc {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly procedure: PbrtqcProcedure;
  /** The control limits; derived from the stored history at `falseAlarmRate` when omitted. */
  readonly controlLimits?: ControlLimits;
  readonly falseAlarmRate?: number;
  readonly history?: HistoryWindow;
  readonly enabled?: boolean;
}

/** Sets (or replaces) the PBRTQC monitor of an instrument × test; its statistic starts afresh. */
export async function configurePbrtqc(
  lab: LabContext,
  actor: Actor,
  input: ConfigurePbrtqc,
): Promise<{ monitor: PbrtqcMonitor; derivedLimits: DerivedControlLimits | null }> {
  return runUseCase(lab, actor, 'rules:write', async ({ tx, now, audit }) => {
    await quantitativeTest(tx, input.testCode);
    const key = { instrumentCode: input.instrumentCode, testCode: input.testCode };
    checkFinite(input.procedure, input.controlLimits);
    let derived: DerivedControlLimits | null = null;
    let limits = input.controlLimits;
    if (limits === undefined) {
      if (input.falseAlarmRate === undefined) {
        throw LabError.invalid('Give the control limits, or a false-alarm rate to derive them from history', [
          { location: 'controlLimits', message: 'missing' },
        ]);
      }
      derived = await deriveFromHistory(tx, key, input.procedure, input.falseAlarmRate, input.history ?? {});
      limits = { lower: derived.lower, upper: derived.upper };
    }
    const settings: PbrtqcSettings = { ...input.procedure, controlLimits: limits };
    const before = await findPbrtqcMonitor(tx, input.instrumentCode, input.testCode, true);
    const row = await savePbrtqcMonitor(tx, {
      instrument_code: input.instrumentCode,
      test_code: input.testCode,
      settings,
      enabled: input.enabled ?? true,
      state: encodePbrtqcState(createPbrtqcState(settings)),
      last_statistic: null,
      last_result_id: null,
      configured_by: actor.username,
      configured_at: now,
      updated_at: now,
    });
    audit({
      action: 'qc.pbrtqc.configure',
      entity: 'pbrtqc-monitor',
      entityId: `${input.instrumentCode}/${input.testCode}`,
      before: before?.settings ?? null,
      after: { settings, enabled: row.enabled, derived },
    });
    return { monitor: toPbrtqcMonitor(row), derivedLimits: derived };
  });
}

export async function listPbrtqc(
  lab: LabContext,
  actor: Actor,
  filter: { instrumentCode?: string; testCode?: string } = {},
): Promise<PbrtqcMonitor[]> {
  return runUseCase(lab, actor, 'read', async ({ tx }) =>
    (await listPbrtqcMonitors(tx, filter)).map(toPbrtqcMonitor),
  );
}

export interface PbrtqcTuning {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly bias: SimulatedBias;
  /** The procedure to try; the monitor's stored one when omitted. */
  readonly procedure?: PbrtqcProcedure;
  /** Limits to try; the monitor's when the procedure is omitted, else derived at `falseAlarmRate`. */
  readonly controlLimits?: ControlLimits;
  readonly falseAlarmRate?: number;
  readonly introductions?: number;
  /** The simulation is seeded, so the same request gives the same figures. */
  readonly seed?: number;
  readonly history?: HistoryWindow;
}

export interface PbrtqcTuningReport {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly settings: PbrtqcSettings;
  readonly derivedLimits: DerivedControlLimits | null;
  readonly data: { readonly results: number; readonly mean: number; readonly sd: number };
  readonly bias: SimulatedBias;
  readonly seed: number;
  readonly report: BiasDetectionReport;
}

/** What a bias of a chosen size would take to detect with these settings, on the lab's own results. */
export async function simulatePbrtqc(
  lab: LabContext,
  actor: Actor,
  input: PbrtqcTuning,
): Promise<PbrtqcTuningReport> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    await quantitativeTest(tx, input.testCode);
    const key = { instrumentCode: input.instrumentCode, testCode: input.testCode };
    const window = input.history ?? {};
    const values = await history(tx, key, window);
    if (values.length < 2) {
      throw LabError.invalid(
        `Only ${values.length} released ${input.testCode} result(s) from ${input.instrumentCode}; ` +
          'PBRTQC is tuned on the lab’s own history',
      );
    }
    let settings: PbrtqcSettings;
    let derived: DerivedControlLimits | null = null;
    if (input.procedure === undefined) {
      const monitor = await findPbrtqcMonitor(tx, input.instrumentCode, input.testCode);
      if (monitor === undefined) {
        throw LabError.invalid(
          `${input.testCode} on ${input.instrumentCode} has no PBRTQC monitor; give the procedure to try`,
          [{ location: 'procedure', message: 'missing' }],
        );
      }
      settings = monitor.settings as PbrtqcSettings;
    } else if (input.controlLimits !== undefined) {
      checkFinite(input.procedure, input.controlLimits);
      settings = { ...input.procedure, controlLimits: input.controlLimits };
    } else {
      checkFinite(input.procedure);
      derived = deriveControlLimits(values, input.procedure, input.falseAlarmRate ?? 0.001);
      settings = { ...input.procedure, controlLimits: { lower: derived.lower, upper: derived.upper } };
    }
    const seed = input.seed ?? 1;
    const report = simulateBiasDetection({
      results: values,
      bias: input.bias,
      settings,
      introductions: input.introductions ?? 500,
      random: createSeededRandom(seed),
    });
    const summary = summarize(values);
    return {
      ...key,
      settings,
      derivedLimits: derived,
      data: { results: values.length, mean: summary.mean, sd: summary.sd },
      bias: input.bias,
      seed,
      report,
    };
  });
}
