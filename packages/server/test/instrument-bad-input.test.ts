/**
 * What real lines deliver besides good messages. Whatever arrives, the link stays up, the sender is
 * told (NAK on an ASTM frame; AE or AR with ERR over MLLP), and what was received is kept in the
 * journal with the reason — nothing acknowledged is lost, nothing unreadable is dropped.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AstmControl, buildAstmFrame, encodeAstmText } from '@aliquot/codecs/astm';
import { encodeMllpFrame, parseHl7Message, type Hl7Message } from '@aliquot/codecs/hl7v2';
import { AstmWireClient, ChemistryAnalyzer, ImmunoassayAnalyzer, astmStamp } from '@aliquot/testkit';
import { startInstrumentLab, type InstrumentLab } from './instrument-lab.js';

const { ENQ, ACK, NAK, EOT } = AstmControl;
let t: InstrumentLab;
let line: AstmWireClient;
let accession: string;

beforeAll(async () => {
  t = await startInstrumentLab();
  await t.register(ChemistryAnalyzer.registration());
  await t.register(ImmunoassayAnalyzer.registration());
  line = await AstmWireClient.connect(t.lab.astmPort);
  accession = await t.receivedSpecimen(['BMP']);
});
afterAll(async () => {
  await line.close();
  await t.close();
});

const header = (): string => `H|\\^&|||CHEMSIM^1.0|||||ALIQUOT||P|LIS2-A2|${astmStamp(new Date())}`;
const frame = (n: number, record: string, end: 'ETX' | 'ETB' = 'ETX'): Uint8Array =>
  buildAstmFrame({ frameNumber: n, text: encodeAstmText(`${record}\r`, 'latin1'), end });

let seen = '0';
/** The next message the ASTM listener journals (after the last one a test looked at), once processed. */
async function latestAstm() {
  for (let waited = 0; ; waited += 20) {
    const [entry] = await t.journal('&connection=astm-listener&direction=in&limit=1');
    if (entry && BigInt(entry.id) > BigInt(seen)) {
      await t.idle();
      const [settled] = await t.journal('&connection=astm-listener&direction=in&limit=1');
      seen = settled?.id ?? entry.id;
      if (!settled) throw new Error('the entry vanished');
      return settled;
    }
    if (waited > 5_000) throw new Error('nothing new was journaled');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('ASTM frames that go wrong on the line', () => {
  it('a frame with a bad checksum is NAKed; sent again intact it is ACKed, and the message is journaled once', async () => {
    const records = [header(), 'P|1', `O|1|${accession}||^^^NA|R`, 'R|1|^^^NA|141|mmol/L||N||F', 'L|1|N'];
    const good = records.map((r, i) => frame(i + 1, r));
    const damaged = Uint8Array.from(good[3] ?? []);
    damaged[damaged.length - 3] = damaged[damaged.length - 3] === 0x30 ? 0x31 : 0x30;
    await line.write(ENQ);
    expect(await line.readByte()).toBe(ACK);
    const replies: number[] = [];
    for (const [i, f] of good.entries()) {
      if (i === 3) {
        await line.write(damaged);
        replies.push(await line.readByte());
      }
      await line.write(f);
      replies.push(await line.readByte());
    }
    await line.write(EOT);
    expect(replies).toEqual([ACK, ACK, ACK, NAK, ACK, ACK]);
    const entry = await latestAstm();
    expect(entry.state).toBe('processed');
    expect((await t.resultsByTest(accession)).get('NA')).toHaveLength(1);
  });

  it('a frame out of sequence is NAKed and the transfer goes on from the expected frame', async () => {
    await line.write(ENQ);
    expect(await line.readByte()).toBe(ACK);
    await line.write(frame(1, header()));
    expect(await line.readByte()).toBe(ACK);
    await line.write(frame(3, 'P|1'));
    expect(await line.readByte()).toBe(NAK);
    const rest = ['P|1', `O|1|${accession}||^^^K|R`, 'R|1|^^^K|4.4|mmol/L||N||F', 'L|1|N'];
    for (const [i, r] of rest.entries()) {
      await line.write(frame(i + 2, r));
      expect(await line.readByte()).toBe(ACK);
    }
    await line.write(EOT);
    expect((await latestAstm()).state).toBe('processed');
  });

  it('a transfer that ends before its L record is kept, failed, as truncated; its frames were ACKed', async () => {
    const replies = await line.transfer(
      [header(), 'P|1', `O|1|${accession}||^^^CL|R`, 'R|1|^^^CL|99|mmol/L||N||F'].map((r, i) =>
        frame(i + 1, r),
      ),
    );
    expect(replies.every((r) => r === ACK)).toBe(true);
    const entry = await latestAstm();
    expect(entry.state).toBe('failed');
    expect(entry.error).toContain('the message is truncated');
    expect(entry.raw.text).toContain('R|1|^^^CL|99|mmol/L||N||F<CR>');
    expect((await t.resultsByTest(accession)).get('CL')).toHaveLength(0);
  });

  it('records without a header (H) are kept, failed, naming what is missing', async () => {
    await line.send(`P|1\rO|1|${accession}||^^^CO2|R\rR|1|^^^CO2|25|mmol/L||N||F\rL|1|N\r`);
    const entry = await latestAstm();
    expect(entry.state).toBe('failed');
    expect(entry.error).toMatch(/no header \(H\) record/);
  });

  it('a record of an unknown type fails the message with its line; a person’s reprocess reads past it', async () => {
    await line.send(
      `${header()}\rX|1|VENDOR-STATUS|READY\rP|1\rO|1|${accession}||^^^CA|R\rR|1|^^^CA|9.1|mg/dL||N||F\rL|1|N\r`,
    );
    const entry = await latestAstm();
    expect(entry.state).toBe('failed');
    expect(entry.error).toContain('line 2: unknown record type "X"');
    const again = await t.lab.api<{ state: string; entry: { warnings: string[] } }>(
      'mls',
      `/api/journal/${entry.id}/reprocess`,
      { method: 'POST' },
    );
    expect(again.status).toBe(200);
    expect(again.body.state).toBe('processed');
    expect(again.body.entry.warnings[0]).toContain('unknown record type "X"');
    expect((await t.resultsByTest(accession)).get('CA')).toHaveLength(1);
  });

  it('a value that does not parse fails the message, naming the record, and records nothing of it', async () => {
    await line.send(`${header()}\rP|1\rO|1|${accession}||^^^CREA|R\rR|1|^^^CREA|0,9,1|mg/dL||N||F\rL|1|N\r`);
    const entry = await latestAstm();
    expect(entry.state).toBe('failed');
    expect(entry.error).toBe(
      'R record (line 4): CREA: "0,9,1" is not a number, and CREA takes a numeric result',
    );
  });

  it('noise between transfers is ignored, and the link still carries a good message afterwards', async () => {
    await line.write(Uint8Array.from([0x00, 0xff, 0x41, 0x0d, 0x0a, 0x03]));
    expect(await line.silentFor(100)).toBe(true);
    const replies = await line.send(
      `${header()}\rP|1\rO|1|${accession}||^^^UREA|R\rR|1|^^^UREA|15|mg/dL||N||F\rL|1|N\r`,
    );
    expect(replies.every((r) => r === ACK)).toBe(true);
    expect((await latestAstm()).state).toBe('processed');
    expect(line.closed).toBe(false);
  });
});

/** A raw MLLP connection: writes any bytes in a frame, reads the answer. */
async function mllp(port: number) {
  const socket = connect({ host: '127.0.0.1', port });
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let buffer = Buffer.alloc(0);
  let wake: (() => void) | undefined;
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    wake?.();
  });
  return {
    async send(text: string): Promise<Hl7Message> {
      socket.write(encodeMllpFrame(Buffer.from(text, 'utf8')));
      for (;;) {
        const end = buffer.indexOf('\x1c\r');
        if (end >= 0) {
          const message = buffer.subarray(buffer.indexOf(0x0b) + 1, end).toString('utf8');
          buffer = buffer.subarray(end + 2);
          return parseHl7Message(message);
        }
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    close: () => socket.end(),
  };
}

const msh = (control: string, type = 'OUL^R22^OUL_R22'): string =>
  `MSH|^~\\&|IMMUNOSIM|LAB|ALIQUOT|LAB|20261121101010||${type}|${control}|P|2.5.1\r`;

describe('HL7 messages that cannot be taken as they are', () => {
  it('without MSH: AR with ERR, and the bytes are journaled with the reason', async () => {
    const link = await mllp(t.lab.mllpPort);
    const ack = await link.send('PID|1||MRN-X\rOBX|1|NM|TSH^TSH||2.0|uIU/mL\r');
    expect(ack.value('MSA-1')).toBe('AR');
    expect(ack.segment('ERR')?.value(8)).toMatch(/no MSH segment/);
    await t.idle();
    const [entry] = await t.journal('&connection=mllp-listener&limit=1');
    expect(entry?.state).toBe('failed');
    expect(entry?.raw.text).toBe('PID|1||MRN-X<CR>\nOBX|1|NM|TSH^TSH||2.0|uIU/mL<CR>\n');

    const missing9 = await link.send(msh('C-9').replace('OUL^R22^OUL_R22', '') + `SPM|1|${accession}\r`);
    expect(missing9.value('MSA-1')).toBe('AR');
    expect(missing9.segment('ERR')?.value(2, 3)).toBe('9');

    const notANumber = await link.send(
      `${msh('C-NAN')}SPM|1|${accession}\rOBR|1|${accession}||TSH\rOBX|1|NM|TSH^TSH^L||2,4,1|uIU/mL|||||F\r`,
    );
    expect(notANumber.value('MSA-1')).toBe('AE');
    expect(notANumber.value('MSA-2')).toBe('C-NAN');
    expect(notANumber.segment('ERR')?.value(8)).toBe(
      'OBX[1]-5: "2,4,1" is not a number, as OBX-2 NM says it is',
    );
    await t.idle();
    const [nan] = await t.journal('&connection=mllp-listener&limit=1');
    expect(nan).toMatchObject({ state: 'failed', controlId: 'C-NAN', instrumentCode: 'IMMUNO-SIM' });

    // The same connection still takes a good message.
    const good = await link.send(
      `${msh('C-OK')}SPM|1|IQC-7||SER|||||||Q\rOBR|1|IQC-7||TSH\rOBX|1|NM|TSH^TSH^L||2.2|uIU/mL|||||F\r`,
    );
    expect(good.value('MSA-1')).toBe('AA');
    link.close();
  });
});
