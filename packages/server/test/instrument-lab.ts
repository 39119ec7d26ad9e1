/**
 * What the instrument end-to-end tests share: a real server with its ASTM and MLLP listeners on
 * ephemeral ports, staff signed in, and helpers that go through the HTTP API as a person would.
 */
import { expect } from 'vitest';
import type {
  Instrument,
  InstrumentInput,
  JournalEntry,
  SpecimenTimeline,
  UnmappedCode,
} from '@aliquot/services';
import { startTestLab, type TestLab, type TestServerOptions } from '@aliquot/testkit';

export type Staff = 'admin' | 'mls' | 'mlt';

export interface InstrumentLab {
  readonly lab: TestLab<Staff>;
  register(input: InstrumentInput): Promise<Instrument>;
  /** Registers a patient, orders, and receives the specimen; returns its accession number. */
  receivedSpecimen(orderables: readonly string[]): Promise<string>;
  timeline(accession: string): Promise<SpecimenTimeline>;
  /** The results of each test of a specimen, latest version first. */
  resultsByTest(accession: string): Promise<Map<string, SpecimenTimeline['analyses'][number]['results']>>;
  journal(query?: string): Promise<JournalEntry[]>;
  unmapped(): Promise<UnmappedCode[]>;
  /** Waits until every message received so far is processed. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

let mrn = 0;

export async function startInstrumentLab(
  options: Omit<TestServerOptions, 'users'> = {},
): Promise<InstrumentLab> {
  const lab = await startTestLab({ users: { admin: ['admin'], mls: ['mls'], mlt: ['mlt'] }, ...options });
  const ok = <T>(reply: { status: number; body: T }, what: string): T => {
    expect(reply.status, `${what}: ${JSON.stringify(reply.body)}`).toBeLessThan(300);
    return reply.body;
  };
  const timeline = async (accession: string) =>
    ok(await lab.api<SpecimenTimeline>('mls', `/api/specimens/${accession}`), 'timeline');
  return {
    lab,
    register: async (input) =>
      ok(await lab.api<Instrument>('admin', '/api/instruments', { body: input }), 'register'),
    async receivedSpecimen(orderables) {
      const id = `MRN-E${process.pid}-${++mrn}`;
      const patient = ok(
        await lab.api<{ id: string }>('mls', '/api/patients', {
          body: {
            mrn: id,
            familyName: 'Tanaka',
            givenName: 'Yui',
            birthDate: '1988-02-29',
            clinicalSex: 'female',
          },
        }),
        'patient',
      );
      const order = ok(
        await lab.api<{ specimens: { accessionNumber: string }[] }>('mls', '/api/orders', {
          body: { patientId: patient.id, orderables, priority: 'routine' },
        }),
        'order',
      );
      const accession = order.specimens[0]?.accessionNumber ?? '';
      ok(
        await lab.api('mls', `/api/specimens/${accession}/receive`, {
          body: { mrn: id, birthDate: '1988-02-29' },
        }),
        'receive',
      );
      return accession;
    },
    timeline,
    async resultsByTest(accession) {
      const t = await timeline(accession);
      return new Map(t.analyses.map((a) => [a.testCode, [...a.results].reverse()]));
    },
    async journal(query = '') {
      const limit = query.includes('limit=') ? '' : '&limit=500';
      return ok(await lab.api<{ items: JournalEntry[] }>('mls', `/api/journal?${limit}${query}`), 'journal')
        .items;
    },
    async unmapped() {
      return ok(await lab.api<{ items: UnmappedCode[] }>('mls', '/api/unmapped'), 'unmapped').items;
    },
    idle: () => lab.server.instruments.idle(),
    close: () => lab.close(),
  };
}

/** Bytes of a journal entry's raw message. */
export function rawBytes(entry: JournalEntry): Uint8Array {
  return Uint8Array.from(Buffer.from(entry.raw.base64, 'base64'));
}
