import { sql } from 'kysely';
import type { Executor } from './database.js';
import type { OrderRow } from './schema.js';

export interface NewOrder {
  readonly patientId: string;
  readonly priority: string;
  readonly orderingProviderId?: string;
  readonly locationId?: string;
  readonly placerOrderNumber?: string;
  readonly clinicalInfo?: string;
  readonly orderedBy: string;
  readonly orderables: readonly string[];
}

/** Filler order numbers read "ORD" + year + a six-digit sequence, e.g. ORD26000042. */
export async function insertOrder(db: Executor, order: NewOrder): Promise<OrderRow> {
  const { rows } = await sql<{ n: string }>`select nextval('order_number_seq') as n`.execute(db);
  const year = String(new Date().getUTCFullYear()).slice(2);
  const row = await db
    .insertInto('orders')
    .values({
      order_number: `ORD${year}${String(rows[0]?.n ?? '0').padStart(6, '0')}`,
      placer_order_number: order.placerOrderNumber ?? null,
      patient_id: order.patientId,
      ordering_provider_id: order.orderingProviderId ?? null,
      location_id: order.locationId ?? null,
      priority: order.priority,
      clinical_info: order.clinicalInfo ?? null,
      ordered_by: order.orderedBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .insertInto('order_items')
    .values(order.orderables.map((code) => ({ order_id: row.id, orderable_code: code })))
    .execute();
  return row;
}

export async function findOrder(db: Executor, id: string): Promise<OrderRow | undefined> {
  return db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function orderItems(db: Executor, orderId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('order_items')
    .select('orderable_code')
    .where('order_id', '=', orderId)
    .execute();
  return rows.map((r) => r.orderable_code);
}

export async function listOrders(
  db: Executor,
  filter: { patientId?: string; limit: number; offset: number },
): Promise<{ rows: OrderRow[]; total: number }> {
  let base = db.selectFrom('orders');
  if (filter.patientId) base = base.where('patient_id', '=', filter.patientId);
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('ordered_at', 'desc')
      .orderBy('id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findProvider(db: Executor, id: string) {
  return db.selectFrom('providers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertProvider(
  db: Executor,
  p: { npi?: string; familyName: string; givenName: string },
) {
  return db
    .insertInto('providers')
    .values({ npi: p.npi ?? null, family_name: p.familyName, given_name: p.givenName })
    .returningAll()
    .executeTakeFirstOrThrow();
}
