import { buildAck, Msh, type Hl7Message } from '@aliquot/codecs/hl7v2';
import {
  findJournalEntry,
  isPoctDataManager,
  latestReplyTo,
  type Executor,
  type JournalRow,
} from '@aliquot/storage';
import { journalOutbound } from '../instruments/message-journal-service.js';
import type { ProcessOutcome } from '../instruments/message-processor.js';
import { hl7RawToText } from '../instruments/message-text.js';
import type { LabContext } from '../use-case.js';
import { isOrderMessageType, processOrderMessage } from './order-message-service.js';
import { processPoctMessage } from '../poct/poct-hl7-intake.js';

/**
 * HL7 messages that come over the instrument links but are not an instrument's: orders from the EHR
 * (OML^O21, ORM^O01) and point-of-care results from a data manager (ORU^R01 from a sender devices
 * name as their data manager). Their acknowledgment depends on what importing them did, so the link
 * asks here before acknowledging, and the processing queue routes them here when it finds one.
 */

export const InterfaceRoute = { orders: 'orders', pointOfCare: 'point-of-care' } as const;
export type InterfaceRoute = (typeof InterfaceRoute)[keyof typeof InterfaceRoute];

/** Which interface a journaled inbound message belongs to, or undefined for an instrument's. */
export async function interfaceRouteOf(
  db: Executor,
  row: Pick<JournalRow, 'protocol' | 'direction' | 'message_type' | 'sender' | 'instrument_code'>,
): Promise<InterfaceRoute | undefined> {
  if (row.protocol !== 'hl7' || row.direction !== 'in') return undefined;
  if (isOrderMessageType(row.message_type)) return InterfaceRoute.orders;
  if (
    row.message_type === 'ORU^R01' &&
    row.instrument_code === null &&
    (await isPoctDataManager(db, row.sender))
  )
    return InterfaceRoute.pointOfCare;
  return undefined;
}

async function process(lab: LabContext, route: InterfaceRoute, id: string) {
  switch (route) {
    case 'orders':
      return processOrderMessage(lab, id);
    case 'point-of-care':
      return processPoctMessage(lab, id);
    default:
      return route satisfies never;
  }
}

/**
 * For the processing queue: imports an interface message it found journaled but not processed (after
 * a restart, or a person's reprocess). Undefined for an instrument's message.
 */
export async function processInterfaceMessage(
  lab: LabContext,
  row: JournalRow,
): Promise<ProcessOutcome | undefined> {
  const route = await interfaceRouteOf(lab.db, row);
  if (route === undefined) return undefined;
  await process(lab, route, row.id);
  const after = (await findJournalEntry(lab.db, row.id)) ?? row;
  return { id: after.id, state: after.state, error: after.error, resultCount: after.result_count };
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * For the link, once the message is journaled: imports it and returns the acknowledgment's text (AA,
 * or AE/AR with ERR), journaled as the reply. A resend of a message already answered gets the same
 * answer again. Undefined when the message is not an interface's, or was refused at the envelope.
 */
export async function answerInterfaceMessage(
  lab: LabContext,
  journaled: { readonly entry: JournalRow; readonly duplicate: boolean },
  message: Hl7Message,
): Promise<string | undefined> {
  const { entry } = journaled;
  const route = await interfaceRouteOf(lab.db, entry);
  if (route === undefined) return undefined;
  const earlier = await latestReplyTo(lab.db, entry.id);
  if (earlier !== undefined) return hl7RawToText(earlier.raw);
  if (entry.state !== 'accepted') return undefined;
  const result = await process(lab, route, entry.id);
  const ack = buildAck(message, { code: result.ackCode, errors: result.errors, now: lab.now() });
  const text = ack.toString();
  await journalOutbound(
    lab.db,
    {
      connection: entry.connection,
      instrumentCode: null,
      protocol: 'hl7',
      messageType: `ACK^${new Msh(message.header).triggerEvent}`,
      raw: utf8(text),
      controlId: new Msh(ack.header).controlId,
      replyTo: entry.id,
      state: 'sent',
    },
    lab.now(),
  );
  return text;
}
