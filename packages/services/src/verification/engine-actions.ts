import type { Decision } from '@aliquot/engines/autoverification';
import {
  insertAnalyses,
  insertComment,
  insertReviewAction,
  insertTestRequest,
  pendingTestRequests,
  cancelTestRequest,
  type TestRequestRow,
} from '@aliquot/storage';
import { testDefinitionOf } from '../catalog/test-definition-of.js';
import type { UnitOfWork } from '../use-case.js';
import { openCriticalCall } from './critical-call-opening.js';
import type { JudgedResultFacts } from './result-context-builder.js';
import { markHeld, markReleased } from './result-release.js';
import type { VerificationSettings } from './verification-settings.js';

/**
 * The engine's decision carried out, each step recorded as a review action by the engine (undoable by a
 * person where that makes sense) and audited: release, hold, rerun, dilution, recollection request,
 * reflex orders, comments and the critical call.
 */

export const ENGINE = 'engine';

export interface JudgedDecision {
  readonly decision: Decision;
  readonly decisionId: string;
  /** Absent when no rule set was active. */
  readonly ruleSet?: { readonly id: string; readonly version: number };
}

/** Why the result was held, in the words of the rules that stopped it. */
export const blockingReasons = (decision: Decision): string =>
  decision.reasons
    .filter((reason) => reason.blocking)
    .map((reason) => reason.sentence)
    .join('; ');

/**
 * Adds a reflex test to the specimen once (or, for a code outside the catalog, asks a person to order
 * it), audited. Reflexes are ordered when the result that triggers them is released, by the engine or
 * after review, so a value that is rerun or rejected orders nothing.
 */
