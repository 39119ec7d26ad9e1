import { sql } from 'kysely';
import { ageInDays, flagNumeric, referenceIntervalFor, type ResultValue } from '@aliquot/domain';
import {
  collectSpecimen,
  placeOrder,
  receiveSpecimen,
  registerPatient,
  type Actor,
  type LabContext,
} from '@aliquot/services';
import {
  appendSpecimenEvent,
  findTestDefinition,
  insertProvider,
  insertResultVersion,
  type Tx,
} from '@aliquot/storage';

/**
 * One patient's morning, as a lab reports it: a stat BMP, CBC, urinalysis and ctDNA panel from one
 * order; most results released, a creatinine held for review, a sodium mis-keyed as 183 and corrected
 * to 138, a critical potassium called to the ward with read-back, three ctDNA genes still running.
 * Patient, order, collection and receipt go through the use cases; results, releases, the correction
 * and the call are written straight to their tables, as the result and verification use cases record
 * them, so the scenario does not depend on the autoverification rule set or staff credentials.
 */

export interface ReportedPatientOptions {
  readonly mrn?: string;
  readonly familyName?: string;
  readonly givenName?: string;
  /** When the specimens were drawn; results and releases follow by minutes. */
  readonly collectedAt?: Date;
}

export interface ReportedPatient {
  readonly patientId: string;
  readonly orderId: string;
  readonly orderNumber: string;
  readonly providerId: string;
  /** Accession number and specimen id per panel's tube. */
  readonly specimens: Readonly<
    Record<'chemistry' | 'hematology' | 'urine' | 'molecular', { accession: string; id: string }>
  >;
  /** Analysis id (the FHIR Observation id) per test code. */
  readonly analyses: Readonly<Record<string, string>>;
}

type Entry = readonly [testCode: string, value: ResultValue];

const n = (value: number, comparator?: '<' | '>'): ResultValue => ({
  kind: 'numeric',
  value,
  ...(comparator ? { comparator } : {}),
});
const coded = (code: string): ResultValue => ({ kind: 'coded', code });

const results: Readonly<Record<'chemistry' | 'hematology' | 'urine' | 'molecular', readonly Entry[]>> = {
  chemistry: [
    ['NA', n(183)],
    ['K', n(6.4)],
    ['CL', n(101)],
    ['CO2', n(24)],
    ['BUN', n(18)],
    ['CREA', n(0.82)],
    ['GLU', n(112)],
    ['CA', n(9.4)],
  ],
  hematology: [
    ['WBC', n(7.2)],
    ['RBC', n(4.12)],
    ['HGB', n(11.4)],
    ['HCT', n(35.2)],
    ['MCV', n(85.4)],
    ['MCH', n(27.7)],
    ['MCHC', n(32.4)],
    ['RDW', n(13.1)],
    ['PLT', n(412)],
  ],
  urine: [
    ['UCOLOR', coded('yellow')],
    ['UAPP', coded('slightly cloudy')],
    ['USG', n(1.021)],
    ['UPH', n(6)],
    ['UPRO', coded('trace')],
    ['UGLU', coded('neg')],
    ['UKET', coded('neg')],
    ['UBLD', coded('neg')],
    ['UBIL', coded('neg')],
    ['UURO', n(0.2)],
    ['UNIT', coded('pos')],
    ['ULE', coded('2+')],
  ],
  molecular: [
    [
      'CTDNA-EGFR',
      {
        kind: 'structured',
        gene: 'EGFR',
        hgvs: 'NM_005228.5:c.2573T>G',
        alleleFraction: 0.034,
        interpretation: 'Pathogenic (L858R)',
      },
    ],
  ],
};

const minutes = (at: Date, m: number): Date => new Date(at.getTime() + m * 60_000);

async function release(tx: Tx, resultId: string, at: Date, by: string): Promise<void> {
  await tx.updateTable('results').set({ status: 'final' }).where('id', '=', resultId).execute();
  await tx
    .insertInto('result_releases')
    .values({ result_id: resultId, released_at: at, released_by: by, by_engine: false, reason: 'reviewed' })
    .execute();
}

