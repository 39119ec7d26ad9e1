import type { Discipline } from '@aliquot/domain';
import type { CodeableConcept, Identifier, Reference } from './fhir-types.js';
import { FhirSystem, idFromReference, isFhirId, type LabSystems } from './fhir-systems.js';
import type { TestFacts } from './lab-facts.js';

/** A decoded resource, or the problems that stopped it, each with the element it is about. */
export type Decoded<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly issues: readonly { readonly location: string; readonly message: string }[];
    };

/** @see https://hl7.org/fhir/R4/codesystem-observation-category.html */
export const LABORATORY_CATEGORY: CodeableConcept = {
  coding: [{ system: FhirSystem.observationCategory, code: 'laboratory', display: 'Laboratory' }],
  text: 'Laboratory',
};

/** @see https://terminology.hl7.org/CodeSystem-v2-0074.html */
export const LAB_SECTION: CodeableConcept = {
  coding: [{ system: FhirSystem.diagnosticServiceSection, code: 'LAB', display: 'Laboratory' }],
  text: 'Laboratory',
};

/**
 * The diagnostic service section (HL7 table 0074) of each discipline. Coagulation reports under
 * hematology and immunoassays under chemistry, as most lab sections are organised; table 0074 has no
 * code of their own. @see https://terminology.hl7.org/CodeSystem-v2-0074.html
 */
const sections: Readonly<Record<Discipline, { code: string; display: string }>> = {
  chemistry: { code: 'CH', display: 'Chemistry' },
  hematology: { code: 'HM', display: 'Hematology' },
  coagulation: { code: 'HM', display: 'Hematology' },
  urinalysis: { code: 'URN', display: 'Urinalysis' },
  immunoassay: { code: 'CH', display: 'Chemistry' },
  'blood-gas': { code: 'BG', display: 'Blood Gases' },
  molecular: { code: 'GE', display: 'Genetics' },
};

/** The section code of a report whose tests all belong to one discipline. */
export function sectionOf(disciplines: readonly Discipline[]): string | undefined {
  const codes = new Set(disciplines.map((d) => sections[d].code));
  return codes.size === 1 ? [...codes][0] : undefined;
}

/** A section code (CH, HM…) as a report category. */
export function sectionConcept(code: string): CodeableConcept {
  const display = Object.values(sections).find((s) => s.code === code)?.display;
  return {
    coding: [{ system: FhirSystem.diagnosticServiceSection, code, ...(display ? { display } : {}) }],
    ...(display ? { text: display } : {}),
  };
}

/** A test or panel as a code: its LOINC code when it has one, the lab's own code always, its name as text. */
export function testConcept(test: TestFacts, systems: LabSystems): CodeableConcept {
  return {
    coding: [
      ...(test.loinc ? [{ system: FhirSystem.loinc, code: test.loinc }] : []),
      { system: systems.testCode, code: test.code, display: test.name },
    ],
    text: test.name,
  };
}

/** What a code from outside says about a test: the lab's code, the LOINC code, a name. */
export interface TestCodes {
  readonly code?: string;
  readonly loinc?: string;
  readonly name?: string;
}

export function testCodesOf(concept: CodeableConcept | undefined, systems: LabSystems): TestCodes {
  const coding = (system: string) => concept?.coding?.find((c) => c.system === system && c.code);
  const own = coding(systems.testCode);
  const loinc = coding(FhirSystem.loinc);
  const name = concept?.text ?? own?.display ?? loinc?.display;
  return {
    ...(own?.code ? { code: own.code } : {}),
    ...(loinc?.code ? { loinc: loinc.code } : {}),
    ...(name ? { name } : {}),
  };
}

/** Whether a concept carries `code` in `system`: how token search parameters match. */
export const hasCoding = (concept: CodeableConcept | undefined, system: string, code?: string): boolean =>
  concept?.coding?.some((c) => c.system === system && (code === undefined || c.code === code)) ?? false;

/** The lab's instrument as a reference: literal when its id can name a Device, else by identifier. */
export function deviceReference(instrumentId: string, systems: LabSystems): Reference {
  return isFhirId(instrumentId)
    ? { reference: `Device/${instrumentId}`, display: instrumentId }
    : { identifier: { system: systems.instrument, value: instrumentId }, display: instrumentId };
}

export function instrumentOf(reference: Reference | undefined, systems: LabSystems): string | undefined {
  if (!reference) return undefined;
  const id = idFromReference(reference.reference, 'Device');
  if (id) return id;
  return reference.identifier?.system === systems.instrument ? reference.identifier.value : undefined;
}

/** An identifier typed with a v2-0203 code (MR, PLAC, FILL, ACSN). */
export function typedIdentifier(code: string, display: string, system: string, value: string): Identifier {
  return {
    type: { coding: [{ system: FhirSystem.identifierType, code, display }], text: display },
    system,
    value,
  };
}

export const identifierOfType = (
  identifiers: readonly Identifier[] | undefined,
  code: string,
): Identifier | undefined =>
  identifiers?.find((i) => hasCoding(i.type, FhirSystem.identifierType, code) && i.value);

/**
 * The ServiceRequest id of one orderable on an order: the order's UUID, a dot, and the code. A code
 * with characters a FHIR id may not hold is written in hexadecimal after `.x.`; a plain code never
 * contains a dot, so the two cannot meet.
 * @see https://hl7.org/fhir/R4/datatypes.html#id
 */
export function orderItemId(orderId: string, code: string): string {
  if (/^[A-Za-z0-9-]+$/.test(code)) return `${orderId}.${code}`;
  const hex = Array.from(new TextEncoder().encode(code), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${orderId}.x.${hex}`;
}

/** The order and orderable code an order-item id names, or undefined when it is not one. */
export function parseOrderItemId(id: string): { orderId: string; code: string } | undefined {
  const match =
    /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(?:x\.([0-9a-f]+)|([A-Za-z0-9-]+))$/.exec(
      id,
    );
  if (!match?.[1]) return undefined;
  if (match[3]) return { orderId: match[1], code: match[3] };
  const hex = match[2] ?? '';
  if (hex.length % 2 !== 0) return undefined;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return { orderId: match[1], code: new TextDecoder().decode(bytes) };
}
