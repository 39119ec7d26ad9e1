import { connect, type Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  encodeMllpFrame,
  MllpDecoder,
  parseHl7Message,
  readAck,
  type AckMessage,
} from '@aliquot/codecs/hl7v2';
import { afterEach, describe, expect, it } from 'vitest';
import { hl7BytesToText } from './hl7-bytes.js';
import { MllpClient } from './mllp-client.js';
import { acknowledge, type InboundHl7Message, type MllpServerEvent } from './mllp-connection.js';
import { MllpServer, type MllpServerOptions } from './mllp-server.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const corpus = path.resolve(repoRoot, '../shared/corpus');
const cbcBytes = readFileSync(path.join(corpus, 'fhir-converter/hl7v2/LRI_2.0-NG_CBC_Typ_Message.hl7'));

const msg = (controlId: string, extra = ''): string =>
  `MSH|^~\\&|ANALYZER|LAB|LIS|HOSP|20240501120000||ORU^R01^ORU_R01|${controlId}|P|2.5.1\rPID|1||MRN1^^^H^MR${extra}\rOBX|1|NM|2345-7^Glucose^LN||5.4|mmol/L\r`;

interface Harness {
  readonly server: MllpServer;
  readonly port: number;
  readonly journal: InboundHl7Message[];
  readonly events: MllpServerEvent[];
}

const servers: MllpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A server whose handler journals every message (in memory here) before acknowledging it. */
async function startServer(options: Partial<MllpServerOptions> = {}): Promise<Harness> {
  const journal: InboundHl7Message[] = [];
  const events: MllpServerEvent[] = [];
  const server = new MllpServer({
    handler: (inbound) => {
      journal.push(inbound);
      return Promise.resolve(acknowledge(inbound));
    },
    onEvent: (e) => events.push(e),
    ...options,
  });
  servers.push(server);
  const { port } = await server.listen(0);
  return { server, port, journal, events };
}

/** A bare socket that collects the acknowledgments it receives. */
async function rawConnection(
  port: number,
): Promise<{ socket: Socket; acks: (n: number) => Promise<AckMessage[]> }> {
  const socket = connect({ host: '127.0.0.1', port });
  await new Promise((resolve) => socket.once('connect', resolve));
  const decoder = new MllpDecoder();
  const received: AckMessage[] = [];
  const waiters: (() => void)[] = [];
  socket.on('data', (chunk: Buffer) => {
    for (const e of decoder.push(chunk)) {
      if (e.kind === 'message') received.push(readAck(parseHl7Message(hl7BytesToText(e.bytes).text)));
    }
    waiters.splice(0).forEach((w) => w());
  });
  const acks = async (n: number): Promise<AckMessage[]> => {
    while (received.length < n) await new Promise<void>((resolve) => waiters.push(resolve));
    return received.slice(0, n);
  };
  return { socket, acks };
}

