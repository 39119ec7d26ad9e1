import { Err, Msa } from './hl7-ack-segments.js';
import { Msh } from './hl7-header-segment.js';
import type { Hl7Message } from './hl7-message.js';
import { Orc, Obr } from './hl7-order-segments.js';
import { Pid, Pv1 } from './hl7-patient-segments.js';
import { Qpd, Rcp } from './hl7-query-segments.js';
import { Nte, Obx, Spm } from './hl7-result-segments.js';

/** The lab message types this codec reads into groups. */
export const LabMessageKind = {
  /** Unsolicited observation results. @see HL7 v2.5.1 chapter 7.3.1 */
  oruR01: 'ORU^R01',
  /** Laboratory order. @see chapter 4.4.6 */
  omlO21: 'OML^O21',
  /** General order (v2.3-era senders still use it for lab). @see chapter 4.4.1 */
  ormO01: 'ORM^O01',
  /** Specimen-oriented results from an analyzer or middleware. @see chapter 7.3.5 */
  oulR22: 'OUL^R22',
  /** Query by parameter (e.g. an analyzer asking for the work order of a barcode). @see chapter 5.4 */
  qbp: 'QBP',
  /** General acknowledgment. @see chapter 2.14.1 */
  ack: 'ACK',
} as const;
export type LabMessageKind = (typeof LabMessageKind)[keyof typeof LabMessageKind];

/** Which lab message this is, from MSH-9; undefined for other types. */
export function labMessageKind(message: Hl7Message): LabMessageKind | undefined {
  const msh = new Msh(message.header);
  const type = msh.messageType;
  if (type === 'ACK') return LabMessageKind.ack;
  if (type === 'QBP') return LabMessageKind.qbp;
  const key = `${type}^${msh.triggerEvent}`;
  for (const kind of Object.values(LabMessageKind)) if (kind === key) return kind;
  return undefined;
}

export interface LabObservation {
  readonly obx: Obx;
  readonly notes: Nte[];
}

export interface LabSpecimen {
  readonly spm: Spm;
  readonly observations: LabObservation[];
}

/** One ORC/OBR pair (either may be missing) with its results, notes and specimens. */
export interface LabOrder {
  orc: Orc | undefined;
  obr: Obr | undefined;
  readonly notes: Nte[];
  readonly observations: LabObservation[];
  readonly specimens: LabSpecimen[];
}

export interface LabPatient {
  readonly pid: Pid | undefined;
  pv1: Pv1 | undefined;
  readonly notes: Nte[];
  readonly orders: LabOrder[];
}

export interface LabOrderMessage {
  readonly msh: Msh;
  /** NTE directly after MSH. */
  readonly notes: Nte[];
  readonly patients: LabPatient[];
}

/**
 * Groups an ORU^R01, OML^O21 or ORM^O01 into patients, orders (ORC/OBR), observations (OBX) and
 * specimens (SPM), each NTE attached to the segment it follows. Tolerant of optional segments left
 * out; segments it does not group (SFT, TQ1, DG1...) stay in the message.
 * @see HL7 v2.5.1 chapter 7.3.1 ORU^R01, 4.4.6 OML^O21, 4.4.1 ORM^O01 message structures
 */
export function readLabOrders(message: Hl7Message): LabOrderMessage {
  const result: LabOrderMessage = { msh: new Msh(message.header), notes: [], patients: [] };
  let patient: LabPatient | undefined;
  let order: LabOrder | undefined;
  let specimen: LabSpecimen | undefined;
  let notes: Nte[] = result.notes;
  const currentPatient = (): LabPatient => {
    if (patient === undefined) {
      patient = { pid: undefined, pv1: undefined, notes: [], orders: [] };
      result.patients.push(patient);
    }
    return patient;
  };
  const newOrder = (): LabOrder => {
    order = { orc: undefined, obr: undefined, notes: [], observations: [], specimens: [] };
    specimen = undefined;
    currentPatient().orders.push(order);
    return order;
  };
  for (const seg of message.segments) {
    switch (seg.name) {
      case 'PID':
        patient = { pid: new Pid(seg), pv1: undefined, notes: [], orders: [] };
        result.patients.push(patient);
        order = undefined;
        specimen = undefined;
        notes = patient.notes;
        break;
      case 'PV1':
        currentPatient().pv1 = new Pv1(seg);
        break;
      case 'ORC':
        newOrder().orc = new Orc(seg);
        notes = order?.notes ?? notes;
        break;
      case 'OBR': {
        const target =
          order !== undefined && order.obr === undefined && order.orc !== undefined ? order : newOrder();
        target.obr = new Obr(seg);
        specimen = undefined;
        notes = target.notes;
        break;
      }
      case 'OBX': {
        const observation: LabObservation = { obx: new Obx(seg), notes: [] };
        (specimen?.observations ?? (order ?? newOrder()).observations).push(observation);
        notes = observation.notes;
        break;
      }
      case 'SPM':
        specimen = { spm: new Spm(seg), observations: [] };
        (order ?? newOrder()).specimens.push(specimen);
        notes = [];
        break;
      case 'NTE':
        notes.push(new Nte(seg));
        break;
      default:
        break;
    }
  }
  return result;
}

