import {
  lastAcceptedRunBefore,
  lastAcceptedRunsOfInstrument,
  openHoldsOfInstrument,
  type InstrumentHoldRow,
  type Executor,
  type QcRunRow,
} from '@aliquot/storage';
import { TransactionMemo } from '../transaction-memo.js';

/**
 * An instrument's QC standing as one transaction sees it: the holds in force and each test's last
 * accepted run, read once per transaction for the whole instrument, since an analyzer message judges
 * every result it carries against them. Placing or lifting a hold and recording a QC run in the same
 * transaction call `instrumentQcChanged`, so what is judged after them sees them.
 */

const holds = new TransactionMemo<InstrumentHoldRow[]>();
const lastRuns = new TransactionMemo<{ before: number; runs: Map<string, QcRunRow | null> }>();

/** The holds not yet lifted on one instrument × test, oldest first. */
export async function openHoldsOf(
  tx: Executor,
  instrumentCode: string,
  testCode: string,
): Promise<InstrumentHoldRow[]> {
  const open = await holds.get(tx, instrumentCode, () => openHoldsOfInstrument(tx, instrumentCode));
  return open.filter((hold) => hold.test_code === testCode);
}

/** The last accepted (or warned) run of one instrument × test measured before `before`. */
export async function lastAcceptedRunOf(
  tx: Executor,
  instrumentCode: string,
  testCode: string,
  before: Date,
): Promise<QcRunRow | undefined> {
  const known = await lastRuns.get(tx, instrumentCode, async () => ({
    before: before.getTime(),
    runs: await lastAcceptedRunsOfInstrument(tx, instrumentCode, before),
  }));
  const run = known.before === before.getTime() ? known.runs.get(testCode) : undefined;
  // A test without a QC target on the instrument, or another moment: asked on its own.
  if (run === undefined) return lastAcceptedRunBefore(tx, { instrumentCode, testCode }, before);
  return run ?? undefined;
}

/** The instrument's holds or QC runs changed in this transaction: read them again when next asked. */
export function instrumentQcChanged(tx: Executor, instrumentCode: string): void {
  holds.forget(tx, instrumentCode);
  lastRuns.forget(tx, instrumentCode);
}
