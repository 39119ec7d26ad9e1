/**
 * Every ASTM message and transcript and every HL7 ORU/OUL in the shared corpus — real traffic nobody
 * on the team wrote — goes through the full TCP path into the journal. No sender is registered, so
 * each is journaled and shown as unmapped (or failed, with its reason), never refused at the link.
 *
 * What is normalised, and only on the ASTM wire: record terminators. The corpus files end records
 * with LF (or CR LF), and LF may not appear in E1381 frame text, so each line end is sent as CR, as an
 * instrument would; the journal must hold exactly those bytes. HL7 files go over MLLP as they are on
 * disk (byte order marks and LF line ends included) and the journal must hold them byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MllpClient } from '@aliquot/interfaces';
import {
  AstmWireClient,
  astmCorpusMessages,
  astmCorpusTranscripts,
  hl7CorpusResults,
  replayAstmMessage,
  replayAstmTranscript,
} from '@aliquot/testkit';
import { rawBytes, startInstrumentLab, type InstrumentLab } from './instrument-lab.js';

const ACK = 0x06;
let t: InstrumentLab;
beforeAll(async () => {
  t = await startInstrumentLab();
});
afterAll(() => t.close());

/** The wire form of a corpus text: every record ended by CR. */
function wireForm(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0x0d && bytes[i + 1] === 0x0a) continue;
    out.push(b === 0x0a ? 0x0d : b);
  }
  return Uint8Array.from(out);
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('the ASTM corpus through the ASTM listener', () => {
  const messages = astmCorpusMessages();
  const transcripts = astmCorpusTranscripts();

  it(`finds the corpus: ${messages.length} messages and ${transcripts.length} transcript`, () => {
    expect(messages.length).toBeGreaterThan(10);
    expect(transcripts.length).toBeGreaterThan(0);
  });

  it('every message is ACKed frame by frame on one connection and journaled byte for byte', async () => {
    const client = await AstmWireClient.connect(t.lab.astmPort);
    for (const m of messages) {
      const replies = await replayAstmMessage(client, wireForm(m.bytes));
      expect(
        replies.every((r) => r === ACK),
        m.name,
      ).toBe(true);
    }
    await client.close();
    await t.idle();
    const journal = await t.journal('&connection=astm-listener&direction=in');
    const stored = new Set(journal.map((e) => hex(rawBytes(e))));
    for (const m of messages) expect(stored.has(hex(wireForm(m.bytes))), m.name).toBe(true);
    for (const e of journal) {
      expect(['unmapped', 'failed'], `${e.id}: ${e.error ?? ''}`).toContain(e.state);
      expect(e.error).toBeTruthy();
      expect(e.frames?.text).toMatch(/^<STX>1/);
    }
  }, 120_000);

  it('the python-astm sender transcript plays as recorded: every ENQ and frame ACKed, the message journaled', async () => {
    for (const transcript of transcripts) {
      const client = await AstmWireClient.connect(t.lab.astmPort);
      const replies = await replayAstmTranscript(client, transcript);
      expect(
        replies.every((r) => r === ACK),
        transcript.name,
      ).toBe(true);
      await client.close();
    }
    await t.idle();
    const journal = await t.journal('&connection=astm-listener');
    const text = (e: (typeof journal)[number]) => Buffer.from(rawBytes(e)).toString('latin1');
    // Two identical sessions: the second is a resend of the first and is journaled once.
    expect(journal.filter((e) => text(e) === 'H\rP\rO\rL\r')).toHaveLength(1);
  });
});

describe('the HL7 corpus results through the MLLP listener', () => {
  const files = hl7CorpusResults();

  it(`every one of the ${files.length} ORU/OUL files is acknowledged and journaled byte for byte`, async () => {
    expect(files.length).toBeGreaterThan(50);
    const client = new MllpClient({ host: '127.0.0.1', port: t.lab.mllpPort, ackTimeoutMs: 15_000 });
    const codes = new Map<string, string>();
    for (const f of files) {
      const ack = await client.send(f.bytes);
      codes.set(f.name, ack.code);
      expect(['AA', 'AE', 'AR', 'CA', 'CE', 'CR'], f.name).toContain(ack.code);
    }
    await client.close();
    await t.idle();
    const journal = await t.journal('&connection=mllp-listener&direction=in');
    const stored = new Map(journal.map((e) => [hex(rawBytes(e)), e]));
    for (const f of files) {
      const entry = stored.get(hex(f.bytes));
      expect(entry, f.name).toBeDefined();
      // Stored and accepted: waits as unmapped (no such sender here). Refused: kept failed with the reason.
      expect(entry?.state, f.name).toBe(
        ['AA', 'CA'].includes(codes.get(f.name) ?? '') ? 'unmapped' : 'failed',
      );
    }
    // The NIST ELR sample test cases are well-formed results: each is accepted.
    const nist = [...codes].filter(([name]) => name.includes('/nist/'));
    expect(nist.length).toBeGreaterThan(0);
    for (const [name, code] of nist) expect(code, name).toBe('AA');
    // The CDC pairs (initial and translated) reuse one control ID with different content: the second
    // of each is held, so it could never make a second result.
    expect(journal.some((e) => e.state === 'failed' && e.error?.startsWith('duplicate control ID'))).toBe(
      true,
    );
    expect((await t.unmapped()).some((u) => u.kind === 'sender')).toBe(true);
  }, 120_000);
});
