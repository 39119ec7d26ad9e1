/**
 * Levey–Jennings and multi-level z-chart data (shared/domain/qc.md §3): what a chart component needs to
 * draw, including rejected points and the events that explain shifts.
 */
import { describe, expect, it } from 'vitest';
import { LabError } from '@aliquot/domain';
import type { HistoricalObservation } from './control-observation.js';
import { leveyJenningsChart, zChart } from './levey-jennings-chart.js';
import { replayRuns } from './westgard-replay.js';

/** Glucose control level 1, target 100 ± 2 mg/dL, one value a day from 1 March. */
function day(index: number, value: number, level = 'L1', mean = 100, sd = 2): HistoricalObservation {
  return {
    id: `${level}-d${index + 1}`,
    runId: `d${index + 1}`,
    level,
    lotId: 'lot-7',
    value,
    targetMean: mean,
    targetSd: sd,
    measuredAt: new Date(Date.UTC(2025, 2, index + 1, 7)).toISOString(),
    status: 'accepted',
  };
}

describe('a Levey–Jennings chart for glucose level 1', () => {
  const values = [100.4, 98.9, 101.7, 99.2, 107.3, 100.8];
  const observations = values.map((value, index) => day(index, value));

  it('has lines at the mean and ±1, ±2, ±3 SD of the lab target', () => {
    const chart = leveyJenningsChart({ observations });
    expect(chart.lines).toEqual([
      { k: -3, value: 94 },
      { k: -2, value: 96 },
      { k: -1, value: 98 },
      { k: 0, value: 100 },
      { k: 1, value: 102 },
      { k: 2, value: 104 },
      { k: 3, value: 106 },
    ]);
    expect(chart).toMatchObject({ level: 'L1', lotId: 'lot-7', mean: 100, sd: 2 });
  });

  it('plots the points in measurement order with their z, even when given out of order', () => {
    const chart = leveyJenningsChart({ observations: [...observations].reverse() });
    expect(chart.points.map((point) => point.id)).toEqual(observations.map((observation) => observation.id));
    expect(chart.points[4]?.z).toBeCloseTo(3.65, 10);
  });

  it('marks the point of a run rejected by 1-3s with the rule, from the replayed evaluations', () => {
    const replay = replayRuns(observations, {
      rules: ['1-3s', '2-2s', 'R-4s'],
      resetAtControlLotChange: true,
    });
    const chart = leveyJenningsChart({
      observations: replay.history,
      violations: replay.runs.flatMap((outcome) => outcome.evaluation.violations),
    });
    const rejected = chart.points.find((point) => point.id === 'L1-d5');
    expect(rejected).toMatchObject({
      status: 'rejected',
      violations: [{ rule: '1-3s', role: 'rejection', scope: 'within-run' }],
    });
    expect(chart.points.filter((point) => point.violations.length > 0)).toHaveLength(1);
  });

  it('stretches the value range to show the 107.3 outlier as well as ±3 SD', () => {
    expect(leveyJenningsChart({ observations }).valueRange).toEqual({ min: 94, max: 107.3 });
  });

  it('places a calibration and a reagent-lot change between the points they fall between', () => {
    const chart = leveyJenningsChart({
      observations,
      annotations: [
        { kind: 'reagent-lot-change', at: '2025-03-04T12:00:00Z', text: 'reagent lot R-2291' },
        { kind: 'calibration', at: '2025-03-01T06:00:00Z' },
      ],
    });
    expect(chart.annotations).toEqual([
      { kind: 'calibration', at: '2025-03-01T06:00:00Z', afterPointIndex: -1 },
      {
        kind: 'reagent-lot-change',
        at: '2025-03-04T12:00:00Z',
        text: 'reagent lot R-2291',
        afterPointIndex: 3,
      },
    ]);
  });

  it('draws against a target the lab gives, such as a re-established mean', () => {
    const chart = leveyJenningsChart({ observations, target: { mean: 101, sd: 2.5 } });
    expect(chart.lines.find((line) => line.k === 2)?.value).toBe(106);
    expect(chart.points[0]?.z).toBeCloseTo(-0.24, 10);
  });

  it('refuses observations of two levels or two lots on one chart', () => {
    expect(() => leveyJenningsChart({ observations: [...observations, day(7, 250, 'L2', 250, 10)] })).toThrow(
      LabError,
    );
    expect(() =>
      leveyJenningsChart({ observations: [...observations, { ...day(8, 100), lotId: 'lot-8' }] }),
    ).toThrow(/one level and one control lot/);
  });

  it('refuses an empty chart without a target, and an annotation without a date', () => {
    expect(() => leveyJenningsChart({ observations: [] })).toThrow(LabError);
    expect(() =>
      leveyJenningsChart({ observations, annotations: [{ kind: 'maintenance', at: 'yesterday' }] }),
    ).toThrow(/not a date-time/);
  });
});

describe('a multi-level z-chart', () => {
  const observations = [
    day(0, 101, 'L1'),
    day(0, 262, 'L2', 250, 10),
    day(1, 103, 'L1'),
    day(1, 271, 'L2', 250, 10),
  ].map((observation, index) => ({
    ...observation,
    measuredAt: new Date(Date.UTC(2025, 2, 1, 7 + index)).toISOString(),
  }));

  it('puts both levels on one z axis, each against its own target, in pooled measurement order', () => {
    const chart = zChart(observations);
    expect(chart.series.map((series) => series.level)).toEqual(['L1', 'L2']);
    expect(chart.series[0]?.points.map((point) => [point.sequenceIndex, point.z])).toEqual([
      [0, 0.5],
      [2, 1.5],
    ]);
    expect(chart.series[1]?.points.map((point) => [point.sequenceIndex, point.z])).toEqual([
      [1, 1.2],
      [3, expect.closeTo(2.1, 10)],
    ]);
    expect(chart.lines.map((line) => line.value)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
  });

  it('shows a 4-1s across levels on every point that made it', () => {
    const replay = replayRuns(observations, { rules: ['4-1s'], resetAtControlLotChange: true });
    const violations = replay.runs.flatMap((outcome) => outcome.evaluation.violations);
    expect(violations).toHaveLength(0);
    const shifted = observations.map((observation) => ({
      ...observation,
      value: observation.value + 1.2 * observation.targetSd,
    }));
    const shiftedReplay = replayRuns(shifted, { rules: ['4-1s'], resetAtControlLotChange: true });
    const chart = zChart(
      shiftedReplay.history,
      shiftedReplay.runs.flatMap((outcome) => outcome.evaluation.violations),
    );
    const marked = chart.series.flatMap((series) =>
      series.points.filter((point) => point.violations.length > 0),
    );
    expect(marked).toHaveLength(4);
    expect(marked.every((point) => point.violations[0]?.rule === '4-1s')).toBe(true);
  });
});
