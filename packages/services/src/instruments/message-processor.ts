import { describeError, LabError, rolesGrant, splitInstrumentFlags } from '@aliquot/domain';
import {
  findInstrument,
  findInstrumentBySender,
  findJournalEntry,
  instrumentTestCodes,
  noteUnmapped,
  releaseUnmapped,
  updateJournalEntry,
  type InstrumentRow,
  type JournalRow,
  type JournalState,
  type Tx,
} from '@aliquot/storage';
import { processInterfaceMessage } from '../ehr/interface-message-service.js';
import { recordResults } from '../result-service.js';
import { runUseCase, type Actor, type LabContext, type UnitOfWork } from '../use-case.js';
import { describeProblems, DecodedKind } from './instrument-message.js';
import { decodeJournaled } from './message-journal-service.js';
import { ControlResultsHeld, handOffControlResults } from './qc-handoff.js';
import { instrumentActor, mapObservations, type MappedObservation } from './result-mapping.js';
import { takeSerumIndices, type MeasuredSerumIndices } from './serum-indices.js';

/** Where a message stands after processing. */
export interface ProcessOutcome {
  readonly id: string;
  readonly state: JournalState;
  readonly error: string | null;
  readonly resultCount: number;
}

/** States from which a message may be (re)processed. A processed message never is: no second result. */
export const PROCESSABLE_STATES: ReadonlySet<JournalState> = new Set(['accepted', 'failed', 'unmapped']);

const outcomeOf = (row: JournalRow): ProcessOutcome => ({
  id: row.id,
  state: row.state,
  error: row.error,
  resultCount: row.result_count,
});

async function settle(
  tx: Tx,
  row: JournalRow,
  state: Extract<JournalState, 'processed' | 'unmapped' | 'failed'>,
  patch: {
    error?: string | null;
    resultCount?: number;
    warnings?: readonly string[];
    instrumentCode?: string;
  },
  now: Date,
): Promise<ProcessOutcome> {
  if (state === 'processed') await releaseUnmapped(tx, row.id);
  const updated = await updateJournalEntry(tx, row.id, {
    state,
    error: patch.error ?? null,
    result_count: patch.resultCount ?? 0,
    processed_at: state === 'processed' ? now : null,
    ...(patch.warnings ? { warnings: [...patch.warnings] } : {}),
    ...(patch.instrumentCode ? { instrument_code: patch.instrumentCode } : {}),
  });
  return outcomeOf(updated);
}

function resultDetail(
  m: MappedObservation,
  row: JournalRow,
  serumIndices: MeasuredSerumIndices | undefined,
): Record<string, unknown> {
  const o = m.observation;
  const { alarms } = splitInstrumentFlags(o.flags);
  const detail: Record<string, unknown> = {
    flags: o.flags,
    instrumentFlags: alarms,
    instrumentTestCode: o.instrumentTestCode,
    instrumentValue: o.valueText,
    instrumentUnits: o.units,
    instrumentStatus: o.status,
    journalId: row.id,
  };
  if (row.control_id) detail.controlId = row.control_id;
  if (serumIndices) detail.serumIndices = serumIndices;
  if (o.dilution) detail.dilution = o.dilution;
  if (o.replicate) detail.replicate = o.replicate;
  if (o.operator) detail.operator = o.operator;
  if (o.reagentLot) detail.reagentLot = o.reagentLot;
  if (o.equipment) detail.equipment = o.equipment;
  if (o.comments.length > 0) detail.comments = o.comments;
  if (o.manufacturer.length > 0) detail.manufacturer = o.manufacturer;
  if (m.mapping.factor !== null && m.value.kind === 'numeric') detail.factor = m.mapping.factor;
  return detail;
}

/** Records every result of one message in the caller's unit of work, all or none, judged together. */
async function recordAll(
  uow: UnitOfWork,
  actor: Actor,
  instrument: InstrumentRow,
  row: JournalRow,
  patient: readonly MappedObservation[],
  indices: ReadonlyMap<string, MeasuredSerumIndices>,
): Promise<void> {
  await recordResults(
    uow,
    actor,
    patient.map((m) => ({
      accession: m.observation.specimenId,
      where: `${m.observation.location} ${m.observation.instrumentTestCode} on ${m.observation.specimenId}`,
      input: {
        testCode: m.definition.code,
        value: m.value,
        ...(m.unit === undefined ? {} : { unit: m.unit }),
        source: 'instrument',
        instrumentId: instrument.code,
        observedAt: m.observation.observedAt ?? row.received_at ?? uow.now,
        detail: resultDetail(m, row, indices.get(m.observation.specimenId)),
      },
    })),
  );
}

