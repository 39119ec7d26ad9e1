import { LabError, RejectionReason, guardReject, type SpecimenEventKind } from '@aliquot/domain';
import {
  appendSpecimenEvent,
  cancelTestRequest,
  findSpecimenByAccession,
  insertComment,
  insertReviewAction,
  insertTestRequest,
  pendingTestRequests,
  setResultStatus,
  specimenEvents,
  type TestRequestRow,
} from '@aliquot/storage';
import { requirePermission, runUseCase, type Actor, type LabContext, type UnitOfWork } from '../use-case.js';
import { markHeld } from './result-release.js';
import { describeTarget, requireAwaitingReview, reviewTarget, type ReviewTarget } from './review-target.js';

/**
 * What a technologist does with a held result besides releasing it: ask for a rerun or a dilution
 * (the instrument picks it up through its host query), reject the specimen, add a comment. Each is a
 * review action with who, when and why, and audited.
 */

export interface RequestView {
  readonly requestId: string;
  readonly kind: TestRequestRow['kind'];
  readonly testCode: string;
  readonly dilutionFactor: number | null;
  readonly status: TestRequestRow['status'];
  readonly reason: string;
}

const requestView = (row: TestRequestRow): RequestView => ({
  requestId: row.id,
  kind: row.kind,
  testCode: row.test_code,
  dilutionFactor: row.dilution_factor,
  status: row.status,
  reason: row.reason,
});

function requireReason(reason: string): void {
  if (reason.trim() === '') throw LabError.invalid('say why', [{ location: 'reason', message: 'required' }]);
}

async function personRequest(
  uow: UnitOfWork,
  actor: Actor,
  target: ReviewTarget,
  kind: 'rerun' | 'dilution',
  options: { readonly reason: string; readonly factor?: number; readonly sameInstrument?: boolean },
): Promise<RequestView> {
  const { tx, now, audit } = uow;
  const { result, analysis, specimen } = target;
  for (const older of await pendingTestRequests(tx, specimen.id, {
    testCode: analysis.test_code,
    kinds: ['rerun', 'dilution'],
  })) {
    await cancelTestRequest(tx, older.id, {
      by: actor.username,
      at: now,
      reason: `replaced by a ${kind} request`,
    });
  }
  const request = await insertTestRequest(tx, {
    specimen_id: specimen.id,
    analysis_id: analysis.id,
    test_code: analysis.test_code,
    kind,
    dilution_factor: options.factor ?? null,
    same_instrument: options.sameInstrument ?? true,
    instrument_id: result.instrument_id,
    status: 'pending',
    reason: options.reason,
    by_engine: false,
    requested_by: actor.username,
    requested_at: now,
    source_result_id: result.id,
  });
  if (result.status === 'pending') await markHeld(tx, result, analysis);
  await insertReviewAction(tx, {
    result_id: result.id,
    specimen_id: specimen.id,
    kind: kind === 'dilution' ? 'dilute' : 'rerun',
    by_engine: false,
    performed_by: actor.username,
    at: now,
    reason: options.reason,
    detail: { requestId: request.id, ...(options.factor ? { factor: options.factor } : {}) },
    undoes: null,
  });
  audit({ action: `result.${kind}`, entity: 'result', entityId: result.id, after: requestView(request) });
  return requestView(request);
}

export async function requestRerun(
  lab: LabContext,
  actor: Actor,
  resultId: string,
  input: { readonly reason: string; readonly sameInstrument?: boolean },
): Promise<RequestView> {
  return runUseCase(lab, actor, 'result:release', async (uow) => {
    requireReason(input.reason);
    const target = await reviewTarget(uow.tx, resultId);
    requireAwaitingReview(target);
    return personRequest(uow, actor, target, 'rerun', {
      reason: input.reason,
      sameInstrument: input.sameInstrument ?? true,
    });
  });
}

/** A dilution only with a validated factor: above 1 and no more than the test's largest validated dilution. */
export async function requestDilution(
  lab: LabContext,
  actor: Actor,
  resultId: string,
  input: { readonly factor: number; readonly reason: string },
): Promise<RequestView> {
  return runUseCase(lab, actor, 'result:release', async (uow) => {
    requireReason(input.reason);
    const target = await reviewTarget(uow.tx, resultId);
    requireAwaitingReview(target);
    const max = target.definition.measuringRange?.maxDilution;
    if (max === undefined || max <= 1) {
      throw LabError.ruleViolation(`${describeTarget(target)}: the test has no validated dilution`);
    }
    if (!(input.factor > 1 && input.factor <= max)) {
      throw LabError.invalid(`${describeTarget(target)}: the dilution must be above 1 and at most 1:${max}`, [
        { location: 'factor', message: `use a factor from 2 to ${max}` },
      ]);
    }
    return personRequest(uow, actor, target, 'dilution', { reason: input.reason, factor: input.factor });
  });
}

