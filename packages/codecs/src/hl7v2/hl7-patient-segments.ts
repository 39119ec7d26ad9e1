import {
  readCodedList,
  readCx,
  readXcn,
  readXpn,
  type ClinicianName,
  type CodedElement,
  type ExtendedId,
  type PersonName,
} from './hl7-datatypes.js';
import { parseHl7DateTime, type Hl7DateTime } from './hl7-datetime.js';
import type { Hl7Segment } from './hl7-segment.js';

/**
 * PID, patient identification.
 * @see HL7 v2.5.1 chapter 3.4.2 PID
 */
export class Pid {
  constructor(readonly segment: Hl7Segment) {}

  /** PID-1. */
  get setId(): string {
    return this.segment.value(1);
  }
  /** PID-3, every repetition: MRN, national ID... */
  get identifiers(): ExtendedId[] {
    const out: ExtendedId[] = [];
    for (let r = 1, n = this.segment.repetitionCount(3); r <= n; r++) {
      const cx = readCx(this.segment, 3, r);
      if (cx !== undefined) out.push(cx);
    }
    return out;
  }
  /** PID-5, first repetition. */
  get name(): PersonName | undefined {
    return readXpn(this.segment, 5);
  }
  /** PID-7 as sent. */
  get birthDateText(): string {
    return this.segment.value(7);
  }
  get birthDate(): Hl7DateTime | undefined {
    return parseHl7DateTime(this.birthDateText);
  }
  /** PID-8, table 0001: F, M, O, U, A, N. */
  get administrativeSex(): string {
    return this.segment.value(8);
  }
  /** PID-10, every repetition. */
  get race(): CodedElement[] {
    return readCodedList(this.segment, 10);
  }
  /** PID-18. */
  get accountNumber(): ExtendedId | undefined {
    return readCx(this.segment, 18);
  }
  /** PID-22, every repetition. */
  get ethnicGroup(): CodedElement[] {
    return readCodedList(this.segment, 22);
  }
}

/**
 * PV1, patient visit.
 * @see HL7 v2.5.1 chapter 3.4.3 PV1
 */
export class Pv1 {
  constructor(readonly segment: Hl7Segment) {}

  /** PV1-2, table 0004: I inpatient, O outpatient, E emergency... */
  get patientClass(): string {
    return this.segment.value(2);
  }
  /** PV1-3.1, the point of care of the assigned location. */
  get pointOfCare(): string {
    return this.segment.value(3, 1);
  }
  /** PV1-7. */
  get attendingDoctor(): ClinicianName | undefined {
    return readXcn(this.segment, 7);
  }
  /** PV1-19. */
  get visitNumber(): ExtendedId | undefined {
    return readCx(this.segment, 19);
  }
}
