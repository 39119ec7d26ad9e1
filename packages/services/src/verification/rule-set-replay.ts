import {
  RuleSet,
  formatReplayReport,
  replay,
  type ReplayReport,
  type ResultContext,
} from '@aliquot/engines/autoverification';
import { decisionContexts, type Executor } from '@aliquot/storage';
import { contextFromJson } from './decision-context-json.js';

/**
 * Replay of a candidate rule set against the active one over the contexts stored with past decisions:
 * the validation evidence for approval (autoverification.md §3).
 */

export interface ReplayOptions {
  /** Most recent judged results to replay (default 5,000). */
  readonly limit?: number;
  /** Only results judged since then. */
  readonly since?: Date;
}

/** Engine guards only: what "no rule set" judges, when nothing is active to compare with. */
export const noRuleSet: RuleSet = RuleSet.create({
  id: 'none',
  version: 0,
  name: 'No rule set (engine guards only)',
  rules: [],
});

/** Stored cases, labelled by accession and test ("A260000012 K") rather than by result id. */
export async function storedCases(db: Executor, options: ReplayOptions = {}): Promise<ResultContext[]> {
  const rows = await decisionContexts(db, {
    limit: options.limit ?? 5000,
    ...(options.since ? { since: options.since } : {}),
  });
  return rows.map((row) => {
    const context = contextFromJson(row.context);
    const { id: _id, ...result } = context.result;
    return { ...context, result };
  });
}

export interface ValidationReport {
  readonly report: ReplayReport;
  readonly text: string;
}

export async function replayOverStoredResults(
  db: Executor,
  candidate: RuleSet,
  active: RuleSet,
  options: ReplayOptions = {},
): Promise<ValidationReport> {
  const report = replay(candidate, active, await storedCases(db, options));
  return { report, text: formatReplayReport(report) };
}
