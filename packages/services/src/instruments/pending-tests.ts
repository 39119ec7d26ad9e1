import type { ClinicalSex, Priority } from '@aliquot/domain';
import type { Executor } from '@aliquot/storage';

/** One test an instrument should run on a specimen. */
export interface PendingTest {
  readonly analysisId: string;
  readonly testCode: string;
  /** The code the instrument knows the test by. */
  readonly instrumentTestCode: string;
  readonly status: string;
  /** Set when verification asked for this test again: a rerun, or a rerun at this dilution factor. */
  readonly rerun?: { readonly kind: 'rerun' | 'dilution'; readonly dilutionFactor?: number };
}

/** A specimen and the tests an instrument should run on it, with what the instrument shows of the patient. */
export interface PendingWork {
  readonly accession: string;
  readonly specimenType: string;
  readonly priority: Priority;
  readonly patient: {
    readonly mrn: string;
    readonly familyName: string;
    readonly givenName: string;
    readonly birthDate: string;
    readonly clinicalSex: ClinicalSex;
  };
  readonly tests: readonly PendingTest[];
}

/** Analysis states an instrument may still be asked to run. */
export const PENDING_ANALYSIS_STATES = ['ordered', 'in-progress'] as const;

/**
 * The tests this instrument should run on a specimen: analyses of the specimen whose test the
 * instrument runs (a mapping with `runs`) and that are still ordered or in progress. Undefined when
 * no specimen has this accession number. This is the one place that decides what is pending, for
 * host queries and worklists alike: a rerun or dilution requested by verification and still pending makes
 * a held or resulted test pending again, with its dilution factor.
 * @see CLSI LIS2-A2 host query (Q record) and its reply
 */
export async function pendingTestsForInstrument(
  tx: Executor,
  accession: string,
  instrumentCode: string,
): Promise<PendingWork | undefined> {
  const specimen = await tx
    .selectFrom('specimens')
    .innerJoin('patients', 'patients.id', 'specimens.patient_id')
    .innerJoin('orders', 'orders.id', 'specimens.order_id')
    .select([
      'specimens.id as specimenId',
      'specimens.accession_number',
      'specimens.specimen_type',
      'orders.priority',
      'patients.mrn',
      'patients.family_name',
      'patients.given_name',
      'patients.birth_date',
      'patients.clinical_sex',
    ])
    .where('specimens.accession_number', '=', accession)
    .executeTakeFirst();
  if (!specimen) return undefined;
  const rows = await tx
    .selectFrom('analyses')
    .innerJoin('instrument_test_codes', (join) =>
      join
        .onRef('instrument_test_codes.test_code', '=', 'analyses.test_code')
        .on('instrument_test_codes.instrument_code', '=', instrumentCode)
        .on('instrument_test_codes.runs', '=', true),
    )
    // A rerun or dilution that verification asked for and no result has answered yet makes the test
    // pending again (the newest request wins).
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('test_requests')
          .distinctOn('analysis_id')
          .select(['analysis_id', 'kind', 'dilution_factor'])
          .where('specimen_id', '=', specimen.specimenId)
          .where('status', '=', 'pending')
          .where('kind', 'in', ['rerun', 'dilution'])
          .orderBy('analysis_id')
          .orderBy('requested_at', 'desc')
          .as('rerun'),
      (join) => join.onRef('rerun.analysis_id', '=', 'analyses.id'),
    )
    .select([
      'analyses.id',
      'analyses.test_code',
      'analyses.status',
      'instrument_test_codes.instrument_test_code',
      'rerun.kind as rerun_kind',
      'rerun.dilution_factor',
    ])
    .where('analyses.specimen_id', '=', specimen.specimenId)
    .where((eb) =>
      eb.or([eb('analyses.status', 'in', [...PENDING_ANALYSIS_STATES]), eb('rerun.kind', 'is not', null)]),
    )
    .orderBy('analyses.test_code')
    .orderBy('instrument_test_codes.instrument_test_code')
    .execute();
  const seen = new Set<string>();
  const tests: PendingTest[] = [];
  for (const row of rows) {
    if (seen.has(row.test_code)) continue;
    seen.add(row.test_code);
    tests.push({
      analysisId: row.id,
      testCode: row.test_code,
      instrumentTestCode: row.instrument_test_code,
      status: row.status,
      ...(row.rerun_kind === 'rerun' || row.rerun_kind === 'dilution'
        ? {
            rerun: {
              kind: row.rerun_kind,
              ...(row.dilution_factor === null ? {} : { dilutionFactor: row.dilution_factor }),
            },
          }
        : {}),
    });
  }
  return {
    accession: specimen.accession_number,
    specimenType: specimen.specimen_type,
    priority: specimen.priority as Priority,
    patient: {
      mrn: specimen.mrn,
      familyName: specimen.family_name,
      givenName: specimen.given_name,
      birthDate: specimen.birth_date,
      clinicalSex: specimen.clinical_sex as ClinicalSex,
    },
    tests,
  };
}
