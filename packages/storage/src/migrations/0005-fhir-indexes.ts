import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the FHIR API's searches, which read the lab's own tables (there is no second store):
 * a patient's specimens (Observation?patient=, Specimen?patient=; 0004 may have made it already), an order's analyses per orderable
 * (ServiceRequest and DiagnosticReport members), analyses by test (Observation?code= across patients),
 * collection times (Observation?date=, the effective time of every observation), and results by
 * instrument (Observation?device=, Device).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index if not exists specimens_patient on specimens (patient_id);
    create index if not exists analyses_order on analyses (order_id, test_code);
    create index if not exists analyses_test on analyses (test_code);
    create index if not exists specimen_events_collected on specimen_events (specimen_id, at) where kind = 'collected';
    create index if not exists specimen_events_collected_at on specimen_events (at) where kind = 'collected';
    create index if not exists results_instrument on results (instrument_id) where instrument_id is not null;
  `.execute(db);
}
