import type { AllowableError, TestDefinition } from '@aliquot/domain';
import {
  concordancePairs,
  insertPoctNotification,
  type ConcordancePairRow,
  type Executor,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext, type UnitOfWork } from '../use-case.js';

/**
 * Concordance of point-of-care readings with the central lab: the same patient and test, measured
 * within a window of each other, should agree within the test's allowable error (CLIA's "± 6 mg/dL
 * or ± 8 %, whichever is greater" reads as the larger of the absolute and the percentage of the
 * central value). A pair further apart is discordant and the coordinator is told.
 * @see shared/domain/workflow.md §10 (result comparability, 42 CFR 493.1281(a)); catalog allowableError
 */

/** How far apart in time a reading and a central-lab result are compared, by default. */
export const CONCORDANCE_WINDOW_MINUTES = 60;

/** The difference a pair may show: the larger of the absolute limit and the percentage of the lab value. */
export function allowedDifference(
  labValue: number,
  allowable: AllowableError | undefined,
): number | undefined {
  if (allowable === undefined) return undefined;
  const limits = [
    allowable.absolute,
    allowable.percent === undefined ? undefined : (allowable.percent / 100) * Math.abs(labValue),
  ].filter((n): n is number => n !== undefined);
  return limits.length === 0 ? undefined : Math.max(...limits);
}

export interface ConcordanceFinding {
  readonly readingId: string;
  readonly deviceCode: string | null;
  readonly patientId: string;
  readonly testCode: string;
  readonly poctValue: number;
  readonly poctAt: string;
  readonly patientGenerated: boolean;
  readonly labResultId: string;
  readonly labValue: number;
  readonly labAt: string;
  readonly accession: string;
  readonly minutesApart: number;
  readonly difference: number;
  /** Undefined when the test has no allowable error in the catalog: the pair cannot be judged. */
  readonly allowed: number | undefined;
  readonly discordant: boolean;
}

/** Judges one pair. */
export function judgePair(pair: ConcordancePairRow): ConcordanceFinding {
  const allowable = (pair.definition as Partial<TestDefinition>).allowableError;
  const allowed = allowedDifference(pair.lab_value, allowable);
  const difference = Math.abs(pair.poct_value - pair.lab_value);
  return {
    readingId: pair.poct_result_id,
    deviceCode: pair.device_code,
    patientId: pair.patient_id,
    testCode: pair.test_code,
    poctValue: pair.poct_value,
    poctAt: pair.poct_at.toISOString(),
    patientGenerated: pair.patient_generated,
    labResultId: pair.lab_result_id,
    labValue: pair.lab_value,
    labAt: pair.lab_at.toISOString(),
    accession: pair.accession_number,
    minutesApart: Math.round(Math.abs(pair.poct_at.getTime() - pair.lab_at.getTime()) / 60_000),
    difference: Math.round(difference * 1e6) / 1e6,
    allowed: allowed === undefined ? undefined : Math.round(allowed * 1e6) / 1e6,
    discordant: allowed !== undefined && difference > allowed,
  };
}

export async function concordanceOf(
  db: Executor,
  filter: {
    readonly windowMinutes: number;
    readonly readingId?: string;
    readonly since?: Date;
    readonly limit: number;
  },
): Promise<ConcordanceFinding[]> {
  const pairs = await concordancePairs(db, {
    windowMinutes: filter.windowMinutes,
    ...(filter.readingId === undefined ? {} : { poctResultId: filter.readingId }),
    ...(filter.since === undefined ? {} : { since: filter.since }),
    limit: filter.limit,
  });
  return pairs.map(judgePair);
}

/** Right after a reading is taken: tells the coordinator of every central result it disagrees with. */
export async function notifyDiscordance(uow: UnitOfWork, readingId: string): Promise<ConcordanceFinding[]> {
  const findings = await concordanceOf(uow.tx, {
    windowMinutes: CONCORDANCE_WINDOW_MINUTES,
    readingId,
    limit: 20,
  });
  const discordant = findings.filter((f) => f.discordant);
  for (const f of discordant)
    await insertPoctNotification(uow.tx, {
      kind: 'discordant',
      device_code: f.deviceCode,
      operator_id: null,
      poct_result_id: readingId,
      message: `${f.testCode} ${f.poctValue} on ${f.deviceCode ?? 'a device'} differs from the central lab's ${f.labValue} (${f.accession}, ${f.minutesApart} min apart) by ${f.difference}; allowed ${f.allowed ?? '?'}`,
      detail: { ...f },
      created_at: uow.now,
    });
  return discordant;
}

/**
 * The pairs of readings and central results within the window, judged: every pair, or only the
 * discordant ones. A central result that arrives after the reading is found here too.
 */
export async function listPoctConcordance(
  lab: LabContext,
  actor: Actor,
  query: {
    readonly windowMinutes: number;
    readonly since?: Date;
    readonly discordantOnly: boolean;
    readonly limit: number;
  },
): Promise<ConcordanceFinding[]> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const found = await concordanceOf(tx, {
      windowMinutes: query.windowMinutes,
      ...(query.since === undefined ? {} : { since: query.since }),
      limit: query.limit,
    });
    return query.discordantOnly ? found.filter((f) => f.discordant) : found;
  });
}
