import { describe, expect, it } from 'vitest';
import { buildOruR01, orderResultStatus, type OruReport } from './hl7-oru-builder.js';
import { readLabOrders } from './hl7-lab-messages.js';
import { parseHl7Message } from './hl7-message.js';
import { validateHl7Message } from './hl7-validation.js';

const at = new Date(Date.UTC(2026, 2, 2, 9, 15, 0));
const collected = new Date(Date.UTC(2026, 2, 2, 7, 40, 0));

const report: OruReport = {
  header: {
    sendingApplication: 'ALIQUOT',
    sendingFacility: 'CENTRAL LAB',
    receivingApplication: 'EPIC',
    receivingFacility: 'GENERAL HOSPITAL',
    controlId: 'ORU-0001',
    at,
  },
  patient: {
    mrn: 'MRN-42',
    assigningAuthority: 'GH',
    familyName: "O'Brien",
    givenName: 'Siobhan',
    birthDate: '1961-07-04',
    sex: 'female',
  },
  orders: [
    {
      placerOrderNumber: 'PL-77',
      fillerOrderNumber: 'ORD26000012',
      fillerNamespace: 'ALIQUOT',
      service: { code: 'BMP', name: 'Basic metabolic panel', loinc: '24321-2' },
      orderingProvider: { id: '1234567893', familyName: 'Hale', givenName: 'Ruth' },
      reportedAt: at,
      status: orderResultStatus(false, false),
      specimen: {
        accession: 'A260000042',
        typeCode: 'PLAS',
        typeText: 'Plasma',
        collectedAt: collected,
        receivedAt: new Date(collected.getTime() + 1_800_000),
      },
      observations: [
        {
          test: { code: 'K', name: 'Potassium', loinc: '2823-3' },
          value: { kind: 'numeric', value: 6.1 },
          unit: 'mmol/L',
          referenceRange: '3.5-5.1',
          flags: ['H'],
          status: 'F',
          observedAt: collected,
          analyzedAt: at,
          equipment: 'CHEM-1',
          notes: ['Hemolysis index 40 & rising: interpret with care'],
        },
        {
          test: { code: 'CREA', name: 'Creatinine', loinc: '2160-0' },
          value: { kind: 'numeric', value: 0.01, comparator: '<' },
          unit: 'mg/dL',
          flags: ['L'],
          status: 'C',
          notes: [],
        },
      ],
    },
  ],
};

describe('an ORU^R01 for a released potassium and a corrected creatinine', () => {
  const message = buildOruR01(report);
  const text = message.toString();
  const back = parseHl7Message(text);

  it('passes the envelope checks a receiver makes', () => {
    const check = validateHl7Message(text, {
      supportedVersions: ['2.5.1'],
      requiredHeaderFields: [3, 5, 6, 7, 9, 10, 11, 12, 21],
    });
    expect(check.problems).toEqual([]);
  });

  it('declares itself an LRI ORU^R01^ORU_R01 of version 2.5.1', () => {
    expect(back.raw('MSH-9')).toBe('ORU^R01^ORU_R01');
    expect(back.value('MSH-12')).toBe('2.5.1');
    expect(back.value('MSH-21(1).1')).toBe('LRI_Common_Component');
    expect(back.value('MSH-5')).toBe('EPIC');
  });

  it('reads back as one patient, one order with two observations, a note and a specimen', () => {
    const read = readLabOrders(back);
    const order = read.patients[0]?.orders[0];
    expect(read.patients[0]?.pid?.name?.familyName).toBe("O'Brien");
    expect(order?.orc?.orderControl).toBe('RE');
    expect(order?.obr?.placerOrderNumber?.entityId).toBe('PL-77');
    expect(order?.obr?.universalServiceId?.identifier).toBe('24321-2');
    expect(order?.obr?.universalServiceId?.alternateIdentifier).toBe('BMP');
    expect(order?.obr?.resultStatus).toBe('A');
    expect(order?.observations.map((o) => o.obx.resultStatus)).toEqual(['F', 'C']);
    expect(order?.observations[0]?.notes[0]?.text).toBe('Hemolysis index 40 & rising: interpret with care');
    expect(order?.specimens[0]?.spm.fillerSpecimenId?.entityId).toBe('A260000042');
  });

  it('writes value type, value, UCUM unit, range, flag and times in OBX', () => {
    const k = back.segment('OBX', 1);
    expect(k?.value(2)).toBe('NM');
    expect(k?.value(5)).toBe('6.1');
    expect(k?.value(6, 3)).toBe('UCUM');
    expect(k?.value(7)).toBe('3.5-5.1');
    expect(k?.value(8)).toBe('H');
    expect(k?.value(14)).toBe('20260302074000+0000');
    expect(k?.value(18)).toBe('CHEM-1');
    const crea = back.segment('OBX', 2);
    expect(crea?.value(2)).toBe('SN');
    expect(crea?.raw(5)).toBe('<^0.01');
  });

  it('marks the whole order corrected when any of its results is a correction', () => {
    expect(orderResultStatus(true, true)).toBe('C');
    expect(orderResultStatus(false, true)).toBe('F');
  });
});
