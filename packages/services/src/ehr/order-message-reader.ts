import {
  Hl7ErrorCode,
  readCodedList,
  readLabOrders,
  type CodedElement,
  type Hl7AckError,
  type Hl7Message,
  type Hl7Segment,
  type LabOrder,
  type LabPatient,
} from '@aliquot/codecs/hl7v2';
import { Priority, type ClinicalSex } from '@aliquot/domain';
import { errorAt, hl7Instant, hl7IsoDate } from './hl7-errors.js';

/**
 * Reads an OML^O21 or ORM^O01 into what the lab acts on: per patient, the orders by placer order
 * number with their control code, ordered codes, priority, provider, notes and specimens; and every
 * problem as an ERR with its location. Nothing here looks at the database.
 * @see HL7 v2.5.1 chapter 4.4.6 OML^O21, 4.4.1 ORM^O01, 4.5.1 ORC, 4.5.3 OBR, 3.4.2 PID, 7.4.3 SPM
 */

/** ORC-1 codes the lab acts on. @see HL7 table 0119 */
export const OrderControl = { newOrder: 'NW', cancel: 'CA', change: 'XO' } as const;
export type OrderControl = (typeof OrderControl)[keyof typeof OrderControl];

export interface OrderedPatient {
  readonly mrn: string;
  readonly identifiers: readonly { readonly system: string; readonly value: string }[];
  readonly familyName: string;
  readonly givenName: string;
  readonly birthDate: string;
  readonly clinicalSex: ClinicalSex;
}

export interface OrderingProvider {
  readonly id: string;
  readonly familyName: string;
  readonly givenName: string;
}

export interface OrderedCode {
  readonly code: CodedElement;
  /** The OBR segment's occurrence in the message, for ERR-2. */
  readonly obrSequence: number;
}

export interface OrderedSpecimen {
  readonly placerSpecimenId?: string;
  readonly type?: string;
  readonly collectedAt?: Date;
  readonly spmSequence: number;
}

/** One placer order: every ORC/OBR group of the message that carries its number. */
export interface PlacerOrder {
  readonly control: OrderControl;
  readonly placerOrderNumber: string;
  readonly orcSequence: number;
  readonly codes: OrderedCode[];
  priority: Priority;
  provider: OrderingProvider | undefined;
  readonly notes: string[];
  readonly specimens: OrderedSpecimen[];
}

export interface PatientOrders {
  readonly patient: OrderedPatient;
  readonly orders: PlacerOrder[];
}

export interface ReadOrderMessage {
  readonly patients: PatientOrders[];
  /** What is wrong with it: when there is anything, nothing of the message is imported. */
  readonly errors: Hl7AckError[];
}

const SEX: Readonly<Record<string, ClinicalSex>> = { F: 'female', M: 'male' };
const PRIORITY: Readonly<Record<string, Priority>> = { S: 'stat', A: 'asap', STAT: 'stat', ASAP: 'asap' };
const MRN_TYPES = ['MR', 'PI', 'PT', 'MRN'];

const occurrence = (message: Hl7Message, seg: Hl7Segment): number =>
  message.segmentsNamed(seg.name).indexOf(seg) + 1;

