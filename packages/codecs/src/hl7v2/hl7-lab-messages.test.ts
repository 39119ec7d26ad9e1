import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hl7DateTimeToIso } from './hl7-datetime.js';
import { labMessageKind, readAck, readLabOrders, readOulR22, readQuery } from './hl7-lab-messages.js';
import { parseHl7Message } from './hl7-message.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const corpus = path.resolve(repoRoot, '../shared/corpus');
const load = (file: string) => parseHl7Message(readFileSync(path.join(corpus, file), 'utf8'));

describe('a NIST LRI complete blood count (ORU^R01)', () => {
  const message = load('fhir-converter/hl7v2/LRI_2.0-NG_CBC_Typ_Message.hl7');
  const report = readLabOrders(message);
  const order = report.patients[0]?.orders[0];
  const hemoglobin = order?.observations[1]?.obx;

  it('is recognised as unsolicited results from the NIST test lab', () => {
    expect(labMessageKind(message)).toBe('ORU^R01');
    expect(report.msh.sendingApplication?.namespaceId).toBe('NIST Test Lab APP');
    expect(report.msh.receivingFacility?.namespaceId).toBe('NIST EHR Facility');
    expect(report.msh.controlId).toBe('NIST-LRI-NG-002.00');
    expect(report.msh.version).toBe('2.5.1');
    expect(report.msh.processingId).toBe('T');
    expect(report.msh.messageStructure).toBe('ORU_R01');
    expect(report.msh.profileIds.map((p) => p.universalId)).toEqual([
      '2.16.840.1.113883.9.16',
      '2.16.840.1.113883.9.13',
      '2.16.840.1.113883.9.14',
    ]);
    expect(report.msh.dateTime && hl7DateTimeToIso(report.msh.dateTime)).toBe('2011-05-31T14:05:51-05:00');
  });
  it('names the patient and their record number', () => {
    const pid = report.patients[0]?.pid;
    expect(pid?.name?.familyName).toBe('Jones');
    expect(pid?.name?.givenName).toBe('William');
    expect(pid?.identifiers[0]?.id).toBe('PATID1234');
    expect(pid?.identifiers[0]?.identifierTypeCode).toBe('MR');
    expect(pid?.administrativeSex).toBe('M');
    expect(pid?.race[0]?.text).toBe('White');
  });
  it('carries one final CBC panel with 28 results and a blood specimen', () => {
    expect(report.patients).toHaveLength(1);
    expect(report.patients[0]?.orders).toHaveLength(1);
    expect(order?.orc?.orderControl).toBe('RE');
    expect(order?.obr?.universalServiceId?.identifier).toBe('57021-8');
    expect(order?.obr?.universalServiceId?.codingSystem).toBe('LN');
    expect(order?.obr?.placerOrderNumber?.entityId).toBe('ORD666555');
    expect(order?.obr?.fillerOrderNumber?.entityId).toBe('R-991133');
    expect(order?.obr?.observationDateTimeText).toBe('20110103143428-0800');
    expect(order?.obr?.resultsReportedAtText).toBe('20110104170028-0800');
    expect(order?.obr?.resultStatus).toBe('F');
    expect(order?.obr?.orderingProvider?.familyName).toBe('Radon');
    expect(order?.observations).toHaveLength(28);
    expect(order?.specimens[0]?.spm.specimenType?.identifier).toBe('119297000');
    expect(order?.specimens[0]?.spm.collectedAtText).toBe('20110103143428-0800');
  });
  it('reads a low hemoglobin of 12.5 g/mL with its range, flag, status and times', () => {
    expect(hemoglobin?.valueType).toBe('NM');
    expect(hemoglobin?.observationId?.identifier).toBe('718-7');
    expect(hemoglobin?.observationCode).toBe('718-7');
    expect(hemoglobin?.unitsCode).toBe('g/mL');
    expect(hemoglobin?.value).toBe('12.5');
    expect(hemoglobin?.units?.identifier).toBe('g/mL');
    expect(hemoglobin?.units?.codingSystem).toBe('UCUM');
    expect(hemoglobin?.referenceRange).toBe('13 to 18');
    expect(hemoglobin?.abnormalFlags).toEqual(['L']);
    expect(hemoglobin?.resultStatus).toBe('F');
    expect(hemoglobin?.observedAtText).toBe('20110103143428-0800');
    expect(hemoglobin?.analyzedAtText).toBe('20110103163428-0800');
    expect(hemoglobin?.performingOrganizationName).toBe('Century Hospital');
  });
  it('flags a leukocyte count of 105600 as critically high', () => {
    const wbc = order?.observations[3]?.obx;
    expect(wbc?.observationId?.text).toBe('Leukocytes [#/volume] in Blood');
    expect(wbc?.value).toBe('105600');
    expect(wbc?.abnormalFlags).toEqual(['HH']);
  });
});

