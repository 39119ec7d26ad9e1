import {
  appendSpecimenEvent,
  releaseResultVersion,
  setAnalysisStatus,
  setResultStatus,
  type AnalysisRow,
  type ResultRow,
  type Tx,
} from '@aliquot/storage';
import { specimenTimeline, specimenTimelineChanged } from '../specimen-for-results.js';

/**
 * The status moves every release or hold makes, whoever decides: the result version, its analysis, the
 * release record, the EHR notification and, once every analysis of the specimen is released or
 * cancelled, the specimen's 'released' event.
 */

export type ReleasedBy =
  | {
      readonly byEngine: true;
      readonly ruleSetId: string;
      readonly ruleSetVersion: number;
      readonly decisionId: string;
    }
  | { readonly byEngine: false; readonly username: string; readonly reason: string };

async function specimenReleasedIfComplete(tx: Tx, specimenId: string, now: Date, actor: string) {
  const open = await tx
    .selectFrom('analyses')
    .select('id')
    .where('specimen_id', '=', specimenId)
    .where('status', 'not in', ['released', 'cancelled'])
    .limit(1)
    .execute();
  if (open.length > 0) return;
  const events = await specimenTimeline(tx, specimenId);
  if (events.some((event) => event.kind === 'released' || event.kind === 'rejected')) return;
  await appendSpecimenEvent(tx, specimenId, { kind: 'released', at: now, actor });
  specimenTimelineChanged(tx, specimenId);
}

export async function markReleased(
  tx: Tx,
  target: { readonly result: ResultRow; readonly analysis: AnalysisRow; readonly now: Date },
  by: ReleasedBy,
  notification: 'new' | 'correction' = 'new',
): Promise<void> {
  const { result, analysis, now } = target;
  await releaseResultVersion(tx, {
    analysis_id: analysis.id,
    notification,
    result_id: result.id,
    released_at: now,
    released_by: by.byEngine ? 'engine' : by.username,
    by_engine: by.byEngine,
    rule_set_id: by.byEngine ? by.ruleSetId : null,
    rule_set_version: by.byEngine ? by.ruleSetVersion : null,
    decision_id: by.byEngine ? by.decisionId : null,
    reason: by.byEngine ? null : by.reason,
  });
  await specimenReleasedIfComplete(tx, analysis.specimen_id, now, by.byEngine ? 'engine' : by.username);
}

/** Holds a result for review; a cancelled analysis stays cancelled (its result is held, never released). */
export async function markHeld(tx: Tx, result: ResultRow, analysis: AnalysisRow): Promise<void> {
  await setResultStatus(tx, result.id, 'held');
  if (analysis.status !== 'cancelled') await setAnalysisStatus(tx, analysis.id, 'held');
}
