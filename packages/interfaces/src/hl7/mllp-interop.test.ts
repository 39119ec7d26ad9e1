import { createServer } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hl7Message as MedplumMessage } from '@medplum/core';
import { Hl7Client as MedplumClient } from '@medplum/hl7';
import { parseHl7Batch, parseHl7Message, validateHl7Message, chooseAckCode } from '@aliquot/codecs/hl7v2';
import { Server as NodeHl7Server } from 'node-hl7-server';
import { describe, expect, it } from 'vitest';
import { MllpClient } from './mllp-client.js';
import { acknowledge, type InboundHl7Message } from './mllp-connection.js';
import { MllpServer } from './mllp-server.js';

/*
 * Interoperability over real TCP on 127.0.0.1 with independent MLLP implementations.
 * As the corpus README says, the npm peers need the files read as UTF-8 with the BOM stripped and
 * segments ended by CR; that is done here for them, and only for them.
 */
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const corpus = path.resolve(repoRoot, '../shared/corpus');

function hl7Files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? hl7Files(p) : e.name.endsWith('.hl7') ? [p] : [];
  });
}

/** Single-message corpus files, prepared as the peers need them. */
const corpusMessages = hl7Files(corpus)
  .sort()
  .map((file) => ({
    name: path.relative(corpus, file),
    text: readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r?\n/g, '\r')
      .replace(/\r+$/, ''),
  }))
  .filter(({ text }) => {
    const batch = parseHl7Batch(text);
    return (
      batch.messages.length === 1 && batch.fileHeader === undefined && batch.batches[0]?.header === undefined
    );
  });

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const address = probe.address();
  await new Promise((r) => probe.close(r));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

describe('@medplum/hl7 sending corpus messages to our listener', () => {
  it(`acknowledges all ${corpusMessages.length} single-message corpus files with their control IDs`, async () => {
    const journal: InboundHl7Message[] = [];
    const server = new MllpServer({
      handler: (inbound) => {
        journal.push(inbound);
        return Promise.resolve(acknowledge(inbound));
      },
    });
    const { port } = await server.listen(0);
    const client = new MedplumClient({ host: '127.0.0.1', port });
    try {
      for (const { name, text } of corpusMessages) {
        const ack = await client.sendAndWait(MedplumMessage.parse(text));
        const sent = parseHl7Message(text);
        const validation = validateHl7Message(sent);
        const enhanced = sent.value('MSH-15') !== '';
        expect(ack.getSegment('MSA')?.getField(2)?.toString(), name).toBe(sent.value('MSH-10'));
        expect(ack.getSegment('MSA')?.getField(1)?.toString(), name).toBe(
          chooseAckCode(validation.problems, enhanced ? 'enhanced' : 'original'),
        );
        expect(ack.getSegment('MSH')?.getField(9)?.getComponent(1), name).toBe('ACK');
        expect(journal.at(-1)?.message.value('MSH-10'), name).toBe(sent.value('MSH-10'));
        expect(journal.at(-1)?.message.segments.filter((s) => s.name !== '').length, name).toBe(
          sent.segments.filter((s) => s.name !== '').length,
        );
      }
    } finally {
      await client.close();
      await server.close();
    }
    expect(journal).toHaveLength(corpusMessages.length);
  }, 60_000);

  it('answers the CDC message without MSH-9 with AR and an ERR at MSH-9', async () => {
    const server = new MllpServer({ handler: (inbound) => Promise.resolve(acknowledge(inbound)) });
    const { port } = await server.listen(0);
    const client = new MedplumClient({ host: '127.0.0.1', port });
    try {
      const missing = corpusMessages.find((m) => m.name.endsWith('msh_present_but_missing_msh-9.hl7'));
      if (missing === undefined) throw new Error('the corpus holds the CDC negative case');
      const ack = await client.sendAndWait(MedplumMessage.parse(missing.text));
      expect(ack.getSegment('MSA')?.getField(1)?.toString()).toBe('AR');
      expect(ack.getSegment('ERR')?.getField(2)?.getComponent(3)).toBe('9');
      expect(ack.getSegment('ERR')?.getField(3)?.getComponent(1)).toBe('101');
    } finally {
      await client.close();
      await server.close();
    }
  });
});

describe('our sender talking to node-hl7-server', () => {
  /*
   * node-hl7-server 2.5.0 never clears its receive buffer, so with each new message on a connection it
   * reads and acknowledges every earlier message again. Our client matches acknowledgments by MSA-2 and
   * reports the others as strays, so each send still gets its own acknowledgment.
   */
  it('gets an AA for each result it sends, matched by control ID, despite repeated old ACKs', async () => {
    const port = await freePort();
    const received: string[] = [];
    const inbound = new NodeHl7Server({ bindAddress: '127.0.0.1' }).createInbound({ port }, (req, res) => {
      received.push(req.getMessage().get('MSH.10').toString());
      void res.sendResponse('AA');
    });
    await new Promise((r) => inbound.once('listen', r));
    let strays = 0;
    const client = new MllpClient({ host: '127.0.0.1', port, ackTimeoutMs: 5000, onStray: () => strays++ });
    const results = corpusMessages.filter(
      (m) => m.name.includes('node-hl7-complete') || m.name.includes('python-hl7'),
    );
    const ids = results.map((m) => parseHl7Message(m.text).value('MSH-10'));
    try {
      for (const [i, { name, text }] of results.entries()) {
        const ack = await client.send(text);
        expect(ack.code, name).toBe('AA');
        expect(ack.controlId, name).toBe(ids[i]);
        expect(ack.message.value('MSA-2'), name).toBe(ids[i]);
      }
    } finally {
      await client.close();
      await inbound.close();
    }
    expect(results.length).toBeGreaterThan(10);
    expect(received).toEqual(ids.flatMap((_, i) => ids.slice(0, i + 1)));
    expect(strays).toBe((ids.length * (ids.length - 1)) / 2);
  }, 60_000);
});
