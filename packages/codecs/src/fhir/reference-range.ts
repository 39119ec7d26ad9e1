import type { ClinicalSex, ReferenceInterval } from '@aliquot/domain';
import type { CodeableConcept, ObservationReferenceRange, Quantity } from './fhir-types.js';
import { FhirSystem } from './fhir-systems.js';
import { ucumQuantity } from './observation-value.js';

/** SNOMED CT codes for the sex a reference range applies to. @see https://hl7.org/fhir/R4/valueset-referencerange-appliesto.html */
const sexCodes: Readonly<Record<Exclude<ClinicalSex, 'unknown'>, { code: string; display: string }>> = {
  female: { code: '248152002', display: 'Female' },
  male: { code: '248153007', display: 'Male' },
};

const NORMAL_RANGE: CodeableConcept = {
  coding: [{ system: FhirSystem.referenceRangeMeaning, code: 'normal', display: 'Normal Range' }],
  text: 'Normal Range',
};

const ageDays = (days: number): Quantity => ({ value: days, unit: 'd', system: FhirSystem.ucum, code: 'd' });

/**
 * The reference interval that applied to the patient as an Observation.referenceRange: low and high
 * in the result's unit, the sex and age partition it belongs to (ages in days, both bounds inclusive),
 * and the expected answer of a coded test as text.
 * @see https://hl7.org/fhir/R4/observation-definitions.html#Observation.referenceRange
 */
export function toReferenceRange(
  interval: ReferenceInterval,
  unit: string | undefined,
): ObservationReferenceRange | undefined {
  const hasBounds = interval.low !== undefined || interval.high !== undefined;
  if (!hasBounds && !interval.text) return undefined;
  const sex = interval.sex === 'any' || interval.sex === 'unknown' ? undefined : sexCodes[interval.sex];
  const hasAge = interval.ageFromDays !== undefined || interval.ageToDays !== undefined;
  return {
    ...(interval.low !== undefined ? { low: ucumQuantity(interval.low, unit) } : {}),
    ...(interval.high !== undefined ? { high: ucumQuantity(interval.high, unit) } : {}),
    type: NORMAL_RANGE,
    ...(sex ? { appliesTo: [{ coding: [{ system: FhirSystem.snomed, ...sex }], text: sex.display }] } : {}),
    ...(hasAge
      ? {
          age: {
            ...(interval.ageFromDays !== undefined ? { low: ageDays(interval.ageFromDays) } : {}),
            ...(interval.ageToDays !== undefined ? { high: ageDays(interval.ageToDays - 1) } : {}),
          },
        }
      : {}),
    ...(interval.text ? { text: interval.text } : {}),
  };
}

/** Days in one UCUM age unit; months and years as their mean lengths. */
const daysPer: Readonly<Record<string, number>> = { d: 1, wk: 7, mo: 30.4375, a: 365.25 };

function days(quantity: Quantity | undefined): number | undefined {
  if (quantity?.value === undefined) return undefined;
  const per = daysPer[quantity.code ?? quantity.unit ?? 'a'];
  return per === undefined ? undefined : Math.round(quantity.value * per);
}

function sexOf(appliesTo: readonly CodeableConcept[] | undefined): ReferenceInterval['sex'] {
  for (const concept of appliesTo ?? []) {
    for (const coding of concept.coding ?? []) {
      if (coding.code === sexCodes.female.code) return 'female';
      if (coding.code === sexCodes.male.code) return 'male';
    }
  }
  return 'any';
}

/**
 * A reference range read from outside as an interval. Ranges of another meaning than normal (a
 * therapeutic range, say) and appliesTo other than sex (race, pregnancy…) are not modelled.
 */
export function fromReferenceRange(range: ObservationReferenceRange): ReferenceInterval {
  const from = days(range.age?.low);
  const to = days(range.age?.high);
  return {
    sex: sexOf(range.appliesTo),
    ...(from !== undefined ? { ageFromDays: from } : {}),
    ...(to !== undefined ? { ageToDays: to + 1 } : {}),
    ...(range.low?.value !== undefined ? { low: range.low.value } : {}),
    ...(range.high?.value !== undefined ? { high: range.high.value } : {}),
    ...(range.text ? { text: range.text } : {}),
  };
}
