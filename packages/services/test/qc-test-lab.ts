/**
 * A lab for the quality-control scenarios: a fresh database on the embedded PostgreSQL with the starter
 * catalog, the staff who act in them, a chemistry control (two levels) with targets on one analyzer,
 * and a way to put released patient results on an instrument.
 */
import {
  commandLine,
  createControlLot,
  createControlMaterial,
  enterResult,
  ensureStarterRuleSet,
  placeOrder,
  receiveSpecimen,
  registerPatient,
  seedCatalog,
  setManufacturerTarget,
  type Actor,
  type ControlLot,
  type LabContext,
} from '@aliquot/services';
import { createTestDatabase, embeddedServer, type TestDatabase } from '@aliquot/testkit';

export const mlt: Actor = { id: 'u-mlt', username: 'jlee', displayName: 'J. Lee, MLT', roles: ['mlt'] };
export const supervisor: Actor = {
  id: 'u-sup',
  username: 'rdiaz',
  displayName: 'R. Diaz, supervisor',
  roles: ['supervisor'],
};

export interface ControlLevel {
  readonly lot: ControlLot;
  readonly mean: number;
  readonly sd: number;
}

export interface QcTestLab {
  readonly database: TestDatabase;
  readonly lab: LabContext;
  /** Two glucose control levels with targets on `instrument`. */
  readonly low: ControlLevel;
  readonly high: ControlLevel;
  readonly instrument: string;
  close(): Promise<void>;
}

/** A lab with glucose controls L1 (mean 90, SD 3) and L2 (mean 300, SD 8) on CHEM-1. */
export async function startQcTestLab(options: { instrument?: string } = {}): Promise<QcTestLab> {
  const database = await createTestDatabase(embeddedServer());
  const lab: LabContext = { db: database.db, now: () => new Date() };
  await seedCatalog(lab, commandLine);
  await ensureStarterRuleSet(lab);
  const instrument = options.instrument ?? 'CHEM-1';
  const material = await createControlMaterial(lab, mlt, {
    code: 'LIQ-CHEM',
    name: 'Liquid assayed chemistry control',
    manufacturer: 'Example Diagnostics',
  });
  const level = async (name: string, lotNumber: string, mean: number, sd: number): Promise<ControlLevel> => {
    const lot = await createControlLot(lab, mlt, {
      materialId: material.id,
      level: name,
      lotNumber,
      expiresOn: '2099-12-31',
      specimenId: `QC-${lotNumber}`,
    });
    await setManufacturerTarget(lab, mlt, {
      instrumentCode: instrument,
      testCode: 'GLU',
      lotId: lot.id,
      mean,
      sd,
    });
    return { lot, mean, sd };
  };
  const low = await level('L1', '45861', 90, 3);
  const high = await level('L2', '45862', 300, 8);
  return { database, lab, low, high, instrument, close: () => database.drop() };
}

let mrnCounter = 0;

/**
 * A glucose result from `instrument` for a new patient, entered as the interface does and judged by
 * autoverification (the starter rule set is active). Its status is what the judgement gave.
 */
export async function glucoseFrom(
  lab: LabContext,
  instrument: string,
  value: number,
  familyName: string,
): Promise<{ resultId: string; accession: string; status: string }> {
  mrnCounter += 1;
  const patient = await registerPatient(lab, mlt, {
    mrn: `QC-MRN-${process.pid}-${mrnCounter}`,
    familyName,
    givenName: 'Test',
    birthDate: '1970-05-01',
    clinicalSex: 'female',
  });
  const order = await placeOrder(lab, mlt, {
    patientId: patient.id,
    orderables: ['GLU'],
    priority: 'routine',
  });
  const accession = order.specimens[0]?.accessionNumber;
  if (accession === undefined) throw new Error('the glucose order made no specimen');
  await receiveSpecimen(lab, mlt, accession, { mrn: patient.mrn, birthDate: patient.birthDate });
  const result = await enterResult(lab, mlt, accession, {
    testCode: 'GLU',
    value: { kind: 'numeric', value },
    unit: 'mg/dL',
    source: 'instrument',
    instrumentId: instrument,
  });
  return { resultId: result.id, accession, status: result.status };
}

