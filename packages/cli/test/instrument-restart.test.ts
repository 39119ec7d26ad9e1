/**
 * Store-and-forward, the hard way: the built `aliquot serve` takes results from an ASTM analyzer and an
 * HL7 analyzer, is killed (SIGKILL, no goodbye) in the middle of the traffic, and started again on the
 * same database. Every message it acknowledged is in its journal; the analyzers then resend everything
 * they sent, and still each result exists once. Runs the built command (`npm test` builds first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeOrder, receiveSpecimen, registerPatient, type Actor, type LabContext } from '@aliquot/services';
import {
  ChemistryAnalyzer,
  ImmunoassayAnalyzer,
  createTestDatabase,
  embeddedServer,
  type TestDatabase,
} from '@aliquot/testkit';

const cli = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const mls: Actor = { id: 'u-mls', username: 'restart-mls', displayName: 'MLS', roles: ['mls'] };

interface Serving {
  readonly child: ChildProcess;
  readonly astmPort: number;
  readonly mllpPort: number;
}

let database: TestDatabase;
let lab: LabContext;
let home = '';
let config = '';
let running: ChildProcess | undefined;

async function serve(): Promise<Serving> {
  const child = spawn(
    process.execPath,
    [cli, 'serve', '--port', '0', '--astm-port', '0', '--mllp-port', '0', '--config', config],
    {
      env: { ...process.env, DATABASE_URL: database.url, ALIQUOT_ADMIN_PASSWORD: 'restart-admin-password' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running = child;
  let output = '';
  return new Promise<Serving>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`aliquot serve did not start: ${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ports = /ASTM on port (\d+), HL7\/MLLP on port (\d+)/.exec(output);
      if (ports && /listening on http/.test(output)) {
        clearTimeout(timer);
        resolve({ child, astmPort: Number(ports[1]), mllpPort: Number(ports[2]) });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`aliquot serve exited with ${code}: ${output}`)));
  });
}

async function receivedSpecimen(orderable: string, n: number): Promise<string> {
  const patient = await registerPatient(lab, mls, {
    mrn: `MRN-RS-${process.pid}-${n}`,
    familyName: 'Moreau',
    givenName: 'Luc',
    birthDate: '1955-09-30',
    clinicalSex: 'male',
  });
  const order = await placeOrder(lab, mls, {
    patientId: patient.id,
    orderables: [orderable],
    priority: 'stat',
  });
  const accession = order.specimens[0]?.accessionNumber ?? '';
  await receiveSpecimen(lab, mls, accession, { mrn: patient.mrn, birthDate: '1955-09-30' });
  return accession;
}

async function journaledTexts(): Promise<Set<string>> {
  const rows = await lab.db
    .selectFrom('message_journal')
    .select('raw')
    .where('direction', '=', 'in')
    .execute();
  return new Set(rows.map((r) => Buffer.from(r.raw).toString('latin1')));
}

async function settled(): Promise<void> {
  for (let waited = 0; waited < 30_000; waited += 200) {
    const open = await lab.db
      .selectFrom('message_journal')
      .select('id')
      .where('state', '=', 'accepted')
      .executeTakeFirst();
    if (!open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('messages were left unprocessed');
}

beforeAll(async () => {
  database = await createTestDatabase(embeddedServer());
  lab = { db: database.db, now: () => new Date() };
  home = await mkdtemp(path.join(tmpdir(), 'aliquot-instrument-restart-'));
  config = path.join(home, 'aliquot.json');
  await writeFile(
    config,
    JSON.stringify({ instruments: [ChemistryAnalyzer.registration(), ImmunoassayAnalyzer.registration()] }),
  );
});
afterAll(async () => {
  running?.kill('SIGKILL');
  await database.drop();
  if (home) await rm(home, { recursive: true, force: true });
});

describe('aliquot serve killed in the middle of instrument traffic', () => {
  it('keeps every acknowledged message, and resends after the restart make no second result', async () => {
    const first = await serve();
    // The first start seeded the catalog and registered the analyzers from the config file.
    const glucose = await Promise.all(Array.from({ length: 30 }, (_, i) => receivedSpecimen('GLU', i)));
    const psa = await Promise.all(Array.from({ length: 10 }, (_, i) => receivedSpecimen('PSA', 100 + i)));
    const chem = await ChemistryAnalyzer.connect(first.astmPort);
    const astmTexts = glucose.map((a, i) =>
      chem.resultText(a, [{ code: 'GLU', value: String(4 + i / 10), unit: 'mmol/L' }], {
        controlId: `G-${i}`,
      }),
    );
    const hl7Texts = psa.map((a, i) =>
      ImmunoassayAnalyzer.oulR22(a, [{ code: 'PSA', value: String(1 + i / 10), unit: 'ng/mL' }], {
        controlId: `P-${i}`,
      }),
    );
    const acknowledged: string[] = [];
    const immuno = ImmunoassayAnalyzer.connect(first.mllpPort);
    const hl7Traffic = (async () => {
      for (const text of hl7Texts) {
        const ack = await immuno.client.send(text).catch(() => undefined);
        if (!ack) return;
        expect(ack.code).toBe('AA');
        acknowledged.push(text);
      }
    })();
    for (const text of astmTexts) {
      if (acknowledged.length >= 14) {
        // Kill it while the next transfer is on the line.
        void chem.client.send(text).catch(() => undefined);
        first.child.kill('SIGKILL');
        break;
      }
      await chem.client.send(text);
      acknowledged.push(text);
    }
    await hl7Traffic;
    await new Promise<void>((resolve) =>
      first.child.exitCode !== null ? resolve() : first.child.once('exit', () => resolve()),
    );
    await chem.close().catch(() => undefined);
    await immuno.close().catch(() => undefined);
    expect(acknowledged.length).toBeGreaterThanOrEqual(14);

    const second = await serve();
    const stored = await journaledTexts();
    for (const text of acknowledged) expect(stored.has(text), text.slice(0, 60)).toBe(true);

    // The analyzers send everything again: what was acknowledged, and what was not.
    const chemAgain = await ChemistryAnalyzer.connect(second.astmPort);
    for (const text of astmTexts) await chemAgain.client.send(text);
    const immunoAgain = ImmunoassayAnalyzer.connect(second.mllpPort);
    for (const text of hl7Texts) expect((await immunoAgain.client.send(text)).code).toBe('AA');
    await chemAgain.close();
    await immunoAgain.close();
    await settled();

    const inbound = await lab.db
      .selectFrom('message_journal')
      .select(['control_id', 'state'])
      .where('direction', '=', 'in')
      .execute();
    expect(inbound).toHaveLength(40);
    expect(new Set(inbound.map((r) => r.control_id)).size).toBe(40);
    expect(inbound.every((r) => r.state === 'processed')).toBe(true);
    const versions = await lab.db
      .selectFrom('results')
      .innerJoin('analyses', 'analyses.id', 'results.analysis_id')
      .innerJoin('specimens', 'specimens.id', 'analyses.specimen_id')
      .select(['specimens.accession_number', 'results.version'])
      .execute();
    expect(versions).toHaveLength(40);
    expect(versions.every((v) => v.version === 1)).toBe(true);
    expect(new Set(versions.map((v) => v.accession_number))).toEqual(new Set([...glucose, ...psa]));

    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
    running = undefined;
  }, 180_000);
});
