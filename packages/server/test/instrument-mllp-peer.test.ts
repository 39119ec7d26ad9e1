/**
 * A peer we did not write: @medplum/hl7's MLLP client sends corpus results and an analyzer's results
 * to a running server, and gets the acknowledgments HL7 asks for — AA when the message is stored, AE
 * or AR with an ERR segment saying why when it is not taken as it is.
 * As the corpus README says, the npm peer needs files read as UTF-8 with the BOM stripped and
 * segments ended by CR; that is done here for it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Hl7Message as MedplumMessage } from '@medplum/core';
import { Hl7Client } from '@medplum/hl7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImmunoassayAnalyzer, corpusDir, hl7CorpusResults } from '@aliquot/testkit';
import { startInstrumentLab, type InstrumentLab } from './instrument-lab.js';

let t: InstrumentLab;
let client: Hl7Client;
beforeAll(async () => {
  t = await startInstrumentLab();
  await t.register(ImmunoassayAnalyzer.registration());
  client = new Hl7Client({ host: '127.0.0.1', port: t.lab.mllpPort });
});
afterAll(async () => {
  await client.close();
  await t.close();
});

const forPeer = (bytes: Uint8Array | string): string =>
  (typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8'))
    .replace(/^\uFEFF/, '')
    .replace(/\r?\n/g, '\r')
    .replace(/\r+$/, '');

function msa(ack: MedplumMessage): { code: string; controlId: string } {
  const segment = ack.getSegment('MSA');
  return { code: segment?.getField(1)?.toString() ?? '', controlId: segment?.getField(2)?.toString() ?? '' };
}

describe('@medplum/hl7 sending to the MLLP listener of aliquot serve', () => {
  it('each NIST ELR sample result is acknowledged AA with its control ID and journaled', async () => {
    const samples = hl7CorpusResults().filter((f) => f.name.includes('/nist/'));
    expect(samples.length).toBe(4);
    for (const sample of samples) {
      const message = MedplumMessage.parse(forPeer(sample.bytes));
      const ack = await client.sendAndWait(message);
      expect(msa(ack), sample.name).toEqual({
        code: 'AA',
        controlId: message.getSegment('MSH')?.getField(10)?.toString(),
      });
      expect(ack.getSegment('MSH')?.getField(9)?.getComponent(1)).toBe('ACK');
    }
    await t.idle();
    const journal = await t.journal('&connection=mllp-listener');
    expect(journal.filter((e) => e.messageType === 'ORU^R01' && e.state === 'unmapped')).toHaveLength(4);
  });

  it('an analyzer’s OUL^R22 sent by the peer is acknowledged AA and its results recorded', async () => {
    const accession = await t.receivedSpecimen(['PSA']);
    const text = ImmunoassayAnalyzer.oulR22(accession, [{ code: 'PSA', value: '1.8', unit: 'ng/mL' }], {
      controlId: 'MEDPLUM-1',
    });
    const ack = await client.sendAndWait(MedplumMessage.parse(forPeer(text)));
    expect(msa(ack)).toEqual({ code: 'AA', controlId: 'MEDPLUM-1' });
    await t.idle();
    expect((await t.resultsByTest(accession)).get('PSA')?.[0]?.value).toEqual({
      kind: 'numeric',
      value: 1.8,
    });
  });

  it('the CDC message missing MSH-9 is answered AR with ERR at MSH-9, and kept', async () => {
    const file = path.join(
      corpusDir(),
      'cdc-trusted-intermediary/Test/Message/msh_present_but_missing_msh-9.hl7',
    );
    const ack = await client.sendAndWait(MedplumMessage.parse(forPeer(readFileSync(file))));
    expect(msa(ack).code).toBe('AR');
    const err = ack.getSegment('ERR');
    expect(err?.getField(2)?.getComponent(3)).toBe('9');
    expect(err?.getField(3)?.getComponent(1)).toBe('101');
    await t.idle();
    const [kept] = await t.journal('&connection=mllp-listener&limit=1');
    expect(kept?.state).toBe('failed');
    expect(kept?.error).toMatch(/MSH-9/);
  });

  it('a result whose NM value is not a number is answered AE with ERR naming OBX-5, and kept', async () => {
    const accession = await t.receivedSpecimen(['PSA']);
    const text = ImmunoassayAnalyzer.oulR22(accession, [{ code: 'PSA', value: 'high', unit: 'ng/mL' }], {
      controlId: 'MEDPLUM-2',
    });
    const ack = await client.sendAndWait(MedplumMessage.parse(forPeer(text)));
    expect(msa(ack)).toEqual({ code: 'AE', controlId: 'MEDPLUM-2' });
    expect(ack.getSegment('ERR')?.getField(8)?.toString()).toBe(
      'OBX[1]-5: "high" is not a number, as OBX-2 NM says it is',
    );
    expect(ack.getSegment('ERR')?.getField(3)?.getComponent(1)).toBe('102');
    await t.idle();
    expect((await t.resultsByTest(accession)).get('PSA')).toHaveLength(0);
  });

  it('a resend of a stored message is acknowledged AA again and makes no second result', async () => {
    const accession = await t.receivedSpecimen(['PSA']);
    const text = forPeer(
      ImmunoassayAnalyzer.oulR22(accession, [{ code: 'PSA', value: '2.6', unit: 'ng/mL' }], {
        controlId: 'MEDPLUM-3',
      }),
    );
    expect(msa(await client.sendAndWait(MedplumMessage.parse(text))).code).toBe('AA');
    expect(msa(await client.sendAndWait(MedplumMessage.parse(text))).code).toBe('AA');
    await t.idle();
    expect((await t.resultsByTest(accession)).get('PSA')).toHaveLength(1);
    expect(
      (await t.journal('&instrument=IMMUNO-SIM')).filter((e) => e.controlId === 'MEDPLUM-3'),
    ).toHaveLength(1);
  });
});