export async function addReflex(
  uow: UnitOfWork,
  facts: Pick<JudgedResultFacts, 'specimen' | 'result'>,
  testCode: string,
  why: string,
): Promise<void> {
  const { tx, now } = uow;
  const { specimen, result } = facts;
  const existing = await tx
    .selectFrom('analyses')
    .select('id')
    .where('specimen_id', '=', specimen.id)
    .where('test_code', '=', testCode)
    .executeTakeFirst();
  if (existing) return;
  const already = await pendingTestRequests(tx, specimen.id, { testCode, kinds: ['reflex'] });
  if (already.length > 0) return;
  const stored = await testDefinitionOf(tx, testCode);
  const orderable = stored?.active === true;
  const analysis = orderable
    ? (await insertAnalyses(tx, [{ specimenId: specimen.id, orderId: specimen.order_id, testCode }]))[0]
    : undefined;
  if (analysis) {
    await tx
      .insertInto('order_items')
      .values({ order_id: specimen.order_id, orderable_code: testCode })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  const reason = orderable
    ? `reflex ${testCode} added to the specimen: ${why}`
    : `reflex ${testCode} is not an active test in the catalog; order it by hand: ${why}`;
  const request = await insertTestRequest(tx, {
    specimen_id: specimen.id,
    analysis_id: analysis?.id ?? null,
    test_code: testCode,
    kind: 'reflex',
    dilution_factor: null,
    same_instrument: null,
    instrument_id: null,
    status: orderable ? 'done' : 'pending',
    reason,
    by_engine: true,
    requested_by: ENGINE,
    requested_at: now,
    source_result_id: result.id,
  });
  await insertReviewAction(tx, {
    result_id: result.id,
    specimen_id: specimen.id,
    kind: 'reflex',
    by_engine: true,
    performed_by: ENGINE,
    at: now,
    reason,
    detail: { testCode, requestId: request.id, ...(analysis ? { analysisId: analysis.id } : {}) },
    undoes: null,
  });
  uow.audit({
    action: 'result.reflex',
    entity: 'specimen',
    entityId: specimen.accession_number,
    after: { testCode, added: orderable, requestId: request.id, because: result.id },
  });
}

/** A rerun, dilution or recollection request; an older pending one of the analysis is replaced. */
async function requestAgain(
  uow: UnitOfWork,
  facts: JudgedResultFacts,
  kind: Extract<TestRequestRow['kind'], 'rerun' | 'dilution' | 'recollect'>,
  options: { readonly reason: string; readonly factor?: number; readonly sameInstrument?: boolean },
): Promise<TestRequestRow> {
  const { tx, now } = uow;
  const { specimen, analysis, result } = facts;
  for (const older of await pendingTestRequests(tx, specimen.id, {
    testCode: analysis.test_code,
    kinds: [kind],
  })) {
    await cancelTestRequest(tx, older.id, { by: ENGINE, at: now, reason: 'replaced by a newer request' });
  }
  const request = await insertTestRequest(tx, {
    specimen_id: specimen.id,
    analysis_id: analysis.id,
    test_code: analysis.test_code,
    kind,
    dilution_factor: options.factor ?? null,
    same_instrument: options.sameInstrument ?? null,
    instrument_id: result.instrument_id,
    status: 'pending',
    reason: options.reason,
    by_engine: true,
    requested_by: ENGINE,
    requested_at: now,
    source_result_id: result.id,
  });
  await insertReviewAction(tx, {
    result_id: result.id,
    specimen_id: specimen.id,
    kind: kind === 'dilution' ? 'dilute' : kind,
    by_engine: true,
    performed_by: ENGINE,
    at: now,
    reason: options.reason,
    detail: { requestId: request.id, ...(options.factor ? { factor: options.factor } : {}) },
    undoes: null,
  });
  return request;
}

/** Which rule appended a comment, for the comment's record. */
function commentRule(decision: Decision, text: string): string | null {
  for (const evaluation of decision.evaluations) {
    if (evaluation.outcomes.some((outcome) => outcome.kind === 'comment' && outcome.text === text)) {
      return evaluation.ruleId;
    }
  }
  return null;
}

/** The reflex tests a decision asks for, each with the sentences of the rules that asked. */
export async function addReflexes(
  uow: UnitOfWork,
  facts: Pick<JudgedResultFacts, 'specimen' | 'result'>,
  decision: Pick<Decision, 'reflexTests' | 'evaluations'>,
): Promise<void> {
  for (const test of decision.reflexTests) {
    const asking = decision.evaluations
      .filter((evaluation) =>
        evaluation.outcomes.some((outcome) => outcome.kind === 'reflex' && outcome.tests.includes(test)),
      )
      .map((evaluation) => `${evaluation.ruleId}: ${evaluation.sentence}`);
    await addReflex(uow, facts, test, asking.join('; ') || 'asked for by the rule set');
  }
}

/** Carries out a decision on a new result version; returns the status the result ends in. */
export async function applyDecision(
  uow: UnitOfWork,
  facts: JudgedResultFacts,
  judged: JudgedDecision,
  settings: VerificationSettings,
): Promise<'final' | 'held'> {
  const { tx, now } = uow;
  const { decision } = judged;
  const { result, analysis, specimen } = facts;
  const ruleSetName = judged.ruleSet ? `${judged.ruleSet.id} v${judged.ruleSet.version}` : 'no rule set';
  for (const text of decision.comments) {
    const ruleId = commentRule(decision, text);
    await insertComment(tx, {
      result_id: result.id,
      text,
      by_engine: true,
      rule_id: ruleId,
      written_by: ENGINE,
      written_at: now,
    });
    await insertReviewAction(tx, {
      result_id: result.id,
      specimen_id: specimen.id,
      kind: 'comment',
      by_engine: true,
      performed_by: ENGINE,
      at: now,
      reason: `appended by rule ${ruleId ?? 'unknown'} of ${ruleSetName}`,
      detail: { text },
      undoes: null,
    });
  }
  if (decision.callTask !== undefined) {
    await openCriticalCall(uow, { task: decision.callTask, result, specimen, settings });
  }
  const held = blockingReasons(decision);
  const disposition = decision.disposition;
  switch (disposition.kind) {
    case 'release': {
      if (!judged.ruleSet) throw new Error('a release needs the rule set that decided it');
      await addReflexes(uow, facts, decision);
      await markReleased(
        tx,
        { result, analysis, now },
        {
          byEngine: true,
          ruleSetId: judged.ruleSet.id,
          ruleSetVersion: judged.ruleSet.version,
          decisionId: judged.decisionId,
        },
      );
      await insertReviewAction(tx, {
        result_id: result.id,
        specimen_id: specimen.id,
        kind: 'release',
        by_engine: true,
        performed_by: ENGINE,
        at: now,
        reason: `autoverified by ${ruleSetName}: every applicable rule passed`,
        detail: { decisionId: judged.decisionId },
        undoes: null,
      });
      return 'final';
    }
    case 'hold':
      break;
    case 'rerun':
      await requestAgain(uow, facts, 'rerun', { reason: held, sameInstrument: disposition.sameInstrument });
      break;
    case 'dilute-and-rerun':
      await requestAgain(uow, facts, 'dilution', { reason: held, factor: disposition.factor });
      break;
    case 'cancel-and-recollect':
      await requestAgain(uow, facts, 'recollect', { reason: held });
      break;
    default:
      return disposition satisfies never;
  }
  await markHeld(tx, result, analysis);
  await insertReviewAction(tx, {
    result_id: result.id,
    specimen_id: specimen.id,
    kind: 'hold',
    by_engine: true,
    performed_by: ENGINE,
    at: now,
    reason: held,
    detail: { decisionId: judged.decisionId, disposition: disposition.kind },
    undoes: null,
  });
  return 'held';
}
