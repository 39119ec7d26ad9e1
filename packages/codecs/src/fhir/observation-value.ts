import type { ResultValue, VariantValue } from '@aliquot/domain';
import type { FhirObservation, ObservationComponent, Quantity } from './fhir-types.js';
import { FhirSystem, type LabSystems } from './fhir-systems.js';

/** The value[x] (and, for a variant, component) elements of an Observation. */
export type ObservationValue = Pick<
  FhirObservation,
  'valueQuantity' | 'valueCodeableConcept' | 'valueString' | 'component'
>;

/**
 * LOINC codes of the variant components.
 * @see https://hl7.org/fhir/uv/genomics-reporting/STU1/obs-variant.html
 */
export const VariantLoinc = {
  geneStudied: '48018-6',
  dnaChange: '48004-6',
  alleleFrequency: '81258-6',
  clinicalSignificance: '53037-8',
  /** Answer "Present" of 69548-6 Genetic variant assessment. */
  present: 'LA9633-4',
} as const;

/** A UCUM quantity; the unit is both the display and the code. */
export function ucumQuantity(
  value: number,
  unit: string | undefined,
  comparator?: Quantity['comparator'],
): Quantity {
  return {
    value,
    ...(comparator ? { comparator } : {}),
    ...(unit ? { unit, system: FhirSystem.ucum, code: unit } : {}),
  };
}

const loincConcept = (code: string, display: string) => ({
  coding: [{ system: FhirSystem.loinc, code, display }],
  text: display,
});

function variantComponents(value: VariantValue): ObservationComponent[] {
  const components: ObservationComponent[] = [
    {
      code: loincConcept(VariantLoinc.geneStudied, 'Gene studied [ID]'),
      valueCodeableConcept: { text: value.gene },
    },
    {
      code: loincConcept(VariantLoinc.dnaChange, 'DNA change (c.HGVS)'),
      valueCodeableConcept: { coding: [{ system: FhirSystem.hgvs, code: value.hgvs }], text: value.hgvs },
    },
  ];
  if (value.alleleFraction !== undefined) {
    components.push({
      code: loincConcept(VariantLoinc.alleleFrequency, 'Sample variant allelic frequency [NFr]'),
      valueQuantity: ucumQuantity(value.alleleFraction, '1'),
    });
  }
  if (value.interpretation) {
    components.push({
      code: loincConcept(VariantLoinc.clinicalSignificance, 'Genetic variation clinical significance [Imp]'),
      valueCodeableConcept: { text: value.interpretation },
    });
  }
  return components;
}

/**
 * A result value as value[x]: a number as a UCUM Quantity (with its comparator), text as a string, a
 * coded answer as a CodeableConcept, a variant as "Present" with gene, HGVS, allele fraction and
 * significance as components.
 * @see https://hl7.org/fhir/R4/observation-definitions.html#Observation.value_x_
 */
export function toObservationValue(
  value: ResultValue,
  unit: string | undefined,
  systems: LabSystems,
): ObservationValue {
  switch (value.kind) {
    case 'numeric':
      return { valueQuantity: ucumQuantity(value.value, unit, value.comparator) };
    case 'text':
      return { valueString: value.text };
    case 'coded':
      return {
        valueCodeableConcept: {
          coding: [
            {
              system: value.system ?? systems.answer,
              code: value.code,
              ...(value.display ? { display: value.display } : {}),
            },
          ],
          text: value.display ?? value.code,
        },
      };
    case 'structured':
      return {
        valueCodeableConcept: {
          coding: [{ system: FhirSystem.loinc, code: VariantLoinc.present, display: 'Present' }],
          text: 'Present',
        },
        component: variantComponents(value),
      };
    default:
      return value satisfies never;
  }
}

const componentOf = (observation: FhirObservation, loinc: string): ObservationComponent | undefined =>
  observation.component?.find((c) =>
    c.code.coding?.some((coding) => coding.system === FhirSystem.loinc && coding.code === loinc),
  );

/** The value of an Observation read from outside, with its UCUM unit; undefined when it has none we model. */
export function fromObservationValue(
  observation: FhirObservation,
  systems: LabSystems,
): { value: ResultValue; unit?: string } | undefined {
  const quantity = observation.valueQuantity;
  if (quantity?.value !== undefined) {
    const unit = quantity.system === FhirSystem.ucum ? (quantity.code ?? quantity.unit) : quantity.unit;
    return {
      value: {
        kind: 'numeric',
        value: quantity.value,
        ...(quantity.comparator ? { comparator: quantity.comparator } : {}),
      },
      ...(unit ? { unit } : {}),
    };
  }
  if (observation.valueString !== undefined)
    return { value: { kind: 'text', text: observation.valueString } };
  const concept = observation.valueCodeableConcept;
  if (!concept) return undefined;
  const gene = componentOf(observation, VariantLoinc.geneStudied);
  const change = componentOf(observation, VariantLoinc.dnaChange);
  if (gene && change) {
    const fraction = componentOf(observation, VariantLoinc.alleleFrequency)?.valueQuantity?.value;
    const significance = componentOf(observation, VariantLoinc.clinicalSignificance)?.valueCodeableConcept
      ?.text;
    const geneName = gene.valueCodeableConcept?.text ?? gene.valueCodeableConcept?.coding?.[0]?.display;
    const hgvs = change.valueCodeableConcept?.coding?.[0]?.code ?? change.valueCodeableConcept?.text;
    if (geneName && hgvs) {
      return {
        value: {
          kind: 'structured',
          gene: geneName,
          hgvs,
          ...(fraction !== undefined ? { alleleFraction: fraction } : {}),
          ...(significance ? { interpretation: significance } : {}),
        },
      };
    }
  }
  const coding = concept.coding?.find((c) => c.code !== undefined);
  if (coding?.code) {
    const display = coding.display ?? (concept.text !== coding.code ? concept.text : undefined);
    return {
      value: {
        kind: 'coded',
        code: coding.code,
        ...(display ? { display } : {}),
        ...(coding.system && coding.system !== systems.answer ? { system: coding.system } : {}),
      },
    };
  }
  return concept.text ? { value: { kind: 'text', text: concept.text } } : undefined;
}
