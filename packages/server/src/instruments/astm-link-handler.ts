import type { AstmCharset } from '@aliquot/codecs/astm';
import { describeError } from '@aliquot/domain';
import {
  AstmDelivery,
  type AstmConnection,
  type AstmConnectionOptions,
  type AstmLinkRole,
} from '@aliquot/interfaces';
import {
  answerAstmQuery,
  DecodedKind,
  journalInbound,
  settleOutbound,
  type JournaledMessage,
} from '@aliquot/services';
import type { LinkContext } from './link-context.js';

/** Which link a connection belongs to, and how to read it. */
export interface AstmLinkSpec {
  /** The instrument code, or the shared listener's name. */
  readonly connection: string;
  /** Known for a per-instrument link; a shared listener learns it from each message's sender. */
  readonly instrumentCode: string | null;
  readonly charset: AstmCharset;
  /** Our role in the E1381 contention rule (the instrument has priority unless told otherwise). */
  readonly role: AstmLinkRole;
}

function joinFrames(frames: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(frames.reduce((n, f) => n + f.length, 0));
  let at = 0;
  for (const frame of frames) {
    out.set(frame, at);
    at += frame.length;
  }
  return out;
}

/** Sends the reply to a host query once the query is stored (after its ACK, when the line is free). */
async function answerQuery(
  context: LinkContext,
  spec: AstmLinkSpec,
  connection: AstmConnection,
  journaled: JournaledMessage,
): Promise<void> {
  const reply = await answerAstmQuery(context.lab, {
    journalId: journaled.entry.id,
    connection: spec.connection,
    instrumentCode: journaled.entry.instrument_code,
    sender: journaled.decoded.sender,
    queries: journaled.decoded.queries,
  });
  try {
    await connection.send(reply.text);
    context.board.messageOut(spec.connection);
    await settleOutbound(context.lab, reply.journalId, { ok: true });
  } catch (error) {
    await settleOutbound(context.lab, reply.journalId, {
      ok: false,
      error: describeError(error),
      retry: false,
    });
  }
}

/**
 * The options of one ASTM connection: each message is journaled and committed before its last frame
 * is ACKed (a failure to store it NAKs the frame, and the instrument sends it again); host queries
 * are answered on the same connection; results are processed after the ACK.
 * @see CLSI LIS1-A (the receiver ACKs a frame only once it can take it)
 */
export function astmConnectionOptions(
  context: LinkContext,
  spec: AstmLinkSpec,
  connection: () => AstmConnection | undefined,
): AstmConnectionOptions {
  return {
    charset: spec.charset,
    delivery: AstmDelivery.lis2Message,
    link: { role: spec.role },
    onMessage: async (message) => {
      const journaled = await journalInbound(context.lab.db, {
        connection: spec.connection,
        ...(spec.instrumentCode ? { instrumentCode: spec.instrumentCode } : {}),
        protocol: 'astm',
        raw: message.bytes,
        frames: joinFrames(message.frames),
        receivedAt: new Date(),
        complete: message.complete,
      });
      context.board.messageIn(spec.connection);
      const live = connection();
      const code = journaled.entry.instrument_code;
      if (live && code) context.astmLinks.set(code, live);
      if (journaled.decoded.kind === DecodedKind.query && live) {
        void answerQuery(context, spec, live, journaled).catch((error: unknown) =>
          context.log(
            `answering the query in journal entry ${journaled.entry.id} failed: ${describeError(error)}`,
          ),
        );
      }
      if (!journaled.duplicate && journaled.entry.state === 'accepted')
        context.processing.enqueue(spec.connection, journaled.entry.id);
    },
    onEvent: (event) => {
      if (event.type === 'link-error' || event.type === 'delivery-failed')
        context.board.update(spec.connection, {
          lastError: `${event.type === 'link-error' ? event.code : 'not stored'}: ${event.detail}`,
        });
    },
  };
}
