import { Hl7ErrorCode, type CodedElement, type Hl7AckError } from '@aliquot/codecs/hl7v2';
import {
  activeOrdersByPlacerNumber,
  analysesOfOrder,
  appendSpecimenEvent,
  cancelOrder,
  orderablesWithLoinc,
  orderHasReceivedSpecimen,
  resolveOrderables,
  specimensOfOrder,
  type Tx,
} from '@aliquot/storage';
import { placeOrderIn, type Order } from '../order-service.js';
import type { Actor, UnitOfWork } from '../use-case.js';
import { errorAt } from './hl7-errors.js';
import { OrderRefused, upsertProvider } from './order-identity.js';
import type { PlacerOrder } from './order-message-reader.js';

/**
 * What an order message does to the lab, inside the caller's one transaction: each placer order
 * placed (NW), cancelled (CA) or changed (XO), its codes found in the catalog first. A problem is
 * thrown as `OrderRefused` with its ERR, and the caller rolls everything back.
 */

const LOINC_SYSTEMS = new Set(['LN', 'LOINC', '2.16.840.1.113883.6.1']);

const describeCode = (c: CodedElement): string =>
  [c.identifier, c.text, c.codingSystem].filter((p) => p !== '').join('^') || c.alternateIdentifier;

/**
 * The orderable an OBR-4 names: our own code (local system or none), else the one catalog test or
 * panel with its LOINC (LN, or no system), trying the alternate code the same way.
 */
async function orderableFor(tx: Tx, coded: CodedElement): Promise<string | { problem: string }> {
  const pairs = [
    [coded.identifier, coded.codingSystem.toUpperCase()],
    [coded.alternateIdentifier, coded.alternateCodingSystem.toUpperCase()],
  ].filter(([id]) => id !== '') as [string, string][];
  const ours = pairs.filter(([, system]) => !LOINC_SYSTEMS.has(system)).map(([id]) => id);
  const { found } = await resolveOrderables(tx, ours);
  const own = ours.find((id) => found.has(id));
  if (own !== undefined) return own;
  for (const [id, system] of pairs) {
    if (system !== '' && !LOINC_SYSTEMS.has(system)) continue;
    const candidates = await orderablesWithLoinc(tx, id);
    if (candidates.length === 1 && candidates[0] !== undefined) return candidates[0];
    if (candidates.length > 1)
      return {
        problem: `LOINC ${id} names ${candidates.join(', ')} here; send our code as the alternate in OBR-4.4`,
      };
  }
  return {
    problem: `OBR-4 ${describeCode(coded)} is not an orderable of this lab (by our code or by LOINC)`,
  };
}

/** Every code of the message mapped to an orderable, or every code that is not (with its OBR). */
export async function resolveOrderedCodes(
  tx: Tx,
  orders: readonly PlacerOrder[],
): Promise<Map<PlacerOrder, string[]>> {
  const out = new Map<PlacerOrder, string[]>();
  const unknown: Hl7AckError[] = [];
  for (const order of orders) {
    const codes: string[] = [];
    for (const { code, obrSequence } of order.codes) {
      const found = await orderableFor(tx, code);
      if (typeof found === 'string') codes.push(found);
      else unknown.push(errorAt(Hl7ErrorCode.tableValueNotFound, 'OBR', obrSequence, 4, found.problem));
    }
    out.set(order, codes);
  }
  if (unknown.length > 0) throw new OrderRefused(unknown);
  return out;
}

async function place(
  uow: UnitOfWork,
  actor: Actor,
  patientId: string,
  order: PlacerOrder,
  orderables: readonly string[],
  providerId: string | undefined,
): Promise<Order> {
  const placed = await placeOrderIn(uow, actor, {
    patientId,
    orderables,
    priority: order.priority,
    placerOrderNumber: order.placerOrderNumber,
    ...(providerId ? { orderingProviderId: providerId } : {}),
    ...(order.notes.length > 0 ? { clinicalInfo: order.notes.join('\n') } : {}),
  });
  // SPM with a collection time: the placer drew the specimen already; its ID is kept on each tube.
  const spm = order.specimens.find((s) => s.collectedAt !== undefined);
  if (spm?.collectedAt !== undefined) {
    const detail = {
      ...(spm.placerSpecimenId ? { placerSpecimenId: spm.placerSpecimenId } : {}),
      ...(spm.type ? { placerSpecimenType: spm.type } : {}),
      source: `SPM[${spm.spmSequence}]`,
    };
    for (const s of await specimensOfOrder(uow.tx, placed.id))
      await appendSpecimenEvent(uow.tx, s.id, {
        kind: 'collected',
        at: spm.collectedAt,
        actor: actor.username,
        detail,
      });
  }
  return placed;
}

