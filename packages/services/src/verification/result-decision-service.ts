import type { ResultValue } from '@aliquot/domain';
import type { Reason, RuleEvaluation } from '@aliquot/engines/autoverification';
import {
  actionsOfResults,
  commentsOfResults,
  correctionsOfResults,
  decisionsOfResults,
  releasesOfResults,
  resultNotifications,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { reviewTarget } from './review-target.js';

/**
 * Why a result was released or held: every decision with the rule-set version and every rule evaluated,
 * who released it (the engine with its rule set, or a person with a reason), every review action, the
 * comments, the versions of the analysis and corrections.
 * @see shared/domain/autoverification.md §5
 */

export interface ResultDecisionRecord {
  readonly decisionId: string;
  readonly outcome: string;
  readonly dilutionFactor: number | null;
  readonly ruleSet: { readonly id: string; readonly version: number } | null;
  readonly decidedAt: string;
  readonly decidedByRule: string | null;
  readonly reasons: readonly Reason[];
  readonly evaluations: readonly RuleEvaluation[];
  readonly comments: readonly string[];
  readonly reflexTests: readonly string[];
  readonly reportAs: ResultValue | null;
}

export async function explainResult(lab: LabContext, actor: Actor, resultId: string) {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const { result, analysis, specimen, definition } = await reviewTarget(tx, resultId, false);
    const versions = await tx
      .selectFrom('results')
      .select(['id', 'version', 'status', 'value', 'unit', 'entered_by', 'created_at'])
      .where('analysis_id', '=', analysis.id)
      .orderBy('version')
      .execute();
    const [decisions, releases, actions, comments, corrections, notifications] = await Promise.all([
      decisionsOfResults(tx, [resultId]),
      releasesOfResults(tx, [resultId]),
      actionsOfResults(tx, [resultId]),
      commentsOfResults(tx, [resultId]),
      correctionsOfResults(tx, [resultId]),
      resultNotifications(tx, { resultIds: [resultId], limit: 100 }),
    ]);
    const release = releases[0];
    const correction = corrections.find((row) => row.result_id === resultId);
    const correctedBy = corrections.find((row) => row.corrects_result_id === resultId);
    return {
      resultId,
      version: result.version,
      status: result.status,
      testCode: analysis.test_code,
      testName: definition.name,
      accessionNumber: specimen.accession_number,
      value: result.value as ResultValue,
      unit: result.unit,
      flags: result.flags,
      enteredBy: result.entered_by,
      release: release
        ? {
            releasedAt: release.released_at.toISOString(),
            releasedBy: release.released_by,
            byEngine: release.by_engine,
            ruleSet:
              release.rule_set_id === null || release.rule_set_version === null
                ? null
                : { id: release.rule_set_id, version: release.rule_set_version },
            decisionId: release.decision_id,
            reason: release.reason,
          }
        : null,
      decisions: decisions.map((row): ResultDecisionRecord => ({
        decisionId: row.id,
        outcome: row.outcome,
        dilutionFactor: row.dilution_factor,
        ruleSet:
          row.rule_set_id === null || row.rule_set_version === null
            ? null
            : { id: row.rule_set_id, version: row.rule_set_version },
        decidedAt: row.decided_at.toISOString(),
        decidedByRule: row.decided_by_rule,
        reasons: row.reasons as Reason[],
        evaluations: row.evaluations as RuleEvaluation[],
        comments: row.comments,
        reflexTests: row.reflex_tests,
        reportAs: (row.report_as as ResultValue | null) ?? null,
      })),
      actions: actions.map((row) => ({
        actionId: row.id,
        kind: row.kind,
        byEngine: row.by_engine,
        performedBy: row.performed_by,
        at: row.at.toISOString(),
        reason: row.reason,
        detail: row.detail,
        undoneBy: row.undone_by,
      })),
      comments: comments.map((row) => ({
        commentId: row.id,
        text: row.text,
        byEngine: row.by_engine,
        ruleId: row.rule_id,
        writtenBy: row.written_by,
        writtenAt: row.written_at.toISOString(),
        retracted: row.retracted_at !== null,
      })),
      correction: correction
        ? {
            correctsResultId: correction.corrects_result_id,
            reason: correction.reason,
            correctedBy: correction.corrected_by,
          }
        : null,
      correctedBy: correctedBy ? { resultId: correctedBy.result_id, reason: correctedBy.reason } : null,
      notifications: notifications.map((row) => ({
        kind: row.kind,
        createdAt: row.created_at.toISOString(),
        sentAt: row.sent_at?.toISOString() ?? null,
      })),
      versions: versions.map((row) => ({
        resultId: row.id,
        version: row.version,
        status: row.status,
        value: row.value as ResultValue,
        unit: row.unit,
        enteredBy: row.entered_by,
        createdAt: row.created_at.toISOString(),
      })),
    };
  });
}

export type ResultExplanation = Awaited<ReturnType<typeof explainResult>>;
