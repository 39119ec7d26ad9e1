import { LabError } from '@aliquot/domain';
import {
  AnnotationKind,
  leveyJenningsChart,
  zChart,
  type ChartAnnotation,
  type HistoricalObservation,
  type LeveyJenningsChart,
  type ZChart,
} from '@aliquot/engines/qc';
import {
  chartObservations,
  listInstrumentEvents,
  targetInForce,
  type Executor,
  type InstrumentEventKind,
  type InstrumentEventRow,
  type QcObservationRow,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { requireLot } from './control-lot-service.js';
import { quantitativeTest } from './control-resolution.js';
import { toControlLot, toQcTarget, type ControlLot, type QcTarget, type ViolationView } from './qc-views.js';

/**
 * Chart-ready QC data (qc.md §3): the Levey–Jennings chart of one instrument × test × level × lot, with
 * mean, ±1/2/3 SD lines of the lab's target, every point with its status and the rules it broke, and
 * annotations for lot changes, calibrations and maintenance; and the multi-level z-chart.
 */

/** A z-chart without a window shows this many days back from its end. */
export const DEFAULT_Z_CHART_DAYS = 31;

function annotationKind(kind: InstrumentEventKind): AnnotationKind {
  switch (kind) {
    case 'control-lot-change':
      return AnnotationKind.controlLotChange;
    case 'reagent-lot-change':
      return AnnotationKind.reagentLotChange;
    case 'calibrator-lot-change':
    case 'calibration':
      return AnnotationKind.calibration;
    case 'maintenance':
      return AnnotationKind.maintenance;
    case 'comment':
      return AnnotationKind.comment;
    default:
      return kind satisfies never;
  }
}

function toAnnotation(event: InstrumentEventRow): ChartAnnotation {
  const lot = event.lot_number === null ? '' : ` (lot ${event.lot_number})`;
  return { kind: annotationKind(event.kind), at: event.at.toISOString(), text: `${event.description}${lot}` };
}

function toHistorical(row: QcObservationRow): HistoricalObservation {
  return {
    id: row.id,
    runId: row.run_id,
    level: row.level,
    lotId: row.lot_id,
    value: row.value,
    targetMean: row.target_mean,
    targetSd: row.target_sd,
    measuredAt: row.measured_at.toISOString(),
    status: row.status,
  };
}

/** The stored violations of the runs these observations belong to, with their sentences. */
async function runViolations(db: Executor, rows: readonly QcObservationRow[]): Promise<ViolationView[]> {
  const runIds = [...new Set(rows.map((row) => row.run_id))];
  if (runIds.length === 0) return [];
  const runs = await db.selectFrom('qc_runs').select('violations').where('id', 'in', runIds).execute();
  return runs.flatMap((run) => run.violations as ViolationView[]);
}

async function annotations(
  db: Executor,
  instrumentCode: string,
  testCode: string,
  rows: readonly QcObservationRow[],
): Promise<ChartAnnotation[]> {
  const first = rows[0];
  const last = rows.at(-1);
  if (first === undefined || last === undefined) return [];
  const events = await listInstrumentEvents(db, {
    instrumentCode,
    testCode,
    from: new Date(first.measured_at.getTime() - 86_400_000),
    to: last.measured_at,
  });
  return events.map(toAnnotation);
}

export interface LeveyJenningsQuery {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly lotId: string;
  readonly from?: Date;
  readonly to?: Date;
}

export interface LeveyJenningsData {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly lot: ControlLot;
  /** The target the lines are drawn at: the one in force at the end of the chart. */
  readonly target: QcTarget;
  readonly chart: LeveyJenningsChart;
  /** Every violation shown on the chart, with its sentence. */
  readonly violations: readonly ViolationView[];
}

export async function leveyJenningsData(
  lab: LabContext,
  actor: Actor,
  query: LeveyJenningsQuery,
): Promise<LeveyJenningsData> {
  return runUseCase(lab, actor, 'read', async ({ tx, now }) => {
    await quantitativeTest(tx, query.testCode);
    const lot = await requireLot(tx, query.lotId);
    const rows = await chartObservations(tx, query);
    const last = rows.at(-1);
    if (last === undefined) {
      throw new LabError(
        'not-found',
        `No QC values of lot ${lot.lot_number} (${lot.level}) for ${query.testCode} on ${query.instrumentCode} yet`,
      );
    }
    const key = { instrumentCode: query.instrumentCode, testCode: query.testCode, lotId: lot.id };
    const target = await targetInForce(tx, key, query.to ?? now);
    if (target === undefined) throw new Error(`QC values of lot ${lot.id} exist without a target`);
    const violations = await runViolations(tx, rows);
    const ids = new Set(rows.map((row) => row.id));
    const shown = violations.filter((violation) => violation.observationIds.some((id) => ids.has(id)));
    return {
      instrumentCode: query.instrumentCode,
      testCode: query.testCode,
      lot: toControlLot(lot),
      target: toQcTarget(target),
      chart: leveyJenningsChart({
        observations: rows.map(toHistorical),
        target: { mean: target.mean, sd: target.sd },
        violations: shown,
        annotations: await annotations(tx, query.instrumentCode, query.testCode, rows),
      }),
      violations: shown,
    };
  });
}

export interface ZChartQuery {
  readonly instrumentCode: string;
  readonly testCode: string;
  /** The last DEFAULT_Z_CHART_DAYS days before `to` when omitted. */
  readonly from?: Date;
  readonly to?: Date;
}

export interface ZChartData {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly from: string;
  readonly to: string;
  readonly chart: ZChart;
  readonly violations: readonly ViolationView[];
}

/** Every level of an instrument × test on one z axis, each point against its own target. */
export async function zChartData(lab: LabContext, actor: Actor, query: ZChartQuery): Promise<ZChartData> {
  return runUseCase(lab, actor, 'read', async ({ tx, now }) => {
    await quantitativeTest(tx, query.testCode);
    const to = query.to ?? now;
    const from = query.from ?? new Date(to.getTime() - DEFAULT_Z_CHART_DAYS * 86_400_000);
    if (from > to) {
      throw LabError.invalid('The chart window ends before it starts', [
        { location: 'from', message: 'after to' },
      ]);
    }
    const rows = await chartObservations(tx, { ...query, from, to });
    const violations = await runViolations(tx, rows);
    return {
      instrumentCode: query.instrumentCode,
      testCode: query.testCode,
      from: from.toISOString(),
      to: to.toISOString(),
      chart: zChart(
        rows.map(toHistorical),
        violations,
        await annotations(tx, query.instrumentCode, query.testCode, rows),
      ),
      violations,
    };
  });
}
