import type { Hl7Segment } from './hl7-segment.js';

/**
 * Readers for the composite data types lab segments use. Each reads one repetition of one field of a
 * segment, decoded, and returns undefined when the field is empty.
 * @see HL7 v2.5.1 chapter 2A "Data types"
 */

/** CE / CWE / CNE: a code with its text and coding system, and an alternate coding. @see 2A.7, 2A.13 */
export interface CodedElement {
  readonly identifier: string;
  readonly text: string;
  readonly codingSystem: string;
  readonly alternateIdentifier: string;
  readonly alternateText: string;
  readonly alternateCodingSystem: string;
  /** CWE-9 original text (CWE and CNE only; '' for CE). */
  readonly originalText: string;
}

export function readCoded(seg: Hl7Segment, field: number, repetition = 1): CodedElement | undefined {
  if (seg.raw(field, undefined, undefined, repetition) === '') return undefined;
  const c = seg.components(field, repetition);
  return {
    identifier: c[0] ?? '',
    text: c[1] ?? '',
    codingSystem: c[2] ?? '',
    alternateIdentifier: c[3] ?? '',
    alternateText: c[4] ?? '',
    alternateCodingSystem: c[5] ?? '',
    originalText: c[8] ?? '',
  };
}

/** Every repetition of a coded field. */
export function readCodedList(seg: Hl7Segment, field: number): CodedElement[] {
  const out: CodedElement[] = [];
  for (let r = 1, n = seg.repetitionCount(field); r <= n; r++) {
    const c = readCoded(seg, field, r);
    if (c !== undefined) out.push(c);
  }
  return out;
}

/** HD: an application or facility, by local name and/or universal ID (OID, CLIA, DNS). @see 2A.36 */
export interface HierarchicDesignator {
  readonly namespaceId: string;
  readonly universalId: string;
  readonly universalIdType: string;
}

export function readHd(seg: Hl7Segment, field: number, repetition = 1): HierarchicDesignator | undefined {
  if (seg.raw(field, undefined, undefined, repetition) === '') return undefined;
  return {
    namespaceId: seg.value(field, 1, 1, repetition),
    universalId: seg.value(field, 2, 1, repetition),
    universalIdType: seg.value(field, 3, 1, repetition),
  };
}

/** An HD carried as the subcomponents of one component (CX-4, EI inside EIP...). */
function hdInComponent(seg: Hl7Segment, field: number, component: number, rep: number): HierarchicDesignator {
  return {
    namespaceId: seg.value(field, component, 1, rep),
    universalId: seg.value(field, component, 2, rep),
    universalIdType: seg.value(field, component, 3, rep),
  };
}

/** EI: an identifier and the authority that assigned it (order numbers, specimen IDs). @see 2A.28 */
export interface EntityIdentifier {
  readonly entityId: string;
  readonly namespaceId: string;
  readonly universalId: string;
  readonly universalIdType: string;
}

export function readEi(seg: Hl7Segment, field: number, repetition = 1): EntityIdentifier | undefined {
  if (seg.raw(field, undefined, undefined, repetition) === '') return undefined;
  const c = seg.components(field, repetition);
  return {
    entityId: c[0] ?? '',
    namespaceId: c[1] ?? '',
    universalId: c[2] ?? '',
    universalIdType: c[3] ?? '',
  };
}

/** An EI carried as the subcomponents of one component (EIP-1 placer, EIP-2 filler in SPM-2). */
export function readEiInComponent(
  seg: Hl7Segment,
  field: number,
  component: number,
  repetition = 1,
): EntityIdentifier | undefined {
  if (seg.raw(field, component, undefined, repetition) === '') return undefined;
  return {
    entityId: seg.value(field, component, 1, repetition),
    namespaceId: seg.value(field, component, 2, repetition),
    universalId: seg.value(field, component, 3, repetition),
    universalIdType: seg.value(field, component, 4, repetition),
  };
}

/** CX: a patient or visit identifier with its assigning authority and type (MR, PI...). @see 2A.14 */
export interface ExtendedId {
  readonly id: string;
  readonly assigningAuthority: HierarchicDesignator;
  readonly identifierTypeCode: string;
}

export function readCx(seg: Hl7Segment, field: number, repetition = 1): ExtendedId | undefined {
  if (seg.raw(field, undefined, undefined, repetition) === '') return undefined;
  return {
    id: seg.value(field, 1, 1, repetition),
    assigningAuthority: hdInComponent(seg, field, 4, repetition),
    identifierTypeCode: seg.value(field, 5, 1, repetition),
  };
}

/** XPN: a person's name. @see 2A.88 */
export interface PersonName {
  readonly familyName: string;
  readonly givenName: string;
  /** Second and further given names or initials. */
  readonly middleName: string;
  readonly suffix: string;
  readonly prefix: string;
  /** Table 0200: L legal, D display, M maiden... */
  readonly nameTypeCode: string;
}

export function readXpn(seg: Hl7Segment, field: number, repetition = 1): PersonName | undefined {
  if (seg.raw(field, undefined, undefined, repetition) === '') return undefined;
  return {
    familyName: seg.value(field, 1, 1, repetition),
    givenName: seg.value(field, 2, 1, repetition),
    middleName: seg.value(field, 3, 1, repetition),
    suffix: seg.value(field, 4, 1, repetition),
    prefix: seg.value(field, 5, 1, repetition),
    nameTypeCode: seg.value(field, 7, 1, repetition),
  };
}

/** XCN: a clinician, by ID and name (ordering provider, responsible observer). @see 2A.89 */
export interface ClinicianName {
  readonly id: string;
  readonly familyName: string;
  readonly givenName: string;
  readonly assigningAuthority: HierarchicDesignator;
}

export function readXcn(seg: Hl7Segment, field: number, repetition = 1): ClinicianName | undefined {
  if (seg.raw(field, undefined, undefined, repetition) === '') return undefined;
  return {
    id: seg.value(field, 1, 1, repetition),
    familyName: seg.value(field, 2, 1, repetition),
    givenName: seg.value(field, 3, 1, repetition),
    assigningAuthority: hdInComponent(seg, field, 9, repetition),
  };
}