/** One OBR (with its ORC) under a specimen in an OUL^R22. */
export interface SpecimenOrder {
  readonly obr: Obr;
  orc: Orc | undefined;
  readonly notes: Nte[];
  readonly results: LabObservation[];
}

export interface SpecimenResults {
  readonly spm: Spm;
  /** OBX directly under SPM: observations about the specimen itself. */
  readonly observations: LabObservation[];
  readonly orders: SpecimenOrder[];
}

export interface OulR22Message {
  readonly msh: Msh;
  readonly notes: Nte[];
  readonly pid: Pid | undefined;
  readonly pv1: Pv1 | undefined;
  /** OBX before the first SPM: observations about the patient (v2.8 structure). */
  readonly patientObservations: LabObservation[];
  readonly specimens: SpecimenResults[];
}

/**
 * Groups an OUL^R22 by specimen: SPM, its own OBX, then its OBR/ORC orders with their results.
 * @see HL7 v2.5.1 chapter 7.3.5 OUL^R22
 */
export function readOulR22(message: Hl7Message): OulR22Message {
  const notesTop: Nte[] = [];
  let pid: Pid | undefined;
  let pv1: Pv1 | undefined;
  const specimens: SpecimenResults[] = [];
  const patientObservations: LabObservation[] = [];
  let specimen: SpecimenResults | undefined;
  let order: SpecimenOrder | undefined;
  let notes: Nte[] = notesTop;
  for (const seg of message.segments) {
    switch (seg.name) {
      case 'PID':
        pid = new Pid(seg);
        notes = [];
        break;
      case 'PV1':
        pv1 = new Pv1(seg);
        break;
      case 'SPM':
        specimen = { spm: new Spm(seg), observations: [], orders: [] };
        specimens.push(specimen);
        order = undefined;
        notes = [];
        break;
      case 'OBR':
        if (specimen !== undefined) {
          order = { obr: new Obr(seg), orc: undefined, notes: [], results: [] };
          specimen.orders.push(order);
          notes = order.notes;
        }
        break;
      case 'ORC':
        if (order !== undefined) order.orc = new Orc(seg);
        break;
      case 'OBX': {
        const observation: LabObservation = { obx: new Obx(seg), notes: [] };
        (order?.results ?? specimen?.observations ?? patientObservations).push(observation);
        notes = observation.notes;
        break;
      }
      case 'NTE':
        notes.push(new Nte(seg));
        break;
      default:
        break;
    }
  }
  return { msh: new Msh(message.header), notes: notesTop, pid, pv1, patientObservations, specimens };
}

export interface QueryMessage {
  readonly msh: Msh;
  readonly qpd: Qpd | undefined;
  readonly rcp: Rcp | undefined;
}

/** Reads a QBP query (QBP^Q11, QBP^Q21...). @see HL7 v2.5.1 chapter 5.4 */
export function readQuery(message: Hl7Message): QueryMessage {
  const qpd = message.segment('QPD');
  const rcp = message.segment('RCP');
  return {
    msh: new Msh(message.header),
    qpd: qpd === undefined ? undefined : new Qpd(qpd),
    rcp: rcp === undefined ? undefined : new Rcp(rcp),
  };
}

export interface AckMessage {
  readonly msh: Msh;
  readonly msa: Msa | undefined;
  readonly errors: Err[];
}

/** Reads an acknowledgment: MSA and every ERR. @see HL7 v2.5.1 chapter 2.14.1 ACK */
export function readAck(message: Hl7Message): AckMessage {
  const msa = message.segment('MSA');
  return {
    msh: new Msh(message.header),
    msa: msa === undefined ? undefined : new Msa(msa),
    errors: message.segmentsNamed('ERR').map((s) => new Err(s)),
  };
}
