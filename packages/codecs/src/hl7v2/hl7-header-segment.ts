import { readHd, readEi, type EntityIdentifier, type HierarchicDesignator } from './hl7-datatypes.js';
import { parseHl7DateTime, type Hl7DateTime } from './hl7-datetime.js';
import type { Hl7Segment } from './hl7-segment.js';

/**
 * MSH, message header: who sent it to whom, what it is, and how to acknowledge it. A thin view: each
 * property reads its field when asked.
 * @see HL7 v2.5.1 chapter 2.15.9 MSH
 */
export class Msh {
  constructor(readonly segment: Hl7Segment) {}

  /** MSH-1. */
  get fieldSeparator(): string {
    return this.segment.value(1);
  }
  /** MSH-2. */
  get encodingCharacters(): string {
    return this.segment.value(2);
  }
  /** MSH-3. */
  get sendingApplication(): HierarchicDesignator | undefined {
    return readHd(this.segment, 3);
  }
  /** MSH-4. */
  get sendingFacility(): HierarchicDesignator | undefined {
    return readHd(this.segment, 4);
  }
  /** MSH-5. */
  get receivingApplication(): HierarchicDesignator | undefined {
    return readHd(this.segment, 5);
  }
  /** MSH-6. */
  get receivingFacility(): HierarchicDesignator | undefined {
    return readHd(this.segment, 6);
  }
  /** MSH-7 as sent. */
  get dateTimeText(): string {
    return this.segment.value(7);
  }
  /** MSH-7 parsed; undefined when empty or malformed. */
  get dateTime(): Hl7DateTime | undefined {
    return parseHl7DateTime(this.dateTimeText);
  }
  /** MSH-9.1, e.g. `ORU`. */
  get messageType(): string {
    return this.segment.value(9, 1);
  }
  /** MSH-9.2, e.g. `R01`. */
  get triggerEvent(): string {
    return this.segment.value(9, 2);
  }
  /** MSH-9.3, e.g. `ORU_R01`. */
  get messageStructure(): string {
    return this.segment.value(9, 3);
  }
  /** MSH-10, echoed in MSA-2 of the acknowledgment. */
  get controlId(): string {
    return this.segment.value(10);
  }
  /** MSH-11.1: P production, T training, D debugging. */
  get processingId(): string {
    return this.segment.value(11, 1);
  }
  /** MSH-12.1, e.g. `2.5.1`. */
  get version(): string {
    return this.segment.value(12, 1);
  }
  /** MSH-15: AL, NE, ER, SU; when present the sender expects enhanced-mode (commit) acknowledgments. */
  get acceptAckType(): string {
    return this.segment.value(15);
  }
  /** MSH-16. */
  get applicationAckType(): string {
    return this.segment.value(16);
  }
  /** MSH-18, first repetition: the character set, e.g. `UNICODE UTF-8` or `8859/1`. */
  get characterSet(): string {
    return this.segment.value(18);
  }
  /** MSH-21: conformance profile identifiers, e.g. the LRI or ELR profile OIDs. */
  get profileIds(): EntityIdentifier[] {
    const out: EntityIdentifier[] = [];
    for (let r = 1, n = this.segment.repetitionCount(21); r <= n; r++) {
      const ei = readEi(this.segment, 21, r);
      if (ei !== undefined) out.push(ei);
    }
    return out;
  }
}