function readPatient(
  message: Hl7Message,
  group: LabPatient,
  errors: Hl7AckError[],
): OrderedPatient | undefined {
  const pid = group.pid;
  if (pid === undefined) {
    errors.push(
      errorAt(Hl7ErrorCode.segmentSequenceError, 'PID', 1, undefined, 'the order names no patient (PID)'),
    );
    return undefined;
  }
  const seq = occurrence(message, pid.segment);
  const ids = pid.identifiers.filter((cx) => cx.id !== '');
  const mrn =
    MRN_TYPES.map((t) => ids.find((cx) => cx.identifierTypeCode.toUpperCase() === t)).find((cx) => cx) ??
    ids[0];
  const name = pid.name;
  const birthDate = hl7IsoDate(pid.birthDateText);
  const before = errors.length;
  if (mrn === undefined)
    errors.push(
      errorAt(Hl7ErrorCode.requiredFieldMissing, 'PID', seq, 3, 'PID-3 holds no patient identifier (MRN)'),
    );
  if (!name?.familyName)
    errors.push(errorAt(Hl7ErrorCode.requiredFieldMissing, 'PID', seq, 5, 'PID-5 holds no family name'));
  if (pid.birthDateText === '')
    errors.push(errorAt(Hl7ErrorCode.requiredFieldMissing, 'PID', seq, 7, 'PID-7 (date of birth) is empty'));
  else if (birthDate === undefined)
    errors.push(
      errorAt(
        Hl7ErrorCode.dataTypeError,
        'PID',
        seq,
        7,
        `PID-7 '${pid.birthDateText}' is not a date YYYYMMDD`,
      ),
    );
  if (errors.length > before || mrn === undefined || birthDate === undefined) return undefined;
  const identifiers = ids
    .filter((cx) => cx !== mrn && cx.identifierTypeCode.toUpperCase() !== 'SS')
    .map((cx) => {
      const authority = cx.assigningAuthority;
      const system = authority.universalId
        ? `urn:oid:${authority.universalId}`
        : `urn:aliquot:hl7v2:${authority.namespaceId || 'unknown'}:${cx.identifierTypeCode || 'none'}`;
      return { system, value: cx.id };
    });
  return {
    mrn: mrn.id,
    identifiers,
    familyName: name?.familyName ?? '',
    givenName: name?.givenName ?? '',
    birthDate,
    clinicalSex: SEX[pid.administrativeSex.toUpperCase()] ?? 'unknown',
  };
}

/** The TQ1 that follows each ORC (before the next ORC), for TQ1-9 priority. */
function timingOf(message: Hl7Message): Map<Hl7Segment, Hl7Segment> {
  const out = new Map<Hl7Segment, Hl7Segment>();
  let orc: Hl7Segment | undefined;
  for (const seg of message.segments) {
    if (seg.name === 'ORC') orc = seg;
    else if (seg.name === 'TQ1' && orc !== undefined && !out.has(orc)) out.set(orc, seg);
  }
  return out;
}

/** TQ1-9, ORC-7.6, OBR-27.6, then OBR-5 (v2.3): S stat, A asap, anything else routine. */
function priorityOf(order: LabOrder, tq1: Hl7Segment | undefined): Priority {
  const sent = [
    tq1?.value(9),
    order.orc?.segment.value(7, 6),
    order.obr?.segment.value(27, 6),
    order.obr?.segment.value(5),
  ]
    .map((p) => (p ?? '').toUpperCase())
    .find((p) => p !== '');
  return (sent !== undefined ? PRIORITY[sent] : undefined) ?? Priority.routine;
}

function providerOf(order: LabOrder): OrderingProvider | undefined {
  const xcn = order.orc?.orderingProvider ?? order.obr?.orderingProvider;
  if (xcn === undefined || (xcn.id === '' && xcn.familyName === '')) return undefined;
  return { id: xcn.id, familyName: xcn.familyName, givenName: xcn.givenName };
}

