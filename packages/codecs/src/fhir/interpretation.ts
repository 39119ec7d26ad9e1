import { AbnormalFlag } from '@aliquot/domain';
import type { CodeableConcept } from './fhir-types.js';
import { FhirSystem } from './fhir-systems.js';

/**
 * Abnormal flags (HL7 table 0078) as v3 ObservationInterpretation codes: the codes are the same
 * letters; the displays are the code system's.
 * @see https://terminology.hl7.org/CodeSystem-v3-ObservationInterpretation.html
 */
const displays: Readonly<Record<AbnormalFlag, string>> = {
  L: 'Low',
  H: 'High',
  LL: 'Critical low',
  HH: 'Critical high',
  '<': 'Off scale low',
  '>': 'Off scale high',
  N: 'Normal',
  A: 'Abnormal',
  AA: 'Critical abnormal',
};

const isAbnormalFlag = (flag: string): flag is AbnormalFlag =>
  (Object.values(AbnormalFlag) as string[]).includes(flag);

/**
 * The interpretation of a result from its flags. Flags outside table 0078 (an instrument's own, such
 * as a hemolysis warning) are the lab's business and not sent. A result without an abnormal flag that
 * was checked against a reference interval is interpreted as Normal.
 */
export function interpretationOf(
  flags: readonly string[],
  checkedAgainstInterval: boolean,
): CodeableConcept[] {
  const known = flags.filter(isAbnormalFlag);
  const codes: AbnormalFlag[] = known.length > 0 ? known : checkedAgainstInterval ? ['N'] : [];
  return codes.map((code) => ({
    coding: [{ system: FhirSystem.interpretation, code, display: displays[code] }],
    text: displays[code],
  }));
}

/** Flags back from an interpretation; codes outside table 0078 (POS, NEG, R, S…) are not modelled. */
export function flagsFromInterpretation(interpretation: readonly CodeableConcept[] | undefined): string[] {
  const flags: string[] = [];
  for (const concept of interpretation ?? []) {
    for (const coding of concept.coding ?? []) {
      if (coding.system === FhirSystem.interpretation && coding.code && isAbnormalFlag(coding.code)) {
        flags.push(coding.code);
      }
    }
  }
  return flags;
}
