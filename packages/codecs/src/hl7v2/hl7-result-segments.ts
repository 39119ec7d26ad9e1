import {
  readCoded,
  readCodedList,
  readEi,
  readEiInComponent,
  readXcn,
  type ClinicianName,
  type CodedElement,
  type EntityIdentifier,
} from './hl7-datatypes.js';
import { parseHl7DateTime, type Hl7DateTime } from './hl7-datetime.js';
import { decodeHl7Text } from './hl7-escape.js';
import type { Hl7Segment } from './hl7-segment.js';

/** SN, structured numeric: `<^10`, `^1^:^128`, `^2.5^-^7`. @see HL7 v2.5.1 chapter 2A.75 SN */
export interface StructuredNumeric {
  readonly comparator: string;
  readonly num1: string;
  readonly separatorOrSuffix: string;
  readonly num2: string;
}

/**
 * OBX, observation/result: one test result with its units, range, flags and status.
 * @see HL7 v2.5.1 chapter 7.4.2 OBX
 */
export class Obx {
  constructor(readonly segment: Hl7Segment) {}

  /** OBX-1. */
  get setId(): string {
    return this.segment.value(1);
  }
  /** OBX-2, table 0125: how to read OBX-5 (NM, ST, CWE, SN...). */
  get valueType(): string {
    return this.segment.value(2);
  }
  /** OBX-3: the test, usually LOINC. */
  get observationId(): CodedElement | undefined {
    return readCoded(this.segment, 3);
  }
  /** OBX-3.1 alone: the test code, without building the whole coded element. */
  get observationCode(): string {
    return this.segment.value(3, 1);
  }
  /**
   * OBX-4, groups OBX that belong together (the parts of one isolate). Given whole, escapes decoded,
   * because senders often put a structure in it (`^1^2`: group 1, item 2) though its type is ST.
   */
  get subId(): string {
    return decodeHl7Text(this.segment.raw(4, undefined, undefined, 1), this.segment.delimiters);
  }
  /** OBX-5, first repetition, first component, decoded: the value of an NM, ST, TX, FT, DT or TS. */
  get value(): string {
    return this.segment.value(5);
  }
  /** OBX-5, every repetition (the lines of a TX or FT result). */
  get values(): string[] {
    const out: string[] = [];
    for (let r = 1, n = this.segment.repetitionCount(5); r <= n; r++)
      out.push(this.segment.value(5, 1, 1, r));
    return out;
  }
  /** OBX-5 read as CWE/CE/CNE (first repetition). */
  get codedValue(): CodedElement | undefined {
    return readCoded(this.segment, 5);
  }
  /** OBX-5 read as SN (first repetition). */
  get structuredNumeric(): StructuredNumeric | undefined {
    if (this.segment.raw(5) === '') return undefined;
    const c = this.segment.components(5);
    return { comparator: c[0] ?? '', num1: c[1] ?? '', separatorOrSuffix: c[2] ?? '', num2: c[3] ?? '' };
  }
  /** OBX-6: units, usually UCUM. */
  get units(): CodedElement | undefined {
    return readCoded(this.segment, 6);
  }
  /** OBX-6.1 alone: the unit code. */
  get unitsCode(): string {
    return this.segment.value(6, 1);
  }
  /** OBX-7, e.g. `3.5-5.1` or `<9 mcg/dL`. */
  get referenceRange(): string {
    return this.segment.value(7);
  }
  /** OBX-8, every repetition, table 0078: L, H, LL, HH, <, >, N, A, AA... */
  get abnormalFlags(): string[] {
    const out: string[] = [];
    for (let r = 1, n = this.segment.repetitionCount(8); r <= n; r++) {
      const flag = this.segment.value(8, 1, 1, r);
      if (flag !== '') out.push(flag);
    }
    return out;
  }
  /** OBX-11, table 0085 (see `ObservationResultStatus`). */
  get resultStatus(): string {
    return this.segment.value(11);
  }
  /** OBX-14 as sent: when the specimen was collected or the observation made. */
  get observedAtText(): string {
    return this.segment.value(14);
  }
  get observedAt(): Hl7DateTime | undefined {
    return parseHl7DateTime(this.observedAtText);
  }
  /** OBX-15. */
  get producerId(): CodedElement | undefined {
    return readCoded(this.segment, 15);
  }
  /** OBX-16, first repetition. */
  get responsibleObserver(): ClinicianName | undefined {
    return readXcn(this.segment, 16);
  }
  /** OBX-17, every repetition. */
  get methods(): CodedElement[] {
    return readCodedList(this.segment, 17);
  }
  /** OBX-18, every repetition: the analyzer(s) that produced the result. */
  get equipmentIds(): EntityIdentifier[] {
    const out: EntityIdentifier[] = [];
    for (let r = 1, n = this.segment.repetitionCount(18); r <= n; r++) {
      const ei = readEi(this.segment, 18, r);
      if (ei !== undefined) out.push(ei);
    }
    return out;
  }
  /** OBX-19 as sent: when the analysis was done. */
  get analyzedAtText(): string {
    return this.segment.value(19);
  }
  /** OBX-23.1: the performing organization's name. */
  get performingOrganizationName(): string {
    return this.segment.value(23, 1);
  }
}

