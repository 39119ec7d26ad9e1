import type { ResultValue, TestDefinition } from '@aliquot/domain';
import {
  appendSpecimenEvent,
  insertAnalyses,
  insertOrder,
  insertSpecimen,
  type PoctDeviceRow,
} from '@aliquot/storage';
import { recordResult } from '../result-service.js';
import type { Actor, UnitOfWork } from '../use-case.js';

/** The container a point-of-care specimen is recorded in: none, the device took it at the bedside. */
export const POINT_OF_CARE_CONTAINER = 'POC';

export interface PoctLabResult {
  readonly resultId: string;
  readonly analysisId: string;
  readonly accession: string;
}

/**
 * A professional point-of-care reading becomes a lab result like any other — so the record, the FHIR
 * API and the EHR see it — in the caller's transaction: an order for the test, a specimen collected
 * and tested at the bedside (ordered, collected and received at the reading's time, by the device, in
 * container POC), its analysis, and the result version from the device (source interface, the device
 * code as instrument), judged by the active rule set as every result is.
 */
export async function recordPoctLabResult(
  uow: UnitOfWork,
  actor: Actor,
  reading: {
    readonly patientId: string;
    readonly definition: TestDefinition;
    readonly device: PoctDeviceRow;
    readonly operatorId: string;
    readonly value: ResultValue;
    readonly unit: string | undefined;
    readonly observedAt: Date;
    readonly readingId: string;
  },
): Promise<PoctLabResult> {
  const { tx } = uow;
  const { device, definition } = reading;
  const pointOfCare = {
    device: device.code,
    deviceType: device.device_type,
    serialNumber: device.serial_number,
    location: device.location,
    operator: reading.operatorId,
    readingId: reading.readingId,
  };
  const order = await insertOrder(tx, {
    patientId: reading.patientId,
    priority: 'routine',
    orderedBy: actor.username,
    orderables: [definition.code],
    clinicalInfo: `point-of-care ${device.device_type} ${device.code} at ${device.location}`,
  });
  const specimen = await insertSpecimen(tx, {
    orderId: order.id,
    patientId: reading.patientId,
    specimenType: definition.specimenType,
    container: POINT_OF_CARE_CONTAINER,
  });
  const by = `poct:${device.code}`;
  for (const kind of ['ordered', 'collected', 'received'] as const)
    await appendSpecimenEvent(tx, specimen.id, {
      kind,
      at: reading.observedAt,
      actor: by,
      detail: { pointOfCare },
    });
  const [analysis] = await insertAnalyses(tx, [
    { specimenId: specimen.id, orderId: order.id, testCode: definition.code },
  ]);
  const result = await recordResult(uow, actor, specimen.accession_number, {
    testCode: definition.code,
    value: reading.value,
    ...(reading.unit === undefined ? {} : { unit: reading.unit }),
    source: 'interface',
    instrumentId: device.code,
    observedAt: reading.observedAt,
    detail: { pointOfCare },
  });
  uow.audit({
    action: 'poct.result',
    entity: 'result',
    entityId: result.id,
    after: { accession: specimen.accession_number, pointOfCare },
  });
  return {
    resultId: result.id,
    analysisId: analysis?.id ?? result.analysis_id,
    accession: specimen.accession_number,
  };
}
