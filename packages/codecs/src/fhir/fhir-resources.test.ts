/**
 * Every resource the codec writes, for one realistic patient, passes both offline validators; and
 * the mappings say what a lab person expects: statuses, interpretation, ranges, units.
 */
import { describe, expect, it } from 'vitest';
import { validateFhir } from '@aliquot/testkit';
import {
  capabilityStatement,
  defaultMappingContext as context,
  errorOutcome,
  orderItemId,
  parseOrderItemId,
  reportStatus,
  searchBundle,
  toFhirDevice,
  toFhirDiagnosticReport,
  toFhirObservation,
  toFhirPatient,
  toFhirServiceRequest,
  toFhirSpecimen,
  type ObservationFacts,
  type OrderItemFacts,
} from './index.js';

const patientId = '6f1c2d0e-7a51-4c1b-9a0e-3c2b1a000001';
const orderId = '0b7e4d8a-2f1c-4e9b-8d3a-5c6b7a000002';
const chem = '1d2c3b4a-0000-4000-8000-000000000003';
const edta = '1d2c3b4a-0000-4000-8000-000000000004';
const urine = '1d2c3b4a-0000-4000-8000-000000000005';
const plasma = '1d2c3b4a-0000-4000-8000-000000000006';

const patient = toFhirPatient(
  {
    id: patientId,
    mrn: 'MRN-31415',
    familyName: 'Okafor',
    givenName: 'Adaeze Grace',
    birthDate: '1958-11-02',
    clinicalSex: 'female',
    genderIdentity: 'woman',
    identifiers: [{ system: 'urn:oid:2.16.840.1.113883.4.1', value: '123-45-6789' }],
  },
  context,
);

const item = (
  code: string,
  name: string,
  loinc: string | undefined,
  specimenIds: string[],
): OrderItemFacts => ({
  id: orderItemId(orderId, code),
  orderNumber: 'O260000042',
  placerOrderNumber: 'EHR-778',
  orderable: { code, name, ...(loinc ? { loinc } : {}) },
  orderStatus: 'active',
  analysisStatuses: ['released', 'released'],
  priority: 'stat',
  patientId,
  orderedAt: '2026-03-02T07:55:00.000Z',
  requester: { npi: '1234567893', familyName: 'Hale', givenName: 'Marcus' },
  specimenIds,
  clinicalInfo: 'Chest pain, on furosemide',
});

const base = {
  version: 1,
  patientId,
  effectiveAt: '2026-03-02T08:05:00.000Z',
  issuedAt: '2026-03-02T09:01:00.000Z',
  flags: [] as string[],
};

const observations: ObservationFacts[] = [
  {
    ...base,
    id: 'a0000000-0000-4000-8000-000000000010',
    status: 'final',
    test: { code: 'K', loinc: '2823-3', name: 'Potassium' },
    specimenId: chem,
    serviceRequestId: orderItemId(orderId, 'BMP'),
    value: { kind: 'numeric', value: 6.4 },
    unit: 'mmol/L',
    flags: ['HH'],
    referenceInterval: { sex: 'any', low: 3.5, high: 5.1 },
    instrumentId: 'cobas-c503-1',
  },
  {
    ...base,
    id: 'a0000000-0000-4000-8000-000000000011',
    status: 'held',
    test: { code: 'CREA', loinc: '2160-0', name: 'Creatinine' },
    specimenId: chem,
    serviceRequestId: orderItemId(orderId, 'BMP'),
    value: { kind: 'numeric', value: 0.82 },
    unit: 'mg/dL',
    referenceInterval: { sex: 'female', low: 0.59, high: 1.04 },
  },
  {
    ...base,
    id: 'a0000000-0000-4000-8000-000000000012',
    status: 'final',
    test: { code: 'PLT', loinc: '777-3', name: 'Platelet count' },
    specimenId: edta,
    serviceRequestId: orderItemId(orderId, 'CBC'),
    value: { kind: 'numeric', value: 12, comparator: '<' },
    unit: '10*3/uL',
    flags: ['LL'],
    referenceInterval: { sex: 'any', ageFromDays: 6570, low: 150, high: 400 },
  },
  {
    ...base,
    id: 'a0000000-0000-4000-8000-000000000013',
    status: 'final',
    test: { code: 'UNIT', loinc: '5802-4', name: 'Nitrite, urine (dipstick)' },
    specimenId: urine,
    serviceRequestId: orderItemId(orderId, 'UA'),
    value: { kind: 'coded', code: 'pos', display: 'Positive' },
    referenceInterval: { sex: 'any', text: 'neg' },
  },
  {
    ...base,
    id: 'a0000000-0000-4000-8000-000000000014',
    status: 'final',
    test: { code: 'CTDNA-EGFR', name: 'EGFR variants, circulating tumor DNA' },
    specimenId: plasma,
    serviceRequestId: orderItemId(orderId, 'CTDNA'),
    value: {
      kind: 'structured',
      gene: 'EGFR',
      hgvs: 'NM_005228.5:c.2573T>G',
      alleleFraction: 0.034,
      interpretation: 'Pathogenic',
    },
    referenceInterval: { sex: 'any', text: 'No variant detected' },
  },
  {
    ...base,
    id: 'a0000000-0000-4000-8000-000000000015',
    version: 2,
    status: 'corrected',
    test: { code: 'NA', loinc: '2951-2', name: 'Sodium' },
    specimenId: chem,
    serviceRequestId: orderItemId(orderId, 'BMP'),
    value: { kind: 'numeric', value: 138 },
    unit: 'mmol/L',
    referenceInterval: { sex: 'any', low: 136, high: 145 },
    corrects: { value: { kind: 'numeric', value: 183 }, unit: 'mmol/L', version: 1 },
  },
  {
    ...base,
    id: 'a0000000-0000-4000-8000-000000000016',
    status: 'cancelled',
    test: { code: 'GLU', loinc: '2345-7', name: 'Glucose' },
    specimenId: chem,
    value: { kind: 'numeric', value: 5 },
    unit: 'mg/dL',
  },
];

