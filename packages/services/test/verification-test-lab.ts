/**
 * A lab for the verification scenarios: a fresh database on the embedded PostgreSQL with the starter
 * catalog and the starter rule set active, a clock the test moves, staff with their credentials, and
 * helpers to register a patient, order, receive and put instrument results on a specimen.
 */
import { expect } from 'vitest';
import type { Role } from '@aliquot/domain';
import {
  addCertification,
  commandLine,
  createControlLot,
  createControlMaterial,
  createUser,
  enterQcRun,
  placeManualHold,
  setManufacturerTarget,
  enterResult,
  enterResults,
  ensureStarterRuleSet,
  placeOrder,
  receiveSpecimen,
  recordCompetency,
  registerPatient,
  seedCatalog,
  type Actor,
  type EnterResult,
  type LabContext,
  type Patient,
} from '@aliquot/services';
import type { ResultRow } from '@aliquot/storage';
import { createTestDatabase, embeddedServer, type TestDatabase } from '@aliquot/testkit';

export const allElements = {
  'direct-observation': true,
  'monitoring-reporting': true,
  'record-review': true,
  'maintenance-observation': true,
  'blind-samples': true,
  'problem-solving': true,
} as const;

/** The analyzer interface, as the instrument link records results. */
export const analyzer: Actor = {
  id: 'interface-chem-1',
  username: 'interface:CHEM-1',
  displayName: 'CHEM-1 interface',
  roles: ['mlt'],
};

export interface VerificationTestLab {
  readonly database: TestDatabase;
  readonly lab: LabContext;
  /** The lab's clock: starts at 2026-03-02 08:00 UTC. */
  now(): Date;
  advanceMinutes(minutes: number): void;
  /** A signed-up person with the given roles, credentialled for chemistry and hematology unless told not to. */
  person(
    username: string,
    roles: readonly Role[],
    options?: { readonly credentialled?: boolean },
  ): Promise<Actor>;
  patient(
    familyName: string,
    options?: Partial<Pick<Patient, 'birthDate' | 'clinicalSex'>>,
  ): Promise<Patient>;
  /** Orders, collects now and receives; returns the accession of the specimen holding `testCode`. */
  specimen(patient: Patient, orderables: readonly string[], holding?: string): Promise<string>;
  /** A result from CHEM-1 with the test's unit unless another is given. */
  instrumentResult(
    accession: string,
    testCode: string,
    value: number,
    options?: Partial<EnterResult>,
  ): Promise<ResultRow>;
  /** Results on one specimen from CHEM-1 sent together, as one analyzer message is: judged together. */
  instrumentMessage(
    accession: string,
    results: readonly { readonly testCode: string; readonly value: number }[],
  ): Promise<ResultRow[]>;
  /** An accepted QC run on CHEM-1 for each test, measured `minutesAgo` before now (controls at their means). */
  acceptQc(testCodes: readonly string[], minutesAgo?: number): Promise<void>;
  /** A QC hold on CHEM-1 × test, as a failed run or an out-of-control analyzer puts it. */
  holdQc(testCode: string, reason: string): Promise<void>;
  close(): Promise<void>;
}

/** Control means and SDs per test, in catalog units: level 1 near normal, level 2 abnormal. */
const controls: Readonly<Record<string, readonly [number, number, number, number]>> = {
  K: [4.0, 0.08, 6.5, 0.12],
  NA: [140, 1.2, 160, 1.5],
  CL: [100, 1.5, 120, 2],
  CO2: [24, 1, 35, 1.2],
  BUN: [15, 0.6, 60, 2],
  CREA: [1.0, 0.04, 5.0, 0.15],
  GLU: [90, 3, 300, 8],
  CA: [9.2, 0.15, 12.5, 0.2],
  LACT: [1.5, 0.05, 6, 0.2],
  TSH: [1.5, 0.06, 20, 0.8],
  FT4: [1.2, 0.05, 3.5, 0.12],
  FT3: [3.0, 0.12, 8, 0.3],
  TRIG: [120, 4, 300, 9],
  HGB: [13, 0.2, 8, 0.15],
  MCV: [88, 1, 75, 1],
  ALP: [80, 3, 300, 9],
  MG: [2.0, 0.06, 4.0, 0.1],
};

const units: Readonly<Record<string, string>> = {};
let counter = 0;

