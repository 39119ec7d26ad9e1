import type { QcState } from '@aliquot/engines/autoverification';
import type { Tx } from '@aliquot/storage';
import { activeHolds } from '../quality-control/instrument-hold-service.js';
import { lastAcceptedRunOf } from '../quality-control/instrument-qc-standing.js';

/**
 * The QC state a result from an instrument is judged with: held when a QC rejection or a PBRTQC alarm
 * holds the instrument × test (quality control's `activeHolds`), otherwise the last accepted run (a
 * 1-2s warning run counts, shown as a warning) whose age the rule set limits; 'none' without any.
 * A result entered by hand has no instrument QC; the rule set decides what that means. Both are read
 * once per transaction for the whole instrument (`instrument-qc-standing.ts`).
 * @see shared/domain/qc.md §9
 */
export async function qcStateFor(
  tx: Tx,
  instrumentCode: string,
  testCode: string,
  now: Date,
): Promise<QcState> {
  const [holds, last] = await Promise.all([
    activeHolds(tx, instrumentCode, testCode),
    lastAcceptedRunOf(tx, instrumentCode, testCode, new Date(now.getTime() + 1)),
  ]);
  const lastAcceptedAt = last?.measured_at;
  const qcHolds = holds.filter((hold) => hold.source !== 'pbrtqc');
  const pbrtqcAlarm = holds.some((hold) => hold.source === 'pbrtqc');
  const since = lastAcceptedAt === undefined ? {} : { lastAcceptedAt };
  if (qcHolds.length > 0) {
    return {
      status: 'rejected',
      reason: qcHolds.map((hold) => hold.reason).join('; '),
      ...since,
      ...(pbrtqcAlarm ? { pbrtqcAlarm } : {}),
    };
  }
  if (last === undefined) return { status: 'none', ...(pbrtqcAlarm ? { pbrtqcAlarm } : {}) };
  return {
    status: last.decision === 'warn' ? 'warning' : 'accepted',
    ...since,
    ...(last.decision === 'warn' ? { reason: 'the last run gave a 1-2s warning' } : {}),
    ...(pbrtqcAlarm ? { pbrtqcAlarm } : {}),
  };
}