export async function buildReportedPatient(
  lab: LabContext,
  actor: Actor,
  options: ReportedPatientOptions = {},
): Promise<ReportedPatient> {
  const drawn = options.collectedAt ?? new Date('2026-03-02T08:05:00Z');
  const provider = await insertProvider(lab.db, {
    npi: '1234567893',
    familyName: 'Hale',
    givenName: 'Marcus',
  });
  // The use cases stamp events with the lab's clock: set it to each moment of the morning.
  const at = (time: Date): LabContext => ({ db: lab.db, now: () => time });
  const patient = await registerPatient(at(minutes(drawn, -30)), actor, {
    mrn: options.mrn ?? 'MRN-31415',
    familyName: options.familyName ?? 'Okafor',
    givenName: options.givenName ?? 'Adaeze Grace',
    birthDate: '1958-11-02',
    clinicalSex: 'female',
    genderIdentity: 'woman',
    identifiers: [{ system: 'urn:oid:2.16.840.1.113883.4.1', value: `${options.mrn ?? 'MRN-31415'}-SSN` }],
  });
  const order = await placeOrder(at(minutes(drawn, -10)), actor, {
    patientId: patient.id,
    orderables: ['BMP', 'CBC', 'UA', 'CTDNA'],
    priority: 'stat',
    orderingProviderId: provider.id,
    placerOrderNumber: `EHR-${options.mrn ?? 'MRN-31415'}`,
    clinicalInfo: 'Chest pain; on furosemide',
  });
  // ordered_at is stamped by the database clock: move it to the moment of the order.
  await sql`update orders set ordered_at = ${minutes(drawn, -10)} where id = ${order.id}`.execute(lab.db);
  const tube = (specimenType: string, container: string): string => {
    const specimen = order.specimens.find(
      (s) => s.specimenType === specimenType && s.container === container,
    );
    if (!specimen) throw new Error(`the order has no ${specimenType} ${container} tube`);
    return specimen.accessionNumber;
  };
  const accessions = {
    chemistry: tube('SER/PLAS', 'LIHEP'),
    hematology: tube('WB-EDTA', 'EDTA'),
    urine: tube('UR', 'URINE-CUP'),
    molecular: tube('PLAS', 'EDTA'),
  };
  const label = { mrn: patient.mrn, birthDate: patient.birthDate };
  const analyses: Record<string, string> = {};
  const specimens: Record<string, { accession: string; id: string }> = {};
  for (const [kind, accession] of Object.entries(accessions) as [keyof typeof results, string][]) {
    await collectSpecimen(at(drawn), actor, accession, { collectedAt: drawn, site: 'left antecubital vein' });
    await receiveSpecimen(at(minutes(drawn, 15)), actor, accession, label);
    const specimen = await lab.db
      .selectFrom('specimens')
      .select('id')
      .where('accession_number', '=', accession)
      .executeTakeFirstOrThrow();
    specimens[kind] = { accession, id: specimen.id };
    const instrument =
      kind === 'hematology' ? 'sysmex-xn-1' : kind === 'molecular' ? 'ngs-run-7' : 'cobas-c503-1';
    await lab.db.transaction().execute(async (tx) => {
      const rows = await tx
        .selectFrom('analyses')
        .select(['id', 'test_code'])
        .where('specimen_id', '=', specimen.id)
        .execute();
      for (const a of rows) analyses[a.test_code] = a.id;
      for (const [testCode, value] of results[kind]) {
        const analysisId = analyses[testCode];
        const stored = await findTestDefinition(tx, testCode);
        if (!analysisId || !stored) throw new Error(`${testCode} was not ordered on ${accession}`);
        const def = stored.definition;
        const interval = referenceIntervalFor(def, 'female', ageInDays(patient.birthDate, drawn));
        const flag = value.kind === 'numeric' ? flagNumeric(value.value, interval, def.critical) : undefined;
        await insertResultVersion(tx, {
          analysis_id: analysisId,
          value,
          numeric_value: value.kind === 'numeric' ? value.value : null,
          unit: def.unit ?? null,
          flags: flag && flag !== 'N' ? [flag] : [],
          status: 'pending',
          source: 'instrument',
          instrument_id: instrument,
          entered_by: actor.username,
          observed_at: minutes(drawn, 40),
          created_at: minutes(drawn, 40),
          detail: {},
        });
        await tx.updateTable('analyses').set({ status: 'resulted' }).where('id', '=', analysisId).execute();
      }
      if (results[kind].length === rows.length) {
        await appendSpecimenEvent(tx, specimen.id, {
          kind: 'resulted',
          at: minutes(drawn, 40),
          actor: actor.username,
        });
      }
    });
  }
  await lab.db.transaction().execute(async (tx) => {
    const current = await tx
      .selectFrom('results')
      .innerJoin('analyses', 'analyses.id', 'results.analysis_id')
      .select(['results.id', 'results.analysis_id', 'analyses.test_code', 'results.status'])
      .where('analyses.order_id', '=', order.id)
      .where('results.status', '=', 'pending')
      .execute();
    for (const result of current) {
      if (result.test_code === 'CREA') {
        await tx.updateTable('results').set({ status: 'held' }).where('id', '=', result.id).execute();
        await tx
          .updateTable('analyses')
          .set({ status: 'held' })
          .where('id', '=', result.analysis_id)
          .execute();
        continue;
      }
      await release(tx, result.id, minutes(drawn, 55), actor.username);
      await tx
        .updateTable('analyses')
        .set({ status: 'released' })
        .where('id', '=', result.analysis_id)
        .execute();
    }
    // The sodium was keyed as 183 for 138: corrected an hour later, both versions kept.
    const sodium = current.find((r) => r.test_code === 'NA');
    if (sodium) {
      const original = await tx
        .selectFrom('results')
        .selectAll()
        .where('id', '=', sodium.id)
        .executeTakeFirstOrThrow();
      const corrected = await insertResultVersion(tx, {
        analysis_id: original.analysis_id,
        value: n(138),
        numeric_value: 138,
        unit: original.unit,
        flags: [],
        status: 'final',
        source: 'manual',
        instrument_id: original.instrument_id,
        entered_by: actor.username,
        observed_at: original.observed_at,
        detail: { correctionOf: original.id, correctionReason: 'transcription error: 138 keyed as 183' },
      });
      await tx.updateTable('results').set({ status: 'corrected' }).where('id', '=', original.id).execute();
      await tx
        .insertInto('result_corrections')
        .values({
          result_id: corrected.id,
          corrects_result_id: original.id,
          reason: 'transcription error: 138 keyed as 183',
          corrected_by: actor.username,
          corrected_at: minutes(drawn, 115),
        })
        .execute();
      await release(tx, corrected.id, minutes(drawn, 115), actor.username);
    }
    const potassium = current.find((r) => r.test_code === 'K');
    if (potassium) {
      const call = await tx
        .insertInto('critical_calls')
        .values({
          result_id: potassium.id,
          patient_id: patient.id,
          specimen_id: specimens.chemistry?.id ?? '',
          test_code: 'K',
          value: n(6.4),
          unit: 'mmol/L',
          direction: 'high',
          limit_value: 6.2,
          limit_source: 'Kost 1990 (JAMA 263:704)',
          reason: 'potassium at or above the critical limit 6.2 mmol/L',
          detected_at: minutes(drawn, 41),
          status: 'completed',
          notified_person: 'RN Jamie Park',
          notified_role: 'nurse',
          read_back_confirmed: true,
          completed_by: actor.username,
          completed_at: minutes(drawn, 49),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('critical_call_attempts')
        .values([
          {
            call_id: call.id,
            at: minutes(drawn, 44),
            reached: 'no answer (ward 4B)',
            role: null,
            channel: 'phone',
            outcome: 'no-answer',
            by_user: actor.username,
          },
          {
            call_id: call.id,
            at: minutes(drawn, 49),
            reached: 'RN Jamie Park',
            role: 'nurse',
            channel: 'phone',
            outcome: 'read-back confirmed',
            by_user: actor.username,
          },
        ])
        .execute();
    }
    for (const kind of ['hematology', 'urine'] as const) {
      const id = specimens[kind]?.id;
      if (id)
        await appendSpecimenEvent(tx, id, {
          kind: 'released',
          at: minutes(drawn, 55),
          actor: actor.username,
        });
    }
  });
  return {
    patientId: patient.id,
    orderId: order.id,
    orderNumber: order.orderNumber,
    providerId: provider.id,
    specimens: specimens as ReportedPatient['specimens'],
    analyses,
  };
}
