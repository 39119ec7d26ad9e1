import { Hl7Message, formatHl7DateTime } from '@aliquot/codecs/hl7v2';
import type { Priority } from '@aliquot/domain';
import { MllpClient } from '@aliquot/interfaces';
import type { CareSetting, SimPatient } from '../biology/patient.js';
import type { LabApiClient } from './lab-api-client.js';
import type { OrderEntry, PlacedOrder, PlacedSpecimen } from './order-entry.js';
import type { OrderRequest } from './order-mix.js';

const PATIENT_CLASS: Readonly<Record<CareSetting, string>> = {
  outpatient: 'O',
  emergency: 'E',
  inpatient: 'I',
  'intensive-care': 'I',
};
const PRIORITY: Readonly<Record<Priority, string>> = { stat: 'S', asap: 'A', routine: 'R' };

let counter = 0;

/**
 * The OML^O21 the virtual EHR sends for one order: MSH, PID (MRN, name, birth date, sex), PV1 (patient
 * class), then an ORC (NW, the placer order number) with its TQ1 (priority) and OBR (the lab's own code
 * in OBR-4) for each orderable.
 * @see HL7 v2.5.1 chapter 4.4.6 OML^O21; the LOI implementation guide
 */
export function buildOmlO21(
  patient: SimPatient,
  request: OrderRequest,
  placerOrderNumber: string,
  at: Date,
): Hl7Message {
  const m = Hl7Message.create();
  m.set('MSH-3', 'SIMEHR');
  m.set('MSH-4', 'WARDS');
  m.set('MSH-5', 'ALIQUOT');
  m.set('MSH-6', 'LAB');
  m.set('MSH-7', formatHl7DateTime(at));
  m.setRaw('MSH-9', 'OML^O21^OML_O21');
  m.set('MSH-10', `EHR${at.getTime().toString(36)}${++counter}`);
  m.set('MSH-11', 'P');
  m.set('MSH-12', '2.5.1');
  const pid = m.appendSegment('PID');
  pid.set(1, '1');
  pid.set({ field: 3, component: 1 }, patient.mrn);
  pid.set({ field: 3, component: 5 }, 'MR');
  pid.set({ field: 5, component: 1 }, patient.familyName);
  pid.set({ field: 5, component: 2 }, patient.givenName);
  pid.set(7, patient.birthDate.replaceAll('-', ''));
  pid.set(8, patient.sex === 'female' ? 'F' : 'M');
  const pv1 = m.appendSegment('PV1');
  pv1.set(1, '1');
  pv1.set(2, PATIENT_CLASS[patient.setting]);
  request.orderables.forEach((code, i) => {
    const orc = m.appendSegment('ORC');
    orc.set(1, 'NW');
    orc.set(2, placerOrderNumber);
    const tq1 = m.appendSegment('TQ1');
    tq1.set(1, '1');
    tq1.set(9, PRIORITY[request.priority]);
    const obr = m.appendSegment('OBR');
    obr.set(1, String(i + 1));
    obr.set(2, placerOrderNumber);
    obr.set({ field: 4, component: 1 }, code);
    obr.set({ field: 4, component: 3 }, 'L');
  });
  return m;
}

/** Why the lab refused an order message. */
export class OrderRejectedError extends Error {
  override readonly name = 'OrderRejectedError';
}

/**
 * Order entry by HL7: the virtual EHR sends OML^O21 over MLLP to Aliquot's HL7 port, and, once the lab
 * has acknowledged it (AA), the ward prints the labels: it reads the tubes the lab made for the order
 * through the REST API, by the placer order number.
 */
export class Hl7OrderEntry implements OrderEntry {
  readonly #client: MllpClient;
  readonly #patientIds = new Map<string, string>();

  constructor(
    address: { readonly host: string; readonly port: number },
    readonly labels: LabApiClient,
  ) {
    this.#client = new MllpClient({ host: address.host, port: address.port, ackTimeoutMs: 30_000 });
  }

  async placeOrder(
    patient: SimPatient,
    request: OrderRequest,
    placerOrderNumber: string,
  ): Promise<PlacedOrder> {
    const ack = await this.#client.send(buildOmlO21(patient, request, placerOrderNumber, new Date()));
    if (ack.code !== 'AA' && ack.code !== 'CA') {
      throw new OrderRejectedError(
        `the lab answered ${ack.code} to order ${placerOrderNumber}: ${ack.message.value('ERR-8')}`,
      );
    }
    const patientId = await this.#patientId(patient);
    const orders = await this.labels.get<{
      items: { id: string; orderNumber: string; placerOrderNumber?: string; specimens: PlacedSpecimen[] }[];
    }>(`/api/orders?patientId=${patientId}&limit=50`);
    const order = orders.items.find((o) => o.placerOrderNumber === placerOrderNumber);
    if (!order)
      throw new OrderRejectedError(`order ${placerOrderNumber} was acknowledged but is not in the lab`);
    return { orderId: order.id, orderNumber: order.orderNumber, patientId, specimens: order.specimens };
  }

  async #patientId(patient: SimPatient): Promise<string> {
    const known = this.#patientIds.get(patient.mrn);
    if (known) return known;
    const found = await this.labels.get<{ items: { id: string; mrn: string }[] }>(
      `/api/patients?q=${encodeURIComponent(patient.mrn)}&limit=5`,
    );
    const id = found.items.find((p) => p.mrn === patient.mrn)?.id;
    if (!id)
      throw new OrderRejectedError(
        `patient ${patient.mrn} is not in the lab after the order was acknowledged`,
      );
    this.#patientIds.set(patient.mrn, id);
    return id;
  }

  close(): Promise<void> {
    return this.#client.close();
  }
}
