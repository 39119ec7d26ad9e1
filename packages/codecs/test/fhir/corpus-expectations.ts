/**
 * What we model of each official R4 lab example, checked by fhir-corpus-mapping.test.ts.
 * - refused: the example cannot enter our model, and why.
 * - notModelled: top-level elements we neither read nor write (text, performer, identifier of an
 *   Observation, encounter, contained…).
 * - lost: values inside the elements we do model that do not survive the round trip. Most are
 *   displays (LOINC displays are not stored; units are written as their UCUM code), the subject's
 *   display, and codes in systems we do not use (SNOMED CT types and categories, local codes).
 */
export const expected: Readonly<
  Record<
    string,
    {
      readonly refused?: readonly string[];
      readonly notModelled?: readonly string[];
      readonly lost?: readonly string[];
    }
  >
> = {
  // CBC report: the HM section survives beside LAB; SNOMED category, identifier, conclusion, performer are not ours.
  'Bundle-f001 > DiagnosticReport/f001': {
    notModelled: ['text', 'identifier', 'performer', 'conclusion'],
    lost: [
      'category[0].coding[0].system',
      'category[0].coding[0].code',
      'category[0].coding[0].display',
      'code.coding[0].display',
      'subject.display',
    ],
  },
  // an untyped identifier is read as the placer number (value kept, system not); a requester by Practitioner reference is not kept (we know providers by NPI).
  'Bundle-f001 > ServiceRequest/req': {
    notModelled: ['text', 'extension', 'encounter'],
    lost: [
      'identifier[0].system',
      'intent',
      'code.coding[0].display',
      'subject.display',
      'requester.reference',
    ],
  },
  // blood culture, coded in SNOMED only: we model LOINC and lab codes, so the code does not survive.
  'Bundle-f202 > DiagnosticReport/f202': {
    notModelled: ['text', 'performer', 'conclusion', 'conclusionCode'],
    lost: [
      'category[0].coding[0].system',
      'category[0].coding[0].code',
      'category[0].coding[0].display',
      'code.coding[0].system',
      'code.coding[0].code',
      'code.coding[0].display',
      'subject.display',
      'result[0].display',
    ],
  },
  'Bundle-f202 > ServiceRequest/req': {
    notModelled: ['text', 'encounter'],
    lost: [
      'intent',
      'code.coding[0].system',
      'code.coding[0].code',
      'code.coding[0].display',
      'subject.display',
      'requester.reference',
    ],
  },
  'Bundle-lipids > DiagnosticReport/lipids': {
    notModelled: ['text', 'identifier', 'performer'],
    lost: ['code.coding[0].display', 'result[0].id', 'result[1].id', 'result[2].id', 'result[3].id'],
  },
  'Bundle-lipids > Observation/cholesterol': {
    notModelled: ['text', 'performer'],
    lost: ['code.coding[0].display'],
  },
  'Bundle-lipids > Observation/hdlcholesterol': {
    notModelled: ['text', 'performer'],
    lost: ['code.coding[0].display'],
  },
  'Bundle-lipids > Observation/ldlcholesterol': {
    notModelled: ['text', 'performer'],
    lost: ['code.coding[0].display'],
  },
  'Bundle-lipids > Observation/triglyceride': {
    notModelled: ['text', 'performer'],
    lost: ['code.coding[0].display'],
  },
  'Bundle-report > DiagnosticReport/report': {
    notModelled: ['text', 'extension', 'performer'],
    lost: ['subject.display', 'specimen[0].display'],
  },
  'Bundle-report > Observation/o1': { notModelled: ['text'], lost: ['code.coding[0].display'] },
  'Bundle-report > Observation/o10': { notModelled: ['text'], lost: ['code.coding[0].display'] },
  // a CodeableConcept with text only (a karyotype) is read as a text result and written as valueString.
  'Bundle-report > Observation/o11': {
    notModelled: ['text'],
    lost: ['code.coding[0].display', 'valueCodeableConcept'],
  },
  'Bundle-report > Observation/o12': { notModelled: ['text'] },
  'Bundle-report > Observation/o13': { notModelled: ['text'] },
  'Bundle-report > Observation/o2': { notModelled: ['text'], lost: ['code.coding[0].display'] },
  'Bundle-report > Observation/o3': { notModelled: ['text'], lost: ['code.coding[0].display'] },
  'Bundle-report > Observation/o4': { notModelled: ['text'], lost: ['code.coding[0].display'] },
  'Bundle-report > Observation/o5': { notModelled: ['text'], lost: ['code.coding[0].display'] },
  'Bundle-report > Observation/o6': { notModelled: ['text'], lost: ['code.coding[0].display'] },
  'Bundle-report > Observation/o7': { notModelled: ['text'], lost: ['code.coding[0].display'] },
  'Bundle-report > Observation/o8': { notModelled: ['text'], lost: ['code.coding[0].display'] },
  'Bundle-report > Observation/o9': { notModelled: ['text'], lost: ['code.coding[0].display'] },
  'DiagnosticReport-102': { notModelled: ['text', 'performer', 'conclusionCode'] },
  // an imaging report without results: with nothing resulted our status is registered, and RAD is not a lab section.
  'DiagnosticReport-f201': {
    notModelled: ['text', 'performer', 'imagingStudy', 'conclusion', 'conclusionCode'],
    lost: [
      'status',
      'category[0].coding[0].system',
      'category[0].coding[0].code',
      'category[0].coding[0].display',
      'code.coding[0].system',
      'code.coding[0].code',
      'code.coding[0].display',
      'subject.display',
    ],
  },
  // a device measurement coded in ISO 11073: neither the code nor the unit system is LOINC or UCUM.
  'Observation-656': {
    notModelled: ['text', 'identifier', 'performer'],
    lost: [
      'code.coding[0].system',
      'code.coding[0].code',
      'code.coding[0].display',
      'valueQuantity.system',
      'valueQuantity.code',
    ],
  },
  // the answer keeps its SNOMED code and display; the concept text "A" is not kept.
  'Observation-bloodgroup': {
    notModelled: ['text'],
    lost: ['code.coding[0].display', 'valueCodeableConcept.text'],
  },
  // body weight, a vital sign: we write every Observation as laboratory, and keep one LOINC code.
  'Observation-example': {
    notModelled: ['text', 'encounter'],
    lost: [
      'category[0].coding[0].code',
      'category[0].coding[0].display',
      'code.coding[0].display',
      'code.coding[1].code',
      'code.coding[1].display',
      'code.coding[2].system',
      'code.coding[2].code',
      'code.coding[2].display',
      'code.coding[3].system',
      'code.coding[3].code',
      'valueQuantity.unit',
    ],
  },
  'Observation-example-genetics-1': {
    notModelled: ['text', 'extension', 'performer'],
    lost: ['code.coding[0].display', 'subject.display', 'specimen.display'],
  },
  'Observation-f001': {
    notModelled: ['text', 'identifier', 'performer'],
    lost: [
      'code.coding[0].display',
      'subject.display',
      'effectivePeriod',
      'valueQuantity.unit',
      'referenceRange[0].low.unit',
      'referenceRange[0].high.unit',
    ],
  },
  'Observation-f002': {
    notModelled: ['text', 'identifier', 'performer'],
    lost: [
      'code.coding[0].display',
      'subject.display',
      'effectivePeriod',
      'valueQuantity.unit',
      'referenceRange[0].low.unit',
      'referenceRange[0].high.unit',
    ],
  },
  'Observation-f003': {
    notModelled: ['text', 'identifier', 'performer'],
    lost: ['code.coding[0].display', 'subject.display', 'effectivePeriod'],
  },
  'Observation-f004': {
    notModelled: ['text', 'identifier', 'performer'],
    lost: ['code.coding[0].display', 'subject.display', 'effectivePeriod', 'valueQuantity.unit'],
  },
  'Observation-f005': {
    notModelled: ['text', 'identifier', 'performer'],
    lost: [
      'code.coding[0].display',
      'subject.display',
      'effectivePeriod',
      'valueQuantity.unit',
      'referenceRange[0].low.unit',
      'referenceRange[0].high.unit',
    ],
  },
  // entered-in-error has no counterpart in a lab whose results are never deleted.
  'Observation-f202': {
    refused: ['Observation.status: status entered-in-error has no counterpart in the lab'],
  },
  // a unit coded in SNOMED is read as the UCUM unit of its text (mmol/L); SNOMED interpretation codings are not kept, v3 ones are.
  'Observation-f203': {
    notModelled: ['text', 'identifier', 'performer', 'method'],
    lost: [
      'code.coding[0].display',
      'code.coding[1].system',
      'code.coding[1].code',
      'code.coding[1].display',
      'subject.display',
      'valueQuantity.system',
      'valueQuantity.code',
      'interpretation[0].coding[0].system',
      'interpretation[0].coding[0].code',
      'interpretation[0].coding[0].display',
    ],
  },
  'Observation-f204': {
    notModelled: ['text', 'identifier', 'performer'],
    lost: [
      'code.coding[0].system',
      'code.coding[0].code',
      'code.coding[0].display',
      'subject.display',
      'valueQuantity.system',
      'valueQuantity.code',
      'interpretation[0].coding[0].system',
      'interpretation[0].coding[0].code',
      'interpretation[0].coding[0].display',
    ],
  },
  // a POS interpretation is not an HL7 0078 flag.
  'Observation-f206': {
    notModelled: ['text', 'performer', 'method'],
    lost: [
      'code.coding[0].system',
      'code.coding[0].code',
      'code.coding[0].display',
      'code.coding[1].display',
      'subject.display',
      'interpretation',
    ],
  },
  'Observation-rhstatus': {
    notModelled: ['text'],
    lost: ['code.coding[0].display', 'valueCodeableConcept.text'],
  },
  // cancelled: our reason for an absent value is always not-performed; the range keeps its unit.
  'Observation-unsat': {
    notModelled: ['text', 'identifier', 'performer', 'note'],
    lost: [
      'code.coding[0].display',
      'subject.display',
      'effectivePeriod',
      'dataAbsentReason.coding[0].system',
      'dataAbsentReason.coding[0].code',
      'dataAbsentReason.coding[0].display',
      'referenceRange[0].low.unit',
      'referenceRange[0].high.unit',
    ],
  },
  // the EHR MRN stays as an identifier with its system; our MR identifier is in the lab MRN system. Only the official name is kept.
  'Patient-example': {
    notModelled: [
      'text',
      'active',
      'telecom',
      '_birthDate',
      'deceasedBoolean',
      'address',
      'contact',
      'managingOrganization',
    ],
    lost: [
      'identifier[0].system',
      'identifier[0].period',
      'identifier[0].assigner',
      'name[1].use',
      'name[1].given[0]',
      'name[2].use',
      'name[2].family',
      'name[2].period',
    ],
  },
  // no identifier is typed MR: our model needs an MRN.
  'Patient-f001': {
    refused: [
      'Patient.identifier: an identifier typed MR (v2-0203) or in the system urn:aliquot:mrn is required as the MRN',
    ],
  },
  // no birth date: our model needs one (it picks reference intervals).
  'Patient-pat1': { refused: ['Patient.birthDate: a full birth date (YYYY-MM-DD) is required'] },
  // no birth date; gender other would be read as clinical sex unknown.
  'Patient-pat2': { refused: ['Patient.birthDate: a full birth date (YYYY-MM-DD) is required'] },
  // a CT order coded in SNOMED: not a lab orderable.
  'ServiceRequest-example': {
    notModelled: ['text', 'category'],
    lost: ['code.coding[0].system', 'code.coding[0].code', 'code.coding[0].display'],
  },
  'ServiceRequest-example-pgx': {
    notModelled: ['text'],
    lost: ['intent', 'code.coding[0].display', 'requester'],
  },
  'ServiceRequest-ft4': {
    notModelled: ['text', 'occurrenceDateTime'],
    lost: ['intent', 'code.coding[0].display', 'requester'],
  },
  // contained resources, encounter, reasons and supporting info are not modelled; the placer number keeps its value, not its system.
  'ServiceRequest-lipid': {
    notModelled: [
      'text',
      'contained',
      'encounter',
      'occurrenceDateTime',
      'performer',
      'reasonCode',
      'supportingInfo',
    ],
    lost: [
      'identifier[0].type.text',
      'identifier[0].system',
      'intent',
      'code.coding[0].system',
      'code.coding[0].code',
      'requester',
      'specimen',
    ],
  },
  // a SNOMED specimen type and container details (capacity, additive) are not modelled; the accession number is kept, its system becomes ours.
  'Specimen-101': {
    notModelled: ['text', 'contained', 'identifier', 'note'],
    lost: [
      'accessionIdentifier.system',
      'type.coding[0].system',
      'type.coding[0].code',
      'type.coding[0].display',
      'subject.display',
      'collection.collector',
      'collection.quantity',
      'collection.method',
      'collection.bodySite',
      'container[0].identifier',
      'container[0].description',
      'container[0].type.text',
      'container[0].capacity',
      'container[0].specimenQuantity',
      'container[0].additiveReference',
    ],
  },
  'Specimen-sst': {
    notModelled: ['text'],
    lost: [
      'accessionIdentifier.system',
      'type.coding[0].system',
      'type.coding[0].code',
      'type.coding[0].display',
      'collection.collector',
      'container[0].type.coding[0].system',
      'container[0].type.coding[0].code',
      'container[0].type.coding[0].display',
    ],
  },
  // RANDU is not one of our specimen types, so it is written in the lab system only; processing steps are not modelled.
  'Specimen-vma-urine': {
    notModelled: ['text', 'processing'],
    lost: [
      'accessionIdentifier.system',
      'type.coding[0].system',
      'type.coding[0].display',
      'collection.collector',
      'container[0].type.text',
      'container[0].capacity',
      'container[0].specimenQuantity',
    ],
  },
};