const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('an MLLP listener receiving results', () => {
  it('journals a complete blood count byte for byte and acknowledges it with its control ID', async () => {
    const { port, journal } = await startServer();
    const client = new MllpClient({ host: '127.0.0.1', port });
    const ack = await client.send(cbcBytes);
    await client.close();
    // The NIST sender asks for accept acknowledgments (MSH-15 AL), so it gets the enhanced-mode CA.
    expect(ack.code).toBe('CA');
    expect(ack.controlId).toBe('NIST-LRI-NG-002.00');
    expect(Buffer.from(journal[0]?.bytes ?? []).equals(cbcBytes)).toBe(true);
    expect(journal[0]?.message.segmentsNamed('OBX')).toHaveLength(28);
    expect(journal[0]?.text.startsWith('\uFEFFMSH')).toBe(true);
  });

  it('hands messages over in the order they came, even three in one write and a slow journal', async () => {
    const order: string[] = [];
    const { port } = await startServer({
      handler: async (inbound) => {
        await new Promise((r) => setTimeout(r, 30 - 10 * order.length));
        order.push(inbound.message.value('MSH-10'));
        return acknowledge(inbound);
      },
    });
    const { socket, acks } = await rawConnection(port);
    socket.write(Buffer.concat(['A', 'B', 'C'].map((id) => encodeMllpFrame(Buffer.from(msg(id))))));
    expect((await acks(3)).map((a) => a.msa?.controlId)).toEqual(['A', 'B', 'C']);
    expect(order).toEqual(['A', 'B', 'C']);
    socket.destroy();
  });

  it('reassembles a message that arrives one byte at a time', async () => {
    const { port, journal } = await startServer();
    const { socket, acks } = await rawConnection(port);
    for (const byte of encodeMllpFrame(Buffer.from(msg('BYTES')))) {
      socket.write(Uint8Array.of(byte));
    }
    expect((await acks(1))[0]?.msa?.code).toBe('AA');
    expect(journal[0]?.text).toBe(msg('BYTES'));
    socket.destroy();
  });

  it('reads an ISO 8859-1 message as MSH-18 says and answers in the same character set', async () => {
    const { port, journal } = await startServer();
    const text = msg('LATIN', '||M\u00fcller^J\u00fcrgen').replace('|2.5.1\r', '|2.5.1||||||8859/1\r');
    const client = new MllpClient({ host: '127.0.0.1', port });
    const ack = await client.send(Buffer.from(text, 'latin1'));
    await client.close();
    expect(journal[0]?.encoding).toBe('iso-8859-1');
    expect(journal[0]?.message.value('PID-5')).toBe('M\u00fcller');
    expect(ack.message.value('MSH-18')).toBe('8859/1');
  });
});

describe('telling a sender what is wrong', () => {
  it('rejects text that is not HL7 with AR and an ERR saying why; the handler never sees it', async () => {
    const { port, journal, events } = await startServer();
    const { socket, acks } = await rawConnection(port);
    socket.write(encodeMllpFrame(Buffer.from('GET / HTTP/1.1\r\n\r\n')));
    const [ack] = await acks(1);
    expect(ack?.msa?.code).toBe('AR');
    expect(ack?.errors[0]?.userMessage).toContain('no MSH segment');
    expect(ack?.errors[0]?.errorCode?.identifier).toBe('100');
    expect(journal).toEqual([]);
    expect(events.some((e) => e.type === 'rejected')).toBe(true);
    socket.destroy();
  });

  it('journals a message without a message type, then answers AR pointing at MSH-9', async () => {
    const { port, journal } = await startServer();
    const client = new MllpClient({ host: '127.0.0.1', port });
    const ack = await client.send(msg('NOTYPE').replace('ORU^R01^ORU_R01', ''));
    await client.close();
    expect(journal).toHaveLength(1);
    expect(ack.code).toBe('AR');
    expect(readAck(ack.message).errors[0]?.location?.fieldPosition).toBe('9');
  });

  it('answers AR with error 207 when the journal fails, so the sender sends again', async () => {
    let attempts = 0;
    const { port, events } = await startServer({
      handler: (inbound) => {
        attempts++;
        return attempts === 1
          ? Promise.reject(new Error('disk full'))
          : Promise.resolve(acknowledge(inbound));
      },
    });
    const client = new MllpClient({ host: '127.0.0.1', port });
    const first = await client.send(msg('RETRY'));
    const second = await client.send(msg('RETRY'));
    await client.close();
    expect(first.code).toBe('AR');
    expect(readAck(first.message).errors[0]?.errorCode?.identifier).toBe('207');
    expect(second.code).toBe('AA');
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'handler-failed', controlId: 'RETRY', error: 'disk full' }),
    );
  });

  it('answers AR when the journal does not finish in time', async () => {
    const { port } = await startServer({ handlerTimeoutMs: 50, handler: () => new Promise(() => undefined) });
    const client = new MllpClient({ host: '127.0.0.1', port });
    const ack = await client.send(msg('SLOW'));
    await client.close();
    expect(ack.code).toBe('AR');
    expect(readAck(ack.message).errors[0]?.diagnosticInformation).toContain('within 50 ms');
  });

  it('refuses a message larger than allowed with AR naming its control ID', async () => {
    const { port, journal } = await startServer({ maxMessageBytes: 1000 });
    const client = new MllpClient({ host: '127.0.0.1', port });
    const ack = await client.send(msg('HUGE', `\rNTE|1||${'x'.repeat(5000)}`));
    await client.close();
    expect(ack.code).toBe('AR');
    expect(ack.controlId).toBe('HUGE');
    expect(readAck(ack.message).errors[0]?.userMessage).toContain('larger than the 1000 bytes');
    expect(journal).toEqual([]);
  });

  it('reports bytes outside a frame instead of dropping them silently', async () => {
    const { port, events } = await startServer();
    const { socket, acks } = await rawConnection(port);
    socket.write(Buffer.concat([Buffer.from('\r\nnoise'), encodeMllpFrame(Buffer.from(msg('AFTER-NOISE')))]));
    expect((await acks(1))[0]?.msa?.controlId).toBe('AFTER-NOISE');
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'junk', reason: 'before-start-block', length: 7 }),
    );
    socket.destroy();
  });
});