function readGroup(
  message: Hl7Message,
  order: LabOrder,
  tq1: Hl7Segment | undefined,
  into: Map<string, PlacerOrder>,
  errors: Hl7AckError[],
): void {
  const { orc, obr } = order;
  if (orc === undefined) {
    const seq = obr ? occurrence(message, obr.segment) : 1;
    errors.push(
      errorAt(
        Hl7ErrorCode.segmentSequenceError,
        'OBR',
        seq,
        undefined,
        'an OBR without its ORC: the order control is unknown',
      ),
    );
    return;
  }
  const orcSeq = occurrence(message, orc.segment);
  const control = orc.orderControl.toUpperCase();
  if (control !== 'NW' && control !== 'CA' && control !== 'XO') {
    errors.push(
      errorAt(
        Hl7ErrorCode.tableValueNotFound,
        'ORC',
        orcSeq,
        1,
        `order control ${control || '(empty)'} is not taken here: send NW (new), CA (cancel) or XO (change)`,
      ),
    );
    return;
  }
  const placer = orc.placerOrderNumber?.entityId || obr?.placerOrderNumber?.entityId || '';
  if (placer === '') {
    errors.push(
      errorAt(
        Hl7ErrorCode.requiredFieldMissing,
        'ORC',
        orcSeq,
        2,
        'ORC-2 and OBR-2 hold no placer order number',
      ),
    );
    return;
  }
  const existing = into.get(placer);
  if (existing !== undefined && existing.control !== control) {
    errors.push(
      errorAt(
        Hl7ErrorCode.segmentSequenceError,
        'ORC',
        orcSeq,
        1,
        `placer order ${placer} is both ${existing.control} and ${control} in one message`,
      ),
    );
    return;
  }
  const target: PlacerOrder = existing ?? {
    control,
    placerOrderNumber: placer,
    orcSequence: orcSeq,
    codes: [],
    priority: Priority.routine,
    provider: undefined,
    notes: [],
    specimens: [],
  };
  into.set(placer, target);
  const priority = priorityOf(order, tq1);
  if (priority !== Priority.routine) target.priority = priority;
  target.provider ??= providerOf(order);
  target.notes.push(...order.notes.map((n) => n.text).filter((t) => t.trim() !== ''));
  if (obr !== undefined) {
    const obrSeq = occurrence(message, obr.segment);
    // OBR-4 does not repeat in the standard, but some senders (CIT, SWISSLAB) repeat it: each is a test.
    const codes = readCodedList(obr.segment, 4).filter(
      (c) => c.identifier !== '' || c.alternateIdentifier !== '',
    );
    if (codes.length === 0)
      errors.push(
        errorAt(Hl7ErrorCode.requiredFieldMissing, 'OBR', obrSeq, 4, 'OBR-4 names no test or panel'),
      );
    for (const code of codes) target.codes.push({ code, obrSequence: obrSeq });
  } else if (control !== OrderControl.cancel) {
    errors.push(
      errorAt(
        Hl7ErrorCode.segmentSequenceError,
        'ORC',
        orcSeq,
        undefined,
        `ORC ${control} needs an OBR naming the test`,
      ),
    );
  }
  for (const { spm } of order.specimens) {
    const collected = spm.collectedAtText;
    const placerSpecimenId = spm.placerSpecimenId?.entityId;
    const type = spm.specimenType?.text || spm.specimenType?.identifier;
    const collectedAt = collected === '' ? undefined : hl7Instant(collected);
    target.specimens.push({
      ...(placerSpecimenId ? { placerSpecimenId } : {}),
      ...(type ? { type } : {}),
      ...(collectedAt ? { collectedAt } : {}),
      spmSequence: occurrence(message, spm.segment),
    });
  }
}

/** Reads an order message; see the module comment. */
export function readOrderMessage(message: Hl7Message): ReadOrderMessage {
  const errors: Hl7AckError[] = [];
  const timing = timingOf(message);
  const patients: PatientOrders[] = [];
  const read = readLabOrders(message);
  if (read.patients.length === 0)
    errors.push(
      errorAt(
        Hl7ErrorCode.segmentSequenceError,
        'PID',
        1,
        undefined,
        'the message holds no patient and no order',
      ),
    );
  for (const group of read.patients) {
    const patient = readPatient(message, group, errors);
    const byPlacer = new Map<string, PlacerOrder>();
    for (const order of group.orders)
      readGroup(message, order, order.orc && timing.get(order.orc.segment), byPlacer, errors);
    if (group.orders.length === 0)
      errors.push(
        errorAt(
          Hl7ErrorCode.segmentSequenceError,
          'ORC',
          1,
          undefined,
          'the message holds no order (ORC/OBR)',
        ),
      );
    if (patient !== undefined) patients.push({ patient, orders: [...byPlacer.values()] });
  }
  return { patients, errors };
}
