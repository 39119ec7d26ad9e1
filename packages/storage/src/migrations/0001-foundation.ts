import { sql, type Kysely } from 'kysely';

/**
 * The lab's nouns: staff, patients, providers, locations, the test catalog, orders, specimens with
 * their event timeline, analyses, versioned results and the hash-chained audit log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table users (
      id uuid primary key default gen_random_uuid(),
      username text not null unique,
      display_name text not null,
      password_hash text not null,
      roles text[] not null,
      active boolean not null default true,
      created_at timestamptz not null default now()
    );
    create table auth_tokens (
      token_hash text primary key,
      user_id uuid not null references users (id),
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index auth_tokens_user on auth_tokens (user_id);

    create table patients (
      id uuid primary key default gen_random_uuid(),
      mrn text not null unique,
      family_name text not null,
      given_name text not null,
      birth_date date not null,
      clinical_sex text not null check (clinical_sex in ('female', 'male', 'unknown')),
      gender_identity text,
      created_at timestamptz not null default now()
    );
    create table patient_identifiers (
      patient_id uuid not null references patients (id),
      system text not null,
      value text not null,
      primary key (system, value)
    );
    create table providers (
      id uuid primary key default gen_random_uuid(),
      npi text unique,
      family_name text not null,
      given_name text not null,
      created_at timestamptz not null default now()
    );
    create table locations (
      id uuid primary key default gen_random_uuid(),
      code text not null unique,
      name text not null,
      kind text not null
    );

    create table orderables (
      code text primary key,
      kind text not null check (kind in ('test', 'panel')),
      name text not null
    );
    create table test_definitions (
      code text primary key references orderables (code),
      loinc text,
      name text not null,
      discipline text not null,
      unit text,
      definition jsonb not null,
      version integer not null default 1,
      active boolean not null default true,
      updated_at timestamptz not null default now(),
      updated_by text not null
    );
    create table test_definition_versions (
      code text not null references test_definitions (code),
      version integer not null,
      definition jsonb not null,
      changed_at timestamptz not null default now(),
      changed_by text not null,
      primary key (code, version)
    );
    create table panels (
      code text primary key references orderables (code),
      loinc text,
      name text not null,
      members text[] not null
    );

    create sequence order_number_seq;
    create table orders (
      id uuid primary key default gen_random_uuid(),
      order_number text not null unique,
      placer_order_number text,
      patient_id uuid not null references patients (id),
      ordering_provider_id uuid references providers (id),
      location_id uuid references locations (id),
      priority text not null check (priority in ('stat', 'asap', 'routine')),
      clinical_info text,
      status text not null default 'active' check (status in ('active', 'cancelled', 'complete')),
      ordered_at timestamptz not null default now(),
      ordered_by text not null
    );
    create index orders_patient on orders (patient_id, ordered_at desc);
    create table order_items (
      order_id uuid not null references orders (id),
      orderable_code text not null references orderables (code),
      primary key (order_id, orderable_code)
    );

    create sequence accession_seq;
    create table specimens (
      id uuid primary key default gen_random_uuid(),
      accession_number text not null unique,
      order_id uuid not null references orders (id),
      patient_id uuid not null references patients (id),
      specimen_type text not null,
      container text not null,
      parent_id uuid references specimens (id),
      -- Projection of specimen_events, written by the same transaction that appends the event.
      state text not null default 'ordered',
      created_at timestamptz not null default now()
    );
    create index specimens_order on specimens (order_id);
    create index specimens_parent on specimens (parent_id);
    create table specimen_events (
      id bigint generated always as identity primary key,
      specimen_id uuid not null references specimens (id),
      kind text not null,
      at timestamptz not null,
      actor text not null,
      detail jsonb not null default '{}'
    );
    create index specimen_events_specimen on specimen_events (specimen_id, id);

    create table analyses (
      id uuid primary key default gen_random_uuid(),
      specimen_id uuid not null references specimens (id),
      order_id uuid not null references orders (id),
      test_code text not null references test_definitions (code),
      panel_code text references orderables (code),
      status text not null default 'ordered'
        check (status in ('ordered', 'in-progress', 'resulted', 'held', 'released', 'cancelled')),
      created_at timestamptz not null default now(),
      unique (specimen_id, test_code)
    );
    create index analyses_status on analyses (status);

    create table results (
      id uuid primary key default gen_random_uuid(),
      analysis_id uuid not null references analyses (id),
      version integer not null,
      value jsonb not null,
      numeric_value double precision,
      unit text,
      flags text[] not null default '{}',
      status text not null
        check (status in ('pending', 'held', 'final', 'corrected', 'superseded', 'cancelled')),
      source text not null check (source in ('instrument', 'manual', 'calculated', 'interface')),
      instrument_id text,
      entered_by text not null,
      observed_at timestamptz,
      created_at timestamptz not null default now(),
      detail jsonb not null default '{}',
      unique (analysis_id, version)
    );
    create index results_analysis on results (analysis_id, version desc);

    create table audit_log (
      seq bigint primary key,
      at timestamptz not null,
      actor text not null,
      action text not null,
      entity text not null,
      entity_id text not null,
      before jsonb,
      after jsonb,
      prev_hash text not null,
      hash text not null
    );
    create index audit_log_entity on audit_log (entity, entity_id);
  `.execute(db);
}
