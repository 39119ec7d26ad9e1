import { sql, type RawBuilder } from 'kysely';
import type { Executor } from './database.js';
import {
  allOf,
  collectedAt,
  currentResult,
  inAnyRange,
  readPage,
  type Page,
  type PageRequest,
  type TimeRange,
} from './fhir-sql.js';
import type { ObservationStatusCode } from './fhir-observation-repository.js';

/**
 * Order items: one orderable (panel or test) of an order, read with the analyses it brought onto
 * specimens. Each is a ServiceRequest (what was asked) and a DiagnosticReport (what came back); both
 * statuses are computed here from the analyses and their current results.
 * @see https://hl7.org/fhir/R4/servicerequest.html
 * @see https://hl7.org/fhir/R4/diagnosticreport.html
 */

export type OrderItemCondition =
  | { readonly kind: 'item'; readonly items: readonly { orderId: string; code: string }[] }
  | { readonly kind: 'patient'; readonly ids: readonly string[] }
  | { readonly kind: 'order'; readonly ids: readonly string[] }
  | { readonly kind: 'code'; readonly codes: readonly string[]; readonly loincs: readonly string[] }
  | { readonly kind: 'authored'; readonly ranges: readonly TimeRange[] }
  /** When the item's first specimen was collected. */
  | { readonly kind: 'effective'; readonly ranges: readonly TimeRange[] }
  | { readonly kind: 'request-status'; readonly statuses: readonly string[] }
  | { readonly kind: 'report-status'; readonly statuses: readonly string[] }
  | { readonly kind: 'order-number'; readonly values: readonly string[] }
  /** The order number or the placer's number. */
  | { readonly kind: 'any-number'; readonly values: readonly string[] }
  | { readonly kind: 'priority'; readonly values: readonly string[] }
  | { readonly kind: 'specimen'; readonly ids: readonly string[] }
  | { readonly kind: 'result'; readonly ids: readonly string[] };

export interface OrderItemMember {
  readonly analysis_id: string;
  readonly test_code: string;
  readonly discipline: string;
  readonly analysis_status: string;
  readonly specimen_id: string;
  readonly result_status: ObservationStatusCode | null;
}

export interface OrderItemRow {
  readonly order_id: string;
  readonly orderable_code: string;
  readonly kind: 'test' | 'panel';
  readonly name: string;
  readonly loinc: string | null;
  readonly order_number: string;
  readonly placer_order_number: string | null;
  readonly order_status: 'active' | 'cancelled' | 'complete';
  readonly priority: string;
  readonly patient_id: string;
  readonly ordered_at: Date;
  readonly clinical_info: string | null;
  readonly npi: string | null;
  readonly provider_family: string | null;
  readonly provider_given: string | null;
  /** The item's analyses in report order (a panel's member order). */
  readonly members: OrderItemMember[];
  readonly specimen_ids: string[];
  readonly effective_at: Date | null;
  readonly issued_at: Date | null;
  readonly report_status: string;
  readonly request_status: string;
}

function condition(c: OrderItemCondition): RawBuilder<unknown> {
  switch (c.kind) {
    case 'item':
      if (c.items.length === 0) return sql`false`;
      return sql`(${sql.join(
        c.items.map((i) => sql`(item.order_id = ${i.orderId}::uuid and item.orderable_code = ${i.code})`),
        sql` or `,
      )})`;
    case 'patient':
      return sql`item.patient_id = any(${c.ids}::uuid[])`;
    case 'order':
      return sql`item.order_id = any(${c.ids}::uuid[])`;
    case 'code':
      return sql`(item.orderable_code = any(${c.codes}::text[]) or item.loinc = any(${c.loincs}::text[]))`;
    case 'authored':
      return inAnyRange(sql`item.ordered_at`, c.ranges);
    case 'effective':
      return inAnyRange(sql`item.effective_at`, c.ranges);
    case 'request-status':
      return sql`item.request_status = any(${c.statuses}::text[])`;
    case 'report-status':
      return sql`item.report_status = any(${c.statuses}::text[])`;
    case 'order-number':
      return sql`item.order_number = any(${c.values}::text[])`;
    case 'any-number':
      return sql`(item.order_number = any(${c.values}::text[]) or item.placer_order_number = any(${c.values}::text[]))`;
    case 'priority':
      return sql`item.priority = any(${c.values}::text[])`;
    case 'specimen':
      return sql`(item.order_id in (select order_id from specimens where id = any(${c.ids}::uuid[]))
        and item.specimen_ids && ${c.ids}::uuid[])`;
    case 'result':
      return sql`(item.order_id in (select order_id from analyses where id = any(${c.ids}::uuid[]))
        and item.analysis_ids && ${c.ids}::uuid[])`;
    default:
      return c satisfies never;
  }
}

