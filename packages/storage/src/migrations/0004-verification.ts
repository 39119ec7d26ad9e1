import { sql, type Kysely } from 'kysely';

/**
 * Autoverification rule sets and decisions, staff credentials and competency, review actions, critical-result
 * calls, reflex and rerun requests, release records, corrections and the outbound notification queue.
 * @see shared/domain/autoverification.md §3 and §5; delta-and-critical.md §5; workflow.md §7–9
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Rule sets: one JSON document per version; draft -> validated -> active -> retired.
    create table rule_sets (
      id text primary key,
      name text not null,
      created_at timestamptz not null default now(),
      created_by text not null
    );
    create table rule_set_versions (
      rule_set_id text not null references rule_sets (id),
      version integer not null check (version >= 1),
      status text not null check (status in ('draft', 'validated', 'active', 'retired')),
      rules jsonb not null,
      change_note text not null,
      drafted_by text not null,
      drafted_at timestamptz not null,
      validated_by text,
      validated_at timestamptz,
      -- The replay report (candidate vs the active version over stored results), as shown to the approver.
      validation_report jsonb,
      approved_by text,
      approved_at timestamptz,
      approval_note text,
      retired_at timestamptz,
      primary key (rule_set_id, version),
      check (status = 'draft' or (validated_by is not null and validated_at is not null)),
      check (status not in ('active', 'retired') or (approved_by is not null and approved_at is not null))
    );
    -- At most one active version in the whole lab; approval retires the previous one in the same transaction.
    create unique index rule_set_versions_one_active on rule_set_versions ((true)) where status = 'active';

    -- Why each result version was released or held: every rule evaluated, with the rule-set version.
    create table result_decisions (
      id uuid primary key default gen_random_uuid(),
      result_id uuid not null references results (id),
      rule_set_id text,
      rule_set_version integer,
      outcome text not null
        check (outcome in ('release', 'hold', 'rerun', 'dilute-and-rerun', 'cancel-and-recollect')),
      dilution_factor double precision,
      decided_by_rule text,
      reasons jsonb not null,
      evaluations jsonb not null,
      comments text[] not null default '{}',
      reflex_tests text[] not null default '{}',
      report_as jsonb,
      -- The engine's whole input, so a candidate rule set can be replayed on exactly what was judged.
      context jsonb,
      decided_at timestamptz not null,
      foreign key (rule_set_id, rule_set_version) references rule_set_versions (rule_set_id, version),
      check ((rule_set_id is null) = (rule_set_version is null))
    );
    create index result_decisions_result on result_decisions (result_id, decided_at desc);
    create index result_decisions_decided on result_decisions (decided_at desc);

    -- Who released a result version: the engine (with its rule-set version) or a person (with a reason).
    create table result_releases (
      result_id uuid primary key references results (id),
      released_at timestamptz not null,
      released_by text not null,
      by_engine boolean not null,
      rule_set_id text,
      rule_set_version integer,
      decision_id uuid references result_decisions (id),
      reason text,
      check (not by_engine or (rule_set_id is not null and rule_set_version is not null)),
      check (by_engine or reason is not null)
    );

    -- A corrected report: the new final version, the released version it replaces, and why.
    create table result_corrections (
      result_id uuid primary key references results (id),
      corrects_result_id uuid not null unique references results (id),
      reason text not null,
      corrected_by text not null,
      corrected_at timestamptz not null
    );

    -- Outbound notifications for the EHR (sent as ORU by the EHR interface, which sets sent_at).
    create table result_notifications (
      id uuid primary key default gen_random_uuid(),
      result_id uuid not null references results (id),
      kind text not null check (kind in ('new', 'correction')),
      created_at timestamptz not null,
      sent_at timestamptz
    );
    create index result_notifications_unsent on result_notifications (created_at) where sent_at is null;

    -- Comments printed with a result: appended by a rule or written by a person; retracted, never deleted.
    create table result_comments (
      id uuid primary key default gen_random_uuid(),
      result_id uuid not null references results (id),
      text text not null,
      by_engine boolean not null,
      rule_id text,
      written_by text not null,
      written_at timestamptz not null,
      retracted_by text,
      retracted_at timestamptz
    );
    create index result_comments_result on result_comments (result_id);

    -- Everything done to a result on review, by the engine or a person, with who, when and why.
    create table review_actions (
      id uuid primary key default gen_random_uuid(),
      result_id uuid references results (id),
      specimen_id uuid not null references specimens (id),
      kind text not null check (kind in ('release', 'hold', 'rerun', 'dilute', 'reflex', 'comment',
        'recollect', 'reject-specimen', 'correct', 'notify-critical', 'undo')),
      by_engine boolean not null,
      performed_by text not null,
      at timestamptz not null,
      reason text not null,
      detail jsonb not null default '{}',
      undoes uuid references review_actions (id),
      undone_by uuid references review_actions (id)
    );
    create index review_actions_result on review_actions (result_id, at);
    create index review_actions_specimen on review_actions (specimen_id, at);

    -- Reruns, dilutions, reflex tests and recollections asked for by a rule or a person.
    create table test_requests (
      id uuid primary key default gen_random_uuid(),
      specimen_id uuid not null references specimens (id),
      analysis_id uuid references analyses (id),
      test_code text not null,
      kind text not null check (kind in ('rerun', 'dilution', 'reflex', 'recollect')),
      dilution_factor double precision check (dilution_factor is null or dilution_factor > 1),
      same_instrument boolean,
      instrument_id text,
      status text not null check (status in ('pending', 'done', 'cancelled')),
      reason text not null,
      by_engine boolean not null,
      requested_by text not null,
      requested_at timestamptz not null,
      source_result_id uuid references results (id),
      fulfilled_by_result_id uuid references results (id),
      fulfilled_at timestamptz,
      cancelled_by text,
      cancelled_at timestamptz,
      cancel_reason text,
      check (kind <> 'dilution' or dilution_factor is not null)
    );
    create index test_requests_pending on test_requests (specimen_id, test_code) where status = 'pending';
    create index test_requests_analysis on test_requests (analysis_id);

    -- Staff credentials. An empty disciplines array means the credential covers every discipline.
    create table staff_certifications (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id),
      body text not null check (body in ('ASCP', 'AMT')),
      credential text not null check (credential in ('MLS', 'MLT', 'MT', 'categorical', 'SBB', 'PBT', 'RPT')),
      categories text[] not null default '{}',
      disciplines text[] not null default '{}',
      number text,
      issued_on date,
      expires_on date,
      recorded_by text not null,
      recorded_at timestamptz not null
    );
    create index staff_certifications_user on staff_certifications (user_id);
    create table staff_licences (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id),
      state text not null check (state ~ '^[A-Z]{2}$'),
      licence_type text not null,
      number text not null,
      disciplines text[] not null default '{}',
      issued_on date,
      expires_on date not null,
      recorded_by text not null,
      recorded_at timestamptz not null
    );
    create index staff_licences_user on staff_licences (user_id);
    create table competency_assessments (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id),
      discipline text not null,
      assessed_on date not null,
      assessor text not null,
      elements jsonb not null,
      passed boolean not null,
      first_year boolean not null,
      next_due_on date not null,
      note text,
      recorded_by text not null,
      recorded_at timestamptz not null
    );
    create index competency_assessments_user on competency_assessments (user_id, discipline, assessed_on desc);

    -- Critical-result calls, with a clock from detection and a place on the escalation ladder.
    create table critical_calls (
      id uuid primary key default gen_random_uuid(),
      result_id uuid not null references results (id),
      patient_id uuid not null references patients (id),
      specimen_id uuid not null references specimens (id),
      test_code text not null,
      -- The result value as reported (numeric or, for a qualitative critical, coded or text).
      value jsonb not null,
      unit text,
      -- The limit crossed, when the rule that fired tested critical limits.
      direction text check (direction in ('low', 'high')),
      limit_value double precision,
      limit_source text,
      -- The sentence of the rule that asked for the call.
      reason text not null,
      detected_at timestamptz not null,
      status text not null check (status in ('open', 'completed', 'grouped')),
      escalation_level integer not null default 0,
      escalated_at timestamptz,
      notified_person text,
      notified_role text,
      read_back_confirmed boolean not null default false,
      completed_by text,
      completed_at timestamptz,
      -- A repeat for the same patient and analyte within the grouping window joins the lead call.
      group_lead_id uuid references critical_calls (id),
      check ((status = 'grouped') = (group_lead_id is not null)),
      check (status <> 'completed' or (completed_at is not null and read_back_confirmed))
    );
    create index critical_calls_open on critical_calls (detected_at) where status = 'open';
    create index critical_calls_patient on critical_calls (patient_id, test_code, detected_at desc);
    create table critical_call_attempts (
      id uuid primary key default gen_random_uuid(),
      call_id uuid not null references critical_calls (id),
      at timestamptz not null,
      reached text not null,
      role text,
      channel text not null,
      outcome text not null,
      by_user text not null
    );
    create index critical_call_attempts_call on critical_call_attempts (call_id, at);

    -- The lab's verification policy: four-eyes, licence state, escalation ladder, grouping window.
    create table verification_settings (
      id boolean primary key default true check (id),
      settings jsonb not null,
      updated_by text not null,
      updated_at timestamptz not null
    );

    -- History lookups for delta checks: a patient's earlier specimens.
    create index if not exists specimens_patient on specimens (patient_id, created_at desc);
  `.execute(db);
}