/**
 * A glucose result from `instrument`, released. Whatever autoverification decided, the result's status
 * is then set to 'final' with SQL, so the look-back scenarios do not depend on the verification rules.
 */
export async function releasedGlucose(
  lab: LabContext,
  instrument: string,
  value: number,
  familyName: string,
): Promise<{ resultId: string; accession: string }> {
  const { resultId, accession } = await glucoseFrom(lab, instrument, value, familyName);
  await lab.db.updateTable('results').set({ status: 'final' }).where('id', '=', resultId).execute();
  return { resultId, accession };
}

/** The sentences autoverification gave for its decision on a result. */
export async function decisionReasons(lab: LabContext, resultId: string): Promise<string[]> {
  const rows = await lab.db
    .selectFrom('result_decisions')
    .select('reasons')
    .where('result_id', '=', resultId)
    .execute();
  return rows.flatMap((row) =>
    Array.isArray(row.reasons)
      ? row.reasons.flatMap((reason: unknown) =>
          typeof reason === 'object' && reason !== null && 'sentence' in reason
            ? [String(reason.sentence)]
            : [],
        )
      : [],
  );
}

/**
 * Released numeric results of one test from one instrument, in the given order one second apart: a
 * lab's history for tuning PBRTQC. Written with SQL in bulk (thousands of results through the order and
 * result use cases would make the test slow); each result has its own specimen of one patient.
 */
export async function seedReleasedHistory(
  lab: LabContext,
  instrument: string,
  testCode: string,
  values: readonly number[],
  startAt: Date,
): Promise<void> {
  const db = lab.db;
  const tag = `${process.pid}-${Date.now()}`;
  const patient = await db
    .insertInto('patients')
    .values({
      mrn: `HIST-${tag}`,
      family_name: 'History',
      given_name: 'Seed',
      birth_date: '1960-01-01',
      clinical_sex: 'male',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const order = await db
    .insertInto('orders')
    .values({ order_number: `HIST-${tag}`, patient_id: patient.id, priority: 'routine', ordered_by: 'seed' })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let start = 0; start < values.length; start += 1000) {
    const chunk = values.slice(start, start + 1000);
    const specimens = await db
      .insertInto('specimens')
      .values(
        chunk.map((_, i) => ({
          accession_number: `H${tag}-${start + i}`,
          order_id: order.id,
          patient_id: patient.id,
          specimen_type: 'serum',
          container: 'SST',
          state: 'resulted',
        })),
      )
      .returning(['id', 'accession_number'])
      .execute();
    const byAccession = new Map(specimens.map((s) => [s.accession_number, s.id]));
    const analyses = await db
      .insertInto('analyses')
      .values(
        chunk.map((_, i) => ({
          specimen_id: byAccession.get(`H${tag}-${start + i}`) ?? '',
          order_id: order.id,
          test_code: testCode,
          status: 'released',
        })),
      )
      .returning(['id', 'specimen_id'])
      .execute();
    const analysisBySpecimen = new Map(analyses.map((a) => [a.specimen_id, a.id]));
    await db
      .insertInto('results')
      .values(
        chunk.map((value, i) => ({
          analysis_id: analysisBySpecimen.get(byAccession.get(`H${tag}-${start + i}`) ?? '') ?? '',
          version: 1,
          value: { kind: 'numeric', value },
          numeric_value: value,
          unit: null,
          flags: [],
          status: 'final',
          source: 'instrument',
          instrument_id: instrument,
          entered_by: instrument,
          observed_at: new Date(startAt.getTime() + (start + i) * 1000),
          created_at: new Date(startAt.getTime() + (start + i) * 1000),
          detail: {},
        })),
      )
      .execute();
  }
}
