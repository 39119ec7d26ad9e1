// Bulk-loads a lab for the FHIR search benchmark with set-based SQL (generate_series): patients,
// orders of four panels, specimens with their event timelines, analyses, results with releases,
// holds (2 %) and corrections (1 in 500). Every row is what the use cases would write.
import { sql } from 'kysely';

/** Loads the lab in a handful of set-based statements; every row is what the use cases would write. */
export async function loadLab(db, observations) {
  // Orders rotate through four panels: BMP 8 tests, CBC 9, HFP 7, LIPID 4, so 7 observations per order.
  const ORDERS = Math.round(observations / 7);
  const PATIENTS = Math.max(1, Math.round(ORDERS / 6));
  console.log(
    `loading ${observations.toLocaleString()} observations (${ORDERS.toLocaleString()} orders, ${PATIENTS.toLocaleString()} patients)`,
  );
  const step = async (label, query) => {
    const t = performance.now();
    await query.execute(db);
    console.log(`  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  await sql`select setseed(0.42)`.execute(db);
  await step(
    'patients',
    sql`
    insert into patients (mrn, family_name, given_name, birth_date, clinical_sex)
    select 'B' || lpad(i::text, 7, '0'), 'Family' || i, 'Given',
      date '1940-01-01' + (random() * 25000)::int, case when i % 2 = 0 then 'female' else 'male' end
    from generate_series(1, ${sql.lit(PATIENTS)}) i`,
  );
  await step(
    'orders and order items',
    sql`
    create table bench_orders as
    select gen_random_uuid() as id, gen_random_uuid() as specimen_id, o, p.id as patient_id,
      (array['BMP', 'CBC', 'HFP', 'LIPID'])[1 + o % 4] as panel,
      timestamptz '2024-01-01 00:00Z' + random() * interval '730 days' as at
    from generate_series(1, ${sql.lit(ORDERS)}) o
    join (select id, row_number() over (order by mrn) as n from patients) p on p.n = 1 + o % ${sql.lit(PATIENTS)};
    insert into orders (id, order_number, patient_id, priority, ordered_at, ordered_by)
    select id, 'B' || lpad(o::text, 9, '0'), patient_id, 'routine', at - interval '20 minutes', 'bench'
    from bench_orders;
    insert into order_items (order_id, orderable_code) select id, panel from bench_orders`,
  );
  await step(
    'specimens and their timelines',
    sql`
    insert into specimens (id, accession_number, order_id, patient_id, specimen_type, container, state)
    select specimen_id, 'BA' || lpad(o::text, 9, '0'), id, patient_id,
      case when panel = 'CBC' then 'WB-EDTA' else 'SER/PLAS' end,
      case when panel = 'CBC' then 'EDTA' else 'LIHEP' end, 'released'
    from bench_orders;
    insert into specimen_events (specimen_id, kind, at, actor)
    select b.specimen_id, k.kind, b.at + k.offset_minutes * interval '1 minute', 'bench'
    from bench_orders b
    cross join (values ('ordered', -20), ('collected', 0), ('received', 15), ('released', 60)) k(kind, offset_minutes)`,
  );
  await step(
    'analyses',
    sql`
    create table bench_analyses as
    select gen_random_uuid() as id, b.id as order_id, b.specimen_id, b.at, m.code as test_code, b.panel,
      (random() * 1000)::int as r
    from bench_orders b join panels p on p.code = b.panel cross join unnest(p.members) m(code);
    insert into analyses (id, specimen_id, order_id, test_code, panel_code, status)
    select id, specimen_id, order_id, test_code, panel, case when r < 20 then 'held' else 'released' end
    from bench_analyses`,
  );
  await step(
    'results and releases',
    sql`
    insert into results (id, analysis_id, version, value, numeric_value, unit, flags, status, source,
      instrument_id, entered_by, observed_at, created_at)
    select gen_random_uuid(), a.id, 1, jsonb_build_object('kind', 'numeric', 'value', v.value), v.value,
      t.unit, case when v.value > v.hi then '{H}'::text[] when v.value < v.lo then '{L}'::text[] else '{}' end,
      case when a.r < 20 then 'held' else 'final' end, 'instrument',
      case when a.panel = 'CBC' then 'sysmex-xn-1' else 'cobas-c503-1' end, 'bench',
      a.at + interval '40 minutes', a.at + interval '40 minutes'
    from bench_analyses a
    join test_definitions t on t.code = a.test_code
    cross join lateral (
      select lo, hi, round((lo + (hi - lo) * (random() * 1.4 - 0.2))::numeric, 2)::float8 as value
      from (select coalesce((t.definition -> 'referenceIntervals' -> 0 ->> 'low')::float8, 0) as lo,
                   coalesce((t.definition -> 'referenceIntervals' -> 0 ->> 'high')::float8,
                            coalesce((t.definition -> 'referenceIntervals' -> 0 ->> 'low')::float8, 0) * 2 + 1) as hi) b
    ) v;
    insert into result_releases (result_id, released_at, released_by, by_engine, reason)
    select r.id, r.created_at + interval '20 minutes', 'bench', false, 'bench'
    from results r where r.status = 'final'`,
  );
  await step(
    'corrections (1 in 500)',
    sql`
    create table bench_corrected as
    select r.* from results r join bench_analyses a on a.id = r.analysis_id where a.r = 500;
    insert into results (id, analysis_id, version, value, numeric_value, unit, flags, status, source,
      instrument_id, entered_by, observed_at, created_at)
    select gen_random_uuid(), analysis_id, 2, jsonb_build_object('kind', 'numeric', 'value', numeric_value * 0.9),
      numeric_value * 0.9, unit, '{}', 'final', 'manual', instrument_id, 'bench', observed_at,
      created_at + interval '2 hours'
    from bench_corrected;
    update results set status = 'corrected' where id in (select id from bench_corrected);
    insert into result_corrections (result_id, corrects_result_id, reason, corrected_by, corrected_at)
    select n.id, c.id, 'bench correction', 'bench', n.created_at
    from bench_corrected c join results n on n.analysis_id = c.analysis_id and n.version = 2;
    insert into result_releases (result_id, released_at, released_by, by_engine, reason)
    select n.id, n.created_at, 'bench', false, 'correction'
    from bench_corrected c join results n on n.analysis_id = c.analysis_id and n.version = 2`,
  );
  await step('vacuum analyze', sql`vacuum analyze`);
  const { rows } =
    await sql`select count(*)::int as n from analyses a where exists (select 1 from results r where r.analysis_id = a.id)`.execute(
      db,
    );
  return rows[0].n;
}
