import { AckCode, buildAck, Hl7ErrorCode, Msh, type Hl7Message } from '@aliquot/codecs/hl7v2';
import { describeError } from '@aliquot/domain';
import {
  acknowledge,
  hl7TextToBytes,
  type InboundHl7Message,
  type MllpConnectionOptions,
  type MllpServerEvent,
} from '@aliquot/interfaces';
import {
  answerHl7Query,
  answerInterfaceMessage,
  DecodedKind,
  journalInbound,
  type JournaledMessage,
} from '@aliquot/services';
import type { LinkContext } from './link-context.js';

/** Which link an MLLP connection belongs to. */
export interface Hl7LinkSpec {
  readonly connection: string;
  readonly instrumentCode: string | null;
}

function errorAck(inbound: InboundHl7Message, message: Hl7Message, journaled: JournaledMessage): Uint8Array {
  const enhanced = new Msh(message.header).acceptAckType !== '';
  const problems = journaled.decoded.errors;
  const ack = buildAck(message, {
    code: enhanced ? AckCode.commitError : AckCode.applicationError,
    errors:
      problems.length > 0
        ? problems.map((p) => ({
            errorCode: Hl7ErrorCode.dataTypeError,
            severity: 'E' as const,
            message: `${p.location}: ${p.message}`,
          }))
        : [
            {
              errorCode: Hl7ErrorCode.duplicateKeyIdentifier,
              severity: 'E' as const,
              message: journaled.entry.error ?? 'the message was kept but cannot be processed',
            },
          ],
  });
  return hl7TextToBytes(ack.toString(), inbound.encoding);
}

/**
 * The options of one MLLP connection. Each message is journaled and committed before its
 * acknowledgment goes back: AA when it is stored for processing; AE with ERR when it is stored but its
 * content cannot be processed (a value that does not parse); AE/AR from the envelope checks (missing
 * MSH-9, unsupported version…); the RSP^K11 itself for a QBP query. A message from a sender we do not
 * know is stored and acknowledged AA, and waits in the unmapped queue. An EHR order (OML^O21, ORM^O01)
 * or a point-of-care data manager's ORU^R01 is imported before the answer, which says how that went
 * (`answerInterfaceMessage`).
 * @see HL7 v2.5.1 chapter 2.9.2 (original-mode acknowledgment)
 */
export function mllpConnectionOptions(context: LinkContext, spec: Hl7LinkSpec): MllpConnectionOptions {
  const journal = (inbound: { bytes: Uint8Array; receivedAt: Date }, refusal?: string) =>
    journalInbound(context.lab.db, {
      connection: spec.connection,
      ...(spec.instrumentCode ? { instrumentCode: spec.instrumentCode } : {}),
      protocol: 'hl7',
      raw: inbound.bytes,
      receivedAt: inbound.receivedAt,
      ...(refusal ? { refusal } : {}),
    });
  return {
    handler: async (inbound) => {
      const refused = inbound.validation.ackCode !== AckCode.applicationAccept;
      const refusal = refused ? inbound.validation.problems.map((p) => p.message).join('; ') : undefined;
      const journaled = await journal(inbound, refusal);
      context.board.messageIn(spec.connection);
      if (refused) return acknowledge(inbound);
      // EHR orders and point-of-care results are acknowledged with what importing them did.
      const answer = await answerInterfaceMessage(context.lab, journaled, inbound.message);
      if (answer !== undefined) return hl7TextToBytes(answer, inbound.encoding);
      if (journaled.decoded.kind === DecodedKind.query && journaled.entry.state !== 'failed') {
        const reply = await answerHl7Query(context.lab, {
          journalId: journaled.entry.id,
          connection: spec.connection,
          instrumentCode: journaled.entry.instrument_code,
          message: inbound.message,
          queries: journaled.decoded.queries,
        });
        context.board.messageOut(spec.connection);
        if (!journaled.duplicate) context.processing.enqueue(spec.connection, journaled.entry.id);
        return hl7TextToBytes(reply.text, inbound.encoding);
      }
      if (journaled.entry.state === 'failed') return errorAck(inbound, inbound.message, journaled);
      if (!journaled.duplicate && journaled.entry.state === 'accepted')
        context.processing.enqueue(spec.connection, journaled.entry.id);
      return acknowledge(inbound);
    },
    onEvent: (event: MllpServerEvent) => {
      switch (event.type) {
        case 'connection-opened':
          context.board.peers(spec.connection, 1);
          break;
        case 'connection-closed':
          context.board.peers(spec.connection, -1);
          break;
        case 'rejected':
          // Refused before the handler (no MSH, unusable delimiters, too large): the sender got AR;
          // the bytes are kept with the reason all the same.
          context.processing.track(
            journal({ bytes: event.bytes, receivedAt: new Date() }, event.reason).then(
              () => context.board.messageIn(spec.connection),
              (error: unknown) => context.log(`journaling a refused message failed: ${describeError(error)}`),
            ),
          );
          break;
        case 'handler-failed':
        case 'socket-error':
        case 'processing-failed':
          context.board.update(spec.connection, { lastError: event.error });
          break;
        case 'junk':
          context.board.update(spec.connection, {
            lastError: `${event.length} bytes outside MLLP frames (${event.reason})`,
          });
          break;
        default:
          event satisfies never;
      }
    },
  };
}