/**
 * NTE, notes and comments; it comments on the segment it follows.
 * @see HL7 v2.5.1 chapter 2.15.10 NTE
 */
export class Nte {
  constructor(readonly segment: Hl7Segment) {}

  /** NTE-2, table 0105: L ancillary, P placer, O other. */
  get source(): string {
    return this.segment.value(2);
  }
  /** NTE-3, every repetition (one line each). */
  get comments(): string[] {
    const out: string[] = [];
    for (let r = 1, n = this.segment.repetitionCount(3); r <= n; r++)
      out.push(this.segment.value(3, 1, 1, r));
    return out;
  }
  /** NTE-3 as one text, repetitions on separate lines. */
  get text(): string {
    return this.comments.join('\n');
  }
  /** NTE-4, table 0364: RE remark, PI patient instructions... */
  get commentType(): CodedElement | undefined {
    return readCoded(this.segment, 4);
  }
}

/**
 * SPM, specimen.
 * @see HL7 v2.5.1 chapter 7.4.3 SPM
 */
export class Spm {
  constructor(readonly segment: Hl7Segment) {}

  /** SPM-1. */
  get setId(): string {
    return this.segment.value(1);
  }
  /** SPM-2.1, the placer's specimen ID (EI in subcomponents). */
  get placerSpecimenId(): EntityIdentifier | undefined {
    return readEiInComponent(this.segment, 2, 1);
  }
  /** SPM-2.2, the filler's (lab's) specimen ID, e.g. the accession barcode. */
  get fillerSpecimenId(): EntityIdentifier | undefined {
    return readEiInComponent(this.segment, 2, 2);
  }
  /** SPM-4, table 0487 or SNOMED CT. */
  get specimenType(): CodedElement | undefined {
    return readCoded(this.segment, 4);
  }
  /** SPM-7, table 0488. */
  get collectionMethod(): CodedElement | undefined {
    return readCoded(this.segment, 7);
  }
  /** SPM-8. */
  get sourceSite(): CodedElement | undefined {
    return readCoded(this.segment, 8);
  }
  /** SPM-17.1 as sent: when collection started. */
  get collectedAtText(): string {
    return this.segment.value(17, 1);
  }
  get collectedAt(): Hl7DateTime | undefined {
    return parseHl7DateTime(this.collectedAtText);
  }
  /** SPM-18 as sent: when the lab received it. */
  get receivedAtText(): string {
    return this.segment.value(18);
  }
  /** SPM-21, every repetition, table 0490: why the specimen was rejected. */
  get rejectReasons(): CodedElement[] {
    return readCodedList(this.segment, 21);
  }
  /** SPM-24, every repetition, table 0493: hemolyzed, lipemic, clotted... */
  get conditions(): CodedElement[] {
    return readCodedList(this.segment, 24);
  }
}
