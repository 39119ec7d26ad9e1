import type { NumericValue, TextValue, CodedValue } from '@aliquot/domain';

/** One result as an instrument reported it, before any mapping to the catalog. */
export interface InstrumentObservation {
  /** The specimen ID the instrument sent: our accession number, or a control specimen's ID. */
  readonly specimenId: string;
  /** The instrument's test code (ASTM R-3 component 4, HL7 OBX-3.1). */
  readonly instrumentTestCode: string;
  /** Other codes for the same test to try when the first is not mapped (HL7 OBX-3.4). */
  readonly alternateCodes: readonly string[];
  readonly valueText: string;
  /** The value as read from the message; undefined when none was sent. */
  readonly value: NumericValue | TextValue | CodedValue | undefined;
  readonly units: string;
  /** Abnormal and instrument flags as sent (ASTM R-7 and C type I, HL7 OBX-8). */
  readonly flags: readonly string[];
  /** ASTM R-9 / HL7 OBX-11 as sent. */
  readonly status: string;
  readonly observedAt?: Date;
  readonly operator?: string;
  readonly dilution?: string;
  readonly replicate?: string;
  readonly reagentLot?: string;
  readonly equipment?: string;
  readonly comments: readonly string[];
  /** Manufacturer (M) records that follow the result, e.g. histograms, as sent. */
  readonly manufacturer: readonly { readonly kind: string; readonly record: string }[];
  /** The message itself marks the specimen as a control (ASTM O-12 Q or H-12 Q, HL7 SPM-11 Q). */
  readonly markedQc: boolean;
  /** Where in the message it came from, for errors: `R record (line 5)`, `OBX[3]`. */
  readonly location: string;
}

/** A host query: the instrument asks what to run on a specimen. */
export interface InstrumentQuery {
  readonly specimenId: string;
  /** Q-3 / QPD-3 components as sent (rack, position…), echoed in the answer. */
  readonly rangeComponents: readonly string[];
  readonly allTests: boolean;
  readonly tests: readonly string[];
  /** HL7 QPD-1 and QPD-2, echoed in QAK. */
  readonly queryName?: string;
  readonly queryTag?: string;
  readonly location: string;
}

export const DecodedKind = {
  results: 'results',
  query: 'query',
  orders: 'orders',
  acknowledgment: 'acknowledgment',
  other: 'other',
} as const;
export type DecodedKind = (typeof DecodedKind)[keyof typeof DecodedKind];

export interface DecodeProblem {
  readonly location: string;
  readonly message: string;
}

/** What processing needs from one journaled message, whatever its protocol. */
export interface DecodedInstrumentMessage {
  readonly kind: DecodedKind;
  /** `ORU^R01`, `OUL^R22`, `QBP^Q11`, or for ASTM `ASTM results`, `ASTM query`… */
  readonly messageType: string;
  /** ASTM H-5.1, HL7 MSH-3.1 (with MSH-4.1 as a fallback). */
  readonly sender: string;
  /** ASTM H-3, HL7 MSH-10. */
  readonly controlId: string;
  readonly observations: readonly InstrumentObservation[];
  readonly queries: readonly InstrumentQuery[];
  /** Problems that stop the message from being processed (it is kept, failed, with these). */
  readonly errors: readonly DecodeProblem[];
  /** Things tolerated, kept with the journal entry. */
  readonly warnings: readonly string[];
}

export function describeProblems(problems: readonly DecodeProblem[]): string {
  return problems.map((p) => `${p.location}: ${p.message}`).join('; ');
}

/** Reads an instrument's local date-time parts (no zone is sent) as a time on this server's clock. */
export function localDate(parts: {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
  hour?: number | undefined;
  minute?: number | undefined;
  second?: number | undefined;
}): Date {
  return new Date(
    parts.year,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
}
