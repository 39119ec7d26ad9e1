import { createHash } from 'node:crypto';
import { LabError } from '@aliquot/domain';
import {
  findInboundByControlId,
  findInstrument,
  findInstrumentBySender,
  findJournalEntry,
  insertJournalEntry,
  listJournalEntries,
  updateJournalEntry,
  type Db,
  type Executor,
  type JournalDirection,
  type JournalFilter,
  type JournalRow,
  type JournalState,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { astmDedupeContent, decodeAstmMessage } from './astm-message-decoder.js';
import { decodeHl7Message, hl7DedupeContent } from './hl7-message-decoder.js';
import { describeProblems, type DecodedInstrumentMessage } from './instrument-message.js';
import { latin1Text, messageText, readableText, toBase64 } from './message-text.js';

/** A message as a link received it, before it is acknowledged. */
export interface InboundMessage {
  /** The instrument code for a per-instrument link, or the shared listener's name. */
  readonly connection: string;
  /** Known when the link belongs to one instrument; otherwise found from the sender. */
  readonly instrumentCode?: string;
  readonly protocol: 'astm' | 'hl7';
  /** The message bytes: ASTM frame texts joined, or the HL7 message inside its MLLP frame. */
  readonly raw: Uint8Array;
  /** ASTM only: every frame as received, STX to LF. */
  readonly frames?: Uint8Array;
  readonly receivedAt: Date;
  /** False when an ASTM transfer ended before the L record. */
  readonly complete?: boolean;
  /** Why the link refused the message (e.g. HL7 envelope problems); it is journaled as failed. */
  readonly refusal?: string;
}

export interface JournaledMessage {
  readonly entry: JournalRow;
  /** True when this message was journaled before (a resend); nothing new was written. */
  readonly duplicate: boolean;
  readonly decoded: DecodedInstrumentMessage;
}

export function decodeJournaled(
  protocol: 'astm' | 'hl7',
  raw: Uint8Array,
  charset: 'latin1' | 'utf-8' | 'windows-1252',
  complete: boolean,
  lenient = false,
): DecodedInstrumentMessage {
  const text = messageText(protocol, raw, charset);
  return protocol === 'astm' ? decodeAstmMessage(text, complete, lenient) : decodeHl7Message(text);
}

/**
 * The key a resent message is recognised by: the connection (the instrument, or the listener and
 * sender), the control ID, and a hash of the content without the header's time.
 */
export function dedupeKey(
  protocol: 'astm' | 'hl7',
  connectionKey: string,
  controlId: string,
  raw: Uint8Array,
): string {
  const text = latin1Text(raw);
  const content = protocol === 'astm' ? astmDedupeContent(text) : hl7DedupeContent(text);
  const hash = createHash('sha256').update(content, 'latin1').digest('hex');
  return createHash('sha256').update([protocol, connectionKey, controlId, hash].join('\u0000')).digest('hex');
}

/**
 * Writes an inbound message to the journal and commits, before the link acknowledges it. A message
 * seen before (same dedupe key) is not written again. A different message reusing a control ID is
 * journaled but held as failed, so it never creates a second result unless a person reprocesses it.
 */
export async function journalInbound(db: Db, message: InboundMessage): Promise<JournaledMessage> {
  return db.transaction().execute(async (tx) => {
    const known = message.instrumentCode ? await findInstrument(tx, message.instrumentCode) : undefined;
    const first = decodeJournaled(
      message.protocol,
      message.raw,
      known?.charset ?? 'latin1',
      message.complete ?? true,
    );
    const instrument = known ?? (await findInstrumentBySender(tx, first.sender));
    const decoded =
      instrument && instrument.charset !== 'latin1' && !known
        ? decodeJournaled(message.protocol, message.raw, instrument.charset, message.complete ?? true)
        : first;
    const connectionKey = instrument?.code ?? `${message.connection}/${decoded.sender}`;
    const key = dedupeKey(message.protocol, connectionKey, decoded.controlId, message.raw);
    const errors = [
      message.refusal,
      decoded.errors.length > 0 ? describeProblems(decoded.errors) : undefined,
    ];
    const error = errors.filter((e) => e !== undefined && e !== '').join('; ');
    const failed = error !== '';
    const { entry, duplicate } = await insertJournalEntry(tx, {
      direction: 'in',
      connection: message.connection,
      instrument_code: instrument?.code ?? null,
      protocol: message.protocol,
      message_type: decoded.messageType,
      raw: message.raw,
      frames: message.frames ?? null,
      received_at: message.receivedAt,
      sent_at: null,
      control_id: decoded.controlId,
      sender: decoded.sender,
      state: failed ? 'failed' : 'accepted',
      error: failed ? error : null,
      warnings: [...decoded.warnings],
      next_attempt_at: null,
      dedupe_key: key,
      reply_to: null,
      processed_at: null,
    });
    if (duplicate || failed || decoded.controlId === '') return { entry, duplicate, decoded };
    const earlier = await findInboundByControlId(
      tx,
      { instrumentCode: entry.instrument_code, connection: entry.connection, sender: entry.sender },
      decoded.controlId,
      entry.id,
    );
    if (!earlier) return { entry, duplicate, decoded };
    const held = await updateJournalEntry(tx, entry.id, {
      state: 'failed',
      error: `duplicate control ID ${decoded.controlId}: message ${earlier.id} from ${connectionKey} already used it with different content; held so that it creates no second result (reprocess it if it is a new message)`,
    });
    return { entry: held, duplicate, decoded };
  });
}

/** An outbound message written to the journal: a reply sent now, or one queued for the sender. */
export interface OutboundMessage {
  readonly connection: string;
  readonly instrumentCode: string | null;
  readonly protocol: 'astm' | 'hl7';
  readonly messageType: string;
  readonly raw: Uint8Array;
  readonly controlId?: string;
  readonly replyTo?: string;
  readonly state: Extract<JournalState, 'queued' | 'sent'>;
}

export async function journalOutbound(db: Executor, message: OutboundMessage, now: Date) {
  const { entry } = await insertJournalEntry(db, {
    direction: 'out',
    connection: message.connection,
    instrument_code: message.instrumentCode,
    protocol: message.protocol,
    message_type: message.messageType,
    raw: message.raw,
    frames: null,
    received_at: null,
    sent_at: message.state === 'sent' ? now : null,
    control_id: message.controlId ?? '',
    sender: 'ALIQUOT',
    state: message.state,
    error: null,
    warnings: [],
    attempts: message.state === 'sent' ? 1 : 0,
    next_attempt_at: message.state === 'queued' ? now : null,
    dedupe_key: null,
    reply_to: message.replyTo ?? null,
    processed_at: null,
  });
  return entry;
}

/** A journal entry as the API shows it: raw bytes as base64 and as text with control characters named. */
export interface JournalEntry {
  readonly id: string;
  readonly direction: JournalDirection;
  readonly connection: string;
  readonly instrumentCode: string | null;
  readonly protocol: 'astm' | 'hl7';
  readonly messageType: string;
  readonly state: JournalState;
  readonly error: string | null;
  readonly warnings: readonly string[];
  readonly controlId: string;
  readonly sender: string;
  readonly receivedAt: string | null;
  readonly sentAt: string | null;
  readonly attempts: number;
  readonly nextAttemptAt: string | null;
  readonly replyTo: string | null;
  readonly resultCount: number;
  readonly processedAt: string | null;
  readonly createdAt: string;
  readonly raw: { readonly base64: string; readonly text: string; readonly bytes: number };
  readonly frames: { readonly base64: string; readonly text: string } | null;
}

export function toJournalEntry(row: JournalRow): JournalEntry {
  const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
  return {
    id: row.id,
    direction: row.direction,
    connection: row.connection,
    instrumentCode: row.instrument_code,
    protocol: row.protocol,
    messageType: row.message_type,
    state: row.state,
    error: row.error,
    warnings: row.warnings,
    controlId: row.control_id,
    sender: row.sender,
    receivedAt: iso(row.received_at),
    sentAt: iso(row.sent_at),
    attempts: row.attempts,
    nextAttemptAt: iso(row.next_attempt_at),
    replyTo: row.reply_to,
    resultCount: row.result_count,
    processedAt: iso(row.processed_at),
    createdAt: row.created_at.toISOString(),
    raw: {
      base64: toBase64(row.raw),
      text: readableText(messageText(row.protocol, row.raw)),
      bytes: row.raw.length,
    },
    frames: row.frames ? { base64: toBase64(row.frames), text: readableText(latin1Text(row.frames)) } : null,
  };
}

export async function listJournal(
  lab: LabContext,
  actor: Actor,
  query: JournalFilter & { limit: number; offset: number },
): Promise<{ items: JournalEntry[]; total: number; limit: number; offset: number }> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const { rows, total } = await listJournalEntries(tx, query, query.limit, query.offset);
    return { items: rows.map(toJournalEntry), total, limit: query.limit, offset: query.offset };
  });
}

export async function getJournalEntry(lab: LabContext, actor: Actor, id: string): Promise<JournalEntry> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const row = await findJournalEntry(tx, id);
    if (!row) throw LabError.notFound('Journal entry', id);
    return toJournalEntry(row);
  });
}
