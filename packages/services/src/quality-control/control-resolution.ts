import { LabError, type TestDefinition } from '@aliquot/domain';
import {
  findTestDefinition,
  targetInForce,
  type ControlLotRow,
  type Executor,
  type QcTargetRow,
} from '@aliquot/storage';

/**
 * The checks every QC value passes before it is counted (issue 5, "Bad input"): a known numeric test, a
 * known lot that is in use and not expired on the day of measurement, and a target for the lot's level
 * on this instrument × test. Each refusal names the problem so a person (or the instrument journal)
 * can act on it; nothing is ever counted silently.
 */

/** The catalog definition of a test that takes numeric QC, or a refusal naming the code. */
export async function quantitativeTest(db: Executor, testCode: string): Promise<TestDefinition> {
  const stored = await findTestDefinition(db, testCode);
  if (stored === undefined) {
    throw LabError.invalid(`Test ${testCode} is not in the catalog`, [
      { location: 'testCode', message: `unknown test code ${testCode}` },
    ]);
  }
  if (stored.definition.valueKind !== 'numeric') {
    throw LabError.invalid(
      `${stored.definition.name} (${testCode}) is not a quantitative test; Westgard QC applies to numeric results`,
      [{ location: 'testCode', message: `${testCode} takes ${stored.definition.valueKind} results` }],
    );
  }
  return stored.definition;
}

/** The UTC calendar day of a date-time, YYYY-MM-DD. */
export const calendarDay = (at: Date): string => at.toISOString().slice(0, 10);

/** Refuses a lot that is retired, or expired on the day the value was measured. */
export function checkLotUsable(lot: ControlLotRow, measuredAt: Date, location: string): void {
  const name = `Control lot ${lot.lot_number} (${lot.level})`;
  if (!lot.active) {
    throw LabError.invalid(`${name} is retired; its QC values are not counted`, [
      { location, message: `lot ${lot.lot_number} is retired` },
    ]);
  }
  const day = calendarDay(measuredAt);
  if (day > lot.expires_on) {
    throw LabError.invalid(
      `${name} expired on ${lot.expires_on}; a value measured on ${day} is not counted`,
      [{ location, message: `lot ${lot.lot_number} expired on ${lot.expires_on}` }],
    );
  }
}

export interface ResolvedControl {
  readonly lot: ControlLotRow;
  readonly target: QcTargetRow;
}

/** The target the value is judged against, or a refusal saying the level has no target here. */
export async function requireTarget(
  db: Executor,
  lot: ControlLotRow,
  key: { readonly instrumentCode: string; readonly testCode: string },
  measuredAt: Date,
  location: string,
): Promise<ResolvedControl> {
  checkLotUsable(lot, measuredAt, location);
  const target = await targetInForce(db, { ...key, lotId: lot.id }, measuredAt);
  if (target === undefined) {
    throw LabError.invalid(
      `Control lot ${lot.lot_number} level ${lot.level} has no target for ${key.testCode} on ` +
        `${key.instrumentCode}; set the manufacturer's or an established target first`,
      [{ location, message: `level ${lot.level} has no target` }],
    );
  }
  return { lot, target };
}
