import { sql, type Kysely } from 'kysely';

/**
 * Quality control (shared/domain/qc.md): control materials and lots, per instrument × test × lot
 * targets, QC runs and their observations, instrument events shown on Levey–Jennings charts, the
 * maintenance and calibration schedule, holds on instrument × test with their corrective actions
 * (42 CFR 493.1282), the rule set chosen per instrument × test (sigma design), and patient-based
 * real-time QC monitors and alarms.
 *
 * Instruments are named by their code (the text stored in `results.instrument_id`); the instrument
 * registry is a separate migration, so no foreign key points at it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table qc_control_materials (
      id uuid primary key default gen_random_uuid(),
      code text not null unique,
      name text not null,
      manufacturer text,
      created_at timestamptz not null default now(),
      created_by text not null
    );

    create table qc_control_lots (
      id uuid primary key default gen_random_uuid(),
      material_id uuid not null references qc_control_materials (id),
      level text not null,
      lot_number text not null,
      expires_on date not null,
      -- The specimen ID / barcode an instrument sends for this lot's control tubes.
      specimen_id text unique,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      created_by text not null,
      unique (material_id, level, lot_number)
    );

    create table qc_targets (
      id uuid primary key default gen_random_uuid(),
      instrument_code text not null,
      test_code text not null references test_definitions (code),
      lot_id uuid not null references qc_control_lots (id),
      mean double precision not null,
      sd double precision not null check (sd > 0),
      source text not null check (source in ('manufacturer', 'established', 'cumulative')),
      established_from integer check (established_from is null or established_from > 0),
      effective_from timestamptz not null,
      effective_to timestamptz,
      created_at timestamptz not null default now(),
      created_by text not null,
      check (effective_to is null or effective_to >= effective_from)
    );
    create unique index qc_targets_current on qc_targets (instrument_code, test_code, lot_id)
      where effective_to is null;
    create index qc_targets_lookup on qc_targets (instrument_code, test_code, lot_id, effective_from desc);

    create table qc_runs (
      id uuid primary key default gen_random_uuid(),
      instrument_code text not null,
      test_code text not null references test_definitions (code),
      source text not null check (source in ('manual', 'instrument')),
      decision text not null check (decision in ('accept', 'warn', 'reject')),
      rules text[] not null,
      violations jsonb not null default '[]',
      started_at timestamptz not null,
      measured_at timestamptz not null,
      comment text,
      entered_by text not null,
      created_at timestamptz not null default now()
    );
    create index qc_runs_instrument_test on qc_runs (instrument_code, test_code, measured_at desc);

    create table qc_observations (
      id uuid primary key default gen_random_uuid(),
      run_id uuid not null references qc_runs (id),
      instrument_code text not null,
      test_code text not null references test_definitions (code),
      lot_id uuid not null references qc_control_lots (id),
      target_id uuid not null references qc_targets (id),
      level text not null,
      value double precision not null,
      unit text,
      target_mean double precision not null,
      target_sd double precision not null check (target_sd > 0),
      z double precision not null,
      status text not null check (status in ('accepted', 'rejected', 'excluded')),
      measured_at timestamptz not null,
      entered_by text,
      from_instrument text,
      specimen_id text,
      flags text[] not null default '{}',
      exclusion_reason text,
      created_at timestamptz not null default now()
    );
    create index qc_observations_history
      on qc_observations (instrument_code, test_code, level, measured_at desc);
    create index qc_observations_lot on qc_observations (lot_id, instrument_code, test_code, measured_at);
    create index qc_observations_run on qc_observations (run_id);

    create table qc_rule_settings (
      instrument_code text not null,
      test_code text not null references test_definitions (code),
      rules text[] not null,
      reset_at_lot_change boolean not null default true,
      run_window_minutes integer not null default 60 check (run_window_minutes > 0),
      choice text not null check (choice in ('sigma-accepted', 'lab-override')),
      sigma double precision,
      reasoning jsonb not null default '[]',
      inputs jsonb not null default '{}',
      override_reason text,
      decided_by text not null,
      decided_at timestamptz not null,
      primary key (instrument_code, test_code)
    );

    create table instrument_events (
      id uuid primary key default gen_random_uuid(),
      instrument_code text not null,
      -- Null: the event concerns every test on the instrument (e.g. maintenance).
      test_code text references test_definitions (code),
      kind text not null check (kind in (
        'control-lot-change', 'reagent-lot-change', 'calibrator-lot-change',
        'calibration', 'maintenance', 'comment'
      )),
      at timestamptz not null,
      description text not null,
      lot_number text,
      schedule_id uuid,
      recorded_by text not null,
      created_at timestamptz not null default now()
    );
    create index instrument_events_instrument on instrument_events (instrument_code, at);

    create table instrument_schedules (
      id uuid primary key default gen_random_uuid(),
      instrument_code text not null,
      kind text not null check (kind in ('maintenance', 'calibration')),
      test_code text references test_definitions (code),
      task text not null,
      interval_days integer not null check (interval_days > 0),
      last_done_at timestamptz,
      due_at timestamptz not null,
      active boolean not null default true,
      created_by text not null,
      created_at timestamptz not null default now()
    );
    create unique index instrument_schedules_task
      on instrument_schedules (instrument_code, kind, coalesce(test_code, ''), task);
    create index instrument_schedules_due on instrument_schedules (due_at) where active;
    alter table instrument_events
      add foreign key (schedule_id) references instrument_schedules (id);

    create table pbrtqc_monitors (
      instrument_code text not null,
      test_code text not null references test_definitions (code),
      settings jsonb not null,
      enabled boolean not null default true,
      state jsonb not null,
      last_statistic double precision,
      last_result_id uuid,
      configured_by text not null,
      configured_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (instrument_code, test_code)
    );

    create table pbrtqc_alarms (
      id uuid primary key default gen_random_uuid(),
      instrument_code text not null,
      test_code text not null references test_definitions (code),
      result_id uuid,
      side text not null check (side in ('high', 'low')),
      statistic double precision not null,
      limit_value double precision not null,
      result_number integer not null,
      raised_at timestamptz not null
    );
    create index pbrtqc_alarms_instrument_test on pbrtqc_alarms (instrument_code, test_code, raised_at);

    create table instrument_holds (
      id uuid primary key default gen_random_uuid(),
      instrument_code text not null,
      test_code text not null references test_definitions (code),
      source text not null check (source in ('qc', 'pbrtqc', 'manual')),
      reason text not null,
      held_since timestamptz not null,
      qc_run_id uuid references qc_runs (id),
      pbrtqc_alarm_id uuid references pbrtqc_alarms (id),
      -- Start of the look-back window: the last accepted QC run before the hold (null: none on record).
      look_back_from timestamptz,
      placed_by text not null,
      lifted_at timestamptz,
      lifted_by text,
      lift_kind text check (lift_kind in ('corrective-action', 'override')),
      lifting_qc_run_id uuid references qc_runs (id),
      override_reason text,
      check ((lifted_at is null) = (lifted_by is null) and (lifted_at is null) = (lift_kind is null)),
      check (lift_kind is distinct from 'override' or length(trim(override_reason)) > 0)
    );
    create unique index instrument_holds_open
      on instrument_holds (instrument_code, test_code, source) where lifted_at is null;
    create index instrument_holds_instrument_test on instrument_holds (instrument_code, test_code, held_since);

    create table qc_corrective_actions (
      id uuid primary key default gen_random_uuid(),
      hold_id uuid not null references instrument_holds (id),
      cause text not null check (length(trim(cause)) > 0),
      action text not null check (length(trim(action)) > 0),
      performed_by text not null,
      performed_at timestamptz not null,
      recorded_by text not null,
      created_at timestamptz not null default now()
    );
    create index qc_corrective_actions_hold on qc_corrective_actions (hold_id, performed_at);

    -- The look-back query: released results of one instrument since a time.
    create index results_qc_look_back on results (instrument_id, created_at)
      where instrument_id is not null;
  `.execute(db);
}
