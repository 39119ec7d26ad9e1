import { readCoded, type CodedElement } from './hl7-datatypes.js';
import type { Hl7Segment } from './hl7-segment.js';

/**
 * QPD, query parameter definition: which query and its parameters (from QPD-3 on, as the query's
 * conformance statement defines them).
 * @see HL7 v2.5.1 chapter 5.5.4 QPD
 */
export class Qpd {
  constructor(readonly segment: Hl7Segment) {}

  /** QPD-1: the query, e.g. `WOS^Work Order Step^IHE_LABTF`. */
  get queryName(): CodedElement | undefined {
    return readCoded(this.segment, 1);
  }
  /** QPD-2: echoed in the response's QAK-1. */
  get queryTag(): string {
    return this.segment.value(2);
  }
  /** QPD-3 onwards, decoded first components (e.g. the specimen barcode an analyzer asks about). */
  get parameters(): string[] {
    const out: string[] = [];
    for (let f = 3; f <= this.segment.fieldCount; f++) out.push(this.segment.value(f));
    return out;
  }
}

/**
 * RCP, response control parameter.
 * @see HL7 v2.5.1 chapter 5.5.6 RCP
 */
export class Rcp {
  constructor(readonly segment: Hl7Segment) {}

  /** RCP-1, table 0091: I immediate, D deferred. */
  get priority(): string {
    return this.segment.value(1);
  }
  /** RCP-2.1: the most records to return. */
  get quantityLimit(): string {
    return this.segment.value(2, 1);
  }
}