export async function addResultComment(
  lab: LabContext,
  actor: Actor,
  resultId: string,
  text: string,
): Promise<{ readonly commentId: string }> {
  return runUseCase(lab, actor, 'result:enter', async ({ tx, now, audit }) => {
    if (text.trim() === '')
      throw LabError.invalid('the comment is empty', [{ location: 'text', message: 'required' }]);
    const target = await reviewTarget(tx, resultId, false);
    const commentId = await insertComment(tx, {
      result_id: resultId,
      text,
      by_engine: false,
      rule_id: null,
      written_by: actor.username,
      written_at: now,
    });
    await insertReviewAction(tx, {
      result_id: resultId,
      specimen_id: target.specimen.id,
      kind: 'comment',
      by_engine: false,
      performed_by: actor.username,
      at: now,
      reason: 'comment added on review',
      detail: { text, commentId },
      undoes: null,
    });
    audit({ action: 'result.comment', entity: 'result', entityId: resultId, after: { text } });
    return { commentId };
  });
}

/**
 * Rejects a specimen from the review queue: its open analyses are cancelled, its unreleased results
 * cancelled, its pending reruns and dilutions cancelled and a pending recollection marked done.
 */
export async function rejectSpecimenOnReview(
  lab: LabContext,
  actor: Actor,
  accession: string,
  input: { readonly reason: RejectionReason; readonly comment?: string; readonly notified?: string },
): Promise<{ readonly accessionNumber: string; readonly cancelledResults: number }> {
  return runUseCase(lab, actor, 'specimen:reject', async ({ tx, now, audit }) => {
    requirePermission(actor, 'result:release');
    if (!(Object.values(RejectionReason) as string[]).includes(input.reason)) {
      throw LabError.invalid('the rejection needs a known reason', [
        { location: 'reason', message: `use one of ${Object.values(RejectionReason).join(', ')}` },
      ]);
    }
    const specimen = await findSpecimenByAccession(tx, accession, true);
    if (!specimen) throw LabError.notFound('Specimen', accession);
    const events = await specimenEvents(tx, specimen.id);
    const guard = guardReject(
      events.map((e) => ({ kind: e.kind as SpecimenEventKind, at: e.at, actor: e.actor })),
    );
    if (!guard.ok) throw LabError.ruleViolation(`Specimen ${accession}: ${guard.reason}`);
    const detail = { ...input, onReview: true };
    await appendSpecimenEvent(tx, specimen.id, { kind: 'rejected', at: now, actor: actor.username, detail });
    await tx
      .updateTable('analyses')
      .set({ status: 'cancelled' })
      .where('specimen_id', '=', specimen.id)
      .where('status', 'not in', ['released', 'cancelled'])
      .execute();
    const open = await tx
      .selectFrom('results')
      .innerJoin('analyses', 'analyses.id', 'results.analysis_id')
      .select('results.id')
      .where('analyses.specimen_id', '=', specimen.id)
      .where('results.status', 'in', ['pending', 'held'])
      .execute();
    for (const row of open) await setResultStatus(tx, row.id, 'cancelled');
    for (const request of await pendingTestRequests(tx, specimen.id)) {
      if (request.kind === 'recollect') {
        await tx
          .updateTable('test_requests')
          .set({ status: 'done', fulfilled_at: now })
          .where('id', '=', request.id)
          .execute();
      } else {
        await cancelTestRequest(tx, request.id, {
          by: actor.username,
          at: now,
          reason: `specimen rejected: ${input.reason}`,
        });
      }
    }
    await insertReviewAction(tx, {
      result_id: null,
      specimen_id: specimen.id,
      kind: 'reject-specimen',
      by_engine: false,
      performed_by: actor.username,
      at: now,
      reason: input.comment ? `${input.reason}: ${input.comment}` : input.reason,
      detail: {
        cancelledResults: open.map((row) => row.id),
        ...(input.notified ? { notified: input.notified } : {}),
      },
      undoes: null,
    });
    audit({
      action: 'specimen.rejected',
      entity: 'specimen',
      entityId: accession,
      before: { state: specimen.state },
      after: { state: 'rejected', detail, cancelledResults: open.length },
    });
    return { accessionNumber: accession, cancelledResults: open.length };
  });
}
