import type { TestDefinition } from '@aliquot/domain';
import type { DrawnSpecimen } from '../biology/patient-biology.js';
import type { SimPatient } from '../biology/patient.js';
import {
  biasAt,
  type AnalyzerBias,
  type FaultKind,
  type MeasurementFaultKind,
} from '../faults/fault-kinds.js';
import type { TubeContent } from '../faults/specimen-faults.js';
import { isCritical, judgeResult } from '../ground-truth/ground-truth.js';
import type { SimRandom } from '../random/sim-random.js';
import type { AnalyzerProfile } from './analyzer-profile.js';
import {
  measureCoded,
  measureNumeric,
  measureVariant,
  roundForReport,
  type Measurement,
} from './measurement.js';

/** A tube on an analyzer's rack: what is in it, whose label it bears, and the truth about both. */
export interface LoadedTube {
  readonly accession: string;
  /** The patient on the label. */
  readonly patient: SimPatient;
  readonly content: TubeContent;
  /** The labelled patient's true values at the draw (what a perfect lab would report). */
  readonly truth: DrawnSpecimen;
  /** Catalog codes ordered on this tube: the worklist for analyzers that do not query the host. */
  readonly orderedTests: readonly string[];
  readonly warmUp: boolean;
  /** The tube's own stream for what the analyzers draw (noise, analytical faults), per analyzer and pass. */
  readonly random: SimRandom;
}

/** White-cell results an analyzer attaches its blast and NRBC alarms to. */
const WHITE_CELL_TESTS: ReadonlySet<string> = new Set([
  ...['WBC', 'NEUTA', 'LYMPHA', 'MONOA', 'EOSA', 'BASOA', 'NEUTP', 'LYMPHP', 'MONOP', 'EOSP', 'BASOP'],
]);

export interface MeasuredTest {
  readonly measurement: Measurement;
  readonly trueValue?: number;
  readonly faults: readonly FaultKind[];
  readonly erroneous: boolean;
  readonly critical: boolean;
}

export interface MeasureTestInput {
  readonly def: TestDefinition;
  readonly tube: LoadedTube;
  readonly profile: AnalyzerProfile;
  readonly events: readonly AnalyzerBias[];
  readonly simMinute: number;
  readonly replicate: number;
  readonly dilution: number;
  readonly fault?: MeasurementFaultKind;
}

/** The pre-analytical faults of the tube that changed this test: a WBIT changes all of them. */
function tubeFaultsFor(tube: LoadedTube, code: string): FaultKind[] {
  return tube.content.faults.flatMap((f) => {
    if (f.kind === 'wrong-blood-in-tube') return [f.kind];
    const inTube = tube.content.numeric[code];
    const true_ = tube.truth.numeric[code];
    return inTube !== undefined && true_ !== undefined && Math.abs(inTube - true_) > 1e-9 ? [f.kind] : [];
  });
}

/**
 * Measures one test on one tube and judges the result against the truth: which faults touched it,
 * whether it misrepresents the labelled patient, whether it is a true critical value. Undefined when
 * the simulated biology has no value for the test (nothing is invented).
 */
export function measureTest(input: MeasureTestInput, random: SimRandom): MeasuredTest | undefined {
  const { def, tube, profile } = input;
  const faults: FaultKind[] = [];
  let measurement: Measurement;
  let trueValue: number | undefined;
  switch (def.valueKind) {
    case 'numeric': {
      const inTube = tube.content.numeric[def.code];
      trueValue = tube.truth.numeric[def.code];
      if (inTube === undefined) return undefined;
      const biasSd = tube.warmUp ? 0 : biasAt(input.events, profile.code, def.code, input.simMinute);
      measurement = measureNumeric(
        {
          def,
          profile,
          trueValue: inTube,
          biasSd,
          dilution: input.dilution,
          replicate: input.replicate,
          ...(input.fault ? { fault: input.fault } : {}),
        },
        random,
      );
      if (biasSd !== 0) {
        for (const e of input.events) {
          if (
            e.analyzer === profile.code &&
            e.testCodes.includes(def.code) &&
            e.startMinute <= input.simMinute
          )
            faults.push(e.kind);
        }
      }
      if (input.fault === 'random-error' || input.fault === 'instrument-error-flag') faults.push(input.fault);
      if (measurement.value.kind === 'numeric' && measurement.value.comparator === '>')
        faults.push('over-range');
      if (WHITE_CELL_TESTS.has(def.code) && tube.content.morphology.length > 0) {
        measurement = { ...measurement, flags: [...measurement.flags, ...tube.content.morphology] };
      }
      break;
    }
    case 'coded': {
      const answer = tube.content.coded[def.code];
      if (answer === undefined) return undefined;
      measurement = measureCoded(def, answer, random);
      break;
    }
    case 'structured': {
      const gene = def.code.replace(/^CTDNA-/, '');
      measurement = measureVariant(def, gene, tube.content.variants, random);
      break;
    }
    case 'text':
      return undefined;
    default:
      return def.valueKind satisfies never;
  }
  faults.unshift(...tubeFaultsFor(tube, def.code));
  const unique = [...new Set(faults)];
  const erroneous = judgeResult(def, measurement, trueValue, unique);
  return {
    measurement,
    ...(trueValue === undefined ? {} : { trueValue }),
    faults: unique,
    erroneous,
    critical: !erroneous && isCritical(def, measurement),
  };
}

/**
 * What an impedance hematology analyzer reports as calculated: it counts red cells (RBC) and sizes them
 * (MCV), measures haemoglobin photometrically, and computes HCT = RBC × MCV / 10, MCH = HGB / RBC × 10
 * and MCHC = HGB / HCT × 100. So an error in the count or the size carries into the calculated indices,
 * where the laboratory's consistency rules (MCHC, rule of three) can see it. A calculated index takes on
 * the faults of the measurements it comes from.
 */
export function deriveRedCellIndices(
  measured: readonly MeasuredTest[],
  definitions: ReadonlyMap<string, TestDefinition>,
): MeasuredTest[] {
  const byCode = new Map(measured.map((m) => [m.measurement.testCode, m]));
  const number = (code: string): number | undefined => {
    const v = byCode.get(code)?.measurement.value;
    return v?.kind === 'numeric' && v.comparator === undefined ? v.value : undefined;
  };
  const rbc = number('RBC');
  const mcv = number('MCV');
  const hgb = number('HGB');
  if (rbc === undefined || mcv === undefined || hgb === undefined || rbc <= 0 || mcv <= 0)
    return [...measured];
  const hct = (rbc * mcv) / 10;
  const computed: Record<string, { value: number; from: readonly string[] }> = {
    HCT: { value: hct, from: ['RBC', 'MCV'] },
    MCH: { value: (hgb / rbc) * 10, from: ['HGB', 'RBC'] },
    MCHC: { value: (hgb / hct) * 100, from: ['HGB', 'RBC', 'MCV'] },
  };
  return measured.map((m) => {
    const code = m.measurement.testCode;
    const calc = computed[code];
    const def = definitions.get(code);
    if (calc === undefined || def === undefined || m.measurement.value.kind !== 'numeric') return m;
    const measurement: Measurement = {
      ...m.measurement,
      value: { kind: 'numeric', value: roundForReport(def, calc.value) },
    };
    const faults = [
      ...new Set([...m.faults, ...calc.from.flatMap((input) => byCode.get(input)?.faults ?? [])]),
    ];
    const erroneous = judgeResult(def, measurement, m.trueValue, faults);
    return { ...m, measurement, faults, erroneous, critical: !erroneous && isCritical(def, measurement) };
  });
}