describe('a Minnesota newborn screening report (ORU^R01)', () => {
  const report = readLabOrders(load('cdc-trusted-intermediary/Natus/006_Natus_ORU_R01_NBS.hl7'));
  const observations = report.patients[0]?.orders[0]?.observations ?? [];
  it('reads coded results and groups OBX by sub-ID', () => {
    const quality = observations[0]?.obx;
    expect(quality?.valueType).toBe('CWE');
    expect(quality?.codedValue?.identifier).toBe('LA12432-3');
    expect(quality?.codedValue?.text).toBe('Acceptable');
    expect(quality?.subId).toBe('^1^1');
    expect(quality?.segment.value(4, 2)).toBe('1');
  });
  it('decodes the line breaks of formatted-text comments', () => {
    const comment = observations.find((o) => o.obx.valueType === 'FT')?.obx;
    expect(comment?.segment.raw(5)).toContain('\\.br\\');
    expect(comment?.value).toContain('\n');
    expect(comment?.value).not.toContain('\\.br\\');
  });
});

describe('lab orders (OML^O21 and ORM^O01)', () => {
  it('groups a lipid panel order with its ask-at-order-entry answers and specimen', () => {
    const message = load('fhir-converter/hl7v2/OML-O21-01.hl7');
    expect(labMessageKind(message)).toBe('OML^O21');
    const order = readLabOrders(message).patients[0]?.orders[0];
    expect(order?.orc?.orderControl).toBe('NW');
    expect(order?.orc?.placerOrderNumber?.entityId).toBe('1101');
    expect(order?.obr?.universalServiceId?.text).toBe('Lipid panel with direct LDL - Serum or Plasma');
    expect(order?.notes.map((n) => n.text)).toEqual(['Urgent']);
    expect(order?.observations.map((o) => o.obx.valueType)).toEqual(['CWE', 'RP']);
    expect(order?.observations[1]?.notes[0]?.text).toBe('No Antibodies Detected');
    expect(order?.specimens[0]?.spm.placerSpecimenId?.entityId).toBe('2012545');
    expect(order?.specimens[0]?.spm.fillerSpecimenId?.entityId).toBe('2012999999');
    expect(order?.specimens[0]?.spm.fillerSpecimenId?.namespaceId).toBe('IA PHIMS Stage');
    expect(order?.specimens[0]?.observations[0]?.obx.values).toEqual(['27', '25']);
  });
  it('groups a CT order (ORM^O01) under its patient and visit', () => {
    const message = load('fhir-converter/hl7v2/ORM-O01-01.hl7');
    expect(labMessageKind(message)).toBe('ORM^O01');
    const patient = readLabOrders(message).patients[0];
    expect(patient?.pv1?.patientClass).toBe('O');
    expect(patient?.pv1?.pointOfCare).toBe('RADUnit01');
    expect(patient?.pv1?.attendingDoctor?.familyName).toBe('ATTEND');
    expect(patient?.orders[0]?.obr?.universalServiceId?.identifier).toBe('24725-4');
    const heartRate = patient?.orders[0]?.observations[0]?.obx;
    expect(heartRate?.abnormalFlags).toEqual(['A', 'B']);
    expect(heartRate?.values).toEqual(['60', '120']);
    expect(heartRate?.resultStatus).toBe('S');
    expect(heartRate?.observedAtText).toBe('19990702');
    expect(heartRate?.producerId?.identifier).toBe('Org15');
    expect(heartRate?.responsibleObserver?.familyName).toBe('Aly');
    expect(heartRate?.methods.map((m) => m.identifier)).toEqual(['OBS']);
    expect(heartRate?.equipmentIds.map((e) => [e.entityId, e.universalId, e.universalIdType])).toEqual([
      ['EI12.3', '426d2726-51fc-89fe-a946-8596e80a80eb', 'GUID'],
      ['', '1.3.6.1.4.1.44750.1.2.2', 'ISO'],
    ]);
  });
});

