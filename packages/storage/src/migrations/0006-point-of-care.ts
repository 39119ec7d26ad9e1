import { sql, type Kysely } from 'kysely';

/**
 * Point-of-care testing: the devices the lab is accountable for, their operators and certifications,
 * every result a device sent (taken or refused), and the POCT coordinator's notifications.
 *
 * - `poct_devices`: a meter, blood-gas or coagulation device on a ward (`kind` professional), or a
 *   patient's own wearable or home device (`kind` patient, with `patient_id`). `device_type` is what
 *   operators are certified for; `data_manager` is the HL7 sending application (MSH-3) of the data
 *   manager that reports its results (POCT1-A ORI); `tests` maps the codes it sends to catalog tests.
 *   QC: `qc_status` from the last check, and `qc_interval_hours` after which QC is overdue.
 * - `poct_operators` and `poct_certifications`: certified per device type, from a date to an expiry,
 *   revoked with a reason; an operator without a current one is locked out.
 * - `poct_results`: one row per reading received, `accepted` (with the lab result version it became,
 *   unless patient-generated) or `refused` with the reason.
 * - `poct_notifications`: what the coordinator must know: lock-outs, discordant results.
 * @see shared/domain/workflow.md §10 (POCT)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table poct_devices (
      code text primary key check (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'),
      device_type text not null,
      kind text not null check (kind in ('professional', 'patient')),
      model text not null,
      serial_number text not null unique,
      location text not null,
      patient_id uuid references patients (id),
      data_manager text,
      tests jsonb not null default '[]',
      qc_status text not null default 'pass' check (qc_status in ('pass', 'fail')),
      qc_checked_at timestamptz,
      qc_interval_hours integer check (qc_interval_hours is null or qc_interval_hours > 0),
      active boolean not null default true,
      updated_by text not null,
      updated_at timestamptz not null,
      check (kind = 'professional' or patient_id is not null)
    );
    create index poct_devices_data_manager on poct_devices (data_manager) where data_manager is not null;

    create table poct_operators (
      id text primary key check (id ~ '^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$'),
      name text not null,
      active boolean not null default true,
      updated_by text not null,
      updated_at timestamptz not null
    );
    create table poct_certifications (
      id uuid primary key default gen_random_uuid(),
      operator_id text not null references poct_operators (id),
      device_type text not null,
      certified_on date not null,
      expires_on date not null check (expires_on >= certified_on),
      revoked_at timestamptz,
      revoked_by text,
      revoke_reason text,
      recorded_by text not null,
      recorded_at timestamptz not null
    );
    create index poct_certifications_operator on poct_certifications (operator_id, device_type);

    create table poct_results (
      id uuid primary key default gen_random_uuid(),
      device_code text references poct_devices (code),
      device_sent text not null,
      operator_id text,
      patient_id uuid references patients (id),
      test_code text references test_definitions (code),
      code_sent text not null,
      value jsonb,
      numeric_value double precision,
      unit text,
      observed_at timestamptz not null,
      patient_generated boolean not null,
      channel text not null check (channel in ('fhir', 'hl7')),
      journal_id bigint references message_journal (id),
      outcome text not null check (outcome in ('accepted', 'refused')),
      refusal text,
      result_id uuid references results (id),
      received_at timestamptz not null,
      received_by text not null,
      check (outcome = 'accepted' or refusal is not null)
    );
    create index poct_results_patient on poct_results (patient_id, test_code, observed_at)
      where outcome = 'accepted';
    create index poct_results_device on poct_results (device_code, received_at desc);

    create table poct_notifications (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('operator-locked-out', 'device-locked-out', 'discordant', 'unknown-source')),
      device_code text,
      operator_id text,
      poct_result_id uuid references poct_results (id),
      message text not null,
      detail jsonb not null default '{}',
      created_at timestamptz not null,
      acknowledged_by text,
      acknowledged_at timestamptz
    );
    create index poct_notifications_open on poct_notifications (created_at) where acknowledged_at is null;
  `.execute(db);
}
