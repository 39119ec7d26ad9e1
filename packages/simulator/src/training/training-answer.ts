import type { TestDefinition } from '@aliquot/domain';
import type { MeasuredTest } from '../analyzers/tube-measurement.js';
import type { SimPatient } from '../biology/patient.js';
import type { FaultKind } from '../faults/fault-kinds.js';
import type { TubeContent } from '../faults/specimen-faults.js';
import { expectedDecision, type CaseAnswer } from './training-grader.js';

type Measured = { readonly def: TestDefinition; readonly m: MeasuredTest };

const valueOf = (x: Measured | undefined): string => {
  const v = x?.m.measurement.value;
  return v?.kind === 'numeric' ? `${v.comparator ?? ''}${v.value}` : '';
};

/** Writes the answer key of a case: what happened, the right decision, and the clues on the screen. */
export function describeCase(
  measured: readonly Measured[],
  content: TubeContent,
  patient: SimPatient,
  other: SimPatient,
  overRange: string | undefined,
): CaseAnswer {
  const erroneous = measured.filter((x) => x.m.erroneous);
  const faults = [...new Set(erroneous.flatMap((x) => x.m.faults))];
  const criticals = measured.filter((x) => x.m.critical);
  const { expected, acceptable } = expectedDecision(faults, criticals.length > 0);
  const by = (code: string): Measured | undefined => measured.find((x) => x.def.code === code);
  const truth: string[] = [];
  const clues: string[] = [];
  for (const fault of faults) {
    const tubeFault = content.faults.find((f) => f.kind === fault);
    if (tubeFault) truth.push(tubeFault.description);
    clues.push(...cluesFor(fault, measured, content, by, other, overRange));
  }
  for (const x of erroneous.filter((e) => e.m.faults.includes('random-error'))) {
    truth.push(
      `${x.def.name} was mismeasured without an alarm: ${valueOf(x)} sent, ${x.m.trueValue?.toPrecision(3)} true.`,
    );
  }
  for (const x of erroneous.filter((e) => e.m.faults.includes('instrument-error-flag'))) {
    truth.push(
      `The analyzer flagged ${x.m.measurement.flags.join(', ')} on ${x.def.name}: that measurement is not valid.`,
    );
  }
  if (overRange)
    truth.push(
      `${by(overRange)?.def.name ?? overRange} is truly above the measuring range: a validated dilution gives the number.`,
    );
  if (faults.length === 0 && criticals.length > 0) {
    truth.push(`A true critical value: the patient has ${patient.condition.replaceAll('-', ' ')}.`);
    for (const x of criticals) {
      const limit = x.def.critical;
      clues.push(
        `${x.def.name} ${valueOf(x)} ${x.def.unit ?? ''} is beyond the critical limit (${limit?.low ?? '–'} / ${limit?.high ?? '–'}).`,
      );
    }
  }
  if (truth.length === 0) {
    truth.push(
      patient.condition === 'healthy'
        ? 'Nothing went wrong: the results describe a healthy patient.'
        : `Nothing went wrong: the abnormal results describe the patient's ${patient.condition.replaceAll('-', ' ')}.`,
    );
  }
  return { expected, acceptable, faults, truth: truth.join(' '), clues: [...new Set(clues)] };
}

function cluesFor(
  fault: FaultKind,
  measured: readonly Measured[],
  content: TubeContent,
  by: (code: string) => Measured | undefined,
  other: SimPatient,
  overRange: string | undefined,
): string[] {
  switch (fault) {
    case 'hemolysis':
      return [
        `H index ${content.serumIndices.hemolysis}: red cells broke and released potassium, LDH and AST.`,
      ];
    case 'edta-contamination':
      return [
        `Potassium ${valueOf(by('K'))} with calcium ${valueOf(by('CA'))}: EDTA chelates calcium and brings potassium.`,
      ];
    case 'iv-saline-contamination':
      return [
        `Chloride ${valueOf(by('CL'))} with calcium ${valueOf(by('CA'))} and everything else diluted: saline from the drip arm.`,
      ];
    case 'iv-dextrose-contamination':
      return [
        `Glucose ${valueOf(by('GLU'))} with sodium ${valueOf(by('NA'))} and calcium ${valueOf(by('CA'))} diluted: dextrose from the drip arm.`,
      ];
    case 'aged-specimen':
      return ['The collection time is hours before analysis: past the stability of potassium and glucose.'];
    case 'wrong-blood-in-tube':
      return [
        `Compare with the previous results: analytes that barely vary in one person (MCV, creatinine) changed beyond biological variation. The blood is ${other.familyName}'s.`,
      ];
    case 'instrument-error-flag':
      return measured
        .filter((x) => x.m.faults.includes(fault))
        .map((x) => `Analyzer alarm ${x.m.measurement.flags.join(', ')} on ${x.def.name}.`);
    case 'random-error':
      return measured
        .filter((x) => x.m.faults.includes(fault))
        .map((x) => `${x.def.name} does not fit the other results or the previous one.`);
    case 'over-range':
      return overRange
        ? [
            `${by(overRange)?.def.name ?? overRange} reported as ${valueOf(by(overRange))}: beyond the measuring range.`,
          ]
        : [];
    case 'qc-shift':
    case 'qc-drift':
      return ['QC on this analyzer was out of control when this was measured.'];
    case 'poct-uncertified-operator':
      return ['The operator’s certification had lapsed.'];
    default:
      return fault satisfies never;
  }
}
