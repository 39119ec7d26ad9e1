import { LabError, Priority, type TestDefinition } from '@aliquot/domain';
import {
  appendSpecimenEvent,
  findOrder,
  findPatient,
  findProvider,
  findTestDefinition,
  insertAnalyses,
  insertOrder,
  insertSpecimen,
  listOrders,
  orderItems,
  resolveOrderables,
  specimensOfOrder,
  type OrderRow,
  type Tx,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext, type UnitOfWork } from './use-case.js';

export interface PlaceOrder {
  readonly patientId: string;
  readonly orderables: readonly string[];
  readonly priority: Priority;
  readonly orderingProviderId?: string;
  readonly placerOrderNumber?: string;
  readonly clinicalInfo?: string;
}

export interface Order {
  readonly id: string;
  readonly orderNumber: string;
  readonly placerOrderNumber?: string;
  readonly patientId: string;
  readonly priority: Priority;
  readonly status: string;
  readonly orderedAt: string;
  readonly orderables: string[];
  readonly specimens: {
    readonly accessionNumber: string;
    readonly specimenType: string;
    readonly container: string;
  }[];
}

async function toOrder(tx: Tx, row: OrderRow): Promise<Order> {
  const specimens = await specimensOfOrder(tx, row.id);
  return {
    id: row.id,
    orderNumber: row.order_number,
    ...(row.placer_order_number ? { placerOrderNumber: row.placer_order_number } : {}),
    patientId: row.patient_id,
    priority: row.priority as Priority,
    status: row.status,
    orderedAt: row.ordered_at.toISOString(),
    orderables: await orderItems(tx, row.id),
    specimens: specimens.map((s) => ({
      accessionNumber: s.accession_number,
      specimenType: s.specimen_type,
      container: s.container,
    })),
  };
}

/**
 * Places an order: checks the patient and every orderable, then creates the specimens the order needs
 * (one per specimen type and container) with an analysis for each test, all in one transaction.
 */
export async function placeOrder(lab: LabContext, actor: Actor, input: PlaceOrder): Promise<Order> {
  return runUseCase(lab, actor, 'order:write', (uow) => placeOrderIn(uow, actor, input));
}

/**
 * Places an order inside the caller's unit of work (an EHR order message places all its orders in
 * one transaction). The caller has checked the `order:write` permission.
 */
export async function placeOrderIn(uow: UnitOfWork, actor: Actor, input: PlaceOrder): Promise<Order> {
  const { tx, now, audit } = uow;
  if (!(Object.values(Priority) as string[]).includes(input.priority)) {
    throw LabError.invalid('the order cannot be placed', [
      { location: 'priority', message: `use one of ${Object.values(Priority).join(', ')}` },
    ]);
  }
  const codes = [...new Set(input.orderables)];
  if (codes.length === 0) {
    throw LabError.invalid('the order cannot be placed', [
      { location: 'orderables', message: 'order at least one test or panel' },
    ]);
  }
  if (!(await findPatient(tx, input.patientId))) {
    throw LabError.invalid('the order cannot be placed', [
      {
        location: 'patientId',
        message: `patient ${input.patientId} does not exist; register the patient first`,
      },
    ]);
  }
  if (input.orderingProviderId && !(await findProvider(tx, input.orderingProviderId))) {
    throw LabError.invalid('the order cannot be placed', [
      { location: 'orderingProviderId', message: `provider ${input.orderingProviderId} does not exist` },
    ]);
  }
  const { found, missing } = await resolveOrderables(tx, codes);
  if (missing.length > 0) {
    throw LabError.invalid('the order cannot be placed', [
      { location: 'orderables', message: `unknown test or panel code ${missing.join(', ')}` },
    ]);
  }
  // Each test once, remembering the panel that brought it.
  const tests = new Map<string, string | undefined>();
  for (const code of codes) {
    const orderable = found.get(code);
    for (const test of orderable?.tests ?? [])
      if (!tests.has(test)) tests.set(test, orderable?.kind === 'panel' ? code : undefined);
  }
  const definitions = new Map<string, TestDefinition>();
  for (const code of tests.keys()) {
    const stored = await findTestDefinition(tx, code);
    if (!stored?.active) throw LabError.invalid(`test ${code} is not active in the catalog`);
    definitions.set(code, stored.definition);
  }
  const order = await insertOrder(tx, {
    patientId: input.patientId,
    priority: input.priority,
    orderedBy: actor.username,
    orderables: codes,
    ...(input.orderingProviderId ? { orderingProviderId: input.orderingProviderId } : {}),
    ...(input.placerOrderNumber ? { placerOrderNumber: input.placerOrderNumber } : {}),
    ...(input.clinicalInfo ? { clinicalInfo: input.clinicalInfo } : {}),
  });
  const groups = new Map<string, TestDefinition[]>();
  for (const def of definitions.values()) {
    const key = `${def.specimenType}|${def.container}`;
    groups.set(key, [...(groups.get(key) ?? []), def]);
  }
  for (const defs of groups.values()) {
    const first = defs[0];
    if (!first) continue;
    const specimen = await insertSpecimen(tx, {
      orderId: order.id,
      patientId: input.patientId,
      specimenType: first.specimenType,
      container: first.container,
    });
    await appendSpecimenEvent(tx, specimen.id, {
      kind: 'ordered',
      at: now,
      actor: actor.username,
      detail: { priority: input.priority },
    });
    await insertAnalyses(
      tx,
      defs.map((def) => {
        const panel = tests.get(def.code);
        return {
          specimenId: specimen.id,
          orderId: order.id,
          testCode: def.code,
          ...(panel ? { panelCode: panel } : {}),
        };
      }),
    );
  }
  const result = await toOrder(tx, order);
  audit({ action: 'order.place', entity: 'order', entityId: order.id, after: result });
  return result;
}

export async function getOrder(lab: LabContext, actor: Actor, id: string): Promise<Order> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const row = await findOrder(tx, id);
    if (!row) throw LabError.notFound('Order', id);
    return toOrder(tx, row);
  });
}

export async function findOrders(
  lab: LabContext,
  actor: Actor,
  filter: { patientId?: string; limit: number; offset: number },
): Promise<{ items: Order[]; total: number }> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const { rows, total } = await listOrders(tx, filter);
    return { items: await Promise.all(rows.map((row) => toOrder(tx, row))), total };
  });
}
