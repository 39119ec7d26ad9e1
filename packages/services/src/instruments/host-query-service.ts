import { encodeAstmText } from '@aliquot/codecs/astm';
import { Msh, parseHl7Message, type Hl7Message } from '@aliquot/codecs/hl7v2';
import { LabError } from '@aliquot/domain';
import { findInstrument, type JournalRow } from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import {
  buildAstmQueryAnswer,
  buildAstmWorklistText,
  buildHl7QueryResponse,
  buildHl7Worklist,
} from './host-replies.js';
import type { InstrumentQuery } from './instrument-message.js';
import { journalOutbound } from './message-journal-service.js';
import { hl7RawToText } from './message-text.js';
import { pendingTestsForInstrument, type PendingWork } from './pending-tests.js';

/** A reply to send at once on the link the query came in on, already in the journal as sent. */
export interface HostReply {
  readonly journalId: string;
  readonly text: string;
  readonly bytes: Uint8Array;
  /** Specimens with tests pending on this instrument. */
  readonly found: number;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * Answers an ASTM host query (Q records): the pending tests of each specimen on this instrument, or
 * "no information" (L-3 I). A sender we do not know gets "no information": we cannot say what it runs.
 * The reply is journaled (outbound, sent) with the query it answers.
 */
export async function answerAstmQuery(
  lab: LabContext,
  query: {
    readonly journalId: string;
    readonly connection: string;
    readonly instrumentCode: string | null;
    readonly sender: string;
    readonly queries: readonly InstrumentQuery[];
  },
): Promise<HostReply> {
  return lab.db.transaction().execute(async (tx) => {
    const now = lab.now();
    const instrument = query.instrumentCode ? await findInstrument(tx, query.instrumentCode) : undefined;
    const answers: { query: InstrumentQuery; work: PendingWork | undefined }[] = [];
    for (const q of query.queries)
      answers.push({
        query: q,
        work:
          instrument && q.specimenId
            ? await pendingTestsForInstrument(tx, q.specimenId, instrument.code)
            : undefined,
      });
    const text = buildAstmQueryAnswer(answers, query.sender, now);
    const bytes = encodeAstmText(text, instrument?.charset ?? 'latin1');
    const found = answers.filter((a) => a.work && a.work.tests.length > 0).length;
    const entry = await journalOutbound(
      tx,
      {
        connection: query.connection,
        instrumentCode: instrument?.code ?? null,
        protocol: 'astm',
        messageType: found > 0 ? 'ASTM query response' : 'ASTM no information',
        raw: bytes,
        replyTo: query.journalId,
        state: 'sent',
      },
      now,
    );
    return { journalId: entry.id, text, bytes, found };
  });
}

/**
 * Answers an HL7 QBP^Q11 work-order query with RSP^K11 holding the specimen's pending orders. The
 * response is journaled (outbound, sent) and is itself the acknowledgment of the query.
 */
export async function answerHl7Query(
  lab: LabContext,
  query: {
    readonly journalId: string;
    readonly connection: string;
    readonly instrumentCode: string | null;
    readonly message: Hl7Message;
    readonly queries: readonly InstrumentQuery[];
  },
): Promise<HostReply> {
  return lab.db.transaction().execute(async (tx) => {
    const now = lab.now();
    const instrument = query.instrumentCode ? await findInstrument(tx, query.instrumentCode) : undefined;
    const specimenId = query.queries[0]?.specimenId ?? '';
    const work =
      instrument && specimenId ? await pendingTestsForInstrument(tx, specimenId, instrument.code) : undefined;
    const response = buildHl7QueryResponse(query.message, work, now);
    const text = response.toString();
    const bytes = utf8(text);
    const entry = await journalOutbound(
      tx,
      {
        connection: query.connection,
        instrumentCode: instrument?.code ?? null,
        protocol: 'hl7',
        messageType: 'RSP^K11',
        raw: bytes,
        controlId: new Msh(response.header).controlId,
        replyTo: query.journalId,
        state: 'sent',
      },
      now,
    );
    return { journalId: entry.id, text, bytes, found: work && work.tests.length > 0 ? 1 : 0 };
  });
}

/**
 * Queues a worklist for an instrument: the pending tests of each specimen named, as one ASTM order
 * message or one HL7 OML^O21 per specimen. The outbound queue sends them when the instrument's link
 * is up, and retries. Specimens with nothing pending for the instrument are left out.
 */
export async function pushWorklist(
  lab: LabContext,
  actor: Actor,
  instrumentCode: string,
  accessions: readonly string[],
): Promise<{ queued: string[]; skipped: string[] }> {
  return runUseCase(lab, actor, 'specimen:process', async ({ tx, now, audit }) => {
    const instrument = await findInstrument(tx, instrumentCode);
    if (!instrument) throw LabError.notFound('Instrument', instrumentCode);
    const work: PendingWork[] = [];
    const skipped: string[] = [];
    for (const accession of accessions) {
      const pending = await pendingTestsForInstrument(tx, accession, instrument.code);
      if (!pending) throw LabError.notFound('Specimen', accession);
      if (pending.tests.length === 0) skipped.push(accession);
      else work.push(pending);
    }
    const receiver = instrument.sender_ids[0] ?? instrument.code;
    const messages: { type: string; raw: Uint8Array }[] =
      work.length === 0
        ? []
        : instrument.protocol === 'astm'
          ? [
              {
                type: 'ASTM worklist',
                raw: encodeAstmText(buildAstmWorklistText(work, receiver, now), instrument.charset),
              },
            ]
          : work.map((w) => ({ type: 'OML^O21', raw: utf8(buildHl7Worklist(w, receiver, now).toString()) }));
    const queued: JournalRow[] = [];
    for (const m of messages)
      queued.push(
        await journalOutbound(
          tx,
          {
            connection: instrument.code,
            instrumentCode: instrument.code,
            protocol: instrument.protocol,
            messageType: m.type,
            raw: m.raw,
            controlId:
              instrument.protocol === 'hl7' ? parseHl7Message(hl7RawToText(m.raw)).value('MSH-10') : '',
            state: 'queued',
          },
          now,
        ),
      );
    audit({
      action: 'instrument.worklist',
      entity: 'instrument',
      entityId: instrument.code,
      after: { accessions: work.map((w) => w.accession), journalIds: queued.map((q) => q.id), skipped },
    });
    return { queued: queued.map((q) => q.id), skipped };
  });
}
