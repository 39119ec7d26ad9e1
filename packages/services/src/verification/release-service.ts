import { LabError, type LabErrorCode } from '@aliquot/domain';
import type { RuleEvaluation } from '@aliquot/engines/autoverification';
import {
  cancelTestRequest,
  decisionsOfResults,
  insertReviewAction,
  pendingTestRequests,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext, type UnitOfWork } from '../use-case.js';
import { addReflexes } from './engine-actions.js';
import { credentialsByUser, releaseRefusal } from './release-gate.js';
import { markReleased } from './result-release.js';
import { describeTarget, requireAwaitingReview, reviewTarget, type ReviewTarget } from './review-target.js';
import { readVerificationSettings } from './verification-settings.js';

/**
 * Release by a person after review: one result or a reviewed batch. It needs `result:release`, a
 * current credential and competency for each test's discipline and, under four-eyes, someone other than
 * whoever entered or reran the result. A batch is released whole or not at all, naming every result that
 * could not be.
 */

export interface ReleasedResult {
  readonly resultId: string;
  readonly testCode: string;
  readonly accessionNumber: string;
  readonly releasedBy: string;
  readonly releasedAt: string;
}

async function releaseOne(
  uow: UnitOfWork,
  actor: Actor,
  target: ReviewTarget,
  reason: string,
): Promise<ReleasedResult> {
  const { tx, now, audit } = uow;
  const { result, analysis, specimen } = target;
  for (const request of await pendingTestRequests(tx, specimen.id, {
    testCode: analysis.test_code,
    kinds: ['rerun', 'dilution', 'recollect'],
  })) {
    await cancelTestRequest(tx, request.id, {
      by: actor.username,
      at: now,
      reason: `result released by ${actor.username} without it: ${reason}`,
    });
  }
  await markReleased(tx, { result, analysis, now }, { byEngine: false, username: actor.username, reason });
  // The reflexes the rule set asked for are ordered now that the result stands.
  const decision = (await decisionsOfResults(tx, [result.id])).at(-1);
  if (decision && decision.reflex_tests.length > 0) {
    await addReflexes(
      uow,
      { specimen, result },
      { reflexTests: decision.reflex_tests, evaluations: decision.evaluations as RuleEvaluation[] },
    );
  }
  await insertReviewAction(tx, {
    result_id: result.id,
    specimen_id: specimen.id,
    kind: 'release',
    by_engine: false,
    performed_by: actor.username,
    at: now,
    reason,
    detail: {},
    undoes: null,
  });
  audit({
    action: 'result.release',
    entity: 'result',
    entityId: result.id,
    before: { status: result.status },
    after: { status: 'final', releasedBy: actor.username, reason },
  });
  return {
    resultId: result.id,
    testCode: analysis.test_code,
    accessionNumber: specimen.accession_number,
    releasedBy: actor.username,
    releasedAt: now.toISOString(),
  };
}

export async function releaseResults(
  lab: LabContext,
  actor: Actor,
  input: { readonly resultIds: readonly string[]; readonly reason: string },
): Promise<ReleasedResult[]> {
  return runUseCase(lab, actor, 'result:release', async (uow) => {
    const { tx, now } = uow;
    const ids = [...new Set(input.resultIds)];
    if (ids.length === 0)
      throw LabError.invalid('name at least one result to release', [
        { location: 'resultIds', message: 'empty' },
      ]);
    if (input.reason.trim() === '') {
      throw LabError.invalid('a release by a person needs a reason', [
        { location: 'reason', message: 'required' },
      ]);
    }
    const settings = await readVerificationSettings(tx);
    const credentials = (await credentialsByUser(tx, [actor.id])).get(actor.id);
    const targets: ReviewTarget[] = [];
    const problems: { readonly location: string; readonly message: string; readonly code: LabErrorCode }[] =
      [];
    for (const [index, id] of ids.entries()) {
      const location = ids.length === 1 ? 'resultId' : `resultIds[${index}]`;
      let target: ReviewTarget;
      try {
        target = await reviewTarget(tx, id);
        requireAwaitingReview(target);
      } catch (error) {
        if (!(error instanceof LabError)) throw error;
        problems.push({ location, message: error.message, code: error.code });
        continue;
      }
      const refusal = await releaseRefusal(
        tx,
        actor,
        { result: target.result, discipline: target.definition.discipline },
        { settings, credentials, now },
      );
      if (refusal !== undefined) {
        problems.push({
          location,
          message: `${actor.displayName} may not release ${describeTarget(target)}: ${refusal.reason}`,
          code: 'forbidden',
        });
        continue;
      }
      targets.push(target);
    }
    const first = problems[0];
    if (first !== undefined) {
      const issues = problems.map(({ location, message }) => ({ location, message }));
      const message =
        ids.length === 1
          ? first.message
          : `none of the ${ids.length} results was released: ${problems.length} cannot be (first: ${first.message})`;
      throw new LabError(first.code, message, issues);
    }
    const released: ReleasedResult[] = [];
    for (const target of targets) released.push(await releaseOne(uow, actor, target, input.reason));
    return released;
  });
}
