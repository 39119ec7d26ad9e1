import { sql, type RawBuilder } from 'kysely';
import type { Executor } from './database.js';
import {
  allOf,
  collectedAt,
  collectedWithin,
  readPage,
  type Page,
  type PageRequest,
  type TimeRange,
} from './fhir-sql.js';

/**
 * Specimens with their collection and receipt times, rejection, and the order items their analyses
 * serve, from `specimens` and the `specimen_events` timeline.
 * @see https://hl7.org/fhir/R4/specimen.html
 */

export type SpecimenCondition =
  | { readonly kind: 'id'; readonly ids: readonly string[] }
  | { readonly kind: 'patient'; readonly ids: readonly string[] }
  | { readonly kind: 'accession'; readonly values: readonly string[] }
  | { readonly kind: 'type'; readonly types: readonly string[] }
  | { readonly kind: 'collected'; readonly ranges: readonly TimeRange[] }
  /** Lifecycle states (the state column, a projection of the timeline). */
  | { readonly kind: 'state'; readonly states: readonly string[] }
  | { readonly kind: 'parent'; readonly ids: readonly string[] }
  | { readonly kind: 'order'; readonly ids: readonly string[] };

export interface SpecimenFhirRow {
  readonly id: string;
  readonly accession_number: string;
  readonly order_id: string;
  readonly patient_id: string;
  readonly specimen_type: string;
  readonly container: string;
  readonly parent_id: string | null;
  readonly state: string;
  readonly collected_at: Date | null;
  readonly received_at: Date | null;
  /** The rejection event's detail: reason and comment. */
  readonly rejection: { reason?: string; comment?: string } | null;
  /** Codes of the order's items whose tests have analyses on this specimen. */
  readonly item_codes: string[];
}

function condition(c: SpecimenCondition): RawBuilder<unknown> {
  switch (c.kind) {
    case 'id':
      return sql`s.id = any(${c.ids}::uuid[])`;
    case 'patient':
      return sql`s.patient_id = any(${c.ids}::uuid[])`;
    case 'accession':
      return sql`s.accession_number = any(${c.values}::text[])`;
    case 'type':
      return sql`s.specimen_type = any(${c.types}::text[])`;
    case 'collected':
      return collectedWithin(c.ranges);
    case 'state':
      return sql`s.state = any(${c.states}::text[])`;
    case 'parent':
      return sql`s.parent_id = any(${c.ids}::uuid[])`;
    case 'order':
      return sql`s.order_id = any(${c.ids}::uuid[])`;
    default:
      return c satisfies never;
  }
}

const from = sql`from specimens s cross join lateral (${collectedAt}) coll`;

export async function searchSpecimenRows(
  db: Executor,
  conditions: readonly SpecimenCondition[],
  page: PageRequest,
): Promise<Page<SpecimenFhirRow>> {
  const where = allOf(conditions.map(condition));
  const order = page.sort
    ? sql`coll.at ${page.sort.descending ? sql`desc` : sql`asc`} nulls last, s.id`
    : sql`s.id`;
  return readPage(
    db,
    page,
    (limit, offset) => sql<SpecimenFhirRow>`
      select s.id, s.accession_number, s.order_id, s.patient_id, s.specimen_type, s.container,
        s.parent_id, s.state, coll.at as collected_at,
        (select min(e.at) from specimen_events e where e.specimen_id = s.id and e.kind = 'received') as received_at,
        (select e.detail from specimen_events e where e.specimen_id = s.id and e.kind = 'rejected'
          order by e.id desc limit 1) as rejection,
        array(
          select oi.orderable_code from order_items oi
          left join panels pn on pn.code = oi.orderable_code
          where oi.order_id = s.order_id
            and exists (select 1 from analyses a where a.specimen_id = s.id
              and (a.test_code = oi.orderable_code or a.test_code = any(pn.members)))
          order by oi.orderable_code
        ) as item_codes
      ${from}
      where ${where}
      order by ${order}
      limit ${limit} offset ${offset}`,
    () => sql<{ n: string }>`select count(*) as n ${from} where ${where}`,
  );
}
