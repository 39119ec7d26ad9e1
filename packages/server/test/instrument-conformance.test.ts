/**
 * The conformance kit over real TCP: four simulated analyzers — chemistry (ASTM with host query),
 * hematology (ASTM with flags and histograms), immunoassay (HL7 OUL^R22 over MLLP) and coagulation
 * (ASTM, the host connects to it and pushes worklists) — work a day's tubes against a running server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AstmWireClient,
  ChemistryAnalyzer,
  CoagulationAnalyzer,
  HematologyAnalyzer,
  ImmunoassayAnalyzer,
} from '@aliquot/testkit';
import { startInstrumentLab, type InstrumentLab } from './instrument-lab.js';

let t: InstrumentLab;
let chem: ChemistryAnalyzer;
let hema: HematologyAnalyzer;
let immuno: ImmunoassayAnalyzer;

beforeAll(async () => {
  t = await startInstrumentLab();
  chem = await ChemistryAnalyzer.connect(t.lab.astmPort);
  hema = await HematologyAnalyzer.connect(t.lab.astmPort);
  immuno = ImmunoassayAnalyzer.connect(t.lab.mllpPort);
  await t.register(chem.registration());
  await t.register(hema.registration());
  await t.register(immuno.registration());
});
afterAll(async () => {
  await chem.close();
  await hema.close();
  await immuno.close();
  await t.close();
});

describe('the chemistry analyzer asks what to run and reports it', () => {
  it('a BMP tube: the host query is answered with the eight tests, and each result lands on its analysis', async () => {
    const accession = await t.receivedSpecimen(['BMP']);
    const asked = performance.now();
    const answer = await chem.query(accession, '12^3');
    expect(performance.now() - asked).toBeLessThan(chem.registration().queryTimeoutMs ?? 10_000);
    expect(answer.terminationCode).toBe('N');
    expect([...answer.tests].sort()).toEqual(['CA', 'CL', 'CO2', 'CREA', 'GLU', 'K', 'NA', 'UREA']);
    expect(answer.message.text).toMatch(/^O\|1\|[^|]+\|12\^3\|/m);

    await chem.sendResults(accession, ChemistryAnalyzer.results(answer.tests));
    await t.idle();
    const results = await t.resultsByTest(accession);
    expect(results.get('GLU')?.[0]).toMatchObject({
      value: { kind: 'numeric', value: 99.088 },
      unit: 'mg/dL',
      source: 'instrument',
      instrumentId: 'CHEM-SIM',
      detail: { instrumentValue: '5.5', instrumentUnits: 'mmol/L', operator: 'OP1' },
    });
    expect(results.get('BUN')?.[0]?.value).toEqual({ kind: 'numeric', value: 14 });
    for (const [test, versions] of results) {
      expect(versions, test).toHaveLength(1);
      expect(['pending', 'held'], test).toContain(versions[0]?.status);
    }
    const journal = await t.journal(`&instrument=CHEM-SIM`);
    expect(journal.map((e) => [e.direction, e.messageType, e.state])).toEqual([
      ['in', 'ASTM results', 'processed'],
      ['out', 'ASTM query response', 'acknowledged'],
      ['in', 'ASTM query', 'processed'],
    ]);
    expect(journal[1]?.replyTo).toBe(journal[2]?.id);
  });

  it('a tube the host knows nothing about is answered "no information" (L-3 I)', async () => {
    const answer = await chem.query('A99UNKNOWN');
    expect(answer.tests).toEqual([]);
    expect(answer.terminationCode).toBe('I');
  });
});

describe('the hematology analyzer reports a CBC with flags and histograms', () => {
  it('flags, instrument flags and the M-record histograms stay with their results', async () => {
    const accession = await t.receivedSpecimen(['CBC']);
    await hema.sendResults(accession, HematologyAnalyzer.cbc());
    await t.idle();
    const results = await t.resultsByTest(accession);
    expect([...results.keys()].sort()).toEqual([
      'HCT',
      'HGB',
      'MCH',
      'MCHC',
      'MCV',
      'PLT',
      'RBC',
      'RDW',
      'WBC',
    ]);
    expect(results.get('WBC')?.[0]?.detail).toMatchObject({
      flags: ['H', 'BLASTS?'],
      instrumentUnits: '10E3/uL',
    });
    expect(results.get('PLT')?.[0]?.detail).toMatchObject({ flags: ['L'] });
    const rbc = results.get('RBC')?.[0]?.detail as { manufacturer?: { kind: string; record: string }[] };
    expect(rbc.manufacturer?.[0]?.kind).toBe('HISTOGRAM');
    expect(rbc.manufacturer?.[0]?.record).toMatch(/^M\|1\|HISTOGRAM\|RBC\|64\|/);
  });

  it('a control tube goes to quality control, not to any patient', async () => {
    await hema.sendResults('CTRL-HEM-1', HematologyAnalyzer.cbc().slice(0, 3), { qc: true });
    await t.idle();
    const [latest] = await t.journal('&instrument=HEMA-SIM&limit=1');
    expect(latest?.state).toBe('unmapped');
    expect(latest?.error).toContain(
      'QC result: QC specimen ID "CTRL-HEM-1" from HEMA-SIM is not the specimen ID of any control lot',
    );
    expect(await t.unmapped()).toContainEqual(
      expect.objectContaining({ kind: 'control', code: 'CTRL-HEM-1' }),
    );
  });
});

describe('the immunoassay analyzer speaks HL7 over MLLP', () => {
  it('asks for the work order with QBP^Q11 and gets RSP^K11 with the pending tests', async () => {
    const accession = await t.receivedSpecimen(['TSH', 'FT4']);
    const response = await immuno.query(accession);
    expect(response.code).toBe('AA');
    expect(response.message.value('MSH-9')).toBe('RSP');
    expect(response.message.value('QAK-2')).toBe('OK');
    expect(ImmunoassayAnalyzer.orderedTests(response).sort()).toEqual(['FT4', 'TSH']);
  });

  it('reports them in an OUL^R22, acknowledged AA, recorded with the analyzer and operator', async () => {
    const accession = await t.receivedSpecimen(['TSH', 'FT4']);
    const ack = await immuno.sendResults(accession, [
      { code: 'TSH', value: '2.41', unit: 'uIU/mL', flags: ['N'] },
      { code: 'FT4', value: '1.12', unit: 'ng/dL' },
    ]);
    expect(ack.code).toBe('AA');
    await t.idle();
    const results = await t.resultsByTest(accession);
    expect(results.get('TSH')?.[0]).toMatchObject({
      value: { kind: 'numeric', value: 2.41 },
      unit: 'm[IU]/L',
      detail: { flags: ['N'], operator: 'OP7', equipment: 'IMMUNOSIM', instrumentUnits: 'uIU/mL' },
    });
    expect(results.get('FT4')?.[0]?.value).toEqual({ kind: 'numeric', value: 1.12 });
  });

  it('a control specimen (SPM-11 Q) is acknowledged and kept apart', async () => {
    const ack = await immuno.sendResults('IQC-TSH-2', [{ code: 'TSH', value: '5.9', unit: 'uIU/mL' }], {
      qc: true,
    });
    expect(ack.code).toBe('AA');
    await t.idle();
    const [latest] = await t.journal('&instrument=IMMUNO-SIM&limit=1');
    expect(latest).toMatchObject({ messageType: 'OUL^R22', state: 'unmapped' });
    expect(latest?.error).toMatch(/^QC result: /);
  });
});

describe('the coagulation analyzer waits for the host to connect', () => {
  let coag: CoagulationAnalyzer;
  beforeAll(async () => {
    coag = await CoagulationAnalyzer.listen(async (port) => {
      await t.register(CoagulationAnalyzer.registrationFor(port));
    });
  });
  afterAll(() => coag.close());

  it('the host connects out, pushes a worklist, and takes the results back on the same link', async () => {
    const accession = await t.receivedSpecimen(['COAG']);
    const pushed = await t.lab.api<{ queued: string[]; skipped: string[] }>(
      'mls',
      '/api/instruments/COAG-SIM/worklist',
      {
        body: { accessions: [accession] },
      },
    );
    expect(pushed.status).toBe(202);
    expect(pushed.body.queued).toHaveLength(1);
    const worklist = await coag.client.receive();
    expect(worklist.text).toMatch(
      new RegExp(`^O\\|1\\|${accession}\\|\\|\\^\\^\\^APTT\\\\\\^\\^\\^INR\\\\\\^\\^\\^PT\\|R\\|`, 'm'),
    );
    expect(worklist.text).toMatch(/\|O$/m);

    await coag.sendResults(accession, CoagulationAnalyzer.results());
    await t.idle();
    const results = await t.resultsByTest(accession);
    expect(results.get('PT')?.[0]?.detail).toMatchObject({
      dilution: '1',
      replicate: '2',
      reagentLot: 'TP-2231',
    });
    expect(results.get('APTT')?.[0]?.detail).toMatchObject({
      replicate: '1',
      reagentLot: 'AP-0917',
      operator: 'jdoe',
    });
    expect(results.get('INR')?.[0]?.value).toEqual({ kind: 'numeric', value: 1.07 });

    const out = await t.journal('&instrument=COAG-SIM&direction=out');
    expect(out[0]).toMatchObject({ messageType: 'ASTM worklist', state: 'acknowledged', attempts: 1 });
    const links = await t.lab.api<{
      items: { connection: string; state: string; lastMessageAt: string | null }[];
    }>('mls', '/api/instrument-links');
    expect(links.body.items).toContainEqual(
      expect.objectContaining({ connection: 'COAG-SIM', state: 'connected' }),
    );
    expect(links.body.items.find((l) => l.connection === 'astm-listener')).toMatchObject({
      state: 'listening',
    });
    expect(links.body.items.find((l) => l.connection === 'COAG-SIM')?.lastMessageAt).not.toBeNull();
  });
});

describe('many connections at once', () => {
  it('twenty analyzers report at the same time, each result once, and a broken link hurts no other', async () => {
    const accessions = await Promise.all(Array.from({ length: 20 }, () => t.receivedSpecimen(['GLU'])));
    const noisy = await AstmWireClient.connect(t.lab.astmPort);
    await noisy.write(Uint8Array.from([0x05, 0x02, 0x31, 0xff, 0x00]));
    noisy.socket.destroy();
    await Promise.all(
      accessions.map(async (accession) => {
        const analyzer = await ChemistryAnalyzer.connect(t.lab.astmPort);
        await analyzer.sendResults(accession, ChemistryAnalyzer.results(['GLU']));
        await analyzer.close();
      }),
    );
    await t.idle();
    for (const accession of accessions) expect((await t.resultsByTest(accession)).get('GLU')).toHaveLength(1);
  });
});
