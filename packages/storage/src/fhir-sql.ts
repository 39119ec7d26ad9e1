import { sql, type RawBuilder } from 'kysely';
import type { Executor } from './database.js';

/**
 * SQL shared by the FHIR repositories. FHIR resources are computed from the lab's own tables on every
 * request; nothing is copied into a second store. Each repository turns a list of conditions (ANDed,
 * each one a list of alternatives, ORed) into one SQL statement that can be read in review.
 */

/** A time range `from <= t < before`, either side open. */
export interface TimeRange {
  readonly from?: string;
  readonly before?: string;
}

export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
  /** Count every match (a second statement), or skip it (`_total=none`). */
  readonly total: boolean;
  /** Sort on the resource's date, newest first when descending; by id when absent. */
  readonly sort?: { readonly descending: boolean };
}

export interface Page<T> {
  readonly rows: T[];
  readonly total?: number;
  /** Whether a row follows this page (one extra row is read to know). */
  readonly hasNext: boolean;
}

/**
 * The current version of an analysis's result, for alias `a`: released or cancelled versions win over
 * ones awaiting verification (a correction in review does not hide the released value), then the
 * newest. Superseded versions and released versions since corrected are history, never current.
 */
export const currentResult = sql`
  select r.id, r.version, r.value, r.unit, r.flags, r.status, r.instrument_id, r.created_at
  from results r
  where r.analysis_id = a.id and r.status not in ('superseded', 'corrected')
  order by (r.status in ('final', 'cancelled')) desc, r.version desc
  limit 1`;

/**
 * When specimen `s` was collected: its own collection, or for an aliquot its parent's (the aliquot's
 * own 'collected' event records when it was poured off).
 */
export const collectedAt = sql`
  select min(e.at) as at from specimen_events e
  where e.specimen_id = coalesce(s.parent_id, s.id) and e.kind = 'collected'`;

/**
 * Specimen `s` was collected (for an aliquot: its parent was) within any of the ranges. Written as a
 * semi-join on the collection events so a date alone is answered from the index on collection times
 * rather than by computing every specimen's collection time.
 */
export function collectedWithin(ranges: readonly TimeRange[]): RawBuilder<unknown> {
  return sql`exists (select 1 from specimen_events e
    where e.specimen_id = coalesce(s.parent_id, s.id) and e.kind = 'collected' and ${inAnyRange(sql`e.at`, ranges)})`;
}

/** `column` within any of the ranges. */
export function inAnyRange(column: RawBuilder<unknown>, ranges: readonly TimeRange[]): RawBuilder<unknown> {
  if (ranges.length === 0) return sql`false`;
  const alternatives = ranges.map((range) => {
    const parts = [
      ...(range.from ? [sql`${column} >= ${range.from}::timestamptz`] : []),
      ...(range.before ? [sql`${column} < ${range.before}::timestamptz`] : []),
    ];
    return parts.length === 0 ? sql`true` : sql`(${sql.join(parts, sql` and `)})`;
  });
  return sql`(${sql.join(alternatives, sql` or `)})`;
}

export const allOf = (conditions: readonly RawBuilder<unknown>[]): RawBuilder<unknown> =>
  conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `);

/**
 * Runs a page query (`limit + 1` rows, to know whether another page follows) and, when asked, the
 * count of every match.
 */
export async function readPage<T>(
  db: Executor,
  page: PageRequest,
  rows: (limit: number, offset: number) => RawBuilder<T>,
  count: () => RawBuilder<{ n: string }>,
): Promise<Page<T>> {
  const [found, counted] = await Promise.all([
    page.limit === 0 ? Promise.resolve({ rows: [] as T[] }) : rows(page.limit + 1, page.offset).execute(db),
    page.total ? count().execute(db) : undefined,
  ]);
  const total = counted ? Number(counted.rows[0]?.n ?? 0) : undefined;
  return {
    rows: found.rows.slice(0, page.limit),
    ...(total !== undefined ? { total } : {}),
    hasNext: page.limit === 0 ? (total ?? 0) > page.offset : found.rows.length > page.limit,
  };
}
