import type { TestDefinition } from '@aliquot/domain';
import type { TumourVariant } from '../biology/patient.js';
import type { MeasurementFaultKind } from '../faults/fault-kinds.js';
import type { SimRandom } from '../random/sim-random.js';
import type { AnalyzerProfile } from './analyzer-profile.js';

/** What an analyzer reports for one test, before it is put into a protocol's message. */
export type MeasuredValue =
  | { readonly kind: 'numeric'; readonly value: number; readonly comparator?: '<' | '>' }
  | { readonly kind: 'coded'; readonly code: string }
  | {
      readonly kind: 'variant';
      readonly gene: string;
      readonly hgvs: string;
      readonly protein: string;
      readonly alleleFraction: number;
    }
  | { readonly kind: 'no-variant'; readonly gene: string };

export interface Measurement {
  readonly testCode: string;
  readonly value: MeasuredValue;
  readonly unit?: string;
  /** Analyzer alarms (vendor words): CLOT, SHORT-SAMPLE, BUBBLE, ABOVE-LINEARITY, BLASTS… */
  readonly flags: readonly string[];
  /** The dilution the analyzer applied before measuring; 1 when none. */
  readonly dilution: number;
  /** 1 for the first measurement of a test on this tube, 2 for its rerun. */
  readonly replicate: number;
}

/** Typical analytical CV (%) where the catalog gives none. */
const FALLBACK_CVA: Readonly<Record<string, number>> = {
  hematology: 2,
  coagulation: 3,
  immunoassay: 5,
  chemistry: 2.5,
  'blood-gas': 1.5,
  urinalysis: 5,
  molecular: 10,
};

/** The analyzer's analytical CV for a test, as a fraction. */
export function analyticalCv(def: TestDefinition, profile: AnalyzerProfile): number {
  return ((def.variation?.cva ?? FALLBACK_CVA[def.discipline] ?? 3) * profile.imprecision) / 100;
}

/** Rounds to the test's reported decimals. */
export function roundForReport(def: TestDefinition, value: number): number {
  return Number(value.toFixed(def.decimals ?? 2));
}

export const INSTRUMENT_ERROR_FLAGS = ['CLOT', 'SHORT-SAMPLE', 'BUBBLE'] as const;

export interface NumericMeasurementInput {
  readonly def: TestDefinition;
  readonly profile: AnalyzerProfile;
  readonly trueValue: number;
  /** Systematic error now on this analyzer × test, in analytical SDs (QC shift or drift). */
  readonly biasSd: number;
  readonly fault?: MeasurementFaultKind;
  readonly dilution: number;
  readonly replicate: number;
}

/**
 * Measures a concentration: proportional bias, the event's systematic error, random imprecision,
 * then whatever fault was planned; clipped to the measuring range the way analyzers report it.
 */
export function measureNumeric(input: NumericMeasurementInput, random: SimRandom): Measurement {
  const { def, profile, trueValue, dilution } = input;
  const cv = analyticalCv(def, profile);
  const inCuvette = trueValue / dilution;
  const sd = Math.max(cv * inCuvette, 10 ** -(def.decimals ?? 2) / 4);
  let measured = inCuvette * (1 + profile.biasPercent / 100) + input.biasSd * sd + random.normal(0, sd);
  const flags: string[] = [];
  switch (input.fault) {
    case 'random-error':
      measured *= random.chance(0.5) ? random.uniform(0.45, 0.7) : random.uniform(1.45, 2.2);
      break;
    case 'instrument-error-flag':
      flags.push(random.pick(INSTRUMENT_ERROR_FLAGS));
      measured *= random.uniform(0.3, 0.75);
      break;
    case 'over-range':
    case undefined:
      break;
    default:
      input.fault satisfies never;
  }
  measured = Math.max(0, measured);
  const range = def.measuringRange;
  const base = {
    testCode: def.code,
    flags,
    dilution,
    replicate: input.replicate,
    ...(def.unit ? { unit: def.unit } : {}),
  };
  if (range && measured > range.high) {
    return {
      ...base,
      flags: [...flags, 'ABOVE-LINEARITY'],
      value: { kind: 'numeric', value: range.high * dilution, comparator: '>' },
    };
  }
  if (range && measured < range.low && def.code !== 'BE') {
    return { ...base, value: { kind: 'numeric', value: range.low * dilution, comparator: '<' } };
  }
  return { ...base, value: { kind: 'numeric', value: roundForReport(def, measured * dilution) } };
}

/** A dipstick reading: mostly the true answer, now and then one step off, as reflectance meters are. */
export function measureCoded(def: TestDefinition, trueAnswer: string, random: SimRandom): Measurement {
  const answers = def.answers ?? [trueAnswer];
  const at = answers.indexOf(trueAnswer);
  let code = trueAnswer;
  if (at >= 0 && random.chance(0.03)) {
    const step = random.chance(0.5) ? -1 : 1;
    code = answers[Math.min(answers.length - 1, Math.max(0, at + step))] ?? trueAnswer;
  }
  return { testCode: def.code, value: { kind: 'coded', code }, flags: [], dilution: 1, replicate: 1 };
}

/** The limit of detection of a plasma ctDNA assay, as a variant allele fraction. */
export const CTDNA_LIMIT_OF_DETECTION = 0.002;

/**
 * Reads a gene of a ctDNA panel: the variant with its measured allele fraction (counting error grows
 * at low fractions), or "no variant" when none is carried or it is below the limit of detection.
 */
export function measureVariant(
  def: TestDefinition,
  gene: string,
  carried: readonly TumourVariant[],
  random: SimRandom,
): Measurement {
  const variant = carried.find((v) => v.testCode === def.code);
  const base = { testCode: def.code, flags: [], dilution: 1, replicate: 1 };
  if (!variant) return { ...base, value: { kind: 'no-variant', gene } };
  const cv = 0.08 + 0.0004 / variant.alleleFraction;
  const measured = Math.max(0, variant.alleleFraction * (1 + random.normal(0, Math.min(0.6, cv))));
  if (measured < CTDNA_LIMIT_OF_DETECTION) return { ...base, value: { kind: 'no-variant', gene } };
  return {
    ...base,
    value: {
      kind: 'variant',
      gene: variant.gene,
      hgvs: variant.hgvs,
      protein: variant.protein,
      alleleFraction: Number(measured.toFixed(4)),
    },
  };
}
