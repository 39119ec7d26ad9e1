import {
  AckCode,
  ErrorSeverity,
  Hl7ErrorCode,
  Msh,
  readLabOrders,
  tryParseHl7Message,
  type Hl7AckError,
  type Hl7Message,
  type LabObservation,
} from '@aliquot/codecs/hl7v2';
import { describeError, LabError } from '@aliquot/domain';
import { findJournalEntry, updateJournalEntry, type JournalState } from '@aliquot/storage';
import { errorAt, hl7Instant } from '../ehr/hl7-errors.js';
import { readValue } from '../instruments/hl7-message-decoder.js';
import type { DecodeProblem } from '../instruments/instrument-message.js';
import { PROCESSABLE_STATES } from '../instruments/message-processor.js';
import { hl7RawToText } from '../instruments/message-text.js';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { receivePoctReading, type PoctReading } from './poct-intake-service.js';

/**
 * Point-of-care results from a data manager: an ORU^R01 over MLLP (CLSI POCT1-A's Observation
 * Reporting Interface), from a sender (MSH-3) that registered devices name as their data manager.
 * Each OBX is one reading: the device in OBX-18, the operator in OBX-16, the patient in PID-3, the
 * time in OBX-14 (else OBR-7). Every reading is taken or refused on its own (a refused one is kept
 * with its reason); the acknowledgment is AA when all were taken, AE with one ERR per refused OBX.
 * @see CLSI POCT1-A2 ORI; HL7 v2.5.1 chapter 7.3.1 ORU^R01, 7.4.2 OBX-16, OBX-18
 */

export function poctDataManagerActor(sender: string): Actor {
  return {
    id: `poct:${sender}`,
    username: `poct:${sender}`,
    displayName: `POCT data manager ${sender}`,
    roles: ['poct-operator'],
  };
}

export interface PoctMessageResult {
  readonly journalId: string;
  readonly state: JournalState;
  readonly ackCode: AckCode;
  readonly errors: readonly Hl7AckError[];
}

interface LocatedReading {
  readonly reading: PoctReading;
  readonly obxSequence: number;
}

const obxError = (
  sequence: number,
  field: number,
  message: string,
  code: Hl7ErrorCode = Hl7ErrorCode.applicationInternalError,
): Hl7AckError => errorAt(code, 'OBX', sequence, field, message);

/** Every OBX of the message as a reading, and what cannot be read. */
export function readPoctMessage(
  message: Hl7Message,
  journalId: string,
): { readings: LocatedReading[]; errors: Hl7AckError[] } {
  const readings: LocatedReading[] = [];
  const errors: Hl7AckError[] = [];
  const allObx = message.segmentsNamed('OBX');
  for (const patient of readLabOrders(message).patients) {
    const ids = patient.pid?.identifiers.filter((cx) => cx.id !== '') ?? [];
    const mrn = (ids.find((cx) => cx.identifierTypeCode.toUpperCase() === 'MR') ?? ids[0])?.id;
    for (const order of patient.orders) {
      const observations: LabObservation[] = [
        ...order.observations,
        ...order.specimens.flatMap((s) => s.observations),
      ];
      for (const obs of observations) {
        const obx = obs.obx;
        const sequence = allObx.indexOf(obx.segment) + 1;
        const problems: DecodeProblem[] = [];
        const value = readValue(obs, `OBX[${sequence}]`, problems);
        const device = obx.equipmentIds[0]?.entityId ?? '';
        const observedAt =
          hl7Instant(obx.observedAtText) ?? hl7Instant(order.obr?.observationDateTimeText ?? '');
        const codes = [obx.observationId?.identifier, obx.observationId?.alternateIdentifier].filter(
          (c): c is string => !!c,
        );
        if (problems.length > 0)
          errors.push(...problems.map((p) => obxError(sequence, 5, p.message, Hl7ErrorCode.dataTypeError)));
        else if (device === '')
          errors.push(obxError(sequence, 18, 'OBX-18 names no device', Hl7ErrorCode.requiredFieldMissing));
        else if (!mrn)
          errors.push(obxError(sequence, 3, 'PID-3 names no patient', Hl7ErrorCode.requiredFieldMissing));
        else if (!observedAt)
          errors.push(
            obxError(
              sequence,
              14,
              'OBX-14 (or OBR-7) gives no time of the reading',
              Hl7ErrorCode.requiredFieldMissing,
            ),
          );
        else {
          const operator = obx.responsibleObserver?.id;
          readings.push({
            obxSequence: sequence,
            reading: {
              channel: 'hl7',
              journalId,
              device,
              ...(operator ? { operatorId: operator } : {}),
              patient: { mrn },
              codes,
              value,
              ...(obx.unitsCode ? { unit: obx.unitsCode } : {}),
              observedAt,
            },
          });
        }
      }
    }
  }
  if (readings.length === 0 && errors.length === 0)
    errors.push({
      errorCode: Hl7ErrorCode.segmentSequenceError,
      severity: ErrorSeverity.error,
      message: 'the message holds no reading (OBX)',
    });
  return { readings, errors };
}

