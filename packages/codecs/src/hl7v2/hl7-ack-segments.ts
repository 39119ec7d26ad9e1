import { readCoded, type CodedElement } from './hl7-datatypes.js';
import type { Hl7Segment } from './hl7-segment.js';

/**
 * MSA, message acknowledgment.
 * @see HL7 v2.5.1 chapter 2.15.8 MSA
 */
export class Msa {
  constructor(readonly segment: Hl7Segment) {}

  /** MSA-1, table 0008 (see `AckCode`). */
  get code(): string {
    return this.segment.value(1);
  }
  /** MSA-2: the MSH-10 of the message acknowledged. */
  get controlId(): string {
    return this.segment.value(2);
  }
  /** MSA-3 (kept for backward compatibility; ERR carries the detail in v2.5+). */
  get text(): string {
    return this.segment.value(3);
  }
}

/** ERR-2, error location (ERL). */
export interface ErrorLocation {
  readonly segmentId: string;
  readonly segmentSequence: string;
  readonly fieldPosition: string;
  readonly fieldRepetition: string;
  readonly componentNumber: string;
  readonly subcomponentNumber: string;
}

/**
 * ERR, error: where the problem is, its table 0357 code, severity and a text for people.
 * @see HL7 v2.5.1 chapter 2.15.5 ERR
 */
export class Err {
  constructor(readonly segment: Hl7Segment) {}

  /** ERR-2, first repetition. */
  get location(): ErrorLocation | undefined {
    if (this.segment.raw(2) === '') return undefined;
    const c = this.segment.components(2);
    return {
      segmentId: c[0] ?? '',
      segmentSequence: c[1] ?? '',
      fieldPosition: c[2] ?? '',
      fieldRepetition: c[3] ?? '',
      componentNumber: c[4] ?? '',
      subcomponentNumber: c[5] ?? '',
    };
  }
  /** ERR-3, table 0357 (see `Hl7ErrorCode`). */
  get errorCode(): CodedElement | undefined {
    return readCoded(this.segment, 3);
  }
  /** ERR-4, table 0516: E, W, I. */
  get severity(): string {
    return this.segment.value(4);
  }
  /** ERR-7, diagnostic information for the sender's support staff. */
  get diagnosticInformation(): string {
    return this.segment.value(7);
  }
  /** ERR-8, a message for the user. */
  get userMessage(): string {
    return this.segment.value(8);
  }
}
