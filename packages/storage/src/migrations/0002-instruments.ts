import { sql, type Kysely } from 'kysely';

/**
 * Instrument registry, the store-and-forward message journal and the unmapped-code queue.
 *
 * - `instruments`: one row per analyzer link. `transport` is our side of the TCP connection:
 *   `tcp-server` listens (on `port`, or on the shared ASTM/MLLP ports when `port` is null),
 *   `tcp-client` connects out to `host:port`. `sender_ids` name the instrument as it names itself
 *   (ASTM H-5.1, HL7 MSH-3.1), so a message on a shared port finds its instrument.
 * - `instrument_test_codes`: instrument test code ↔ catalog test, the unit the instrument sends and an
 *   optional factor to the catalog unit; `runs` says whether the instrument performs the test (host
 *   query and worklists offer only those).
 * - `message_journal`: every message in or out, with its raw bytes, written before the message is
 *   acknowledged. `dedupe_key` (connection + control ID + content hash) is unique: a message resent
 *   after a lost acknowledgment finds its first row instead of making a second one.
 * - `unmapped_codes`: codes we could not map (a test code, an unknown sender, a control specimen),
 *   with the journal entries waiting on each.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table instruments (
      code text primary key check (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'),
      name text not null,
      protocol text not null check (protocol in ('astm', 'hl7')),
      transport text not null check (transport in ('tcp-server', 'tcp-client')),
      host text,
      port integer check (port between 0 and 65535),
      charset text not null default 'latin1' check (charset in ('latin1', 'utf-8', 'windows-1252')),
      sender_ids text[] not null default '{}',
      qc_patterns text[] not null default '{}',
      contention_priority text not null default 'instrument'
        check (contention_priority in ('instrument', 'computer')),
      query_timeout_ms integer not null default 10000 check (query_timeout_ms > 0),
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      updated_by text not null,
      check (transport = 'tcp-server' or (host is not null and port is not null))
    );
    create table instrument_test_codes (
      instrument_code text not null references instruments (code) on delete cascade,
      instrument_test_code text not null,
      test_code text not null references test_definitions (code),
      instrument_unit text,
      factor double precision check (factor is null or factor > 0),
      runs boolean not null default true,
      primary key (instrument_code, instrument_test_code)
    );
    create index instrument_test_codes_test on instrument_test_codes (test_code, instrument_code);

    create table message_journal (
      id bigint generated always as identity primary key,
      direction text not null check (direction in ('in', 'out')),
      connection text not null,
      instrument_code text,
      protocol text not null check (protocol in ('astm', 'hl7')),
      message_type text not null default '',
      raw bytea not null,
      frames bytea,
      received_at timestamptz,
      sent_at timestamptz,
      control_id text not null default '',
      sender text not null default '',
      state text not null check (
        state in ('accepted', 'processed', 'unmapped', 'failed', 'queued', 'sent', 'acknowledged')
      ),
      error text,
      warnings text[] not null default '{}',
      attempts integer not null default 0,
      next_attempt_at timestamptz,
      dedupe_key text,
      reply_to bigint references message_journal (id),
      result_count integer not null default 0,
      processed_at timestamptz,
      created_at timestamptz not null default now()
    );
    create unique index message_journal_dedupe on message_journal (dedupe_key);
    create index message_journal_connection on message_journal (connection, id desc);
    create index message_journal_state on message_journal (state, id desc);
    create index message_journal_control on message_journal (control_id, instrument_code)
      where direction = 'in' and control_id <> '';
    create index message_journal_outbound_due on message_journal (next_attempt_at)
      where direction = 'out' and state = 'queued';

    create table unmapped_codes (
      instrument text not null,
      kind text not null check (kind in ('test', 'sender', 'control')),
      code text not null,
      first_seen timestamptz not null,
      last_seen timestamptz not null,
      count integer not null default 1,
      journal_ids bigint[] not null default '{}',
      primary key (instrument, kind, code)
    );
  `.execute(db);
}
