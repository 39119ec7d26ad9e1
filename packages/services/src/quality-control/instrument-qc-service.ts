import { randomUUID } from 'node:crypto';
import { LabError, LabErrorCode } from '@aliquot/domain';
import { findControlLotBySpecimenId, lockInstrumentTestQc, openInstrumentRun } from '@aliquot/storage';
import type { UnitOfWork } from '../use-case.js';
import { quantitativeTest, requireTarget } from './control-resolution.js';
import { effectiveRules } from './qc-rule-config.js';
import { judgeRun, type QcRunOutcome } from './qc-run-evaluation.js';
import { checkUnit } from './qc-run-service.js';

/**
 * QC results that arrive from an instrument: a control specimen recognised by the instrument registry
 * is mapped to its control lot by the lot's specimen ID (the barcode on the control tube).
 */

export interface InstrumentQcObservation {
  readonly instrumentCode: string;
  /** The specimen ID / barcode the instrument reported for the control tube. */
  readonly specimenId: string;
  readonly testCode: string;
  readonly value: number;
  readonly unit?: string;
  /** When the instrument measured it (not when the message arrived). */
  readonly measuredAt: Date;
  readonly flags?: readonly string[];
}

/**
 * Records one control value from an instrument inside the caller's unit of work and judges its run.
 * Values of one instrument × test measured within the run window (60 minutes unless the lab set
 * another) join the open run as long as it is not rejected and has no value of the same lot yet;
 * otherwise a new run starts. The run is judged again with each value, so a rejection holds the
 * instrument × test at once.
 *
 * Throws a LabError naming the problem when the value cannot be counted: a specimen ID that belongs to
 * no control lot (not-found), an unknown or non-numeric test, a wrong unit, a retired or expired lot, a
 * level without a target here (invalid). The caller journals the message as unmapped.
 */
export async function recordQcObservationFromInstrument(
  uow: UnitOfWork,
  input: InstrumentQcObservation,
): Promise<QcRunOutcome> {
  const { tx } = uow;
  const lot = await findControlLotBySpecimenId(tx, input.specimenId);
  if (lot === undefined) {
    throw new LabError(
      LabErrorCode.notFound,
      `QC specimen ID "${input.specimenId}" from ${input.instrumentCode} is not the specimen ID of any control lot`,
      [{ location: 'specimenId', message: `unmapped control specimen ${input.specimenId}` }],
    );
  }
  const test = await quantitativeTest(tx, input.testCode);
  if (!Number.isFinite(input.value)) {
    throw LabError.invalid(
      `The QC value for ${test.code} from ${input.instrumentCode} is not a finite number`,
    );
  }
  if (Number.isNaN(input.measuredAt.getTime())) {
    throw LabError.invalid(
      `The QC value for ${test.code} from ${input.instrumentCode} has no valid measurement time`,
    );
  }
  checkUnit(test, input.unit, 'unit');
  const key = { instrumentCode: input.instrumentCode, testCode: test.code };
  const { target } = await requireTarget(tx, lot, key, input.measuredAt, 'specimenId');
  // Taken before looking for the open run, so a simultaneous value of the other level joins it.
  await lockInstrumentTestQc(tx, key.instrumentCode, key.testCode);
  const rules = await effectiveRules(tx, input.instrumentCode, test);
  const open = await openInstrumentRun(
    tx,
    { ...key, lotId: lot.id },
    input.measuredAt,
    rules.runWindowMinutes,
  );
  const runId = open?.id ?? randomUUID();
  return judgeRun(uow, {
    runId,
    instrumentCode: input.instrumentCode,
    test,
    source: 'instrument',
    enteredBy: input.instrumentCode,
    rules,
    ...(open === undefined ? {} : { stored: open }),
    added: [
      {
        id: randomUUID(),
        run_id: runId,
        instrument_code: input.instrumentCode,
        test_code: test.code,
        lot_id: lot.id,
        target_id: target.id,
        level: lot.level,
        value: input.value,
        unit: input.unit ?? test.unit ?? null,
        target_mean: target.mean,
        target_sd: target.sd,
        measured_at: input.measuredAt,
        entered_by: null,
        from_instrument: input.instrumentCode,
        specimen_id: input.specimenId,
        flags: [...(input.flags ?? [])],
      },
    ],
  });
}