const resources = [
  ['Patient', patient],
  [
    'ServiceRequest BMP',
    toFhirServiceRequest(item('BMP', 'Basic metabolic panel', '24321-2', [chem]), context),
  ],
  ['ServiceRequest CTDNA', toFhirServiceRequest(item('CTDNA', 'ctDNA panel', undefined, [plasma]), context)],
  [
    'Specimen rejected',
    toFhirSpecimen(
      {
        id: chem,
        accessionNumber: 'A260000123',
        specimenType: 'SER/PLAS',
        container: 'LIHEP',
        patientId,
        state: 'rejected',
        collectedAt: '2026-03-02T08:05:00.000Z',
        receivedAt: '2026-03-02T08:20:00.000Z',
        rejection: { reason: 'hemolyzed', comment: 'H-index 320' },
        requestIds: [orderItemId(orderId, 'BMP')],
      },
      context,
    ),
  ],
  [
    'Specimen aliquot',
    toFhirSpecimen(
      {
        id: plasma,
        accessionNumber: 'A260000124-1',
        specimenType: 'PLAS',
        container: 'ALIQUOT',
        patientId,
        parentId: edta,
        state: 'received',
        collectedAt: '2026-03-02T08:05:00.000Z',
        requestIds: [],
      },
      context,
    ),
  ],
  ...observations.map(
    (o) => [`Observation ${o.test.code} ${o.status}`, toFhirObservation(o, context)] as const,
  ),
  [
    'DiagnosticReport BMP',
    toFhirDiagnosticReport(
      {
        id: orderItemId(orderId, 'BMP'),
        serviceRequestId: orderItemId(orderId, 'BMP'),
        panel: { code: 'BMP', loinc: '24321-2', name: 'Basic metabolic panel' },
        patientId,
        specimenIds: [chem],
        members: observations.slice(0, 2).map((o) => ({
          observationId: o.id,
          status: o.status,
          analysisStatus: 'released' as const,
        })),
        effectiveAt: base.effectiveAt,
        issuedAt: base.issuedAt,
      },
      context,
    ),
  ],
  [
    'Device',
    toFhirDevice({ id: 'cobas-c503-1', name: 'cobas c 503 (bench 2)', manufacturer: 'Roche' }, context),
  ],
  [
    'OperationOutcome',
    errorOutcome('invalid', 'the search is not valid', [{ location: 'colour', message: 'unknown' }]),
  ],
] as const;

describe('every resource the codec writes passes @medplum/core and FHIR.js', () => {
  it('(the validators are awake: an unknown element and a wrong status code are caught)', () => {
    const broken = { ...toFhirObservation(observations[0]!, context), status: 'finished', colour: 'red' };
    const found = validateFhir(broken);
    expect(found.medplum.join()).toMatch(/colour/);
    expect(found.fhirJs.join()).toMatch(/finished/);
  });

  it.each(resources.map(([name, resource]) => [name, resource] as const))('%s', (_name, resource) => {
    expect(validateFhir(resource)).toEqual({ medplum: [], fhirJs: [] });
  });

  it('the CapabilityStatement', () => {
    const statement = capabilityStatement({
      baseUrl: 'http://127.0.0.1:8080/fhir/R4',
      version: '0.1.0',
      date: '2026-03-02',
    });
    expect(validateFhir(statement)).toEqual({ medplum: [], fhirJs: [] });
  });

  it('a searchset Bundle with paging links and an included resource', () => {
    const bundle = searchBundle({
      baseUrl: 'http://127.0.0.1:8080/fhir/R4',
      resourceType: 'Observation',
      query: [['patient', patientId]],
      offset: 2,
      count: 2,
      matches: observations.slice(2, 4).map((o) => toFhirObservation(o, context)),
      included: [patient],
      total: 7,
      hasNext: true,
    });
    expect(validateFhir(bundle)).toEqual({ medplum: [], fhirJs: [] });
    expect(bundle.link.map((l) => l.relation)).toEqual(['self', 'previous', 'next']);
    expect(bundle.link[2]?.url).toBe(
      `http://127.0.0.1:8080/fhir/R4/Observation?patient=${patientId}&_count=2&_offset=4`,
    );
  });
});

