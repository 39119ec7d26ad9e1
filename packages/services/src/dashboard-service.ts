import { sql } from 'kysely';
import { runUseCase, type Actor, type LabContext } from './use-case.js';

/** Receipt-to-release time and turnaround compliance for one priority over the window. */
export interface TurnaroundFigures {
  readonly priority: string;
  readonly released: number;
  readonly medianMinutes: number | null;
  readonly p90Minutes: number | null;
  /** Share of released results within their test's target for this priority; null without targets. */
  readonly withinTarget: number | null;
}

export interface LabDashboard {
  readonly at: string;
  readonly windowHours: number;
  /** Analyses on specimens in the lab that are not yet released. */
  readonly inFlight: number;
  readonly heldForReview: number;
  readonly released: number;
  /** Released by the rules engine without a person, as a share of all released in the window. */
  readonly autoverificationRate: number | null;
  /** Review actions by people per specimen released in the window. */
  readonly manualTouchesPerSpecimen: number | null;
  readonly turnaround: TurnaroundFigures[];
  readonly openCriticalCalls: {
    readonly id: string;
    readonly accessionNumber: string;
    readonly testCode: string;
    readonly value: unknown;
    readonly unit: string | null;
    readonly mrn: string;
    readonly patientName: string;
    readonly detectedAt: string;
    readonly escalationLevel: number;
  }[];
  readonly qcHolds: {
    readonly id: string;
    readonly instrumentCode: string;
    readonly testCode: string;
    readonly source: string;
    readonly reason: string;
    readonly heldSince: string;
  }[];
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * What needs a person, at a glance: work in flight, results held for review, the autoverification
 * rate, manual touches, receipt-to-release time and turnaround against target by priority, open
 * critical calls with their clocks, and instrument × test holds.
 */
export async function labDashboard(lab: LabContext, actor: Actor, windowHours = 24): Promise<LabDashboard> {
  return runUseCase(lab, actor, 'read', async ({ tx, now }) => {
    const since = new Date(now.getTime() - windowHours * 3_600_000);
    const [counts, releases, touches, turnaround, calls, holds] = await Promise.all([
      sql<{ in_flight: string; held: string }>`
        select
          (select count(*) from analyses a join specimens s on s.id = a.specimen_id
            where a.status in ('ordered', 'in-progress', 'resulted', 'held')
              and s.state not in ('ordered', 'collected', 'rejected', 'disposed')) as in_flight,
          (select count(*) from results where status = 'held') as held`.execute(tx),
      sql<{ total: string; by_engine: string; specimens: string }>`
        select count(*) as total, count(*) filter (where rr.by_engine) as by_engine,
               count(distinct a.specimen_id) as specimens
        from result_releases rr
        join results r on r.id = rr.result_id
        join analyses a on a.id = r.analysis_id
        where rr.released_at >= ${since}`.execute(tx),
      sql<{ n: string }>`
        select count(*) as n from review_actions where not by_engine and at >= ${since}`.execute(tx),
      sql<{
        priority: string;
        released: string;
        median: number | null;
        p90: number | null;
        within: string;
        targeted: string;
      }>`
        with released as (
          select o.priority,
                 extract(epoch from rr.released_at - received.at) / 60 as minutes,
                 case o.priority when 'stat' then (td.definition -> 'turnaround' ->> 'statMinutes')::numeric
                                 else (td.definition -> 'turnaround' ->> 'routineMinutes')::numeric end as target
          from result_releases rr
          join results r on r.id = rr.result_id
          join analyses a on a.id = r.analysis_id
          join test_definitions td on td.code = a.test_code
          join specimens s on s.id = a.specimen_id
          join orders o on o.id = s.order_id
          join lateral (select at from specimen_events e where e.specimen_id = s.id and e.kind = 'received'
                        order by e.id limit 1) received on true
          where rr.released_at >= ${since})
        select priority, count(*) as released,
               percentile_cont(0.5) within group (order by minutes) as median,
               percentile_cont(0.9) within group (order by minutes) as p90,
               count(*) filter (where target is not null and minutes <= target) as within,
               count(*) filter (where target is not null) as targeted
        from released group by priority order by priority`.execute(tx),
      sql<{
        id: string;
        accession_number: string;
        test_code: string;
        value: unknown;
        unit: string | null;
        mrn: string;
        family_name: string;
        given_name: string;
        detected_at: Date;
        escalation_level: number;
      }>`
        select c.id, s.accession_number, c.test_code, c.value, c.unit, p.mrn, p.family_name, p.given_name,
               c.detected_at, c.escalation_level
        from critical_calls c
        join specimens s on s.id = c.specimen_id
        join patients p on p.id = c.patient_id
        where c.status = 'open'
        order by c.detected_at`.execute(tx),
      tx
        .selectFrom('instrument_holds')
        .select(['id', 'instrument_code', 'test_code', 'source', 'reason', 'held_since'])
        .where('lifted_at', 'is', null)
        .orderBy('held_since')
        .execute(),
    ]);
    const count = counts.rows[0];
    const release = releases.rows[0];
    const released = Number(release?.total ?? 0);
    const round = (value: number | null): number | null =>
      value === null ? null : Math.round(value * 10) / 10;
    return {
      at: now.toISOString(),
      windowHours,
      inFlight: Number(count?.in_flight ?? 0),
      heldForReview: Number(count?.held ?? 0),
      released,
      autoverificationRate: share(Number(release?.by_engine ?? 0), released),
      manualTouchesPerSpecimen: share(Number(touches.rows[0]?.n ?? 0), Number(release?.specimens ?? 0)),
      turnaround: turnaround.rows.map((row) => ({
        priority: row.priority,
        released: Number(row.released),
        medianMinutes: round(row.median),
        p90Minutes: round(row.p90),
        withinTarget: share(Number(row.within), Number(row.targeted)),
      })),
      openCriticalCalls: calls.rows.map((row) => ({
        id: row.id,
        accessionNumber: row.accession_number,
        testCode: row.test_code,
        value: row.value,
        unit: row.unit,
        mrn: row.mrn,
        patientName: `${row.family_name}, ${row.given_name}`,
        detectedAt: row.detected_at.toISOString(),
        escalationLevel: row.escalation_level,
      })),
      qcHolds: holds.map((hold) => ({
        id: hold.id,
        instrumentCode: hold.instrument_code,
        testCode: hold.test_code,
        source: hold.source,
        reason: hold.reason,
        heldSince: hold.held_since.toISOString(),
      })),
    };
  });
}
