/**
 * The connection over a real TCP socket on 127.0.0.1. The test client plays the instrument: it speaks
 * E1381 byte by byte and reads what the host writes.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import {
  AstmCharset,
  AstmControl,
  buildAstmFrame,
  buildAstmQueryResponse,
  decodeAstmText,
  encodeAstmText,
  frameAstmMessage,
  frameAstmRecords,
  parseAstmFrame,
  parseAstmText,
  readAstmOrder,
  readAstmQuery,
} from '@aliquot/codecs/astm';
import { afterEach, describe, expect, it } from 'vitest';
import { AstmConnection } from './astm-connection.js';
import type { AstmConnectionEvent, AstmConnectionOptions, AstmReceivedMessage } from './astm-connection.js';

const { ENQ, ACK, NAK, EOT, LF } = AstmControl;

/** The instrument end: writes one byte at a time, reads what the host answers. */
class InstrumentClient {
  readonly #received: number[] = [];
  #wake: (() => void) | undefined;

  constructor(readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.#received.push(...chunk);
      this.#wake?.();
    });
  }

  static async connect(port: number): Promise<InstrumentClient> {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setNoDelay(true);
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    return new InstrumentClient(socket);
  }

  async write(bytes: Uint8Array | number): Promise<void> {
    for (const byte of typeof bytes === 'number' ? [bytes] : bytes) {
      await new Promise<void>((resolve, reject) =>
        this.socket.write(Uint8Array.of(byte), (e) => (e ? reject(e) : resolve())),
      );
    }
  }

  /** The next byte the host writes. */
  async read(timeoutMs = 2000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (this.#received.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('the host wrote nothing');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return this.#received.shift() ?? -1;
  }

  /** A whole frame the host writes, STX to LF. */
  async readFrame(): Promise<Uint8Array> {
    const bytes: number[] = [];
    for (let byte = await this.read(); ; byte = await this.read()) {
      bytes.push(byte);
      if (byte === LF) return Uint8Array.from(bytes);
    }
  }

  /** True when the host writes nothing within `ms`. */
  async silentFor(ms: number): Promise<boolean> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.#received.length === 0;
  }

  /** Sends each frame and reads the reply to it (ACK, NAK or EOT). */
  async sendFrames(frames: readonly Uint8Array[]): Promise<number[]> {
    const replies: number[] = [];
    for (const frame of frames) {
      await this.write(frame);
      replies.push(await this.read());
    }
    return replies;
  }
}

const latin1 = (text: string): Uint8Array => encodeAstmText(text, AstmCharset.latin1);
const recordFrames = (...records: string[]): Uint8Array[] => [
  ...frameAstmRecords(records.map((r) => latin1(`${r}\r`))).frames,
];

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

