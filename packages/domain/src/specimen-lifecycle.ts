/**
 * The specimen lifecycle as an event timeline. A specimen's current state is derived from its events;
 * each transition has a small pure guard that states the rule it enforces.
 * @see shared/domain/workflow.md §1 and §3
 */

export const SpecimenEventKind = {
  ordered: 'ordered',
  collected: 'collected',
  received: 'received',
  rejected: 'rejected',
  centrifuged: 'centrifuged',
  aliquoted: 'aliquoted',
  loaded: 'loaded',
  resulted: 'resulted',
  verified: 'verified',
  released: 'released',
  stored: 'stored',
  disposed: 'disposed',
} as const;
export type SpecimenEventKind = (typeof SpecimenEventKind)[keyof typeof SpecimenEventKind];

/** States follow the events that lead to them; 'ordered' is the state before collection. */
export type SpecimenState = SpecimenEventKind;

export const RejectionReason = {
  mislabeled: 'mislabeled',
  unlabeled: 'unlabeled',
  identificationMismatch: 'identification-mismatch',
  hemolyzed: 'hemolyzed',
  clotted: 'clotted',
  quantityNotSufficient: 'quantity-not-sufficient',
  underfilled: 'underfilled',
  wrongContainer: 'wrong-container',
  stabilityExceeded: 'stability-exceeded',
  contaminated: 'contaminated',
  leaking: 'leaking',
  missingRequisition: 'missing-requisition',
} as const;
export type RejectionReason = (typeof RejectionReason)[keyof typeof RejectionReason];

export interface SpecimenEvent {
  readonly kind: SpecimenEventKind;
  readonly at: Date;
  /** The user, instrument or system that caused the event. */
  readonly actor: string;
  readonly detail?: Readonly<Record<string, unknown>>;
}

/** The identifiers a person at the bench reads off the label, matched against the patient record. */
export interface PatientIdentifiers {
  readonly mrn?: string;
  readonly familyName?: string;
  readonly givenName?: string;
  readonly birthDate?: string;
}

export type GuardResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const allow: GuardResult = { ok: true };
const deny = (reason: string): GuardResult => ({ ok: false, reason });

/** The current state: the kind of the latest state-changing event, or 'ordered' before any. */
export function currentState(events: readonly SpecimenEvent[]): SpecimenState {
  let state: SpecimenState = 'ordered';
  for (const event of events) state = event.kind;
  return state;
}

const after = (events: readonly SpecimenEvent[], kind: SpecimenEventKind): boolean =>
  events.some((event) => event.kind === kind);

/** A specimen can be collected once, and not after it was rejected. */
export function guardCollect(events: readonly SpecimenEvent[]): GuardResult {
  if (after(events, 'rejected')) return deny('the specimen was rejected; collect a new specimen');
  if (after(events, 'collected')) return deny('the specimen is already recorded as collected');
  return allow;
}

/**
 * Count the identifiers on the label that match the patient record. Two are needed (name and birth
 * date, or name and MRN; never a room or bed number). @see TJC NPSG.01.01.01
 */
export function matchingIdentifiers(label: PatientIdentifiers, patient: PatientIdentifiers): string[] {
  const same = (a?: string, b?: string): boolean =>
    a !== undefined &&
    b !== undefined &&
    a.trim().toLowerCase() === b.trim().toLowerCase() &&
    a.trim() !== '';
  const matches: string[] = [];
  if (same(label.mrn, patient.mrn)) matches.push('MRN');
  if (same(label.familyName, patient.familyName) && same(label.givenName, patient.givenName))
    matches.push('name');
  if (same(label.birthDate, patient.birthDate)) matches.push('birth date');
  return matches;
}

/**
 * A specimen cannot be received without two patient identifiers on its label matching the patient
 * record, cannot be received twice, and cannot be received once rejected.
 */
export function guardReceive(
  events: readonly SpecimenEvent[],
  label: PatientIdentifiers,
  patient: PatientIdentifiers,
): GuardResult {
  if (after(events, 'received')) return deny('the specimen has already been received');
  if (after(events, 'rejected')) return deny('the specimen was rejected and cannot be received');
  const matches = matchingIdentifiers(label, patient);
  if (matches.length < 2) {
    return deny(
      `two patient identifiers must match the record; ${matches.length === 0 ? 'none match' : `only ${matches[0]} matches`}`,
    );
  }
  return allow;
}

/** A specimen can be rejected (with a reason) until its results are released; not twice. */
export function guardReject(events: readonly SpecimenEvent[]): GuardResult {
  if (after(events, 'rejected')) return deny('the specimen is already rejected');
  if (after(events, 'released')) return deny('results of this specimen were released; correct them instead');
  if (after(events, 'disposed')) return deny('the specimen was disposed of');
  return allow;
}

/** Processing (centrifuge, aliquot, load) needs a received, not rejected, not disposed specimen. */
export function guardProcess(events: readonly SpecimenEvent[]): GuardResult {
  if (after(events, 'rejected')) return deny('the specimen was rejected');
  if (after(events, 'disposed')) return deny('the specimen was disposed of');
  if (!after(events, 'received')) return deny('the specimen has not been received in the lab');
  return allow;
}

/** A rejected specimen cannot be resulted; a specimen must be received before results are accepted. */
export function guardResult(events: readonly SpecimenEvent[]): GuardResult {
  if (after(events, 'rejected')) return deny('the specimen was rejected; its results cannot be accepted');
  if (!after(events, 'received')) return deny('the specimen has not been received in the lab');
  return allow;
}

/** A specimen can be stored once received; a disposed specimen cannot be stored again. */
export function guardStore(events: readonly SpecimenEvent[]): GuardResult {
  if (after(events, 'disposed')) return deny('the specimen was disposed of');
  if (!after(events, 'received')) return deny('the specimen has not been received in the lab');
  return allow;
}

/** A specimen is disposed of once. */
export function guardDispose(events: readonly SpecimenEvent[]): GuardResult {
  if (after(events, 'disposed')) return deny('the specimen was already disposed of');
  return allow;
}
