import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from './database.js';
import type {
  NewPoctResult,
  PoctCertificationRow,
  PoctCertificationsTable,
  PoctDeviceRow,
  PoctDevicesTable,
  PoctDeviceTest,
  PoctNotificationKind,
  PoctNotificationRow,
  PoctOperatorRow,
  PoctResultRow,
} from './schema.js';

/* Devices */

/** Creates a device or replaces what was registered of it (its QC state is kept). */
export async function savePoctDevice(
  db: Executor,
  device: Insertable<PoctDevicesTable>,
): Promise<PoctDeviceRow> {
  // A JSON array must be sent as JSON text: the driver would write a JavaScript array as a SQL array.
  const tests = sql<PoctDeviceTest[]>`${JSON.stringify(device.tests)}::jsonb`;
  const row = { ...device, tests };
  const changes = { ...row, code: undefined };
  return db
    .insertInto('poct_devices')
    .values(row)
    .onConflict((oc) => oc.column('code').doUpdateSet(changes))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findPoctDevice(db: Executor, code: string, lock = false) {
  let query = db.selectFrom('poct_devices').selectAll().where('code', '=', code);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findPoctDeviceBySerial(db: Executor, serialNumber: string) {
  return db
    .selectFrom('poct_devices')
    .selectAll()
    .where('serial_number', '=', serialNumber)
    .executeTakeFirst();
}

export async function listPoctDevices(db: Executor): Promise<PoctDeviceRow[]> {
  return db.selectFrom('poct_devices').selectAll().orderBy('code').execute();
}

/** Whether some active device reports through the data manager that names itself so (HL7 MSH-3). */
export async function isPoctDataManager(db: Executor, sender: string): Promise<boolean> {
  if (sender === '') return false;
  const row = await db
    .selectFrom('poct_devices')
    .select('code')
    .where('data_manager', '=', sender)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function updatePoctDevice(db: Executor, code: string, patch: Updateable<PoctDevicesTable>) {
  return db
    .updateTable('poct_devices')
    .set(patch)
    .where('code', '=', code)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/* Operators and certifications */

export async function savePoctOperator(
  db: Executor,
  operator: { id: string; name: string; active: boolean; updated_by: string; updated_at: Date },
): Promise<PoctOperatorRow> {
  return db
    .insertInto('poct_operators')
    .values(operator)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        name: operator.name,
        active: operator.active,
        updated_by: operator.updated_by,
        updated_at: operator.updated_at,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findPoctOperator(db: Executor, id: string) {
  return db.selectFrom('poct_operators').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listPoctOperators(db: Executor): Promise<PoctOperatorRow[]> {
  return db.selectFrom('poct_operators').selectAll().orderBy('id').execute();
}

export async function insertPoctCertification(
  db: Executor,
  row: Insertable<PoctCertificationsTable>,
): Promise<PoctCertificationRow> {
  return db.insertInto('poct_certifications').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function revokePoctCertification(
  db: Executor,
  id: string,
  by: string,
  at: Date,
  reason: string,
): Promise<PoctCertificationRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return db
    .updateTable('poct_certifications')
    .set({ revoked_at: at, revoked_by: by, revoke_reason: reason })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export async function certificationsOfOperators(
  db: Executor,
  operatorIds: readonly string[],
): Promise<PoctCertificationRow[]> {
  if (operatorIds.length === 0) return [];
  return db
    .selectFrom('poct_certifications')
    .selectAll()
    .where('operator_id', 'in', [...operatorIds])
    .orderBy('operator_id')
    .orderBy('expires_on', 'desc')
    .execute();
}

/* Results received */

export async function insertPoctResult(db: Executor, row: NewPoctResult): Promise<PoctResultRow> {
  return db.insertInto('poct_results').values(row).returningAll().executeTakeFirstOrThrow();
}

export interface PoctResultFilter {
  readonly deviceCode?: string;
  readonly patientId?: string;
  readonly outcome?: 'accepted' | 'refused';
  readonly limit: number;
  readonly offset: number;
}

export async function listPoctResults(db: Executor, filter: PoctResultFilter) {
  let query = db.selectFrom('poct_results');
  if (filter.deviceCode !== undefined) query = query.where('device_code', '=', filter.deviceCode);
  if (filter.patientId !== undefined) query = query.where('patient_id', '=', filter.patientId);
  if (filter.outcome !== undefined) query = query.where('outcome', '=', filter.outcome);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('received_at', 'desc')
      .orderBy('id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/* The coordinator's notifications */

export async function insertPoctNotification(
  db: Executor,
  row: {
    kind: PoctNotificationKind;
    device_code: string | null;
    operator_id: string | null;
    poct_result_id: string | null;
    message: string;
    detail: Record<string, unknown>;
    created_at: Date;
  },
): Promise<PoctNotificationRow> {
  return db
    .insertInto('poct_notifications')
    .values({ ...row, acknowledged_by: null, acknowledged_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listPoctNotifications(
  db: Executor,
  filter: { readonly openOnly: boolean; readonly limit: number; readonly offset: number },
) {
  let query = db.selectFrom('poct_notifications');
  if (filter.openOnly) query = query.where('acknowledged_at', 'is', null);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function acknowledgePoctNotification(db: Executor, id: string, by: string, at: Date) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return db
    .updateTable('poct_notifications')
    .set({ acknowledged_by: by, acknowledged_at: at })
    .where('id', '=', id)
    .where('acknowledged_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

/* Concordance: point-of-care readings beside the central lab's results */

/** A point-of-care reading and a released central-lab result of the same patient and test, near in time. */
export interface ConcordancePairRow {
  readonly poct_result_id: string;
  readonly device_code: string | null;
  readonly patient_id: string;
  readonly test_code: string;
  readonly poct_value: number;
  readonly poct_at: Date;
  readonly patient_generated: boolean;
  readonly lab_result_id: string;
  readonly lab_value: number;
  readonly lab_at: Date;
  readonly accession_number: string;
  readonly definition: unknown;
}

/**
 * Pairs accepted numeric point-of-care readings with the released (final) numeric central-lab results
 * of the same patient and test whose collection (or observation) time is within `windowMinutes`. A
 * lab result that is itself a point-of-care reading is not central. Narrowed to one reading, or to
 * readings taken since a time.
 */
export async function concordancePairs(
  db: Executor,
  filter: {
    readonly windowMinutes: number;
    readonly poctResultId?: string;
    readonly since?: Date;
    readonly limit: number;
  },
): Promise<ConcordancePairRow[]> {
  const window = sql`make_interval(mins => ${filter.windowMinutes})`;
  const { rows } = await sql<ConcordancePairRow>`
    with lab as (
      select r.id, r.numeric_value, a.test_code, s.patient_id, s.accession_number,
        coalesce((select min(e.at) from specimen_events e where e.specimen_id = s.id and e.kind = 'collected'),
          r.observed_at, r.created_at) as at
      from results r
      join analyses a on a.id = r.analysis_id
      join specimens s on s.id = a.specimen_id
      where r.status = 'final' and r.numeric_value is not null
        and not exists (select 1 from poct_results x where x.result_id = r.id)
    )
    select p.id as poct_result_id, p.device_code, p.patient_id, p.test_code, p.numeric_value as poct_value,
      p.observed_at as poct_at, p.patient_generated, lab.id as lab_result_id, lab.numeric_value as lab_value,
      lab.at as lab_at, lab.accession_number, t.definition
    from poct_results p
    join lab on lab.patient_id = p.patient_id and lab.test_code = p.test_code
      and lab.at between p.observed_at - ${window} and p.observed_at + ${window}
    join test_definitions t on t.code = p.test_code
    where p.outcome = 'accepted' and p.numeric_value is not null
      ${filter.poctResultId === undefined ? sql`` : sql`and p.id = ${filter.poctResultId}::uuid`}
      ${filter.since === undefined ? sql`` : sql`and p.observed_at >= ${filter.since}`}
    order by p.observed_at desc, lab.at
    limit ${filter.limit}`.execute(db);
  return rows;
}
