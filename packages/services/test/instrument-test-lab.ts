/**
 * A lab for the instrument scenarios: a fresh database on the embedded PostgreSQL with the starter
 * catalog, a chemistry analyzer in the registry, and patients with received specimens.
 */
import {
  commandLine,
  createInstrument,
  journalInbound,
  placeOrder,
  processJournalEntry,
  receiveSpecimen,
  registerPatient,
  seedCatalog,
  type Actor,
  type InstrumentInput,
  type LabContext,
  type ProcessOutcome,
} from '@aliquot/services';
import type { Priority } from '@aliquot/domain';
import { createTestDatabase, embeddedServer, type TestDatabase } from '@aliquot/testkit';

export const mls: Actor = { id: 'u-mls', username: 'amartin', displayName: 'A. Martin, MLS', roles: ['mls'] };

export const CHEM: InstrumentInput = {
  code: 'AU-1',
  name: 'Chemistry analyzer 1',
  protocol: 'astm',
  transport: 'tcp-server',
  senderIds: ['AU5800'],
  qcPatterns: ['^QC-'],
  testCodes: [
    { instrumentCode: 'GLU', testCode: 'GLU', instrumentUnit: 'mmol/L', factor: 18.016 },
    { instrumentCode: 'NA', testCode: 'NA' },
    { instrumentCode: 'K', testCode: 'K' },
    { instrumentCode: 'CREA', testCode: 'CREA' },
    { instrumentCode: 'UREA', testCode: 'BUN' },
    { instrumentCode: 'HBA1C', testCode: 'HBA1C', runs: false },
  ],
};

export interface InstrumentTestLab {
  readonly database: TestDatabase;
  readonly lab: LabContext;
  /** Registers a patient, orders `orderables` and receives the specimen; returns its accession. */
  receivedSpecimen(orderables: readonly string[], priority?: Priority): Promise<string>;
  /** Journals an ASTM message from the analyzer and processes it, as its link would. */
  deliver(text: string, connection?: string): Promise<ProcessOutcome & { duplicate: boolean }>;
  close(): Promise<void>;
}

let mrn = 0;

export async function startInstrumentTestLab(instrument: InstrumentInput = CHEM): Promise<InstrumentTestLab> {
  const database = await createTestDatabase(embeddedServer());
  const lab: LabContext = { db: database.db, now: () => new Date() };
  await seedCatalog(lab, commandLine);
  await createInstrument(lab, commandLine, instrument);
  return {
    database,
    lab,
    async receivedSpecimen(orderables, priority = 'routine') {
      const patient = await registerPatient(lab, mls, {
        mrn: `MRN-I${process.pid}-${++mrn}`,
        familyName: 'Okafor',
        givenName: 'Ada',
        birthDate: '1970-03-14',
        clinicalSex: 'female',
      });
      const order = await placeOrder(lab, mls, { patientId: patient.id, orderables, priority });
      const accession = order.specimens[0]?.accessionNumber ?? '';
      await receiveSpecimen(lab, mls, accession, { mrn: patient.mrn, birthDate: '1970-03-14' });
      return accession;
    },
    async deliver(text, connection = 'astm-listener') {
      const raw = Uint8Array.from(text, (c) => c.charCodeAt(0));
      const journaled = await journalInbound(lab.db, {
        connection,
        protocol: 'astm',
        raw,
        receivedAt: new Date(),
      });
      const { entry, duplicate } = journaled;
      // As a link does: only a newly stored message goes on to processing; one held at once stays so.
      if (duplicate || entry.state !== 'accepted')
        return {
          id: entry.id,
          state: entry.state,
          error: entry.error,
          resultCount: entry.result_count,
          duplicate,
        };
      return { ...(await processJournalEntry(lab, entry.id)), duplicate };
    },
    close: () => database.drop(),
  };
}

/** An ASTM result message from the AU5800 for one specimen. */
export function astmResults(
  specimenId: string,
  results: readonly { code: string; value: string; unit: string; flags?: string }[],
  options: { controlId?: string; stamp?: string } = {},
): string {
  const stamp = options.stamp ?? '20261121093000';
  let text = `H|\\^&|${options.controlId ?? ''}||AU5800^2.1|||||ALIQUOT||P|LIS2-A2|${stamp}\rP|1\rO|1|${specimenId}||^^^ALL|R||||||N||||||||||||||F\r`;
  results.forEach((r, i) => {
    text += `R|${i + 1}|^^^${r.code}^1|${r.value}|${r.unit}||${r.flags ?? ''}||F||OP1||${stamp}|AU5800\r`;
  });
  return `${text}L|1|N\r`;
}
