import { sql, type RawBuilder } from 'kysely';
import type { Executor } from './database.js';
import {
  allOf,
  collectedAt,
  collectedWithin,
  currentResult,
  readPage,
  type Page,
  type PageRequest,
  type TimeRange,
} from './fhir-sql.js';

/**
 * Observations: one per analysis that has a result, computed from `analyses`, its current `results`
 * version, the specimen's collection event, the release and correction records.
 * @see https://hl7.org/fhir/R4/observation.html
 */

/** What a result status looks like to a reader: a released correction is 'corrected'. */
export type ObservationStatusCode = 'pending' | 'held' | 'final' | 'corrected' | 'cancelled';

export type ObservationCondition =
  | { readonly kind: 'id'; readonly ids: readonly string[] }
  | { readonly kind: 'patient'; readonly ids: readonly string[] }
  | { readonly kind: 'order'; readonly ids: readonly string[] }
  | { readonly kind: 'code'; readonly testCodes: readonly string[]; readonly loincs: readonly string[] }
  | { readonly kind: 'date'; readonly ranges: readonly TimeRange[] }
  | { readonly kind: 'status'; readonly statuses: readonly ObservationStatusCode[] }
  | { readonly kind: 'specimen'; readonly ids: readonly string[] }
  /** The order item an analysis fulfils: its order, and its panel's code or else its own. */
  | { readonly kind: 'order-item'; readonly items: readonly { orderId: string; code: string }[] }
  | { readonly kind: 'device'; readonly ids: readonly string[] };

export interface ObservationRow {
  readonly analysis_id: string;
  readonly order_id: string;
  readonly specimen_id: string;
  readonly patient_id: string;
  readonly test_code: string;
  readonly panel_code: string | null;
  readonly loinc: string | null;
  readonly name: string;
  /** The test definition's reference intervals (JSON). */
  readonly intervals: unknown;
  readonly clinical_sex: string;
  readonly birth_date: string;
  readonly result_id: string;
  readonly version: number;
  readonly value: unknown;
  readonly unit: string | null;
  readonly flags: string[];
  readonly status: ObservationStatusCode;
  readonly instrument_id: string | null;
  readonly recorded_at: Date;
  readonly collected_at: Date | null;
  readonly released_at: Date | null;
  readonly previous_value: unknown;
  readonly previous_unit: string | null;
  readonly previous_version: number | null;
}

/** The reader's status: a released version that corrects another reads 'corrected'. */
const readerStatus = sql`(case when cur.status = 'final' and rc.result_id is not null then 'corrected' else cur.status end)`;

function condition(c: ObservationCondition): RawBuilder<unknown> {
  switch (c.kind) {
    case 'id':
      return sql`a.id = any(${c.ids}::uuid[])`;
    case 'patient':
      return sql`s.patient_id = any(${c.ids}::uuid[])`;
    case 'order':
      return sql`a.order_id = any(${c.ids}::uuid[])`;
    case 'code':
      // Resolved to test codes first, so the index on analyses by test answers it.
      return sql`a.test_code = any(array(select code from test_definitions
        where code = any(${c.testCodes}::text[]) or loinc = any(${c.loincs}::text[])))`;
    case 'date':
      return collectedWithin(c.ranges);
    case 'status':
      return sql`${readerStatus} = any(${c.statuses}::text[])`;
    case 'specimen':
      return sql`a.specimen_id = any(${c.ids}::uuid[])`;
    case 'order-item':
      if (c.items.length === 0) return sql`false`;
      return sql`(${sql.join(
        c.items.map(
          (i) => sql`(a.order_id = ${i.orderId}::uuid and coalesce(a.panel_code, a.test_code) = ${i.code})`,
        ),
        sql` or `,
      )})`;
    case 'device':
      return sql`cur.instrument_id = any(${c.ids}::text[])`;
    default:
      return c satisfies never;
  }
}

const from = sql`
  from analyses a
  join specimens s on s.id = a.specimen_id
  join test_definitions td on td.code = a.test_code
  cross join lateral (${currentResult}) cur
  cross join lateral (${collectedAt}) coll
  left join result_corrections rc on rc.result_id = cur.id`;

/** One page of observations matching every condition, newest collection first unless asked oldest first. */
export async function searchObservationRows(
  db: Executor,
  conditions: readonly ObservationCondition[],
  page: PageRequest,
): Promise<Page<ObservationRow>> {
  const where = allOf(conditions.map(condition));
  // Newest collection first unless asked otherwise: what a clinician reads first, and an order no
  // index gives, so the planner finds the matches before it sorts them.
  const direction = page.sort && !page.sort.descending ? sql`asc` : sql`desc`;
  const order = sql`coll.at ${direction} nulls last, a.id`;
  // Two steps: the page of matches from the few tables the conditions need (planned like the count),
  // then everything the resources show, for those rows only.
  return readPage(
    db,
    page,
    (limit, offset) => sql<ObservationRow>`
      select a.id as analysis_id, a.order_id, a.specimen_id, s.patient_id, a.test_code, a.panel_code,
        td.loinc, td.name, td.definition -> 'referenceIntervals' as intervals,
        p.clinical_sex, p.birth_date::text as birth_date,
        cur.id as result_id, cur.version, cur.value, cur.unit, cur.flags, ${readerStatus} as status,
        cur.instrument_id, cur.created_at as recorded_at, m.collected_at,
        rel.released_at, prev.value as previous_value, prev.unit as previous_unit,
        prev.version as previous_version
      from (
        select a.id, cur.id as result_id, coll.at as collected_at ${from}
        where ${where}
        order by ${order}
        limit ${limit} offset ${offset}
      ) m
      join analyses a on a.id = m.id
      join specimens s on s.id = a.specimen_id
      join test_definitions td on td.code = a.test_code
      join patients p on p.id = s.patient_id
      join results cur on cur.id = m.result_id
      left join result_corrections rc on rc.result_id = cur.id
      left join result_releases rel on rel.result_id = cur.id
      left join results prev on prev.id = rc.corrects_result_id
      order by m.collected_at ${direction} nulls last, a.id`,
    () => sql<{ n: string }>`select count(*) as n ${from} where ${where}`,
  );
}

/** The observations with these ids (analysis ids), for `_include` and reports. */
export async function observationRowsById(db: Executor, ids: readonly string[]): Promise<ObservationRow[]> {
  if (ids.length === 0) return [];
  const page = await searchObservationRows(db, [{ kind: 'id', ids }], {
    limit: ids.length,
    offset: 0,
    total: false,
  });
  return page.rows;
}
