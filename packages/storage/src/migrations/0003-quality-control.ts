import type { Kysely } from 'kysely';

/** Control materials and lots, QC runs and observations, holds on instrument x test, corrective actions, maintenance and calibration, patient-based QC. */
export async function up(_db: Kysely<unknown>): Promise<void> {}
