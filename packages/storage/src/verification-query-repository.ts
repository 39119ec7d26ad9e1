import { sql } from 'kysely';
import type { Executor } from './database.js';

/**
 * The reads autoverification and review make across tables: a patient's earlier released results of
 * tests (for delta checks), the current results of a specimen, and the review queue's pages.
 */

/** When a specimen was collected: its first 'collected' event. */
const collectedAt = sql<Date | null>`(select e.at from specimen_events e
  where e.specimen_id = specimens.id and e.kind = 'collected' order by e.id limit 1)`;

/**
 * A patient's released numeric results of some tests on other specimens, newest first within each
 * test (at most `limit` per test), each with its specimen's collection time (or when it was measured
 * or stored): the history the delta checks of a specimen's results need, in one statement.
 */
export async function priorReleasedResults(
  db: Executor,
  query: { patientId: string; testCodes: readonly string[]; excludeSpecimenId: string; limit: number },
) {
  if (query.testCodes.length === 0) return [];
  const at = sql<Date>`coalesce(${collectedAt}, results.observed_at, results.created_at)`;
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('results')
        .innerJoin('analyses', 'analyses.id', 'results.analysis_id')
        .innerJoin('specimens', 'specimens.id', 'analyses.specimen_id')
        .select([
          'results.id',
          'results.numeric_value',
          'results.detail',
          'analyses.test_code',
          'specimens.specimen_type',
          at.as('at'),
          sql<number>`row_number() over (partition by analyses.test_code order by ${at} desc)`.as('newest'),
        ])
        .where('specimens.patient_id', '=', query.patientId)
        .where('analyses.test_code', 'in', [...query.testCodes])
        .where('specimens.id', '<>', query.excludeSpecimenId)
        .where('results.status', '=', 'final')
        .where('results.numeric_value', 'is not', null)
        .as('prior'),
    )
    .select(['id', 'numeric_value', 'detail', 'test_code', 'specimen_type', 'at'])
    .where('newest', '<=', query.limit)
    .orderBy('test_code')
    .orderBy('newest')
    .execute();
}

/** The latest version of every analysis of a specimen (whatever its status). */
export async function latestResultsOfSpecimen(db: Executor, specimenId: string) {
  return db
    .selectFrom('results')
    .innerJoin('analyses', 'analyses.id', 'results.analysis_id')
    .distinctOn('results.analysis_id')
    .select([
      'results.analysis_id',
      'analyses.test_code',
      'results.value',
      'results.unit',
      'results.status',
      'results.detail',
    ])
    .where('analyses.specimen_id', '=', specimenId)
    .orderBy('results.analysis_id')
    .orderBy('results.version', 'desc')
    .execute();
}

/**
 * The held results of a specimen whose latest decision holds the whole specimen (a rule with a
 * specimen-wide hold fired), with the rules that did: what keeps later results of the tube waiting.
 */
export async function specimenHoldCauses(db: Executor, specimenId: string) {
  return db
    .selectFrom('results')
    .innerJoin('analyses', 'analyses.id', 'results.analysis_id')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('result_decisions')
          .select('result_decisions.reasons')
          .whereRef('result_decisions.result_id', '=', 'results.id')
          .orderBy('result_decisions.decided_at', 'desc')
          .limit(1)
          .as('latest'),
      (join) => join.onTrue(),
    )
    .select([
      'analyses.test_code',
      sql<{ ruleName: string }[]>`(select coalesce(jsonb_agg(r), '[]'::jsonb)
      from jsonb_array_elements(latest.reasons) r where r @> '{"holdsSpecimen": true}')`.as('causes'),
    ])
    .where('analyses.specimen_id', '=', specimenId)
    .where('results.status', '=', 'held')
    .where(sql<boolean>`latest.reasons @> '[{"holdsSpecimen": true}]'`)
    .execute();
}

function heldResults(db: Executor, discipline: string | undefined) {
  let query = db
    .selectFrom('results')
    .innerJoin('analyses', 'analyses.id', 'results.analysis_id')
    .innerJoin('test_definitions', 'test_definitions.code', 'analyses.test_code')
    .innerJoin('specimens', 'specimens.id', 'analyses.specimen_id')
    .where('results.status', '=', 'held');
  if (discipline !== undefined) query = query.where('test_definitions.discipline', '=', discipline);
  return query;
}

/**
 * One page of specimens with held results: STAT first, then ASAP, then routine; oldest first within,
 * then by id, so that consecutive pages are a stable split of one order.
 */
export async function heldSpecimenPage(
  db: Executor,
  page: { limit: number; offset: number; discipline?: string },
): Promise<{ ids: string[]; total: number }> {
  const [rows, count] = await Promise.all([
    heldResults(db, page.discipline)
      .innerJoin('orders', 'orders.id', 'specimens.order_id')
      .select([
        'specimens.id',
        sql<number>`min(case orders.priority when 'stat' then 0 when 'asap' then 1 else 2 end)`.as('rank'),
        sql<Date>`min(results.created_at)`.as('oldest'),
      ])
      .groupBy('specimens.id')
      .orderBy('rank')
      .orderBy('oldest')
      // A tie-breaker, so pages never overlap or skip when results were stored in the same instant.
      .orderBy('specimens.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    heldResults(db, page.discipline)
      .select((eb) => eb.fn.count<string>('specimens.id').distinct().as('n'))
      .executeTakeFirst(),
  ]);
  return { ids: rows.map((row) => row.id), total: Number(count?.n ?? 0) };
}

/** The held results of some specimens, with their test, specimen, order priority and patient. */
export async function heldResultsOfSpecimens(
  db: Executor,
  specimenIds: readonly string[],
  discipline?: string,
) {
  if (specimenIds.length === 0) return [];
  return heldResults(db, discipline)
    .innerJoin('orders', 'orders.id', 'specimens.order_id')
    .innerJoin('patients', 'patients.id', 'specimens.patient_id')
    .selectAll('results')
    .select([
      'analyses.test_code',
      'analyses.specimen_id',
      'test_definitions.name as test_name',
      'test_definitions.discipline',
      'specimens.accession_number',
      'specimens.specimen_type',
      'orders.priority',
      'patients.id as patient_id',
      'patients.mrn',
      'patients.family_name',
      'patients.given_name',
      'patients.birth_date',
      'patients.clinical_sex',
      collectedAt.as('collected_at'),
    ])
    .where('specimens.id', 'in', [...specimenIds])
    .orderBy('analyses.test_code')
    .execute();
}

/** Serialises the seeding of the starter rule set across Aliquot nodes starting together. */
export async function lockRuleSetSeeding(db: Executor): Promise<void> {
  await sql`select pg_advisory_xact_lock(${0x41_4c_52_53})`.execute(db); // "ALRS"
}
