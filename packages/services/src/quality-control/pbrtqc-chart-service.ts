import { LabError } from '@aliquot/domain';
import { pbrtqcSeries, type PbrtqcSettings } from '@aliquot/engines/qc';
import { findPbrtqcMonitor, instrumentPatientResults, listPbrtqcAlarms } from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { toPbrtqcMonitor, type HistoryWindow, type PbrtqcMonitor } from './pbrtqc-tuning-service.js';

/**
 * Chart-ready PBRTQC data (qc.md §8): the monitor's moving statistic recomputed with its settings at
 * each numeric patient result the instrument sent, against its control limits, and the alarms the
 * live monitor raised. The live monitor starts afresh when its hold is lifted; the chart does not.
 */

/** How many of the latest results a chart without a limit shows. */
export const DEFAULT_PBRTQC_CHART_RESULTS = 500;

export interface PbrtqcChartPoint {
  readonly resultId: string;
  readonly at: string;
  readonly value: number;
  readonly included: boolean;
  readonly statistic: number | null;
  readonly beyondLimit: 'high' | 'low' | null;
}

export interface PbrtqcRecordedAlarm {
  readonly id: string;
  readonly resultId: string | null;
  readonly side: 'high' | 'low';
  readonly statistic: number;
  readonly limit: number;
  readonly raisedAt: string;
}

export interface PbrtqcChart {
  readonly monitor: PbrtqcMonitor;
  readonly points: readonly PbrtqcChartPoint[];
  readonly alarms: readonly PbrtqcRecordedAlarm[];
}

export async function pbrtqcChart(
  lab: LabContext,
  actor: Actor,
  key: { readonly instrumentCode: string; readonly testCode: string },
  window: HistoryWindow = {},
): Promise<PbrtqcChart> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const row = await findPbrtqcMonitor(tx, key.instrumentCode, key.testCode);
    if (row === undefined) {
      throw LabError.notFound('PBRTQC monitor of', `${key.testCode} on ${key.instrumentCode}`);
    }
    const results = await instrumentPatientResults(tx, key, {
      ...window,
      limit: window.limit ?? DEFAULT_PBRTQC_CHART_RESULTS,
    });
    const series = pbrtqcSeries(
      results.map((r) => r.value),
      row.settings as PbrtqcSettings,
    );
    const first = results[0]?.at;
    const alarms = await listPbrtqcAlarms(tx, key, {
      ...(first === undefined ? {} : { from: first }),
      ...(window.to === undefined ? {} : { to: window.to }),
    });
    return {
      monitor: toPbrtqcMonitor(row),
      points: series.map((point, i) => ({
        resultId: results[i]?.id ?? '',
        at: results[i]?.at.toISOString() ?? '',
        value: point.value,
        included: point.included,
        statistic: point.statistic ?? null,
        beyondLimit: point.alarm ?? null,
      })),
      alarms: alarms.map((a) => ({
        id: a.id,
        resultId: a.result_id,
        side: a.side,
        statistic: a.statistic,
        limit: a.limit_value,
        raisedAt: a.raised_at.toISOString(),
      })),
    };
  });
}