/** A host listening on an ephemeral port; returns the connection once the instrument connects. */
async function host(
  options: Partial<AstmConnectionOptions> & Pick<AstmConnectionOptions, 'onMessage'>,
): Promise<{
  client: InstrumentClient;
  connection: AstmConnection;
  events: AstmConnectionEvent[];
}> {
  const events: AstmConnectionEvent[] = [];
  let resolveConnection: (c: AstmConnection) => void = () => {};
  const connected = new Promise<AstmConnection>((resolve) => (resolveConnection = resolve));
  const server = net.createServer((socket) =>
    resolveConnection(
      new AstmConnection(socket, { charset: AstmCharset.latin1, onEvent: (e) => events.push(e), ...options }),
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = await InstrumentClient.connect((server.address() as AddressInfo).port);
  const connection = await connected;
  cleanup.push(async () => {
    client.socket.destroy();
    connection.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { client, connection, events };
}

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve: () => void = () => {};
  let reject: (e: Error) => void = () => {};
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('an instrument sending results over TCP', () => {
  it('gets each record frame ACKed, but the last one only after the host has stored the message', async () => {
    const received: AstmReceivedMessage[] = [];
    const stored = deferred();
    const { client } = await host({
      onMessage: (m) => {
        received.push(m);
        return stored.promise;
      },
    });
    await client.write(ENQ);
    expect(await client.read()).toBe(ACK);
    const frames = recordFrames(
      'H|\\^&|||cobas',
      'P|1',
      'O|1|SID1||^^^GLU',
      'R|1|^^^GLU|5,4|mmol/L',
      'L|1|N',
    );
    expect(await client.sendFrames(frames.slice(0, 4))).toEqual([ACK, ACK, ACK, ACK]);
    await client.write(frames[4]!);
    expect(await client.silentFor(150)).toBe(true); // the journal has not confirmed yet
    expect(received).toHaveLength(1);
    stored.resolve();
    expect(await client.read()).toBe(ACK);
    await client.write(EOT);

    const message = received[0]!;
    expect(message.complete).toBe(true);
    expect(message.text).toBe('H|\\^&|||cobas\rP|1\rO|1|SID1||^^^GLU\rR|1|^^^GLU|5,4|mmol/L\rL|1|N\r');
    expect(message.frames).toEqual(frames);
    expect(decodeAstmText(message.bytes, AstmCharset.latin1)).toBe(message.text);
  });

  it('gets the last frame NAKed when the host cannot store the message, and it is taken when sent again', async () => {
    const texts: string[] = [];
    let attempts = 0;
    const { client, events } = await host({
      onMessage: (m) => {
        texts.push(m.text);
        return ++attempts === 1 ? Promise.reject(new Error('journal full')) : Promise.resolve();
      },
    });
    await client.write(ENQ);
    await client.read();
    const frames = recordFrames('H|\\^&', 'L|1|N');
    expect(await client.sendFrames(frames)).toEqual([ACK, NAK]);
    expect(await client.sendFrames([frames[1]!])).toEqual([ACK]);
    expect(texts).toEqual(['H|\\^&\rL|1|N\r', 'H|\\^&\rL|1|N\r']);
    expect(events).toContainEqual({ type: 'delivery-failed', detail: 'journal full' });
  });

  it('gets a frame with a bad checksum NAKed, and its retransmission accepted', async () => {
    const texts: string[] = [];
    const { client } = await host({ onMessage: (m) => (texts.push(m.text), Promise.resolve()) });
    await client.write(ENQ);
    await client.read();
    const good = buildAstmFrame({ frameNumber: 1, text: latin1('H|\\^&\rL|1|N\r'), end: 'ETX' });
    const bad = good.slice();
    bad[3] = 0x21; // a character changed on the line
    expect(await client.sendFrames([bad])).toEqual([NAK]);
    expect(await client.sendFrames([good])).toEqual([ACK]);
    expect(texts).toEqual(['H|\\^&\rL|1|N\r']);
  });

  it('can send a long record in ETB frames, and accents arrive in the instrument’s charset', async () => {
    const texts: string[] = [];
    const { client } = await host({
      charset: AstmCharset.windows1252,
      onMessage: (m) => (texts.push(m.text), Promise.resolve()),
    });
    const comment = `C|1|I|${'Hämolyse – '.repeat(30)}|G`;
    const text = encodeAstmText(`H|\\^&\r${comment}\rL|1|N\r`, AstmCharset.windows1252);
    await client.write(ENQ);
    await client.read();
    const frames = frameAstmMessage(text).frames;
    expect(frames.length).toBeGreaterThan(1);
    expect(await client.sendFrames(frames)).toEqual(frames.map(() => ACK));
    expect(texts).toEqual([`H|\\^&\r${comment}\rL|1|N\r`]);
  });

  it('has an incomplete message discarded when it falls silent past the receiver timeout', async () => {
    const texts: string[] = [];
    const { client, events } = await host({
      link: { receiverTimeoutMs: 150 },
      onMessage: (m) => (texts.push(m.text), Promise.resolve()),
    });
    await client.write(ENQ);
    await client.read();
    await client.sendFrames([buildAstmFrame({ frameNumber: 1, text: latin1('H|\\^&\rP|1'), end: 'ETB' })]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events.map((e) => (e.type === 'link-error' ? e.code : e.type))).toEqual(
      expect.arrayContaining(['receive-timeout', 'incomplete-message-discarded', 'receive-ended']),
    );
    expect(texts).toEqual([]);
  });

  it('has records that came without a terminator handed over, marked incomplete, when it sends EOT', async () => {
    const received: AstmReceivedMessage[] = [];
    const { client } = await host({ onMessage: (m) => (received.push(m), Promise.resolve()) });
    await client.write(ENQ);
    await client.read();
    await client.sendFrames(recordFrames('H|\\^&', 'P|1'));
    await client.write(EOT);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received.map((m) => [m.text, m.complete])).toEqual([['H|\\^&\rP|1\r', false]]);
  });
});

describe('a host query over TCP', () => {
  it('is answered in a new transfer after the instrument’s EOT: H, P, O (tests), L', async () => {
    let sent: Promise<void> | undefined;
    const { client, connection } = await host({
      onMessage: (m) => {
        const query = parseAstmText(m.text).messages[0]?.queries[0];
        const specimenId = query ? readAstmQuery(query.record).startingRange.specimenId : '';
        const reply = buildAstmQueryResponse({
          header: { dateTime: '20240301101500', sender: 'ALIQUOT' },
          patients: [
            { patient: { practicePatientId: 'PAT7' }, orders: [{ specimenId, tests: ['GLU', 'K'] }] },
          ],
        });
        sent = connection.send(reply);
        return Promise.resolve();
      },
    });
    await client.write(ENQ);
    expect(await client.read()).toBe(ACK);
    expect(
      await client.sendFrames(recordFrames('H|\\^&|||c311', 'Q|1|^SID42||ALL||||||||O', 'L|1|N')),
    ).toEqual([ACK, ACK, ACK]);
    await client.write(EOT);

    // The host takes the line for its reply.
    expect(await client.read()).toBe(ENQ);
    await client.write(ACK);
    const replyTexts: string[] = [];
    for (;;) {
      const first = await client.read();
      if (first === EOT) break;
      const rest = await client.readFrame();
      const parsed = parseAstmFrame(Uint8Array.from([first, ...rest]));
      if (!parsed.ok) throw new Error(parsed.detail);
      replyTexts.push(decodeAstmText(parsed.frame.text, AstmCharset.latin1));
      await client.write(ACK);
    }
    await expect(sent).resolves.toBeUndefined();
    const reply = parseAstmText(replyTexts.join('')).messages[0];
    const order = readAstmOrder(reply!.patients[0]!.orders[0]!.record);
    expect(order.specimenId).toBe('SID42');
    expect(order.tests.map((t) => t.code)).toEqual(['GLU', 'K']);
    expect(order.actionCode).toBe('N');
    expect(replyTexts).toHaveLength(4);
  });

  it('rejects a reply the instrument never answers, and one still queued when the connection closes', async () => {
    const { client, connection } = await host({
      link: { senderTimeoutMs: 100, maxEstablishmentAttempts: 1 },
      onMessage: () => Promise.resolve(),
    });
    const first = connection.send('H|\\^&\rL|1|I\r');
    expect(await client.read()).toBe(ENQ);
    await expect(first).rejects.toMatchObject({ name: 'AstmSendError', reason: 'no-reply' });
    expect(await client.read()).toBe(EOT);

    const second = connection.send('H|\\^&\rL|1|I\r');
    expect(await client.read()).toBe(ENQ);
    client.socket.destroy();
    await expect(second).rejects.toMatchObject({ reason: 'connection-lost' });
  });
});
