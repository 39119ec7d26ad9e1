import { sql, type RawBuilder } from 'kysely';
import type { Executor } from './database.js';
import { allOf, inAnyRange, readPage, type Page, type PageRequest, type TimeRange } from './fhir-sql.js';

/**
 * Patients and instruments as FHIR reads and searches them.
 * @see https://hl7.org/fhir/R4/patient.html
 * @see https://hl7.org/fhir/R4/device.html
 */

export type PatientCondition =
  | { readonly kind: 'id'; readonly ids: readonly string[] }
  /**
   * Identifiers: the MRN (in `mrnSystem`) or another authority's; a value without a system matches
   * either.
   */
  | {
      readonly kind: 'identifier';
      readonly mrnSystem: string;
      readonly identifiers: readonly { system?: string; value: string }[];
    }
  /** Name starts: the family name, a given name, or either; `exact` compares whole names. */
  | {
      readonly kind: 'name';
      readonly part: 'family' | 'given' | 'any';
      readonly values: readonly string[];
      readonly exact: boolean;
    }
  | { readonly kind: 'birthdate'; readonly ranges: readonly TimeRange[] }
  | { readonly kind: 'sex'; readonly values: readonly string[] };

export interface PatientFhirRow {
  readonly id: string;
  readonly mrn: string;
  readonly family_name: string;
  readonly given_name: string;
  readonly birth_date: string;
  readonly clinical_sex: string;
  readonly gender_identity: string | null;
  readonly identifiers: { system: string; value: string }[];
}

const escapeLike = (value: string): string => value.replace(/[%_\\]/g, '\\$&');

function nameMatches(
  column: RawBuilder<unknown>,
  values: readonly string[],
  exact: boolean,
): RawBuilder<unknown> {
  const patterns = values.map((v) => (exact ? v : `${escapeLike(v)}%`));
  return exact ? sql`${column} = any(${patterns}::text[])` : sql`${column} ilike any(${patterns}::text[])`;
}

function condition(c: PatientCondition): RawBuilder<unknown> {
  switch (c.kind) {
    case 'id':
      return sql`p.id = any(${c.ids}::uuid[])`;
    case 'identifier':
      if (c.identifiers.length === 0) return sql`false`;
      return sql`(${sql.join(
        c.identifiers.map((i) => {
          const other = sql`exists (select 1 from patient_identifiers i where i.patient_id = p.id
            and i.value = ${i.value} ${i.system === undefined ? sql`` : sql`and i.system = ${i.system}`})`;
          if (i.system === undefined) return sql`(p.mrn = ${i.value} or ${other})`;
          return i.system === c.mrnSystem ? sql`p.mrn = ${i.value}` : other;
        }),
        sql` or `,
      )})`;
    case 'name': {
      const family = nameMatches(sql`p.family_name`, c.values, c.exact);
      // Each word of the given names is a given name.
      const given = sql`exists (select 1 from unnest(string_to_array(p.given_name, ' ')) g(name)
        where ${nameMatches(sql`g.name`, c.values, c.exact)})`;
      return c.part === 'family' ? family : c.part === 'given' ? given : sql`(${family} or ${given})`;
    }
    case 'birthdate':
      return inAnyRange(sql`p.birth_date::timestamp at time zone 'UTC'`, c.ranges);
    case 'sex':
      return sql`p.clinical_sex = any(${c.values}::text[])`;
    default:
      return c satisfies never;
  }
}

export async function searchPatientRows(
  db: Executor,
  conditions: readonly PatientCondition[],
  page: PageRequest,
): Promise<Page<PatientFhirRow>> {
  const where = allOf(conditions.map(condition));
  const order = page.sort
    ? sql`p.birth_date ${page.sort.descending ? sql`desc` : sql`asc`}, p.id`
    : sql`p.id`;
  return readPage(
    db,
    page,
    (limit, offset) => sql<PatientFhirRow>`
      select p.id, p.mrn, p.family_name, p.given_name, p.birth_date::text as birth_date, p.clinical_sex,
        p.gender_identity,
        coalesce((select jsonb_agg(jsonb_build_object('system', i.system, 'value', i.value) order by i.system, i.value)
          from patient_identifiers i where i.patient_id = p.id), '[]') as identifiers
      from patients p
      where ${where}
      order by ${order}
      limit ${limit} offset ${offset}`,
    () => sql<{ n: string }>`select count(*) as n from patients p where ${where}`,
  );
}

export interface DeviceFhirRow {
  readonly code: string;
  readonly name: string | null;
  readonly active: boolean | null;
}

/**
 * Instruments: the registry's, and any instrument id results carry that the registry does not know
 * (an instrument since removed, or results entered with an id by hand).
 */
export async function searchDeviceRows(
  db: Executor,
  codes: readonly string[] | undefined,
  page: PageRequest,
): Promise<Page<DeviceFhirRow>> {
  const known = sql`select i.code, i.name, i.active from instruments i`;
  const seen = sql`select distinct r.instrument_id as code, null::text as name, null::boolean as active
    from results r where r.instrument_id is not null
      and not exists (select 1 from instruments i where i.code = r.instrument_id)`;
  const filter = codes ? sql`where d.code = any(${codes}::text[])` : sql``;
  const devices = codes
    ? sql`(${known} where i.code = any(${codes}::text[])
        union all ${seen} and r.instrument_id = any(${codes}::text[])) d`
    : sql`(${known} union all ${seen}) d`;
  return readPage(
    db,
    page,
    (limit, offset) =>
      sql<DeviceFhirRow>`select d.* from ${devices} ${filter} order by d.code limit ${limit} offset ${offset}`,
    () => sql<{ n: string }>`select count(*) as n from ${devices} ${filter}`,
  );
}
