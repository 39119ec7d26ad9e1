import {
  LabError,
  ageInDays,
  flagNumeric,
  guardResult,
  referenceIntervalFor,
  type ClinicalSex,
  type ResultValue,
  type SpecimenEventKind,
  type TestDefinition,
} from '@aliquot/domain';
import {
  appendSpecimenEvent,
  fulfilTestRequest,
  insertResultVersion,
  latestResult,
  pendingTestRequests,
  setResultStatus,
  type PatientRow,
  type ResultRow,
} from '@aliquot/storage';
import { testDefinitionOf } from './catalog/test-definition-of.js';
import { lockedSpecimen, specimenTimeline, specimenTimelineChanged } from './specimen-for-results.js';
import { TransactionMemo } from './transaction-memo.js';
import { runUseCase, type Actor, type LabContext, type UnitOfWork } from './use-case.js';
import { lockPbrtqcMonitorsFor, observePatientResult } from './quality-control/pbrtqc-service.js';
import { judgeResult, judgeResults } from './verification/judgement-service.js';
import type { JudgedResultFacts } from './verification/result-context-builder.js';

export type ResultSource = 'manual' | 'instrument' | 'interface' | 'calculated';

/** The analyses given a result in each transaction. */
const resultedInTransaction = new TransactionMemo<Set<string>>();

export interface EnterResult {
  readonly testCode: string;
  readonly value: ResultValue;
  readonly unit?: string;
  /** Where the value came from; manual entry by default. */
  readonly source?: ResultSource;
  readonly instrumentId?: string;
  readonly observedAt?: Date;
  readonly detail?: Record<string, unknown>;
}

/**
 * Refuses what cannot be stored or is a typing mistake at the keyboard: a number that is not finite, and
 * a unit typed by hand that is not the test's. Anything else that does not fit the test (text for a
 * numeric test, an answer outside the list, a missing or different unit from an interface) is stored and
 * held by the judgement with the reason, never released.
 */
export function checkValue(
  def: TestDefinition,
  value: ResultValue,
  unit: string | undefined,
  source: ResultSource = 'manual',
): void {
  if (value.kind === 'numeric' && !Number.isFinite(value.value)) {
    throw LabError.invalid(`${def.name}: the value is not a finite number`, [
      { location: 'value', message: 'expected a finite number' },
    ]);
  }
  if (
    source === 'manual' &&
    value.kind === 'numeric' &&
    def.unit &&
    unit !== undefined &&
    unit !== def.unit
  ) {
    throw LabError.invalid(`${def.name} is reported in ${def.unit}; the result came in ${unit}`, [
      { location: 'unit', message: `expected ${def.unit}` },
    ]);
  }
}

function flagsFor(
  patient: PatientRow | undefined,
  def: TestDefinition,
  value: ResultValue,
  now: Date,
): string[] {
  if (value.kind !== 'numeric' || def.valueKind !== 'numeric') return [];
  const interval = patient
    ? referenceIntervalFor(def, patient.clinical_sex as ClinicalSex, ageInDays(patient.birth_date, now))
    : undefined;
  const flag = flagNumeric(value.value, interval, def.critical);
  return flag && flag !== 'N' ? [flag] : [];
}

/**
 * Records a result for one test on a received specimen as a new version, inside the caller's unit of work,
 * and returns what judging it needs. A pending rerun or dilution request of the analysis is answered by
 * this result. The first complete set of results moves the specimen to 'resulted'. The result stays
 * 'pending' until judged: `recordResult` judges it at once; an instrument message stores all its results
 * first and judges them together (`judgeResults`), so each sees the rest of its specimen.
 */