/**
 * Every order item with its computed statuses. The report status mirrors `reportStatus` in the FHIR
 * codec (registered, preliminary, partial, final, corrected, cancelled); the request status mirrors
 * `serviceRequestStatus` (revoked, completed, active).
 */
const items = sql`(
  select oi.order_id, oi.orderable_code, ob.kind, ob.name, coalesce(pn.loinc, td.loinc) as loinc,
    o.order_number, o.placer_order_number, o.status as order_status, o.priority, o.patient_id,
    o.ordered_at, o.clinical_info, pr.npi, pr.family_name as provider_family,
    pr.given_name as provider_given, m.members, m.specimen_ids, m.analysis_ids, m.effective_at,
    m.issued_at,
    case
      when m.n > 0 and m.cancelled = m.n then 'cancelled'
      when m.released + m.unreleased = 0 then 'registered'
      when m.released + m.cancelled < m.n then case when m.released > 0 then 'partial' else 'preliminary' end
      when m.corrected > 0 then 'corrected'
      else 'final'
    end as report_status,
    case
      when o.status = 'cancelled' then 'revoked'
      when o.status = 'complete' then 'completed'
      when m.n > 0 and m.analyses_closed = m.n and m.analyses_released > 0 then 'completed'
      else 'active'
    end as request_status
  from order_items oi
  join orders o on o.id = oi.order_id
  join orderables ob on ob.code = oi.orderable_code
  left join panels pn on pn.code = oi.orderable_code
  left join test_definitions td on td.code = oi.orderable_code
  left join providers pr on pr.id = o.ordering_provider_id
  cross join lateral (
    select count(a.id) as n,
      count(*) filter (where cur.status in ('pending', 'held')) as unreleased,
      count(*) filter (where cur.status = 'final') as released,
      count(*) filter (where cur.status = 'final' and rc.result_id is not null) as corrected,
      count(*) filter (where cur.status = 'cancelled' or (cur.id is null and a.status = 'cancelled')) as cancelled,
      count(*) filter (where a.status in ('released', 'cancelled')) as analyses_closed,
      count(*) filter (where a.status = 'released') as analyses_released,
      coalesce(jsonb_agg(jsonb_build_object(
          'analysis_id', a.id, 'test_code', a.test_code, 'discipline', mtd.discipline, 'analysis_status', a.status,
          'specimen_id', a.specimen_id,
          'result_status', case when cur.status = 'final' and rc.result_id is not null then 'corrected' else cur.status end)
        order by coalesce(array_position(pn.members, a.test_code), 0), a.test_code)
        filter (where a.id is not null), '[]') as members,
      coalesce(array_agg(distinct a.specimen_id) filter (where a.id is not null), '{}') as specimen_ids,
      coalesce(array_agg(a.id) filter (where a.id is not null), '{}') as analysis_ids,
      min(coll.at) as effective_at,
      max(rel.released_at) as issued_at
    from analyses a
    join specimens s on s.id = a.specimen_id
    join test_definitions mtd on mtd.code = a.test_code
    left join lateral (${currentResult}) cur on true
    left join lateral (${collectedAt}) coll on true
    left join result_corrections rc on rc.result_id = cur.id
    left join result_releases rel on rel.result_id = cur.id
    where a.order_id = oi.order_id
      and a.test_code = any(case when ob.kind = 'panel' then pn.members else array[oi.orderable_code] end)
  ) m
) item`;

/** One page of order items matching every condition, newest order or first collection first, or by id. */
export async function searchOrderItemRows(
  db: Executor,
  conditions: readonly OrderItemCondition[],
  page: PageRequest & { readonly sortOn?: 'authored' | 'effective' },
): Promise<Page<OrderItemRow>> {
  const where = allOf(conditions.map(condition));
  const column = page.sortOn === 'effective' ? sql`item.effective_at` : sql`item.ordered_at`;
  const order = page.sort
    ? sql`${column} ${page.sort.descending ? sql`desc` : sql`asc`} nulls last, item.order_id, item.orderable_code`
    : sql`item.order_id, item.orderable_code`;
  return readPage(
    db,
    page,
    (limit, offset) => sql<OrderItemRow>`
      select item.* from ${items} where ${where} order by ${order} limit ${limit} offset ${offset}`,
    () => sql<{ n: string }>`select count(*) as n from ${items} where ${where}`,
  );
}

/** The orderables (panels, and active tests) carrying a LOINC code: how an inbound order is matched. */
export async function orderablesWithLoinc(db: Executor, loinc: string): Promise<string[]> {
  const { rows } = await sql<{ code: string }>`
    select code from panels where loinc = ${loinc}
    union
    select code from test_definitions where loinc = ${loinc} and active
    order by code`.execute(db);
  return rows.map((r) => r.code);
}
