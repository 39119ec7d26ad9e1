import { createServer, type Server, type Socket } from 'node:net';
import {
  encodeMllpFrame,
  MllpDecoder,
  parseHl7Message,
  buildAck,
  type MllpEvent,
} from '@aliquot/codecs/hl7v2';
import { afterEach, describe, expect, it } from 'vitest';
import { MllpClient, MllpSendError } from './mllp-client.js';

const msg = (controlId: string): string =>
  `MSH|^~\\&|LIS|LAB|ANALYZER|LAB|20240501120000||OML^O21^OML_O21|${controlId}|P|2.5.1\rPID|1||MRN1\rORC|NW|ORD1\rOBR|1|ORD1||2345-7^Glucose^LN\r`;
const ackFor = (controlId: string): Uint8Array =>
  encodeMllpFrame(Buffer.from(buildAck(parseHl7Message(msg(controlId)), { code: 'AA' }).toString()));

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A scripted peer: `onFrame` decides what to write back for the n-th frame it receives. */
async function peer(onFrame: (socket: Socket, text: string, n: number) => void): Promise<number> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => {
    sockets.push(socket);
    const decoder = new MllpDecoder();
    let n = 0;
    socket.on('data', (chunk: Buffer) => {
      for (const e of decoder.push(chunk))
        if (e.kind === 'message') onFrame(socket, Buffer.from(e.bytes).toString(), n++);
    });
  });
  const closeAll = server.close.bind(server);
  server.close = (cb) => {
    sockets.forEach((s) => s.destroy());
    return closeAll(cb);
  };
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

describe('an MLLP sender waiting for acknowledgments', () => {
  it('gives up after the timeout when no acknowledgment comes', async () => {
    const port = await peer(() => undefined);
    const client = new MllpClient({ host: '127.0.0.1', port });
    const error = await client.send(msg('QUIET'), { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MllpSendError);
    expect((error as MllpSendError).reason).toBe('timeout');
    await client.close();
  });

  it('does not take a late acknowledgment of an earlier message for the current one', async () => {
    const port = await peer((socket, _text, n) => {
      if (n === 1) socket.write(Buffer.concat([ackFor('FIRST'), ackFor('SECOND')]));
    });
    const stray: MllpEvent[] = [];
    const client = new MllpClient({ host: '127.0.0.1', port, onStray: (e) => stray.push(e) });
    await expect(client.send(msg('FIRST'), { timeoutMs: 50 })).rejects.toThrow(MllpSendError);
    const ack = await client.send(msg('SECOND'));
    expect(ack.controlId).toBe('SECOND');
    expect(ack.code).toBe('AA');
    expect(stray).toHaveLength(1);
    await client.close();
  });

  it('sends one message at a time, in the order given', async () => {
    const seen: string[] = [];
    const port = await peer((socket, text) => {
      const id = parseHl7Message(text).value('MSH-10');
      seen.push(id);
      setTimeout(() => socket.write(ackFor(id)), 5);
    });
    const client = new MllpClient({ host: '127.0.0.1', port });
    const acks = await Promise.all(['1', '2', '3', '4'].map((id) => client.send(msg(id))));
    expect(acks.map((a) => a.controlId)).toEqual(['1', '2', '3', '4']);
    expect(seen).toEqual(['1', '2', '3', '4']);
    await client.close();
  });

  it('fails the waiting message when the receiver hangs up', async () => {
    const port = await peer((socket) => socket.destroy());
    const client = new MllpClient({ host: '127.0.0.1', port });
    const error = await client.send(msg('HANGUP')).catch((e: unknown) => e);
    expect((error as MllpSendError).reason).toBe('connection-closed');
  });

  it('refuses to send what is not a message, and reports a receiver that is not there', async () => {
    const port = await peer(() => undefined);
    const client = new MllpClient({ host: '127.0.0.1', port });
    expect(((await client.send('hello').catch((e: unknown) => e)) as MllpSendError).reason).toBe(
      'not-a-message',
    );
    await client.close();
    const nobody = new MllpClient({ host: '127.0.0.1', port: 1, connectTimeoutMs: 500 });
    expect(((await nobody.send(msg('X')).catch((e: unknown) => e)) as MllpSendError).reason).toBe(
      'connect-failed',
    );
  });
});
