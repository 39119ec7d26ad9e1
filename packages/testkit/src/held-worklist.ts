import { sql } from 'kysely';
import type { Db } from '@aliquot/storage';

export interface HeldWorklist {
  /** Held results written. */
  readonly results: number;
  readonly specimens: number;
  /** The tests each specimen holds, from the BMP panel's members. */
  readonly testCodes: readonly string[];
}

/**
 * Fills the review worklist fast: `specimens` received routine BMP specimens of as many patients, each
 * with `perSpecimen` manual numeric results held for review, written in one set-based SQL statement
 * (generate_series) — seconds for ten thousand rows where the use cases would take minutes. Values
 * fall in and around each test's first reference interval. The rows are what the use cases write, less
 * the autoverification decision (the worklist shows such a result without reasons).
 */
export async function seedHeldWorklist(
  db: Db,
  options: { readonly specimens: number; readonly perSpecimen?: number; readonly prefix?: string },
): Promise<HeldWorklist> {
  const per = options.perSpecimen ?? 4;
  const prefix = options.prefix ?? 'W';
  const panel = await db.selectFrom('panels').select('members').where('code', '=', 'BMP').executeTakeFirst();
  const testCodes = (panel?.members ?? []).slice(0, per);
  if (testCodes.length < per) throw new Error(`the BMP panel has fewer than ${per} tests`);
  await sql`
    with p as (
      insert into patients (mrn, family_name, given_name, birth_date, clinical_sex)
      select ${prefix} || lpad(i::text, 7, '0'), 'Worklist' || i, 'Held',
        date '1940-01-01' + (i * 7919) % 25000, case when i % 2 = 0 then 'female' else 'male' end
      from generate_series(1, ${options.specimens}::int) i
      returning id, mrn
    ), o as (
      insert into orders (order_number, patient_id, priority, ordered_at, ordered_by)
      select 'O' || p.mrn, p.id, 'routine', now() - interval '2 hours', 'seed' from p
      returning id, patient_id, order_number
    ), s as (
      insert into specimens (accession_number, order_id, patient_id, specimen_type, container, state)
      select 'A' || substr(o.order_number, 2), o.id, o.patient_id, 'SER/PLAS', 'LIHEP', 'received' from o
      returning id, order_id
    ), a as (
      insert into analyses (specimen_id, order_id, test_code, panel_code, status)
      select s.id, s.order_id, t.code, 'BMP', 'held'
      from s cross join unnest(${testCodes}::text[]) t(code)
      returning id, test_code
    ), v as (
      select a.id, t.unit, round((b.lo + (b.hi - b.lo) * (random() * 1.4 - 0.2))::numeric, 2)::float8 as value
      from a
      join test_definitions t on t.code = a.test_code
      cross join lateral (
        select coalesce((t.definition -> 'referenceIntervals' -> 0 ->> 'low')::float8, 0) as lo,
               coalesce((t.definition -> 'referenceIntervals' -> 0 ->> 'high')::float8, 10) as hi
      ) b
    )
    insert into results (analysis_id, version, value, numeric_value, unit, flags, status, source,
      entered_by, observed_at)
    select v.id, 1, jsonb_build_object('kind', 'numeric', 'value', v.value), v.value, v.unit, '{}', 'held',
      'manual', 'seed', now() - interval '1 hour'
    from v`.execute(db);
  return { results: options.specimens * per, specimens: options.specimens, testCodes };
}
