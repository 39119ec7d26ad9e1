import {
  LabError,
  flagNumeric,
  referenceIntervalFor,
  ageInDays,
  type ClinicalSex,
  type ResultValue,
} from '@aliquot/domain';
import {
  findPatient,
  insertCorrection,
  insertResultVersion,
  insertReviewAction,
  setResultStatus,
  specimenEvents,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { judgeCorrection } from './judgement-service.js';
import { credentialsByUser, releaseRefusal } from './release-gate.js';
import { markReleased } from './result-release.js';
import { describeTarget, reviewTarget } from './review-target.js';
import { readVerificationSettings } from './verification-settings.js';

/**
 * A corrected report: a released result is never overwritten. The correction is a new final version with
 * the reason; the released version becomes 'corrected'; both are kept, and the EHR is told (a
 * 'correction' notification, sent as ORU with OBX-11 = C).
 * @see shared/domain/workflow.md §8 (42 CFR 493.1291(k))
 */

export interface CorrectResult {
  readonly value: ResultValue;
  readonly unit?: string;
  readonly reason: string;
}

export interface CorrectedResult {
  readonly resultId: string;
  readonly version: number;
  readonly correctsResultId: string;
  readonly correctsVersion: number;
  readonly reason: string;
  readonly correctedBy: string;
  readonly correctedAt: string;
}

export async function correctResult(
  lab: LabContext,
  actor: Actor,
  resultId: string,
  input: CorrectResult,
): Promise<CorrectedResult> {
  return runUseCase(lab, actor, 'result:correct', async (uow) => {
    const { tx, now, audit } = uow;
    if (input.reason.trim() === '') {
      throw LabError.invalid('a correction needs a reason', [{ location: 'reason', message: 'required' }]);
    }
    const target = await reviewTarget(tx, resultId);
    const { result, analysis, specimen, definition } = target;
    if (result.status !== 'final') {
      throw LabError.ruleViolation(
        `${describeTarget(target)} version ${result.version} is ${result.status}; only a released result is corrected`,
      );
    }
    const value = input.value;
    if (value.kind !== definition.valueKind || (value.kind === 'numeric' && !Number.isFinite(value.value))) {
      throw LabError.invalid(`${definition.name} takes a ${definition.valueKind} result`, [
        { location: 'value', message: `expected a ${definition.valueKind} value` },
      ]);
    }
    const unit = input.unit ?? definition.unit;
    if (value.kind === 'numeric' && definition.unit !== undefined && unit !== definition.unit) {
      throw LabError.invalid(`${definition.name} is reported in ${definition.unit}`, [
        { location: 'unit', message: `expected ${definition.unit}` },
      ]);
    }
    const settings = await readVerificationSettings(tx);
    const refusal = await releaseRefusal(
      tx,
      actor,
      { result, discipline: definition.discipline },
      {
        settings: { ...settings, fourEyes: false },
        credentials: (await credentialsByUser(tx, [actor.id])).get(actor.id),
        now,
      },
    );
    if (refusal)
      throw LabError.forbidden(
        `${actor.displayName} may not correct ${describeTarget(target)}: ${refusal.reason}`,
      );
    const patient = await findPatient(tx, specimen.patient_id);
    const interval = patient
      ? referenceIntervalFor(
          definition,
          patient.clinical_sex as ClinicalSex,
          ageInDays(patient.birth_date, now),
        )
      : undefined;
    const flag =
      value.kind === 'numeric' ? flagNumeric(value.value, interval, definition.critical) : undefined;
    const corrected = await insertResultVersion(tx, {
      analysis_id: analysis.id,
      value,
      numeric_value: value.kind === 'numeric' ? value.value : null,
      unit: unit ?? null,
      flags: flag && flag !== 'N' ? [flag] : [],
      status: 'final',
      source: 'manual',
      instrument_id: result.instrument_id,
      entered_by: actor.username,
      observed_at: result.observed_at,
      detail: { ...result.detail, correctionOf: result.id, correctionReason: input.reason },
    });
    await setResultStatus(tx, result.id, 'corrected');
    await insertCorrection(tx, {
      result_id: corrected.id,
      corrects_result_id: result.id,
      reason: input.reason,
      corrected_by: actor.username,
      corrected_at: now,
    });
    await markReleased(
      tx,
      { result: corrected, analysis, now },
      { byEngine: false, username: actor.username, reason: `correction: ${input.reason}` },
      'correction',
    );
    await judgeCorrection(uow, {
      result: corrected,
      analysis: { ...analysis, status: 'released' },
      specimen,
      events: await specimenEvents(tx, specimen.id),
      definition,
      patient,
      now,
    });
    await insertReviewAction(tx, {
      result_id: corrected.id,
      specimen_id: specimen.id,
      kind: 'correct',
      by_engine: false,
      performed_by: actor.username,
      at: now,
      reason: input.reason,
      detail: { correctsResultId: result.id, before: result.value, after: value },
      undoes: null,
    });
    audit({
      action: 'result.correct',
      entity: 'result',
      entityId: result.id,
      before: { version: result.version, value: result.value, status: 'final' },
      after: { correctedBy: corrected.id, version: corrected.version, value, reason: input.reason },
    });
    return {
      resultId: corrected.id,
      version: corrected.version,
      correctsResultId: result.id,
      correctsVersion: result.version,
      reason: input.reason,
      correctedBy: actor.username,
      correctedAt: now.toISOString(),
    };
  });
}
