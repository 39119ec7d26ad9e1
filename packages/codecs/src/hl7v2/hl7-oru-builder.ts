import type { ResultValue } from '@aliquot/domain';
import { formatHl7DateTime } from './hl7-datetime.js';
import { Hl7Message } from './hl7-message.js';
import type { Hl7Segment } from './hl7-segment.js';
import {
  ObservationResultStatus,
  OrderResultStatus,
  ValueType,
  type ObservationResultStatus as ObxStatus,
  type OrderResultStatus as ObrStatus,
} from './hl7-tables.js';

/**
 * The message profiles an LRI result message declares in MSH-21: the common component and the
 * "results unsolicited" component.
 * @see HL7 Version 2.5.1 Implementation Guide: Lab Results Interface (LRI), Release 1 STU 3, 5.1 MSH-21
 */
export const LRI_PROFILES = [
  ['LRI_Common_Component', '2.16.840.1.113883.9.16'],
  ['LRI_NG_Component', '2.16.840.1.113883.9.13'],
  ['LRI_RU_Component', '2.16.840.1.113883.9.14'],
] as const;

/** A test or panel: our code always, LOINC when the catalog has one (sent first, as LRI asks). */
export interface ReportedCode {
  readonly code: string;
  readonly name: string;
  readonly loinc?: string;
}

export interface OruHeader {
  readonly sendingApplication: string;
  readonly sendingFacility?: string;
  readonly receivingApplication: string;
  readonly receivingFacility: string;
  readonly controlId: string;
  readonly at: Date;
  /** MSH-11: P production (default), T training. */
  readonly processingId?: 'P' | 'T' | 'D';
}

export interface OruPatient {
  readonly mrn: string;
  /** PID-3.4: who assigned the MRN. */
  readonly assigningAuthority: string;
  readonly familyName: string;
  readonly givenName: string;
  /** YYYY-MM-DD. */
  readonly birthDate: string;
  readonly sex: 'female' | 'male' | 'unknown';
}

export interface OruObservation {
  readonly test: ReportedCode;
  readonly value: ResultValue | undefined;
  readonly unit?: string;
  /** OBX-7 as text, e.g. `3.5-5.1`. */
  readonly referenceRange?: string;
  /** OBX-8, table 0078. */
  readonly flags: readonly string[];
  readonly status: ObxStatus;
  /** OBX-14: when the specimen was collected. */
  readonly observedAt?: Date;
  /** OBX-19: when the analysis was done. */
  readonly analyzedAt?: Date;
  /** OBX-18: the instrument or device that produced the result. */
  readonly equipment?: string;
  /** One NTE each after the OBX. */
  readonly notes: readonly string[];
}

export interface OruSpecimen {
  readonly accession: string;
  /** SPM-2.1: the placer's own specimen ID, when it sent one. */
  readonly placerSpecimenId?: string;
  /** SPM-4: HL7 table 0487 code and text. */
  readonly typeCode: string;
  readonly typeText: string;
  readonly collectedAt?: Date;
  readonly receivedAt?: Date;
}

export interface OruOrder {
  readonly placerOrderNumber?: string;
  readonly fillerOrderNumber: string;
  /** ORC-3.2 / OBR-3.2: the filler's namespace. */
  readonly fillerNamespace: string;
  readonly service: ReportedCode;
  readonly orderingProvider?: {
    readonly id?: string;
    readonly familyName: string;
    readonly givenName: string;
  };
  readonly reportedAt: Date;
  readonly status: ObrStatus;
  readonly observations: readonly OruObservation[];
  readonly specimen: OruSpecimen;
}

export interface OruReport {
  readonly header: OruHeader;
  readonly patient: OruPatient;
  readonly orders: readonly OruOrder[];
}

const SEX = { female: 'F', male: 'M', unknown: 'U' } as const;
const OUR_SYSTEM = 'L';
const LOINC = 'LN';

function setComponents(seg: Hl7Segment, field: number, parts: readonly (string | undefined)[]): void {
  parts.forEach((part, i) => {
    if (part !== undefined && part !== '') seg.set({ field, component: i + 1 }, part);
  });
}

/** CWE with LOINC first and our code as the alternate, or our code alone. @see 2A.13 CWE */
function setCode(seg: Hl7Segment, field: number, code: ReportedCode): void {
  if (code.loinc) setComponents(seg, field, [code.loinc, code.name, LOINC, code.code, code.name, OUR_SYSTEM]);
  else setComponents(seg, field, [code.code, code.name, OUR_SYSTEM]);
}

function setTime(seg: Hl7Segment, field: number, at: Date | undefined): void {
  if (at !== undefined) seg.set(field, formatHl7DateTime(at));
}

function writeHeader(message: Hl7Message, header: OruHeader): void {
  const h = message.header;
  h.set(3, header.sendingApplication);
  if (header.sendingFacility) h.set(4, header.sendingFacility);
  h.set(5, header.receivingApplication);
  h.set(6, header.receivingFacility);
  h.set(7, formatHl7DateTime(header.at));
  setComponents(h, 9, ['ORU', 'R01', 'ORU_R01']);
  h.set(10, header.controlId);
  h.set(11, header.processingId ?? 'P');
  h.set(12, '2.5.1');
  h.set(18, 'UNICODE UTF-8');
  LRI_PROFILES.forEach(([name, oid], i) => {
    const repetition = i + 1;
    h.set({ field: 21, repetition, component: 1 }, name);
    h.set({ field: 21, repetition, component: 3 }, oid);
    h.set({ field: 21, repetition, component: 4 }, 'ISO');
  });
}