async function processLocked(
  uow: UnitOfWork,
  actor: Actor,
  row: JournalRow,
  instrument: InstrumentRow | undefined,
  lenient: boolean,
): Promise<ProcessOutcome> {
  const { tx, now } = uow;
  if (!instrument) {
    const sender = row.sender || '(no sender)';
    await noteUnmapped(tx, {
      instrument: row.sender || row.connection,
      kind: 'sender',
      code: sender,
      journalId: row.id,
      at: now,
    });
    return settle(
      tx,
      row,
      'unmapped',
      {
        error: `unknown sender ${sender} on ${row.connection}: register an instrument with this sender ID, then reprocess`,
      },
      now,
    );
  }
  const decoded = decodeJournaled(row.protocol, row.raw, instrument.charset, true, lenient);
  const base = { warnings: decoded.warnings, instrumentCode: instrument.code };
  if (decoded.errors.length > 0)
    return settle(tx, row, 'failed', { ...base, error: describeProblems(decoded.errors) }, now);
  if (decoded.kind !== DecodedKind.results) return settle(tx, row, 'processed', base, now);

  const serum = takeSerumIndices(instrument.serum_index_codes, decoded.observations);
  if (serum.problems.length > 0)
    return settle(tx, row, 'failed', { ...base, error: describeProblems(serum.problems) }, now);
  const mapping = await mapObservations(
    tx,
    instrument,
    await instrumentTestCodes(tx, instrument.code),
    serum.rest,
  );
  if (mapping.unmappedCodes.length > 0) {
    for (const code of mapping.unmappedCodes)
      await noteUnmapped(tx, { instrument: instrument.code, kind: 'test', code, journalId: row.id, at: now });
    const problems = mapping.problems.length > 0 ? `; also ${describeProblems(mapping.problems)}` : '';
    return settle(
      tx,
      row,
      'unmapped',
      {
        ...base,
        error: `unknown test code${mapping.unmappedCodes.length > 1 ? 's' : ''} ${mapping.unmappedCodes.join(', ')} from ${instrument.code}: map ${mapping.unmappedCodes.length > 1 ? 'them' : 'it'}, then reprocess${problems}`,
      },
      now,
    );
  }
  if (mapping.problems.length > 0)
    return settle(tx, row, 'failed', { ...base, error: describeProblems(mapping.problems) }, now);

  const control = mapping.mapped.filter((m) => m.qc);
  const controlCount = control.length > 0 ? await handOffControlResults(uow, instrument.code, control) : 0;
  const patient = mapping.mapped.filter((m) => !m.qc);
  await recordAll(uow, actor, instrument, row, patient, serum.indices);
  return settle(tx, row, 'processed', { ...base, resultCount: patient.length + controlCount }, now);
}

/** The instrument a journaled message belongs to: its own, or the one its sender names now. */
async function instrumentOf(lab: LabContext, row: JournalRow): Promise<InstrumentRow | undefined> {
  if (row.instrument_code) return findInstrument(lab.db, row.instrument_code);
  return findInstrumentBySender(lab.db, row.sender);
}

/**
 * After a rolled-back attempt: the message is kept failed with its error, or, when quality control
 * could not take its control results, unmapped and in the queue under each control specimen.
 */
async function markNotProcessed(lab: LabContext, id: string, error: unknown): Promise<ProcessOutcome> {
  return lab.db.transaction().execute(async (tx) => {
    const row = await findJournalEntry(tx, id, true);
    if (!row) throw LabError.notFound('Journal entry', id);
    if (!PROCESSABLE_STATES.has(row.state)) return outcomeOf(row);
    if (error instanceof ControlResultsHeld) {
      const at = lab.now();
      for (const code of error.specimenIds)
        await noteUnmapped(tx, {
          instrument: row.instrument_code ?? row.sender,
          kind: 'control',
          code,
          journalId: id,
          at,
        });
      return outcomeOf(
        await updateJournalEntry(tx, id, { state: 'unmapped', error: error.reason, result_count: 0 }),
      );
    }
    return outcomeOf(
      await updateJournalEntry(tx, id, { state: 'failed', error: describeError(error), result_count: 0 }),
    );
  });
}

/**
 * Processes one journaled inbound message: decodes it, maps its codes through the registry and
 * records every result in one transaction, as the instrument's system actor. The journal row is
 * locked and its state checked in that same transaction, so a message is processed at most once
 * however often this is called. A failure keeps the message, with its error, for reprocessing.
 * `lenient` (a person reprocessing) reads past records of unknown types instead of failing on them.
 */
export async function processJournalEntry(
  lab: LabContext,
  id: string,
  options: { readonly lenient?: boolean } = {},
): Promise<ProcessOutcome> {
  const row = await findJournalEntry(lab.db, id);
  if (!row) throw LabError.notFound('Journal entry', id);
  if (row.direction !== 'in' || !PROCESSABLE_STATES.has(row.state)) return outcomeOf(row);
  // Orders from the EHR and point-of-care results from a data manager are not an instrument's.
  const routed = await processInterfaceMessage(lab, row);
  if (routed) return routed;
  const instrument = await instrumentOf(lab, row);
  const actor = instrumentActor(instrument?.code ?? null);
  try {
    return await runUseCase(lab, actor, 'result:enter', async (uow) => {
      const locked = await findJournalEntry(uow.tx, id, true);
      if (!locked || !PROCESSABLE_STATES.has(locked.state))
        return locked ? outcomeOf(locked) : outcomeOf(row);
      return processLocked(uow, actor, locked, instrument, options.lenient ?? false);
    });
  } catch (error) {
    return markNotProcessed(lab, id, error);
  }
}

/**
 * Reprocesses a message a person has looked at, after a mapping fix or once its specimen exists. A
 * processed message is refused: processing it again could only duplicate its results.
 */
export async function reprocessJournalEntry(
  lab: LabContext,
  actor: Actor,
  id: string,
): Promise<ProcessOutcome> {
  // Who fixes a mapping (instrument:write) or works the bench (result:enter) may send a message through again.
  const permission = rolesGrant(actor.roles, 'instrument:write') ? 'instrument:write' : 'result:enter';
  await runUseCase(lab, actor, permission, async ({ tx, audit }) => {
    const row = await findJournalEntry(tx, id, true);
    if (!row) throw LabError.notFound('Journal entry', id);
    if (row.direction !== 'in')
      throw LabError.conflict(
        `journal entry ${id} is an outbound message; only received messages are processed`,
      );
    if (!PROCESSABLE_STATES.has(row.state))
      throw LabError.conflict(
        `journal entry ${id} is ${row.state}; only failed, unmapped or accepted messages are reprocessed`,
      );
    audit({
      action: 'journal.reprocess',
      entity: 'message_journal',
      entityId: id,
      before: { state: row.state, error: row.error },
    });
  });
  return processJournalEntry(lab, id, { lenient: true });
}