export async function startVerificationTestLab(): Promise<VerificationTestLab> {
  const database = await createTestDatabase(embeddedServer());
  let clock = new Date('2026-03-02T08:00:00Z');
  const lab: LabContext = { db: database.db, now: () => clock };
  await seedCatalog(lab, commandLine);
  await ensureStarterRuleSet(lab);
  const clerk = await createUser(lab, commandLine, {
    username: 'desk',
    displayName: 'Accessioning desk',
    password: 'desk-password-1',
    roles: ['mlt'],
  });
  const desk: Actor = {
    id: clerk.id,
    username: clerk.username,
    displayName: clerk.displayName,
    roles: clerk.roles,
  };
  let lotIds: [string, string] | undefined;
  const targeted = new Set<string>();
  const unitOf = async (testCode: string): Promise<string | undefined> => {
    if (!(testCode in units)) {
      const row = await database.db
        .selectFrom('test_definitions')
        .select('unit')
        .where('code', '=', testCode)
        .executeTakeFirst();
      (units as Record<string, string>)[testCode] = row?.unit ?? '';
    }
    return units[testCode] || undefined;
  };
  return {
    database,
    lab,
    now: () => clock,
    advanceMinutes: (minutes) => {
      clock = new Date(clock.getTime() + minutes * 60_000);
    },
    person: async (username, roles, options = {}) => {
      const user = await createUser(lab, commandLine, {
        username,
        displayName: username,
        password: 'bench-password-1',
        roles,
      });
      const actor: Actor = { id: user.id, username, displayName: username, roles: user.roles };
      if (options.credentialled !== false) {
        const admin: Actor = { ...commandLine, roles: ['admin'] };
        await addCertification(lab, admin, user.id, {
          body: 'ASCP',
          credential: 'MLS',
          expiresOn: '2028-12-31',
        });
        // Experienced staff: past their first year, so assessed annually (next due 2026-10-01).
        for (const discipline of ['chemistry', 'hematology', 'immunoassay'] as const) {
          for (const assessedOn of ['2024-04-01', '2024-10-01', '2025-10-01']) {
            await recordCompetency(lab, admin, user.id, {
              discipline,
              assessedOn,
              assessor: 'R. Diaz',
              elements: allElements,
            });
          }
        }
      }
      return actor;
    },
    patient: async (familyName, options = {}) => {
      counter += 1;
      return registerPatient(lab, desk, {
        mrn: `AV-${process.pid}-${counter}`,
        familyName,
        givenName: 'Test',
        birthDate: options.birthDate ?? '1961-07-04',
        clinicalSex: options.clinicalSex ?? 'female',
      });
    },
    specimen: async (patient, orderables, holding) => {
      const order = await placeOrder(lab, desk, { patientId: patient.id, orderables, priority: 'routine' });
      const wanted = holding ?? orderables[0];
      const specimens = await database.db
        .selectFrom('specimens')
        .innerJoin('analyses', 'analyses.specimen_id', 'specimens.id')
        .select('specimens.accession_number')
        .where('specimens.order_id', '=', order.id)
        .where('analyses.test_code', '=', wanted ?? '')
        .executeTakeFirst();
      const accession = specimens?.accession_number ?? order.specimens[0]?.accessionNumber;
      if (accession === undefined) throw new Error('the order made no specimen');
      for (const specimen of order.specimens) {
        await receiveSpecimen(lab, desk, specimen.accessionNumber, {
          mrn: patient.mrn,
          birthDate: patient.birthDate,
        });
      }
      return accession;
    },
    instrumentResult: async (accession, testCode, value, options = {}) => {
      const unit = options.unit ?? (await unitOf(testCode));
      return enterResult(lab, analyzer, accession, {
        testCode,
        value: { kind: 'numeric', value },
        source: 'instrument',
        instrumentId: 'CHEM-1',
        ...(unit === undefined ? {} : { unit }),
        ...options,
      });
    },
    instrumentMessage: async (accession, results) => {
      const entries = [];
      for (const { testCode, value } of results) {
        const unit = await unitOf(testCode);
        entries.push({
          accession,
          input: {
            testCode,
            value: { kind: 'numeric', value } as const,
            source: 'instrument' as const,
            instrumentId: 'CHEM-1',
            ...(unit === undefined ? {} : { unit }),
          },
        });
      }
      return enterResults(lab, analyzer, entries);
    },
    acceptQc: async (testCodes, minutesAgo = 60) => {
      const lots = await controlLots();
      for (const testCode of testCodes) {
        const [mean1, sd1, mean2, sd2] = controls[testCode] ?? [1, 0.05, 2, 0.1];
        if (!targeted.has(testCode)) {
          await setManufacturerTarget(lab, desk, {
            instrumentCode: 'CHEM-1',
            testCode,
            lotId: lots[0],
            mean: mean1,
            sd: sd1,
          });
          await setManufacturerTarget(lab, desk, {
            instrumentCode: 'CHEM-1',
            testCode,
            lotId: lots[1],
            mean: mean2,
            sd: sd2,
          });
          targeted.add(testCode);
        }
        await enterQcRun(lab, desk, {
          instrumentCode: 'CHEM-1',
          testCode,
          measuredAt: new Date(clock.getTime() - minutesAgo * 60_000),
          values: [
            { lotId: lots[0], value: mean1 },
            { lotId: lots[1], value: mean2 },
          ],
        });
      }
    },
    holdQc: async (testCode, reason) => {
      await placeManualHold(lab, desk, { instrumentCode: 'CHEM-1', testCode, reason });
    },
    close: () => database.drop(),
  };

  async function controlLots(): Promise<[string, string]> {
    if (lotIds) return lotIds;
    const material = await createControlMaterial(lab, desk, {
      code: 'MULTI',
      name: 'Assayed multi-analyte control',
      manufacturer: 'Example Diagnostics',
    });
    const level = async (name: string, lotNumber: string) =>
      (
        await createControlLot(lab, desk, {
          materialId: material.id,
          level: name,
          lotNumber,
          expiresOn: '2099-12-31',
        })
      ).id;
    lotIds = [await level('L1', '70001'), await level('L2', '70002')];
    return lotIds;
  }
}

/** An asymmetric matcher for a message, typed as the string it stands for (keeps lint's any-checks quiet). */
export const matching = (pattern: RegExp): string => expect.stringMatching(pattern) as string;
