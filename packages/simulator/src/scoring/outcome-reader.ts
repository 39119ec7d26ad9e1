import { LabApiError, type LabApiClient, type SpecimenTimelineReply } from '../ehr/lab-api-client.js';
import type { GroundTruthLedger } from '../ground-truth/ground-truth.js';
import type {
  CriticalCallOutcome,
  LabOutcomes,
  OutcomeStatus,
  QcHoldOutcome,
  ResultOutcome,
} from './lab-outcomes.js';

interface Explanation {
  readonly status: string;
  readonly release: { readonly releasedAt: string; readonly byEngine: boolean } | null;
  readonly decisions: readonly {
    readonly outcome: string;
    readonly reasons: readonly { readonly ruleId: string; readonly blocking: boolean }[];
  }[];
}

interface LoggedCall {
  readonly id: string;
  /** A repeat for the same patient and analyte within the grouping window joins its lead call. */
  readonly groupLeadId: string | null;
  readonly accessionNumber: string;
  readonly testCode: string;
  readonly detectedAt: string;
  readonly completedAt: string | null;
  readonly status: string;
}

interface HoldRow {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly heldSince: string;
  readonly reason: string;
}

function statusOf(status: string): OutcomeStatus {
  switch (status) {
    case 'final':
    case 'corrected':
      return 'released';
    case 'superseded':
      return 'superseded';
    case 'cancelled':
      return 'cancelled';
    default:
      return 'held';
  }
}

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

/**
 * Reads back what Aliquot did, through its REST API only: each tube's timeline (result versions and
 * statuses, receipt time), each result's decision record (released by the engine or held, and by
 * which rules), the critical-call log and the QC holds.
 */
export async function readLabOutcomes(
  api: LabApiClient,
  ledger: GroundTruthLedger,
  since: Date,
): Promise<LabOutcomes> {
  const gaps = new Set<string>();
  const results: ResultOutcome[] = [];
  const receivedAt = new Map<string, string>();
  const scoredTubes = [...ledger.tubes].filter(([, t]) => !t.warmUp).map(([accession]) => accession);
  await inParallel(scoredTubes, 6, async (accession) => {
    const timeline = await api.get<SpecimenTimelineReply>(`/api/specimens/${encodeURIComponent(accession)}`);
    const received = timeline.events.find((e) => e.kind === 'received');
    if (received) receivedAt.set(accession, received.at);
    for (const analysis of timeline.analyses) {
      const versions = analysis.results
        .filter((r) => r.source !== 'manual')
        .sort((a, b) => a.version - b.version);
      for (const [i, version] of versions.entries()) {
        let explanation: Explanation | undefined;
        try {
          explanation = await api.get<Explanation>(`/api/results/${version.id}/decision`);
        } catch (error) {
          if (!(error instanceof LabApiError && error.status === 404)) throw error;
          gaps.add(
            'GET /api/results/{id}/decision is not available: releases are read from result statuses alone',
          );
        }
        const status = statusOf(explanation?.status ?? version.status);
        const holdReasons = (explanation?.decisions ?? []).flatMap((d) =>
          d.reasons.filter((r) => r.blocking).map((r) => r.ruleId),
        );
        results.push({
          accession,
          testCode: analysis.testCode,
          replicate: i + 1,
          status,
          autoverified: status === 'released' && (explanation?.release?.byEngine ?? true),
          storedAt: version.createdAt,
          ...(explanation?.release ? { releasedAt: explanation.release.releasedAt } : {}),
          holdReasons: [...new Set(holdReasons)],
        });
      }
    }
  });
  const criticalCalls: CriticalCallOutcome[] = [];
  try {
    const log = await api.get<{ calls: LoggedCall[] }>(
      `/api/critical-calls/log?from=${encodeURIComponent(since.toISOString())}`,
    );
    const byId = new Map(log.calls.map((c) => [c.id, c]));
    for (const c of log.calls) {
      // A grouped call is made when its lead call is: the caregiver hears both values in one call.
      const completedAt = c.completedAt ?? (c.groupLeadId ? byId.get(c.groupLeadId)?.completedAt : null);
      criticalCalls.push({
        accession: c.accessionNumber,
        testCode: c.testCode,
        detectedAt: c.detectedAt,
        status: c.status,
        ...(completedAt ? { completedAt } : {}),
      });
    }
  } catch (error) {
    if (!(error instanceof LabApiError && error.status === 404)) throw error;
    gaps.add('GET /api/critical-calls/log is not available: no critical call could be found');
  }
  const qcHolds: QcHoldOutcome[] = [];
  try {
    for (let offset = 0; ; offset += 500) {
      const page = await api.get<{ items: HoldRow[]; total: number }>(
        `/api/qc/holds?limit=500&offset=${offset}`,
      );
      for (const h of page.items) {
        if (Date.parse(h.heldSince) >= since.getTime()) {
          qcHolds.push({
            analyzer: h.instrumentCode,
            testCode: h.testCode,
            at: h.heldSince,
            reason: h.reason,
          });
        }
      }
      if (offset + 500 >= page.total) break;
    }
  } catch (error) {
    if (!(error instanceof LabApiError && (error.status === 404 || error.status === 422))) throw error;
    gaps.add('the QC hold list could not be read: QC events show as not detected');
  }
  return { results, criticalCalls, qcHolds, receivedAt, gaps: [...gaps] };
}