describe('what an Observation says about a result', () => {
  const [potassium, creatinine, platelets, nitrite, variant, sodium, glucose] = observations.map((o) =>
    toFhirObservation(o, context),
  );

  it('a critical potassium is final, HH, with a UCUM quantity and its range', () => {
    expect(potassium).toMatchObject({
      status: 'final',
      valueQuantity: { value: 6.4, unit: 'mmol/L', system: 'http://unitsofmeasure.org', code: 'mmol/L' },
      interpretation: [{ coding: [{ code: 'HH', display: 'Critical high' }] }],
      referenceRange: [{ low: { value: 3.5, code: 'mmol/L' }, high: { value: 5.1, code: 'mmol/L' } }],
      device: { reference: 'Device/cobas-c503-1' },
      code: { coding: [{ system: 'http://loinc.org', code: '2823-3' }, { code: 'K' }] },
    });
  });

  it('a held creatinine is preliminary, interpreted Normal against the female range', () => {
    expect(creatinine?.status).toBe('preliminary');
    expect(creatinine?.interpretation?.[0]?.coding?.[0]?.code).toBe('N');
    expect(creatinine?.referenceRange?.[0]?.appliesTo?.[0]?.coding?.[0]).toMatchObject({ code: '248152002' });
  });

  it('a platelet count below the measuring range keeps its comparator and adult age partition', () => {
    expect(platelets?.valueQuantity).toMatchObject({ value: 12, comparator: '<' });
    expect(platelets?.referenceRange?.[0]?.age).toEqual({
      low: { value: 6570, unit: 'd', system: 'http://unitsofmeasure.org', code: 'd' },
    });
  });

  it('a coded urine nitrite is a CodeableConcept, with the expected answer as the range text', () => {
    expect(nitrite?.valueCodeableConcept?.coding?.[0]).toMatchObject({ code: 'pos', display: 'Positive' });
    expect(nitrite?.referenceRange?.[0]?.text).toBe('neg');
    expect(nitrite?.interpretation).toBeUndefined();
  });

  it('a variant is Present with gene, HGVS, allele fraction and significance as components', () => {
    expect(variant?.component?.map((c) => c.code.coding?.[0]?.code)).toEqual([
      '48018-6',
      '48004-6',
      '81258-6',
      '53037-8',
    ]);
    expect(variant?.component?.[1]?.valueCodeableConcept?.coding?.[0]?.code).toBe('NM_005228.5:c.2573T>G');
  });

  it('a correction is corrected, shows the new value and keeps the old one in a note', () => {
    expect(sodium?.status).toBe('corrected');
    expect(sodium?.valueQuantity?.value).toBe(138);
    expect(sodium?.note?.[0]?.text).toBe('Corrected result: replaces 183 mmol/L (version 1).');
    expect(sodium?.meta?.versionId).toBe('2');
  });

  it('a cancelled glucose carries no value, only the reason it is absent', () => {
    expect(glucose?.status).toBe('cancelled');
    expect(glucose?.valueQuantity).toBeUndefined();
    expect(glucose?.dataAbsentReason?.coding?.[0]?.code).toBe('not-performed');
  });
});

describe('a report takes its status from its members', () => {
  const member = (status?: 'pending' | 'final' | 'corrected' | 'cancelled') =>
    ({ status, analysisStatus: status ? ('resulted' as const) : ('ordered' as const) }) as const;
  it.each([
    ['nothing resulted', [member(), member()], 'registered'],
    ['one result awaiting verification', [member('pending'), member()], 'preliminary'],
    ['one released, one still open', [member('final'), member()], 'partial'],
    ['all released', [member('final'), member('final')], 'final'],
    ['all released, one corrected', [member('final'), member('corrected')], 'corrected'],
    ['released and cancelled', [member('final'), member('cancelled')], 'final'],
    ['all cancelled', [member('cancelled'), { analysisStatus: 'cancelled' as const }], 'cancelled'],
  ] as const)('%s → %s', (_label, members, expected) => {
    expect(reportStatus(members)).toBe(expected);
  });
});

describe('order-item ids', () => {
  it('name the order and the orderable, and read back', () => {
    expect(orderItemId(orderId, 'CTDNA-EGFR')).toBe(`${orderId}.CTDNA-EGFR`);
    expect(parseOrderItemId(`${orderId}.CTDNA-EGFR`)).toEqual({ orderId, code: 'CTDNA-EGFR' });
  });
  it('write a code with characters an id cannot hold in hexadecimal', () => {
    const id = orderItemId(orderId, 'LYTES/2');
    expect(id).toBe(`${orderId}.x.4c595445532f32`);
    expect(parseOrderItemId(id)).toEqual({ orderId, code: 'LYTES/2' });
  });
});