/** Takes the readings of one journaled data-manager message; see the module comment. */
export async function processPoctMessage(lab: LabContext, journalId: string): Promise<PoctMessageResult> {
  const row = await findJournalEntry(lab.db, journalId);
  if (!row) throw LabError.notFound('Journal entry', journalId);
  const parsed = tryParseHl7Message(hl7RawToText(row.raw));
  const read = parsed.ok ? readPoctMessage(parsed.message, journalId) : undefined;
  const sender = parsed.ok
    ? (new Msh(parsed.message.header).sendingApplication?.namespaceId ?? row.sender)
    : row.sender;
  const actor = poctDataManagerActor(sender || 'unknown');
  try {
    return await runUseCase(lab, actor, 'poct:test', async (uow) => {
      const locked = await findJournalEntry(uow.tx, journalId, true);
      if (!locked || !PROCESSABLE_STATES.has(locked.state))
        return {
          journalId,
          state: locked?.state ?? row.state,
          ackCode: AckCode.applicationAccept,
          errors: [],
        };
      const errors: Hl7AckError[] = parsed.ok
        ? [...(read?.errors ?? [])]
        : [
            {
              errorCode: Hl7ErrorCode.segmentSequenceError,
              severity: ErrorSeverity.error,
              message: parsed.error.message,
            },
          ];
      let taken = 0;
      for (const { reading, obxSequence } of read?.readings ?? []) {
        const outcome = await receivePoctReading(uow, actor, reading);
        if (outcome.reading.outcome === 'accepted') taken++;
        else
          errors.push(
            obxError(
              obxSequence,
              outcome.notified === 'operator-locked-out' ? 16 : 18,
              outcome.reading.refusal ?? 'refused',
            ),
          );
      }
      const summary = errors.map(
        (e) => `${e.location ? `OBX[${e.location.sequence}]-${e.location.field ?? ''}: ` : ''}${e.message}`,
      );
      await updateJournalEntry(uow.tx, journalId, {
        state: taken > 0 || errors.length === 0 ? 'processed' : 'failed',
        error: errors.length > 0 ? summary.join('; ') : null,
        processed_at: uow.now,
        result_count: taken,
      });
      return {
        journalId,
        state: taken > 0 || errors.length === 0 ? ('processed' as const) : ('failed' as const),
        ackCode: errors.length === 0 ? AckCode.applicationAccept : AckCode.applicationError,
        errors,
      };
    });
  } catch (error) {
    await updateJournalEntry(lab.db, journalId, { state: 'failed', error: describeError(error) });
    return {
      journalId,
      state: 'failed',
      ackCode: AckCode.applicationReject,
      errors: [
        {
          errorCode: Hl7ErrorCode.applicationInternalError,
          severity: ErrorSeverity.error,
          message: `the lab could not store the readings: ${describeError(error)}`,
        },
      ],
    };
  }
}