export async function storeResult(
  uow: UnitOfWork,
  actor: Actor,
  accession: string,
  input: EnterResult,
): Promise<JudgedResultFacts> {
  const { tx, now, audit } = uow;
  const found = await lockedSpecimen(tx, accession);
  if (!found) throw LabError.notFound('Specimen', accession);
  const { specimen, patient } = found;
  const events = await specimenTimeline(tx, specimen.id);
  const guard = guardResult(
    events.map((e) => ({ kind: e.kind as SpecimenEventKind, at: e.at, actor: e.actor })),
  );
  if (!guard.ok) throw LabError.ruleViolation(`Specimen ${accession}: ${guard.reason}`);
  const analysis = await tx
    .selectFrom('analyses')
    .selectAll()
    .where('specimen_id', '=', specimen.id)
    .where('test_code', '=', input.testCode)
    .executeTakeFirst();
  if (!analysis) throw LabError.invalid(`test ${input.testCode} was not ordered on specimen ${accession}`);
  const stored = await testDefinitionOf(tx, input.testCode);
  if (!stored) throw LabError.notFound('Test', input.testCode);
  const definition = stored.definition;
  const source = input.source ?? 'manual';
  checkValue(definition, input.value, input.unit, source);
  const [previous, requests] = await Promise.all([
    latestResult(tx, analysis.id),
    pendingTestRequests(tx, specimen.id, { testCode: input.testCode, kinds: ['rerun', 'dilution'] }),
  ]);
  // A person entering by hand types into the test's own field, in its unit; an interface must send one.
  const unit = input.unit ?? (source === 'manual' ? definition.unit : undefined) ?? null;
  const result = await insertResultVersion(tx, {
    analysis_id: analysis.id,
    value: input.value,
    numeric_value: input.value.kind === 'numeric' ? input.value.value : null,
    unit,
    flags: flagsFor(patient, definition, input.value, now),
    status: 'pending',
    source,
    instrument_id: input.instrumentId ?? null,
    entered_by: actor.username,
    observed_at: input.observedAt ?? now,
    detail: input.detail ?? {},
  });
  if (previous && (previous.status === 'pending' || previous.status === 'held')) {
    await setResultStatus(tx, previous.id, 'superseded');
  }
  const fulfilled = requests[requests.length - 1];
  if (fulfilled) await fulfilTestRequest(tx, fulfilled.id, result.id, now);
  // The judgement below moves this analysis on (held or released; a cancelled one stays cancelled).
  const cancelled = analysis.status === 'cancelled';
  // Analyses with a result stored in this transaction count as resulted: those of one message are
  // judged (and leave 'ordered') only once all of them are stored.
  const resulted = await resultedInTransaction.get(tx, '', () => Promise.resolve(new Set<string>()));
  resulted.add(analysis.id);
  if (!events.some((e) => e.kind === 'resulted')) {
    const open = await tx
      .selectFrom('analyses')
      .select('id')
      .where('specimen_id', '=', specimen.id)
      .where('id', 'not in', [...resulted])
      .where('status', 'in', ['ordered', 'in-progress'])
      .execute();
    if (open.length === 0) {
      await appendSpecimenEvent(tx, specimen.id, { kind: 'resulted', at: now, actor: actor.username });
      specimenTimelineChanged(tx, specimen.id);
    }
  }
  audit({
    action: 'result.enter',
    entity: 'result',
    entityId: result.id,
    before: previous ?? null,
    after: result,
  });
  // Patient-based QC sees every numeric patient result from an instrument first, so an alarm it
  // raises on this result already holds it.
  if (source === 'instrument' && result.instrument_id !== null && result.numeric_value !== null) {
    await observePatientResult(uow, {
      instrumentCode: result.instrument_id,
      testCode: input.testCode,
      value: result.numeric_value,
      resultId: result.id,
    });
  }
  return {
    result,
    analysis: { ...analysis, status: cancelled ? 'cancelled' : 'resulted' },
    specimen,
    events,
    definition,
    patient,
    ...(fulfilled ? { fulfilled } : {}),
    ...(previous ? { previous } : {}),
    now,
  };
}

/**
 * Records a result (`storeResult`) and judges it there and then with the active rule set: released, held
 * with its reasons, or sent for rerun or dilution.
 */
export async function recordResult(
  uow: UnitOfWork,
  actor: Actor,
  accession: string,
  input: EnterResult,
): Promise<ResultRow> {
  const facts = await storeResult(uow, actor, accession, input);
  const judgement = await judgeResult(uow, facts);
  return { ...facts.result, status: judgement.status };
}

/** One result of several sent together; `where` (e.g. "R|3 GLU on A123") prefixes a refusal. */
export interface ResultEntry {
  readonly accession: string;
  readonly input: EnterResult;
  readonly where?: string;
}

/**
 * Records results sent together (one analyzer message), all of them or none, then judges them together:
 * each sees the rest of its specimen, and a specimen whose identity is in doubt holds all of them. A test
 * sent twice is judged on its last value. Returns the results judged, each with its status.
 */
export async function recordResults(
  uow: UnitOfWork,
  actor: Actor,
  entries: readonly ResultEntry[],
): Promise<ResultRow[]> {
  await lockPbrtqcMonitorsFor(
    uow,
    entries.flatMap(({ input }) =>
      input.source === 'instrument' && input.instrumentId !== undefined && input.value.kind === 'numeric'
        ? [{ instrumentCode: input.instrumentId, testCode: input.testCode }]
        : [],
    ),
  );
  const stored: JudgedResultFacts[] = [];
  for (const { accession, input, where } of entries) {
    try {
      stored.push(await storeResult(uow, actor, accession, input));
    } catch (error) {
      if (error instanceof LabError && where !== undefined)
        throw new LabError(error.code, `${where}: ${error.message}`, error.issues);
      throw error;
    }
  }
  const judged = [...new Map(stored.map((facts) => [facts.analysis.id, facts])).values()];
  const judgements = await judgeResults(uow, judged);
  return judged.map((facts, n) => ({
    ...facts.result,
    status: judgements[n]?.status ?? facts.result.status,
  }));
}

/** Enters the results of one run (an analyzer's message, a bench worksheet) as one use case. */
export async function enterResults(
  lab: LabContext,
  actor: Actor,
  entries: readonly ResultEntry[],
): Promise<ResultRow[]> {
  return runUseCase(lab, actor, 'result:enter', (uow) => recordResults(uow, actor, entries));
}

/** Enters one result by hand (or from any single-result source) as its own use case. */
export async function enterResult(
  lab: LabContext,
  actor: Actor,
  accession: string,
  input: EnterResult,
): Promise<ResultRow> {
  return runUseCase(lab, actor, 'result:enter', (uow) => recordResult(uow, actor, accession, input));
}
