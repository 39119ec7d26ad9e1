import type { ResultValue } from '@aliquot/domain';
import type { QcState, Reason, ResultContext } from '@aliquot/engines/autoverification';
import {
  commentsOfResults,
  decisionsOfResults,
  heldResultsOfSpecimens,
  heldSpecimenPage,
  requestsOfAnalyses,
  type ResultDecisionRow,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { contextFromJson } from './decision-context-json.js';
import { instrumentFlagsOf, serumIndicesOf } from './result-context-builder.js';

/**
 * The review queue: held results grouped by specimen, each with the reasons it was held, the patient's
 * earlier values with their deltas, the QC state and analyzer flags it was judged with, pending reruns,
 * comments and any critical call — everything a technologist needs on one screen.
 */

export interface HistoryPoint {
  readonly value: number;
  readonly at: string;
  readonly specimenType: string;
  /** This result minus the earlier one, in the test's unit. */
  readonly delta: number | null;
  /** The change in percent of the earlier value. */
  readonly deltaPercent: number | null;
}

export interface HeldResult {
  readonly resultId: string;
  readonly version: number;
  readonly testCode: string;
  readonly testName: string;
  readonly discipline: string;
  readonly value: ResultValue;
  readonly unit: string | null;
  readonly flags: readonly string[];
  readonly enteredBy: string;
  readonly source: string;
  readonly instrumentId: string | null;
  readonly observedAt: string | null;
  readonly decision: {
    readonly decisionId: string;
    readonly outcome: string;
    readonly ruleSet: string | null;
    readonly decidedAt: string;
    readonly decidedByRule: string | null;
  } | null;
  /** The rules that stopped release first, then the others that fired. */
  readonly reasons: readonly Reason[];
  readonly history: readonly HistoryPoint[];
  readonly qc: QcState | null;
  readonly instrumentFlags: readonly string[];
  readonly serumIndices: Record<string, number> | null;
  readonly requests: readonly {
    readonly requestId: string;
    readonly kind: string;
    readonly status: string;
    readonly dilutionFactor: number | null;
    readonly reason: string;
  }[];
  readonly comments: readonly { readonly text: string; readonly by: string; readonly at: string }[];
  readonly criticalCall: {
    readonly callId: string;
    readonly status: string;
    readonly escalationLevel: number;
  } | null;
}

export interface SpecimenReview {
  readonly accessionNumber: string;
  readonly specimenType: string;
  readonly priority: string;
  readonly collectedAt: string | null;
  readonly patient: {
    readonly id: string;
    readonly mrn: string;
    readonly name: string;
    readonly birthDate: string;
    readonly clinicalSex: string;
  };
  readonly held: readonly HeldResult[];
}

const round = (value: number, places = 2): number => Math.round(value * 10 ** places) / 10 ** places;

function historyOf(context: ResultContext | undefined, value: ResultValue): HistoryPoint[] {
  if (!context) return [];
  const now = value.kind === 'numeric' ? value.value : undefined;
  return [...(context.patient.history[context.result.testCode] ?? [])]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .map((prior) => ({
      value: prior.value,
      at: prior.at.toISOString(),
      specimenType: prior.specimenType,
      delta: now === undefined ? null : round(now - prior.value, 4),
      deltaPercent:
        now === undefined || prior.value === 0 ? null : round(((now - prior.value) / prior.value) * 100, 1),
    }));
}

const latestDecision = (decisions: readonly ResultDecisionRow[], resultId: string) =>
  decisions.filter((row) => row.result_id === resultId).at(-1);

export async function reviewQueue(
  lab: LabContext,
  actor: Actor,
  page: { readonly limit: number; readonly offset: number; readonly discipline?: string },
): Promise<{ readonly items: SpecimenReview[]; readonly total: number }> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const { ids, total } = await heldSpecimenPage(tx, page);
    if (ids.length === 0) return { items: [], total };
    const rows = await heldResultsOfSpecimens(tx, ids, page.discipline);
    const resultIds = rows.map((row) => row.id);
    const [decisions, requests, comments, calls] = await Promise.all([
      decisionsOfResults(tx, resultIds),
      requestsOfAnalyses(tx, [...new Set(rows.map((row) => row.analysis_id))]),
      commentsOfResults(tx, resultIds),
      tx.selectFrom('critical_calls').selectAll().where('result_id', 'in', resultIds).execute(),
    ]);
    const items = ids.map((id): SpecimenReview => {
      const own = rows.filter((row) => row.specimen_id === id);
      const first = own[0]!;
      return {
        accessionNumber: first.accession_number,
        specimenType: first.specimen_type,
        priority: first.priority,
        collectedAt: first.collected_at ? new Date(first.collected_at).toISOString() : null,
        patient: {
          id: first.patient_id,
          mrn: first.mrn,
          name: `${first.family_name}, ${first.given_name}`,
          birthDate: first.birth_date,
          clinicalSex: first.clinical_sex,
        },
        held: own.map((row): HeldResult => {
          const decision = latestDecision(decisions, row.id);
          const context = decision?.context ? contextFromJson(decision.context) : undefined;
          const reasons = (decision?.reasons ?? []) as Reason[];
          const call = calls.find((c) => c.result_id === row.id);
          const indices = serumIndicesOf(row.detail) ?? context?.specimen.serumIndices;
          return {
            resultId: row.id,
            version: row.version,
            testCode: row.test_code,
            testName: row.test_name,
            discipline: row.discipline,
            value: row.value as ResultValue,
            unit: row.unit,
            flags: row.flags,
            enteredBy: row.entered_by,
            source: row.source,
            instrumentId: row.instrument_id,
            observedAt: row.observed_at?.toISOString() ?? null,
            decision: decision
              ? {
                  decisionId: decision.id,
                  outcome: decision.outcome,
                  ruleSet:
                    decision.rule_set_id === null
                      ? null
                      : `${decision.rule_set_id} v${decision.rule_set_version}`,
                  decidedAt: decision.decided_at.toISOString(),
                  decidedByRule: decision.decided_by_rule,
                }
              : null,
            reasons: [...reasons.filter((r) => r.blocking), ...reasons.filter((r) => !r.blocking)],
            history: historyOf(context, row.value as ResultValue),
            qc: context?.qc ?? null,
            instrumentFlags: instrumentFlagsOf(row.detail),
            serumIndices: indices ? { ...indices } : null,
            requests: requests
              .filter((request) => request.analysis_id === row.analysis_id && request.status === 'pending')
              .map((request) => ({
                requestId: request.id,
                kind: request.kind,
                status: request.status,
                dilutionFactor: request.dilution_factor,
                reason: request.reason,
              })),
            comments: comments
              .filter((comment) => comment.result_id === row.id && comment.retracted_at === null)
              .map((comment) => ({
                text: comment.text,
                by: comment.written_by,
                at: comment.written_at.toISOString(),
              })),
            criticalCall: call
              ? { callId: call.id, status: call.status, escalationLevel: call.escalation_level }
              : null,
          };
        }),
      };
    });
    return { items, total };
  });
}
