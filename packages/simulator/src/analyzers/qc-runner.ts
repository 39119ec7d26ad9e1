import type { TestDefinition } from '@aliquot/domain';
import { biasAt } from '../faults/fault-kinds.js';
import type { AnalyzerProfile } from './analyzer-profile.js';
import type { InstrumentTransport } from './instrument-transport.js';
import type { Measurement } from './measurement.js';
import { controlSpecimenId, controlTargets, measureControl, type ControlTarget } from './qc-material.js';
import type { AnalyzerContext } from './virtual-analyzer.js';

/** The control targets of every numeric test an analyzer runs, by level. */
export function analyzerControlTargets(
  profile: AnalyzerProfile,
  catalog: ReadonlyMap<string, TestDefinition>,
): Map<number, { def: TestDefinition; target: ControlTarget }[]> {
  const byLevel = new Map<number, { def: TestDefinition; target: ControlTarget }[]>();
  for (const code of profile.tests) {
    const def = catalog.get(code);
    if (!def) continue;
    for (const target of controlTargets(def, profile)) {
      byLevel.set(target.level, [...(byLevel.get(target.level) ?? []), { def, target }]);
    }
  }
  return byLevel;
}

/**
 * One QC event: each control level is loaded as a tube with the control's barcode and measured for
 * every test with a target, with whatever systematic error the analyzer carries right now (that is how
 * a shift or drift shows on the Levey–Jennings chart before anyone knows of it).
 */
export async function runQualityControl(
  profile: AnalyzerProfile,
  transport: InstrumentTransport,
  context: AnalyzerContext,
): Promise<void> {
  const { catalog, clock, events, random, ledger } = context;
  for (const [level, entries] of analyzerControlTargets(profile, catalog)) {
    const minute = clock.minute();
    const biasSd: Record<string, number> = {};
    const measurements: Measurement[] = entries.map(({ def, target }) => {
      const bias = biasAt(events, profile.code, def.code, minute);
      if (bias !== 0) biasSd[def.code] = bias;
      return {
        testCode: def.code,
        value: { kind: 'numeric', value: measureControl(def, target, bias, random) },
        ...(def.unit ? { unit: def.unit } : {}),
        flags: [],
        dilution: 1,
        replicate: 1,
      };
    });
    const specimenId = controlSpecimenId(profile, level);
    const measuredAt = new Date();
    await transport.sendResults({ specimenId, qualityControl: true, measurements, measuredAt });
    ledger.qcRuns.push({
      analyzer: profile.code,
      specimenId,
      level,
      at: measuredAt.toISOString(),
      simMinute: minute,
      biasSd,
    });
  }
}
