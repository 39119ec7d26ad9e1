/**
 * The instrument registry, journal and unmapped queue through the HTTP API, as the LIS administrator
 * and the bench use them: who may change an instrument, what a refusal says, how the journal reads,
 * and links that start and stop as the registry changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledge, MllpServer, type InboundHl7Message } from '@aliquot/interfaces';
import type { Instrument, JournalEntry } from '@aliquot/services';
import { AstmWireClient, ChemistryAnalyzer, type Outcome } from '@aliquot/testkit';
import { startInstrumentLab, type InstrumentLab } from './instrument-lab.js';

let t: InstrumentLab;
beforeAll(async () => {
  t = await startInstrumentLab();
});
afterAll(() => t.close());

const bench = {
  code: 'BENCH-1',
  name: 'Benchtop analyzer',
  protocol: 'astm',
  transport: 'tcp-server',
  port: 0,
  senderIds: ['BENCHTOP'],
  testCodes: [{ instrumentCode: 'GLU', testCode: 'GLU' }],
};

type Links = { items: { connection: string; state: string; port: number | null; messagesIn: number }[] };

describe('the instrument registry', () => {
  it('a technologist may read but not change it', async () => {
    const refused = await t.lab.api<Outcome>('mlt', '/api/instruments', { body: bench });
    expect(refused.status).toBe(403);
    expect(refused.body.issue[0]?.diagnostics).toContain('instrument:write');
    expect((await t.lab.api('mlt', '/api/instruments')).status).toBe(200);
  });

  it('the administrator registers one; its own listener starts at once on the port it was given', async () => {
    const created = await t.lab.api<Instrument & { links: { state: string; port: number }[] }>(
      'admin',
      '/api/instruments',
      {
        body: bench,
      },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: 'BENCH-1',
      charset: 'latin1',
      contentionPriority: 'instrument',
      active: true,
    });
    expect(created.body.links[0]?.state).toBe('listening');
    const port = created.body.links[0]?.port ?? 0;
    expect(port).toBeGreaterThan(0);

    const accession = await t.receivedSpecimen(['GLU']);
    const line = await AstmWireClient.connect(port);
    await line.send(`H|\\^&|||BENCHTOP\rP|1\rO|1|${accession}||^^^GLU\rR|1|^^^GLU|92|mg/dL||N||F\rL|1|N\r`);
    await line.close();
    await t.idle();
    const [entry] = await t.journal('&connection=BENCH-1');
    expect(entry).toMatchObject({ instrumentCode: 'BENCH-1', state: 'processed', resultCount: 1 });
    const links = await t.lab.api<Links>('mls', '/api/instrument-links');
    expect(links.body.items.find((l) => l.connection === 'BENCH-1')).toMatchObject({
      state: 'listening',
      messagesIn: 1,
    });
  });

  it('refuses a second instrument with the same code, and mappings to tests not in the catalog', async () => {
    expect((await t.lab.api('admin', '/api/instruments', { body: bench })).status).toBe(409);
    const bad = await t.lab.api<Outcome>('admin', '/api/instruments', {
      body: { ...bench, code: 'BENCH-2', testCodes: [{ instrumentCode: 'XYZ', testCode: 'NOPE' }] },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.issue[1]).toMatchObject({
      diagnostics: 'no catalog test NOPE',
      expression: ['testCodes[0].testCode'],
    });
    const noHost = await t.lab.api<Outcome>('admin', '/api/instruments', {
      body: { ...bench, code: 'BENCH-3', transport: 'tcp-client' },
    });
    expect(noHost.status).toBe(422);
    expect(noHost.body.issue.some((i) => i.diagnostics?.includes('needs a host and a port'))).toBe(true);
  });

  it('a change replaces the mappings; removing the instrument stops its link and keeps its journal', async () => {
    const changed = await t.lab.api<Instrument>('admin', '/api/instruments/BENCH-1', {
      method: 'PUT',
      body: { ...bench, testCodes: [...bench.testCodes, { instrumentCode: 'NA+', testCode: 'NA' }] },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.testCodes.map((m) => m.instrumentCode)).toEqual(['GLU', 'NA+']);
    expect((await t.lab.api('admin', '/api/instruments/BENCH-1', { method: 'DELETE' })).status).toBe(204);
    expect((await t.lab.api('mls', '/api/instruments/BENCH-1')).status).toBe(404);
    const links = await t.lab.api<Links>('mls', '/api/instrument-links');
    expect(links.body.items.some((l) => l.connection === 'BENCH-1')).toBe(false);
    expect((await t.journal('&connection=BENCH-1')).length).toBe(1);
  });
});

describe('the journal', () => {
  let entries: JournalEntry[];
  beforeAll(async () => {
    await t.register(ChemistryAnalyzer.registration());
    const chem = await ChemistryAnalyzer.connect(t.lab.astmPort);
    for (const accession of ['A-J1', 'A-J2', 'A-J3'])
      await chem.sendResults(accession, ChemistryAnalyzer.results(['NA']));
    await chem.query('A-J4');
    await chem.close();
    await t.idle();
    entries = await t.journal('&instrument=CHEM-SIM');
  });

  it('lists newest first, pages with a total, and filters by direction and state', async () => {
    const ids = entries.map((e) => BigInt(e.id));
    expect([...ids].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))).toEqual(ids);
    const page = await t.lab.api<{ items: JournalEntry[]; total: number; limit: number; offset: number }>(
      'mls',
      '/api/journal?instrument=CHEM-SIM&limit=2&offset=1',
    );
    expect(page.body).toMatchObject({ total: entries.length, limit: 2, offset: 1 });
    expect(page.body.items.map((e) => e.id)).toEqual(entries.slice(1, 3).map((e) => e.id));
    const out = await t.journal('&instrument=CHEM-SIM&direction=out');
    expect(out.map((e) => e.messageType)).toEqual(['ASTM no information']);
    const failed = await t.journal('&instrument=CHEM-SIM&state=failed');
    // Results for specimens that do not exist fail, each with its reason.
    expect(failed).toHaveLength(3);
    expect(failed[0]?.error).toContain('Specimen A-J3 was not found');
  });

  it('shows the raw bytes as base64 and as text with the control characters named', async () => {
    const results = entries.find((e) => e.messageType === 'ASTM results');
    const one = await t.lab.api<JournalEntry>('mls', `/api/journal/${results?.id}`);
    expect(one.status).toBe(200);
    expect(Buffer.from(one.body.raw.base64, 'base64').toString('latin1')).toMatch(
      /^H\|\\\^&\|\|\|CHEMSIM\^1\.0\|/,
    );
    expect(one.body.raw.text).toContain('<CR>\nP|1||PID<CR>\n');
    expect(one.body.frames?.text).toMatch(
      /^<STX>1H\|\\\^&\|.*<CR><ETX>[0-9A-F]{2}<CR><LF>\n<STX>2P\|1\|\|PID<CR><ETX>/,
    );
    expect(one.body.raw.bytes).toBe(Buffer.from(one.body.raw.base64, 'base64').length);
  });

  it('refuses to reprocess what was processed or sent, and answers 404 for what does not exist', async () => {
    const query = entries.find((e) => e.messageType === 'ASTM query');
    const again = await t.lab.api<Outcome>('mls', `/api/journal/${query?.id}/reprocess`, { method: 'POST' });
    expect(again.status).toBe(409);
    const reply = entries.find((e) => e.direction === 'out');
    expect((await t.lab.api('mls', `/api/journal/${reply?.id}/reprocess`, { method: 'POST' })).status).toBe(
      409,
    );
    expect((await t.lab.api('mls', '/api/journal/99999999')).status).toBe(404);
    expect((await t.lab.api('mls', '/api/journal/abc')).status).toBe(422);
  });
});

describe('worklists to an HL7 instrument the host connects to', () => {
  it('an OML^O21 goes out and is acknowledged; a refusal fails it with the instrument’s reason', async () => {
    const received: InboundHl7Message[] = [];
    let answer: 'AA' | 'AE' = 'AA';
    const analyzer = new MllpServer({
      handler: (inbound) => {
        received.push(inbound);
        return Promise.resolve(
          answer === 'AA'
            ? acknowledge(inbound)
            : Buffer.from(
                `MSH|^~\\&|ANALYZER||ALIQUOT||20261121||ACK|X1|P|2.5.1\rMSA|AE|${inbound.message.value('MSH-10')}\rERR||||E||||tube not on board\r`,
              ),
        );
      },
    });
    const { port } = await analyzer.listen(0);
    await t.register({
      code: 'HL7-OUT',
      name: 'HL7 analyzer we connect to',
      protocol: 'hl7',
      transport: 'tcp-client',
      host: '127.0.0.1',
      port,
      testCodes: [{ instrumentCode: 'TSH-A', testCode: 'TSH' }],
    });
    const accession = await t.receivedSpecimen(['TSH']);
    const pushed = await t.lab.api<{ queued: string[] }>('mls', '/api/instruments/HL7-OUT/worklist', {
      body: { accessions: [accession] },
    });
    expect(pushed.status).toBe(202);
    const settle = async (id: string): Promise<JournalEntry> => {
      for (let i = 0; i < 100; i++) {
        const entry = (await t.lab.api<JournalEntry>('mls', `/api/journal/${id}`)).body;
        if (entry.state !== 'queued' && entry.state !== 'sent') return entry;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`journal entry ${id} was never sent`);
    };
    expect(await settle(pushed.body.queued[0] ?? '')).toMatchObject({
      state: 'acknowledged',
      attempts: 1,
      messageType: 'OML^O21',
    });
    expect(received[0]?.message.value('OBR-4')).toBe('TSH-A');
    expect(received[0]?.message.value('SPM-2')).toBe(accession);

    answer = 'AE';
    const again = await t.lab.api<{ queued: string[] }>('mls', '/api/instruments/HL7-OUT/worklist', {
      body: { accessions: [accession] },
    });
    const refused = await settle(again.body.queued[0] ?? '');
    expect(refused).toMatchObject({ state: 'failed', error: 'HL7-OUT answered AE: tube not on board' });
    await analyzer.close();
  });
});
