import { ClinicalSex } from '@aliquot/domain';
import type { Extension, FhirPatient } from './fhir-types.js';
import {
  GENDER_IDENTITY_EXTENSION,
  R4_GENDER_IDENTITY_EXTENSION,
  type FhirMappingContext,
} from './fhir-systems.js';
import { identifierOfType, typedIdentifier, type Decoded } from './fhir-concepts.js';
import type { PatientFacts } from './lab-facts.js';

/**
 * The patient: MRN (typed MR) and other identifiers, name, birth date, and `gender` from the sex for
 * clinical use, the one reference intervals are chosen by. Gender identity, as the patient states it,
 * is kept apart in the individual-genderIdentity extension and never feeds `gender`.
 * @see https://hl7.org/fhir/R4/patient.html
 * @see https://hl7.org/fhir/extensions/StructureDefinition-individual-genderIdentity.html
 */
export function toFhirPatient(patient: PatientFacts, context: FhirMappingContext): FhirPatient {
  return {
    resourceType: 'Patient',
    id: patient.id,
    ...(patient.genderIdentity
      ? {
          extension: [
            {
              url: GENDER_IDENTITY_EXTENSION,
              extension: [{ url: 'value', valueCodeableConcept: { text: patient.genderIdentity } }],
            },
          ],
        }
      : {}),
    identifier: [
      { use: 'usual', ...typedIdentifier('MR', 'Medical record number', context.systems.mrn, patient.mrn) },
      ...patient.identifiers.map((i) => ({ system: i.system, value: i.value })),
    ],
    name: [
      {
        use: 'official',
        family: patient.familyName,
        ...(patient.givenName ? { given: patient.givenName.split(/\s+/).filter(Boolean) } : {}),
      },
    ],
    gender: patient.clinicalSex,
    birthDate: patient.birthDate,
  };
}

/** What registering a patient takes, read from a FHIR Patient. */
export interface PatientIntake {
  readonly mrn: string;
  readonly familyName: string;
  readonly givenName: string;
  readonly birthDate: string;
  readonly clinicalSex: ClinicalSex;
  readonly genderIdentity?: string;
  readonly identifiers: readonly { readonly system: string; readonly value: string }[];
}

function genderIdentityOf(extensions: readonly Extension[] | undefined): string | undefined {
  for (const extension of extensions ?? []) {
    if (extension.url === GENDER_IDENTITY_EXTENSION) {
      const value = extension.extension?.find((e) => e.url === 'value')?.valueCodeableConcept;
      const text = value?.text ?? value?.coding?.[0]?.display ?? value?.coding?.[0]?.code;
      if (text) return text;
    }
    if (extension.url === R4_GENDER_IDENTITY_EXTENSION) {
      const value = extension.valueCodeableConcept;
      const text = value?.text ?? value?.coding?.[0]?.display ?? value?.coding?.[0]?.code;
      if (text) return text;
    }
  }
  return undefined;
}

/**
 * Reads a Patient to register. The MRN is the identifier typed MR, or else the one in the lab's MRN
 * system; the official (else first) name; `gender` other has no clinical-sex counterpart and is read as
 * unknown. Telecom, address, contacts and the like are not modelled.
 */
export function fromFhirPatient(patient: FhirPatient, context: FhirMappingContext): Decoded<PatientIntake> {
  const issues: { location: string; message: string }[] = [];
  const mrn =
    identifierOfType(patient.identifier, 'MR') ??
    patient.identifier?.find((i) => i.system === context.systems.mrn && i.value);
  if (!mrn?.value) {
    issues.push({
      location: 'Patient.identifier',
      message: `an identifier typed MR (v2-0203) or in the system ${context.systems.mrn} is required as the MRN`,
    });
  }
  const name = patient.name?.find((n) => n.use === 'official') ?? patient.name?.[0];
  if (!name?.family) issues.push({ location: 'Patient.name.family', message: 'a family name is required' });
  if (!patient.birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(patient.birthDate)) {
    issues.push({ location: 'Patient.birthDate', message: 'a full birth date (YYYY-MM-DD) is required' });
  }
  if (issues.length > 0 || !mrn?.value || !name?.family || !patient.birthDate) return { ok: false, issues };
  const clinicalSex: ClinicalSex =
    patient.gender === 'female' || patient.gender === 'male' ? ClinicalSex[patient.gender] : 'unknown';
  const genderIdentity = genderIdentityOf(patient.extension);
  return {
    ok: true,
    value: {
      mrn: mrn.value,
      familyName: name.family,
      givenName: (name.given ?? []).join(' '),
      birthDate: patient.birthDate,
      clinicalSex,
      ...(genderIdentity ? { genderIdentity } : {}),
      // Every identifier with a system stays, the MRN too when another authority issued it.
      identifiers: (patient.identifier ?? [])
        .filter((i) => i.system && i.value && !(i === mrn && i.system === context.systems.mrn))
        .map((i) => ({ system: i.system ?? '', value: i.value ?? '' })),
    },
  };
}