/** The active orders a CA or XO names, refused when there are none or when results exist. */
async function ordersToWithdraw(uow: UnitOfWork, patientId: string, order: PlacerOrder, forChange: boolean) {
  const found = await activeOrdersByPlacerNumber(uow.tx, patientId, order.placerOrderNumber);
  if (found.length === 0)
    throw new OrderRefused([
      errorAt(
        Hl7ErrorCode.unknownKeyIdentifier,
        'ORC',
        order.orcSequence,
        2,
        `no active order ${order.placerOrderNumber} for this patient`,
      ),
    ]);
  for (const row of found) {
    const analyses = await analysesOfOrder(uow.tx, row.id);
    const resulted = analyses.filter(
      (a) => a.status !== 'ordered' && a.status !== 'in-progress' && a.status !== 'cancelled',
    );
    if (resulted.length > 0)
      throw new OrderRefused([
        errorAt(
          Hl7ErrorCode.applicationInternalError,
          'ORC',
          order.orcSequence,
          1,
          `order ${order.placerOrderNumber} has results (${resulted.map((a) => a.test_code).join(', ')}); it can no longer be ${forChange ? 'changed' : 'cancelled'}`,
        ),
      ]);
    if (forChange && (await orderHasReceivedSpecimen(uow.tx, row.id)))
      throw new OrderRefused([
        errorAt(
          Hl7ErrorCode.applicationInternalError,
          'ORC',
          order.orcSequence,
          1,
          `order ${order.placerOrderNumber} is already in the lab; cancel it (CA) and send a new order (NW)`,
        ),
      ]);
  }
  return found;
}

export interface AppliedOrder {
  readonly placerOrderNumber: string;
  readonly control: PlacerOrder['control'];
  /** Our order numbers placed (NW, XO) or cancelled (CA). */
  readonly orderNumbers: string[];
}

/** Applies one placer order; see the module comment. */
export async function applyPlacerOrder(
  uow: UnitOfWork,
  actor: Actor,
  patientId: string,
  order: PlacerOrder,
  orderables: readonly string[],
): Promise<AppliedOrder> {
  const providerId = order.provider ? await upsertProvider(uow, order.provider) : undefined;
  const base = { placerOrderNumber: order.placerOrderNumber, control: order.control };
  switch (order.control) {
    case 'NW': {
      const existing = await activeOrdersByPlacerNumber(uow.tx, patientId, order.placerOrderNumber);
      if (existing.length > 0)
        throw new OrderRefused([
          errorAt(
            Hl7ErrorCode.duplicateKeyIdentifier,
            'ORC',
            order.orcSequence,
            2,
            `placer order ${order.placerOrderNumber} is already active as ${existing.map((o) => o.order_number).join(', ')}`,
          ),
        ]);
      const placed = await place(uow, actor, patientId, order, orderables, providerId);
      return { ...base, orderNumbers: [placed.orderNumber] };
    }
    case 'CA': {
      const found = await ordersToWithdraw(uow, patientId, order, false);
      for (const row of found) {
        await cancelOrder(uow.tx, row.id);
        uow.audit({
          action: 'order.cancel',
          entity: 'order',
          entityId: row.id,
          before: { status: row.status },
          after: { status: 'cancelled', by: 'ORC-1 CA' },
        });
      }
      return { ...base, orderNumbers: found.map((o) => o.order_number) };
    }
    case 'XO': {
      const found = await ordersToWithdraw(uow, patientId, order, true);
      for (const row of found) {
        await cancelOrder(uow.tx, row.id);
        uow.audit({
          action: 'order.cancel',
          entity: 'order',
          entityId: row.id,
          before: { status: row.status },
          after: { status: 'cancelled', by: 'ORC-1 XO' },
        });
      }
      const placed = await place(uow, actor, patientId, order, orderables, providerId);
      return { ...base, orderNumbers: [placed.orderNumber] };
    }
    default:
      return order.control satisfies never;
  }
}
