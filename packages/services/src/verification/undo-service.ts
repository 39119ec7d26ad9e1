import { LabError } from '@aliquot/domain';
import {
  cancelTestRequest,
  findReviewAction,
  findTestRequest,
  insertReviewAction,
  markActionUndone,
  retractComment,
  setAnalysisStatus,
  type ReviewActionRow,
  type Tx,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';

/**
 * A person undoes what the engine did by itself: a reflex test it ordered (while not yet resulted), a
 * rerun, dilution or recollection it requested (while still pending), a comment it appended. A release is
 * undone by a correction and a hold by a release; a critical call is completed, never undone.
 */

const stringOf = (detail: Record<string, unknown>, key: string): string | undefined => {
  const value = detail[key];
  return typeof value === 'string' ? value : undefined;
};

async function undoRequest(
  tx: Tx,
  action: ReviewActionRow,
  by: string,
  at: Date,
  reason: string,
): Promise<string> {
  const requestId = stringOf(action.detail, 'requestId');
  const request = requestId ? await findTestRequest(tx, requestId, true) : undefined;
  if (!request) throw LabError.conflict('the request this action made is not on record');
  if (request.kind === 'reflex') {
    if (request.analysis_id !== null) {
      const results = await tx
        .selectFrom('results')
        .select('id')
        .where('analysis_id', '=', request.analysis_id)
        .limit(1)
        .execute();
      if (results.length > 0) {
        throw LabError.conflict(
          `the reflex ${request.test_code} already has a result; it cannot be withdrawn`,
        );
      }
      await setAnalysisStatus(tx, request.analysis_id, 'cancelled');
    }
    await cancelTestRequest(tx, request.id, { by, at, reason });
    return `reflex ${request.test_code} withdrawn`;
  }
  if (request.status !== 'pending') {
    throw LabError.conflict(`the ${request.kind} of ${request.test_code} is already ${request.status}`);
  }
  await cancelTestRequest(tx, request.id, { by, at, reason });
  return `${request.kind} of ${request.test_code} cancelled; the result stays held for review`;
}

export async function undoEngineAction(
  lab: LabContext,
  actor: Actor,
  actionId: string,
  reason: string,
): Promise<{ readonly undoActionId: string; readonly undone: string }> {
  return runUseCase(lab, actor, 'result:release', async ({ tx, now, audit }) => {
    if (reason.trim() === '')
      throw LabError.invalid('say why', [{ location: 'reason', message: 'required' }]);
    const action = await findReviewAction(tx, actionId, true);
    if (!action) throw LabError.notFound('Review action', actionId);
    if (!action.by_engine)
      throw LabError.ruleViolation('only actions the engine took by itself are undone here');
    if (action.undone_by !== null) throw LabError.conflict('this action was already undone');
    let undone: string;
    switch (action.kind) {
      case 'reflex':
      case 'rerun':
      case 'dilute':
      case 'recollect':
        undone = await undoRequest(tx, action, actor.username, now, reason);
        break;
      case 'comment': {
        const text = stringOf(action.detail, 'text');
        const comment = await tx
          .selectFrom('result_comments')
          .select('id')
          .where('result_id', '=', action.result_id)
          .where('by_engine', '=', true)
          .where('text', '=', text ?? '')
          .where('retracted_at', 'is', null)
          .executeTakeFirst();
        if (!comment || !(await retractComment(tx, comment.id, actor.username, now))) {
          throw LabError.conflict('the comment is no longer there to retract');
        }
        undone = `comment retracted: ${text ?? ''}`;
        break;
      }
      case 'release':
        throw LabError.ruleViolation(
          'an automatic release is undone by correcting the result, with a reason',
        );
      case 'hold':
        throw LabError.ruleViolation('a hold is undone by releasing the result after review');
      case 'notify-critical':
        throw LabError.ruleViolation('a critical call is completed with the caregiver reached, never undone');
      case 'reject-specimen':
      case 'correct':
      case 'undo':
        throw LabError.ruleViolation(`a ${action.kind} is not undone`);
      default:
        return action.kind satisfies never;
    }
    const undo = await insertReviewAction(tx, {
      result_id: action.result_id,
      specimen_id: action.specimen_id,
      kind: 'undo',
      by_engine: false,
      performed_by: actor.username,
      at: now,
      reason,
      detail: { undone },
      undoes: action.id,
    });
    await markActionUndone(tx, action.id, undo.id);
    audit({
      action: 'review.undo',
      entity: 'review-action',
      entityId: action.id,
      before: { kind: action.kind, reason: action.reason },
      after: { undone, by: actor.username, reason },
    });
    return { undoActionId: undo.id, undone };
  });
}
