import {
  readCoded,
  readEi,
  readXcn,
  type ClinicianName,
  type CodedElement,
  type EntityIdentifier,
} from './hl7-datatypes.js';
import { parseHl7DateTime, type Hl7DateTime } from './hl7-datetime.js';
import type { Hl7Segment } from './hl7-segment.js';

/**
 * ORC, common order.
 * @see HL7 v2.5.1 chapter 4.5.1 ORC
 */
export class Orc {
  constructor(readonly segment: Hl7Segment) {}

  /** ORC-1, table 0119: NW new, CA cancel, RE observations to follow, SC status changed... */
  get orderControl(): string {
    return this.segment.value(1);
  }
  /** ORC-2. */
  get placerOrderNumber(): EntityIdentifier | undefined {
    return readEi(this.segment, 2);
  }
  /** ORC-3. */
  get fillerOrderNumber(): EntityIdentifier | undefined {
    return readEi(this.segment, 3);
  }
  /** ORC-4. */
  get placerGroupNumber(): EntityIdentifier | undefined {
    return readEi(this.segment, 4);
  }
  /** ORC-5, table 0038. */
  get orderStatus(): string {
    return this.segment.value(5);
  }
  /** ORC-9. */
  get transactionDateTime(): Hl7DateTime | undefined {
    return parseHl7DateTime(this.segment.value(9));
  }
  /** ORC-12. */
  get orderingProvider(): ClinicianName | undefined {
    return readXcn(this.segment, 12);
  }
}

/**
 * OBR, observation request: the ordered test or panel and the status of its results.
 * @see HL7 v2.5.1 chapter 4.5.3 OBR (and 7.4.1 for its use in results)
 */
export class Obr {
  constructor(readonly segment: Hl7Segment) {}

  /** OBR-1. */
  get setId(): string {
    return this.segment.value(1);
  }
  /** OBR-2. */
  get placerOrderNumber(): EntityIdentifier | undefined {
    return readEi(this.segment, 2);
  }
  /** OBR-3. */
  get fillerOrderNumber(): EntityIdentifier | undefined {
    return readEi(this.segment, 3);
  }
  /** OBR-4: the ordered test or panel, often a LOINC code. */
  get universalServiceId(): CodedElement | undefined {
    return readCoded(this.segment, 4);
  }
  /** OBR-7 as sent: when the specimen was collected. */
  get observationDateTimeText(): string {
    return this.segment.value(7);
  }
  get observationDateTime(): Hl7DateTime | undefined {
    return parseHl7DateTime(this.observationDateTimeText);
  }
  /** OBR-16. */
  get orderingProvider(): ClinicianName | undefined {
    return readXcn(this.segment, 16);
  }
  /** OBR-22 as sent: when results were reported or their status last changed. */
  get resultsReportedAtText(): string {
    return this.segment.value(22);
  }
  get resultsReportedAt(): Hl7DateTime | undefined {
    return parseHl7DateTime(this.resultsReportedAtText);
  }
  /** OBR-24, table 0074: diagnostic service section, e.g. CH, HM, MB. */
  get diagnosticServiceSection(): string {
    return this.segment.value(24);
  }
  /** OBR-25, table 0123 (see `OrderResultStatus`). */
  get resultStatus(): string {
    return this.segment.value(25);
  }
  /** OBR-26.1: for a reflex or child order, the parent result's observation identifier. */
  get parentResultId(): string {
    return this.segment.value(26, 1);
  }
}