describe('specimen-oriented results (OUL^R22)', () => {
  it('puts orders and results under the slide specimen they belong to', () => {
    const message = load('fhir-converter/hl7v2/OUL-R22-01.hl7');
    expect(labMessageKind(message)).toBe('OUL^R22');
    const oul = readOulR22(message);
    expect(oul.pid?.identifiers[0]?.id).toBe('00000-0000000');
    expect(oul.patientObservations).toHaveLength(1);
    const specimen = oul.specimens[0];
    expect(specimen?.spm.placerSpecimenId?.entityId).toBe('2017-PAT-123456-1');
    expect(specimen?.spm.specimenType?.text).toBe('Biopsy, Skin');
    expect(specimen?.observations).toHaveLength(1);
    expect(specimen?.orders[0]?.obr.placerOrderNumber?.entityId).toBe('5ca95f51971d414bbcb4be9ca88e9846');
    expect(specimen?.orders[0]?.orc?.orderControl).toBe('SC');
    const slide = specimen?.orders[0]?.results[1]?.obx;
    expect(slide?.valueType).toBe('RP');
    expect(slide?.value).toContain('ContainerType=CaseView&ContainerID=0&SlideID=');
  });
});

describe('queries and acknowledgments', () => {
  it('reads an analyzer asking for the work order of a barcode (QBP^Q11)', () => {
    const message = parseHl7Message(
      'MSH|^~\\&|ANALYZER|LAB|LIS|LAB|20240501120000||QBP^Q11^QBP_Q11|Q0001|P|2.5.1\r' +
        'QPD|WOS^Work Order Step^IHE_LABTF|Q0001-T|SPC\\S\\0042\r' +
        'RCP|I|1^RD\r',
    );
    expect(labMessageKind(message)).toBe('QBP');
    const query = readQuery(message);
    expect(query.qpd?.queryName?.identifier).toBe('WOS');
    expect(query.qpd?.queryTag).toBe('Q0001-T');
    expect(query.qpd?.parameters).toEqual(['SPC^0042']);
    expect(query.rcp?.priority).toBe('I');
    expect(query.rcp?.quantityLimit).toBe('1');
  });
  it('reads the acknowledgment a newborn-screening sender returned', () => {
    const message = load('cdc-trusted-intermediary/Natus/001_Natus_ACK.hl7');
    expect(labMessageKind(message)).toBe('ACK');
    const ack = readAck(message);
    expect(ack.msa?.code).toBe('AA');
    expect(ack.msa?.controlId).toBe('0A173B79-D7AC-444F-99E7-C96B4A68B188');
    expect(ack.errors).toEqual([]);
  });
  it('does not claim message types it does not group', () => {
    expect(labMessageKind(load('cdc-trusted-intermediary/Other/001_ADT_A01.hl7'))).toBeUndefined();
  });
});
