import { LabError } from '@aliquot/domain';
import { recordQcObservationFromInstrument } from '../quality-control/instrument-qc-service.js';
import type { UnitOfWork } from '../use-case.js';
import type { MappedObservation } from './result-mapping.js';

/**
 * Control-specimen results quality control could not take. Thrown inside the message's unit of work,
 * so nothing of the message is recorded; the message then waits in the unmapped queue with `reason`.
 */
export class ControlResultsHeld extends Error {
  override readonly name = 'ControlResultsHeld';
  constructor(
    readonly specimenIds: readonly string[],
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * Hands control-specimen results to quality control inside the message's unit of work, where each is
 * matched to its control lot by the tube's specimen ID and its run judged; returns how many were
 * recorded. A control quality control cannot count (a specimen ID of no control lot, a level without a
 * target, a wrong unit) holds the whole message in the unmapped queue with quality control's reason;
 * it is never recorded as a patient result.
 */
export async function handOffControlResults(
  uow: UnitOfWork,
  instrumentCode: string,
  control: readonly MappedObservation[],
): Promise<number> {
  for (const m of control) {
    const o = m.observation;
    if (m.value.kind !== 'numeric') {
      throw new ControlResultsHeld(
        [o.specimenId],
        `QC result: control specimen ${o.specimenId} reported ${o.instrumentTestCode} as "${o.valueText}", not a number`,
      );
    }
    try {
      await recordQcObservationFromInstrument(uow, {
        instrumentCode,
        specimenId: o.specimenId,
        testCode: m.definition.code,
        value: m.value.value,
        ...(m.unit === undefined ? {} : { unit: m.unit }),
        measuredAt: o.observedAt ?? uow.now,
        flags: o.flags,
      });
    } catch (error) {
      if (error instanceof LabError)
        throw new ControlResultsHeld([o.specimenId], `QC result: ${error.message}`);
      throw error;
    }
  }
  return control.length;
}