function writePatient(message: Hl7Message, patient: OruPatient): void {
  const pid = message.appendSegment('PID');
  pid.set(1, '1');
  setComponents(pid, 3, [patient.mrn, undefined, undefined, patient.assigningAuthority, 'MR']);
  setComponents(pid, 5, [
    patient.familyName,
    patient.givenName,
    undefined,
    undefined,
    undefined,
    undefined,
    'L',
  ]);
  pid.set(7, patient.birthDate.replaceAll('-', ''));
  pid.set(8, SEX[patient.sex]);
}

/** OBX-2 and OBX-5 for a value: NM, SN for a comparator (`<^0.01`), CWE for a coded answer, else ST. */
function writeValue(obx: Hl7Segment, value: ResultValue | undefined): void {
  if (value === undefined) return;
  switch (value.kind) {
    case 'numeric':
      if (value.comparator) {
        obx.set(2, ValueType.structuredNumeric);
        setComponents(obx, 5, [value.comparator, String(value.value)]);
      } else {
        obx.set(2, ValueType.numeric);
        obx.set(5, String(value.value));
      }
      return;
    case 'coded':
      obx.set(2, ValueType.codedWithExceptions);
      setComponents(obx, 5, [value.code, value.display, value.system ?? OUR_SYSTEM]);
      return;
    case 'text':
      obx.set(2, ValueType.string);
      obx.set(5, value.text);
      return;
    case 'structured':
      obx.set(2, ValueType.string);
      obx.set(5, [value.gene, value.hgvs, value.interpretation].filter((p) => p).join(' '));
      return;
    default:
      value satisfies never;
  }
}

function writeNotes(message: Hl7Message, notes: readonly string[]): void {
  notes.forEach((text, i) => {
    const nte = message.appendSegment('NTE');
    nte.set(1, String(i + 1));
    nte.set(2, 'L');
    nte.set(3, text);
  });
}

function writeObservation(message: Hl7Message, o: OruObservation, setId: number): void {
  const obx = message.appendSegment('OBX');
  obx.set(1, String(setId));
  writeValue(obx, o.value);
  setCode(obx, 3, o.test);
  if (o.unit) setComponents(obx, 6, [o.unit, o.unit, 'UCUM']);
  if (o.referenceRange) obx.set(7, o.referenceRange);
  o.flags.forEach((flag, i) => obx.set({ field: 8, repetition: i + 1, component: 1 }, flag));
  obx.set(11, o.status);
  setTime(obx, 14, o.observedAt);
  if (o.equipment) obx.set({ field: 18, component: 1 }, o.equipment);
  setTime(obx, 19, o.analyzedAt);
  writeNotes(message, o.notes);
}

function writeOrder(message: Hl7Message, order: OruOrder, setId: number): void {
  const orc = message.appendSegment('ORC');
  orc.set(1, 'RE');
  if (order.placerOrderNumber) orc.set({ field: 2, component: 1 }, order.placerOrderNumber);
  setComponents(orc, 3, [order.fillerOrderNumber, order.fillerNamespace]);
  const provider = order.orderingProvider;
  const xcn = provider ? [provider.id, provider.familyName, provider.givenName] : undefined;
  if (xcn) setComponents(orc, 12, xcn);
  const obr = message.appendSegment('OBR');
  obr.set(1, String(setId));
  if (order.placerOrderNumber) obr.set({ field: 2, component: 1 }, order.placerOrderNumber);
  setComponents(obr, 3, [order.fillerOrderNumber, order.fillerNamespace]);
  setCode(obr, 4, order.service);
  setTime(obr, 7, order.specimen.collectedAt);
  if (xcn) setComponents(obr, 16, xcn);
  setTime(obr, 22, order.reportedAt);
  obr.set(25, order.status);
  order.observations.forEach((o, i) => writeObservation(message, o, i + 1));
  const spm = message.appendSegment('SPM');
  spm.set(1, '1');
  if (order.specimen.placerSpecimenId)
    spm.set({ field: 2, component: 1, subcomponent: 1 }, order.specimen.placerSpecimenId);
  spm.set({ field: 2, component: 2, subcomponent: 1 }, order.specimen.accession);
  spm.set({ field: 2, component: 2, subcomponent: 2 }, order.fillerNamespace);
  setComponents(spm, 4, [order.specimen.typeCode, order.specimen.typeText, 'HL70487']);
  setTime(spm, 17, order.specimen.collectedAt);
  setTime(spm, 18, order.specimen.receivedAt);
}

/**
 * Builds an unsolicited result message shaped as the LRI guide asks: MSH (with the LRI profiles in
 * MSH-21), PID, then for each order ORC, OBR (OBR-25 its result status), OBX with NTE for comments, and
 * the SPM of its specimen. Segments end with CR; the text is UTF-8 (MSH-18).
 * @see HL7 v2.5.1 chapter 7.3.1 ORU^R01; 7.4.1 OBR, 7.4.2 OBX, 7.4.3 SPM; LRI IG section 5
 */
export function buildOruR01(report: OruReport): Hl7Message {
  const message = Hl7Message.create();
  writeHeader(message, report.header);
  writePatient(message, report.patient);
  report.orders.forEach((order, i) => writeOrder(message, order, i + 1));
  return message;
}

/**
 * OBR-25 for a group of reported results: C when any is a correction, F when every analysis of the
 * ordered test or panel has a released result, A when only some have.
 * @see HL7 table 0123
 */
export function orderResultStatus(corrected: boolean, complete: boolean): ObrStatus {
  if (corrected) return OrderResultStatus.corrected;
  return complete ? OrderResultStatus.final : OrderResultStatus.someResultsAvailable;
}

/** OBX-11 for a released result: F, or C when it corrects one reported before. @see HL7 table 0085 */
export function observationResultStatus(corrected: boolean): ObxStatus {
  return corrected ? ObservationResultStatus.corrected : ObservationResultStatus.final;
}
