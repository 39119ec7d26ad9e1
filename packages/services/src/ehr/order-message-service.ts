import {
  AckCode,
  ErrorSeverity,
  Hl7ErrorCode,
  Msh,
  tryParseHl7Message,
  type Hl7AckError,
} from '@aliquot/codecs/hl7v2';
import { describeError, LabError } from '@aliquot/domain';
import { findJournalEntry, updateJournalEntry, type JournalState } from '@aliquot/storage';
import { PROCESSABLE_STATES } from '../instruments/message-processor.js';
import { hl7RawToText } from '../instruments/message-text.js';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { applyPlacerOrder, resolveOrderedCodes, type AppliedOrder } from './order-apply.js';
import { OrderRefused, upsertPatient } from './order-identity.js';
import { readOrderMessage } from './order-message-reader.js';

/**
 * Orders from the EHR: an OML^O21 or ORM^O01, journaled like every inbound message, is imported in
 * one transaction — patient, provider and every order — or not at all, and answered with what
 * happened: AA; AE with ERR for content the sender can correct (a missing PID-7, an unknown placer
 * order to cancel, an order with results); AR with ERR when the lab cannot take it however it is
 * sent (a test it does not perform, an order control or version it does not support, or a failure
 * of its own).
 * @see HL7 v2.5.1 chapter 2.9.2 (original-mode acknowledgment), 4.4.6 OML^O21, 4.4.1 ORM^O01
 */

/** The actor order messages are imported as: it may register patients and place orders. */
export const ehrInterfaceActor: Actor = {
  id: 'interface:EHR',
  username: 'interface:EHR',
  displayName: 'EHR order interface',
  roles: ['phlebotomist'],
};

export const ORDER_MESSAGE_TYPES: readonly string[] = ['OML^O21', 'ORM^O01'];

/** HL7 versions whose order messages this reader understands (ORM since 2.3, OML since 2.4). */
export const ORDER_MESSAGE_VERSIONS: readonly string[] = [
  '2.3',
  '2.3.1',
  '2.4',
  '2.5',
  '2.5.1',
  '2.6',
  '2.7',
  '2.7.1',
  '2.8',
  '2.8.1',
  '2.8.2',
];

export function isOrderMessageType(messageType: string): boolean {
  return ORDER_MESSAGE_TYPES.includes(messageType);
}

export interface OrderMessageResult {
  readonly journalId: string;
  readonly state: JournalState;
  readonly ackCode: AckCode;
  readonly errors: readonly Hl7AckError[];
  readonly applied: readonly AppliedOrder[];
}

/** Codes that mean the lab cannot take the message however it is sent. */
const REJECTING = new Set<string>([
  Hl7ErrorCode.tableValueNotFound,
  Hl7ErrorCode.unsupportedMessageType,
  Hl7ErrorCode.unsupportedEventCode,
  Hl7ErrorCode.unsupportedProcessingId,
  Hl7ErrorCode.unsupportedVersionId,
]);

const internal = (message: string): Hl7AckError => ({
  errorCode: Hl7ErrorCode.applicationInternalError,
  severity: ErrorSeverity.error,
  message,
});

async function settleFailed(
  lab: LabContext,
  journalId: string,
  ackCode: AckCode,
  errors: readonly Hl7AckError[],
): Promise<OrderMessageResult> {
  return lab.db.transaction().execute(async (tx) => {
    const row = await findJournalEntry(tx, journalId, true);
    if (!row) throw LabError.notFound('Journal entry', journalId);
    const text = errors.map(
      (e) =>
        (e.location
          ? `${e.location.segment}[${e.location.sequence}]${e.location.field ? `-${e.location.field}` : ''}: `
          : '') + e.message,
    );
    const state = PROCESSABLE_STATES.has(row.state) ? 'failed' : row.state;
    if (state === 'failed')
      await updateJournalEntry(tx, journalId, { state, error: `${ackCode}: ${text.join('; ')}` });
    return { journalId, state, ackCode, errors, applied: [] };
  });
}

/**
 * Imports one journaled order message; see the module comment. A message already processed is
 * never imported again (the journal row is locked and its state checked in the same transaction).
 */
export async function processOrderMessage(lab: LabContext, journalId: string): Promise<OrderMessageResult> {
  const row = await findJournalEntry(lab.db, journalId);
  if (!row) throw LabError.notFound('Journal entry', journalId);
  const parsed = tryParseHl7Message(hl7RawToText(row.raw));
  if (!parsed.ok)
    return settleFailed(lab, journalId, AckCode.applicationReject, [internal(parsed.error.message)]);
  const message = parsed.message;
  const version = new Msh(message.header).version;
  if (!ORDER_MESSAGE_VERSIONS.includes(version))
    return settleFailed(lab, journalId, AckCode.applicationReject, [
      {
        errorCode: Hl7ErrorCode.unsupportedVersionId,
        severity: ErrorSeverity.error,
        location: { segment: 'MSH', sequence: 1, field: 12 },
        message: `order messages of HL7 version ${version || '(none)'} are not taken (taken: ${ORDER_MESSAGE_VERSIONS.join(', ')})`,
      },
    ]);
  const read = readOrderMessage(message);
  if (read.errors.length > 0) {
    const code = read.errors.some((e) => REJECTING.has(e.errorCode))
      ? AckCode.applicationReject
      : AckCode.applicationError;
    return settleFailed(lab, journalId, code, read.errors);
  }
  try {
    return await runUseCase(lab, ehrInterfaceActor, 'order:write', async (uow) => {
      const locked = await findJournalEntry(uow.tx, journalId, true);
      if (!locked || !PROCESSABLE_STATES.has(locked.state)) {
        const state = locked?.state ?? row.state;
        return {
          journalId,
          state,
          ackCode: state === 'processed' ? AckCode.applicationAccept : AckCode.applicationError,
          errors: [],
          applied: [],
        };
      }
      const applied: AppliedOrder[] = [];
      for (const { patient, orders } of read.patients) {
        const codes = await resolveOrderedCodes(uow.tx, orders);
        const patientId = await upsertPatient(uow, patient);
        for (const order of orders)
          applied.push(
            await applyPlacerOrder(uow, ehrInterfaceActor, patientId, order, codes.get(order) ?? []),
          );
      }
      await updateJournalEntry(uow.tx, journalId, {
        state: 'processed',
        error: null,
        processed_at: uow.now,
        result_count: applied.length,
      });
      uow.audit({
        action: 'ehr.orders',
        entity: 'message_journal',
        entityId: journalId,
        after: { orders: applied },
      });
      return {
        journalId,
        state: 'processed' as const,
        ackCode: AckCode.applicationAccept,
        errors: [],
        applied,
      };
    });
  } catch (error) {
    if (error instanceof OrderRefused) {
      const code = error.errors.some((e) => REJECTING.has(e.errorCode))
        ? AckCode.applicationReject
        : AckCode.applicationError;
      return settleFailed(lab, journalId, code, error.errors);
    }
    // A check of the order service (an inactive test...) is content; anything else is our failure.
    if (error instanceof LabError)
      return settleFailed(lab, journalId, AckCode.applicationError, [internal(describeError(error))]);
    return settleFailed(lab, journalId, AckCode.applicationReject, [
      internal(`the lab could not store the order: ${describeError(error)}`),
    ]);
  }
}