describe('connections do not affect each other', () => {
  it('keeps acknowledging one sender while another breaks off mid-message and a third crashes the handler', async () => {
    const seen: string[] = [];
    const { port, events } = await startServer({
      handler: (inbound) => {
        seen.push(inbound.message.value('MSH-10'));
        return inbound.message.value('MSH-10') === 'BOOM'
          ? Promise.reject(new Error('handler bug'))
          : Promise.resolve(acknowledge(inbound));
      },
    });
    const steady = await rawConnection(port);
    const broken = await rawConnection(port);
    const crashing = await rawConnection(port);
    steady.socket.write(encodeMllpFrame(Buffer.from(msg('S1'))));
    broken.socket.write(Buffer.concat([Uint8Array.of(0x0b), Buffer.from('MSH|^~\\&|half a mess')]));
    broken.socket.resetAndDestroy();
    crashing.socket.write(encodeMllpFrame(Buffer.from(msg('BOOM'))));
    steady.socket.write(encodeMllpFrame(Buffer.from(msg('S2'))));
    expect((await steady.acks(2)).map((a) => [a.msa?.code, a.msa?.controlId])).toEqual([
      ['AA', 'S1'],
      ['AA', 'S2'],
    ]);
    expect((await crashing.acks(1))[0]?.msa?.code).toBe('AR');
    await until(() => events.some((e) => e.type === 'junk' && e.reason === 'incomplete-message'));
    expect(events).toContainEqual(expect.objectContaining({ type: 'junk', reason: 'incomplete-message' }));
    expect(seen.sort()).toEqual(['BOOM', 'S1', 'S2']);
    steady.socket.destroy();
    crashing.socket.destroy();
  });

  it('finishes a message being journaled before it shuts down', async () => {
    let release: () => void = () => undefined;
    const stored: string[] = [];
    const { server, port } = await startServer({
      handler: async (inbound) => {
        await new Promise<void>((r) => (release = r));
        stored.push(inbound.message.value('MSH-10'));
        return acknowledge(inbound);
      },
    });
    const { socket, acks } = await rawConnection(port);
    socket.write(encodeMllpFrame(Buffer.from(msg('LAST'))));
    await until(() => server.connectionCount === 1);
    await new Promise((r) => setTimeout(r, 20));
    const closing = server.close();
    release();
    expect((await acks(1))[0]?.msa?.controlId).toBe('LAST');
    await closing;
    expect(stored).toEqual(['LAST']);
    expect(server.connectionCount).toBe(0);
  });
});
