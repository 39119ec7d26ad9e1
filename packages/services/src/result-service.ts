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
  findPatient,
  findSpecimenByAccession,
  findTestDefinition,
  insertResultVersion,
  latestResult,
  setAnalysisStatus,
  specimenEvents,
  type ResultRow,
  type SpecimenRow,
  type Tx,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext, type UnitOfWork } from './use-case.js';

export interface EnterResult {
  readonly testCode: string;
  readonly value: ResultValue;
  readonly unit?: string;
  /** Where the value came from; manual entry by default. */
  readonly source?: 'manual' | 'instrument' | 'interface' | 'calculated';
  readonly instrumentId?: string;
  readonly observedAt?: Date;
  readonly detail?: Record<string, unknown>;
}

/** Checks a value against its test definition: the kind of value and, for numbers, the UCUM unit. */
export function checkValue(def: TestDefinition, value: ResultValue, unit: string | undefined): void {
  if (value.kind !== def.valueKind) {
    throw LabError.invalid(`${def.name} takes a ${def.valueKind} result, not ${value.kind}`, [
      { location: 'value', message: `expected a ${def.valueKind} value` },
    ]);
  }
  if (value.kind === 'numeric') {
    if (!Number.isFinite(value.value))
      throw LabError.invalid(`${def.name}: the value is not a finite number`);
    if (def.unit && unit !== undefined && unit !== def.unit) {
      throw LabError.invalid(`${def.name} is reported in ${def.unit}; the result came in ${unit}`, [
        { location: 'unit', message: `expected ${def.unit}` },
      ]);
    }
  }
  if (value.kind === 'coded' && def.answers && !def.answers.includes(value.code)) {
    throw LabError.invalid(
      `${def.name}: "${value.code}" is not one of the answers ${def.answers.join(', ')}`,
    );
  }
}

async function flagsFor(
  tx: Tx,
  specimen: SpecimenRow,
  def: TestDefinition,
  value: ResultValue,
  now: Date,
): Promise<string[]> {
  if (value.kind !== 'numeric') return [];
  const patient = await findPatient(tx, specimen.patient_id);
  const interval = patient
    ? referenceIntervalFor(def, patient.clinical_sex as ClinicalSex, ageInDays(patient.birth_date, now))
    : undefined;
  const flag = flagNumeric(value.value, interval, def.critical);
  return flag && flag !== 'N' ? [flag] : [];
}

/**
 * Records a result for one test on a received specimen, as a new version awaiting verification, inside
 * the caller's unit of work (an instrument message records all its results in one transaction).
 * The first complete set of results moves the specimen to 'resulted'.
 */
export async function recordResult(
  uow: UnitOfWork,
  actor: Actor,
  accession: string,
  input: EnterResult,
): Promise<ResultRow> {
  const { tx, now, audit } = uow;
  const specimen = await findSpecimenByAccession(tx, accession, true);
  if (!specimen) throw LabError.notFound('Specimen', accession);
  const events = await specimenEvents(tx, specimen.id);
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
  if (analysis.status === 'cancelled')
    throw LabError.ruleViolation(`${input.testCode} on ${accession} was cancelled`);
  const stored = await findTestDefinition(tx, input.testCode);
  if (!stored) throw LabError.notFound('Test', input.testCode);
  checkValue(stored.definition, input.value, input.unit);
  const previous = await latestResult(tx, analysis.id);
  const result = await insertResultVersion(tx, {
    analysis_id: analysis.id,
    value: input.value,
    numeric_value: input.value.kind === 'numeric' ? input.value.value : null,
    unit: input.unit ?? stored.definition.unit ?? null,
    flags: await flagsFor(tx, specimen, stored.definition, input.value, now),
    status: 'pending',
    source: input.source ?? 'manual',
    instrument_id: input.instrumentId ?? null,
    entered_by: actor.username,
    observed_at: input.observedAt ?? now,
    detail: input.detail ?? {},
  });
  if (previous && previous.status === 'pending') {
    await tx.updateTable('results').set({ status: 'superseded' }).where('id', '=', previous.id).execute();
  }
  await setAnalysisStatus(tx, analysis.id, 'resulted');
  const open = await tx
    .selectFrom('analyses')
    .select('id')
    .where('specimen_id', '=', specimen.id)
    .where('status', 'in', ['ordered', 'in-progress'])
    .execute();
  if (open.length === 0 && !events.some((e) => e.kind === 'resulted')) {
    await appendSpecimenEvent(tx, specimen.id, { kind: 'resulted', at: now, actor: actor.username });
  }
  audit({
    action: 'result.enter',
    entity: 'result',
    entityId: result.id,
    before: previous ?? null,
    after: result,
  });
  return result;
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
