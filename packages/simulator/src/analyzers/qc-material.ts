import { referenceIntervalFor, type TestDefinition } from '@aliquot/domain';
import type { SimRandom } from '../random/sim-random.js';
import type { AnalyzerProfile } from './analyzer-profile.js';
import { analyticalCv, roundForReport } from './measurement.js';

/** One level of a control material for one test: the value assigned and the SD the lab expects. */
export interface ControlTarget {
  readonly testCode: string;
  readonly level: number;
  readonly mean: number;
  readonly sd: number;
}

/**
 * Control levels placed where they matter: level 1 below the reference interval, level 2 inside it,
 * level 3 above it, all within the measuring range. The targets are the ones the lab established on this
 * analyzer (qc.md §4), so they include its own bias; the SD is its analytical SD at that level.
 * Coded tests (dipsticks) and molecular panels have no numeric controls here.
 */
export function controlTargets(def: TestDefinition, profile: AnalyzerProfile): ControlTarget[] {
  if (def.valueKind !== 'numeric') return [];
  const ri = referenceIntervalFor(def, 'female', 40 * 365) ?? referenceIntervalFor(def, 'male', 40 * 365);
  const low = ri?.low;
  const high = ri?.high;
  let levels: number[];
  if (low !== undefined && high !== undefined) {
    // Low abnormal, normal, high abnormal: half the interval's width beyond each limit.
    const half = (high - low) / 2;
    levels = [low - half > 0 || low <= 0 ? low - half : low * 0.5, low + half, high + half];
  } else if (high !== undefined) levels = [high * 0.5, high * 0.9, high * 2];
  else if (low !== undefined) levels = [low * 0.7, low * 1.5, low * 2.5];
  else if (def.measuringRange) {
    const { low: l, high: h } = def.measuringRange;
    levels = [l + (h - l) * 0.05, l + (h - l) * 0.2, l + (h - l) * 0.6];
  } else return [];
  const range = def.measuringRange;
  if (range) levels = levels.map((v) => Math.min(range.high * 0.9, Math.max(range.low * 1.5, v)));
  const cv = analyticalCv(def, profile);
  return levels.slice(0, profile.qc.levels === 2 ? 2 : 3).map((value, i) => {
    // Two-level materials are the low and the high abnormal levels.
    const assigned = profile.qc.levels === 2 && i === 1 ? (levels[2] ?? value) : value;
    const mean = roundForReport(def, assigned * (1 + profile.biasPercent / 100));
    return {
      testCode: def.code,
      level: i + 1,
      mean,
      sd: Math.max(Math.abs(mean) * cv, 10 ** -(def.decimals ?? 2)),
    };
  });
}

/** A control measured: its established target, the event's systematic error and imprecision. */
export function measureControl(
  def: TestDefinition,
  target: ControlTarget,
  biasSd: number,
  random: SimRandom,
): number {
  return roundForReport(def, target.mean + (biasSd + random.normal()) * target.sd);
}

/** The barcode on a control tube of one level. */
export function controlSpecimenId(profile: AnalyzerProfile, level: number): string {
  return profile.qc.specimenId.replace('{level}', String(level));
}
