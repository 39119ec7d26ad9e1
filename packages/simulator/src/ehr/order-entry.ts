import type { SimPatient } from '../biology/patient.js';
import { LabApiError, type LabApiClient } from './lab-api-client.js';
import type { OrderRequest } from './order-mix.js';

/** A tube Aliquot asked to be collected for an order. */
export interface PlacedSpecimen {
  readonly accessionNumber: string;
  readonly specimenType: string;
  readonly container: string;
}

export interface PlacedOrder {
  readonly orderId: string;
  readonly orderNumber: string;
  readonly patientId: string;
  readonly specimens: readonly PlacedSpecimen[];
}

/**
 * How the virtual EHR's orders reach the lab. Today through the REST API, as an order-entry system
 * would call it; an HL7 OML^O21 sender implements the same interface when the EHR interface takes orders.
 */
export interface OrderEntry {
  /** Places an order for the patient (registering them first if the lab does not know them yet). */
  placeOrder(patient: SimPatient, request: OrderRequest, placerOrderNumber: string): Promise<PlacedOrder>;
}

interface PatientReply {
  readonly id: string;
}

interface OrderReply {
  readonly id: string;
  readonly orderNumber: string;
  readonly patientId: string;
  readonly specimens: readonly PlacedSpecimen[];
}

/** Order entry through POST /api/patients and POST /api/orders, signed in as the EHR's interface user. */
export class RestOrderEntry implements OrderEntry {
  readonly #patientIds = new Map<string, string>();

  constructor(readonly api: LabApiClient) {}

  async #patientId(patient: SimPatient): Promise<string> {
    const known = this.#patientIds.get(patient.mrn);
    if (known) return known;
    let id: string;
    try {
      id = (
        await this.api.post<PatientReply>('/api/patients', {
          mrn: patient.mrn,
          familyName: patient.familyName,
          givenName: patient.givenName,
          birthDate: patient.birthDate,
          clinicalSex: patient.sex,
        })
      ).id;
    } catch (error) {
      if (!(error instanceof LabApiError && error.status === 409)) throw error;
      const found = await this.api.get<{ items: { id: string; mrn: string }[] }>(
        `/api/patients?q=${encodeURIComponent(patient.mrn)}&limit=5`,
      );
      const match = found.items.find((p) => p.mrn === patient.mrn);
      if (!match) throw error;
      id = match.id;
    }
    this.#patientIds.set(patient.mrn, id);
    return id;
  }

  async placeOrder(
    patient: SimPatient,
    request: OrderRequest,
    placerOrderNumber: string,
  ): Promise<PlacedOrder> {
    const patientId = await this.#patientId(patient);
    const order = await this.api.post<OrderReply>('/api/orders', {
      patientId,
      orderables: request.orderables,
      priority: request.priority,
      placerOrderNumber,
    });
    return { orderId: order.id, orderNumber: order.orderNumber, patientId, specimens: order.specimens };
  }
}

/** The collection and receiving desk: records collection (backdated to when it happened) and receipt. */
export class SpecimenDesk {
  constructor(
    readonly collector: LabApiClient,
    readonly receiver: LabApiClient,
  ) {}

  async collectAndReceive(accession: string, patient: SimPatient, collectedAt: Date): Promise<void> {
    const path = `/api/specimens/${encodeURIComponent(accession)}`;
    await this.collector.post(`${path}/collect`, {
      collectedAt: collectedAt.toISOString(),
      site: 'left antecubital',
    });
    // The label carries the MRN, the name and the birth date; two must match the patient at receipt.
    await this.receiver.post(`${path}/receive`, {
      mrn: patient.mrn,
      familyName: patient.familyName,
      givenName: patient.givenName,
      birthDate: patient.birthDate,
    });
  }
}
