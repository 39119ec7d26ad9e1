import {
  AstmCharset,
  AstmControl,
  buildAstmFrame,
  encodeAstmText,
  frameAstmMessage,
} from '@aliquot/codecs/astm';
import { describe, expect, it } from 'vitest';
import { AstmLink } from './astm-link.js';
import type { AstmLinkAction, AstmLinkConfig, AstmOutgoingMessage } from './astm-link-types.js';

const NAMES: Record<number, string> = { 0x04: 'EOT', 0x05: 'ENQ', 0x06: 'ACK', 0x15: 'NAK' };
const ENQ = Uint8Array.of(AstmControl.ENQ);
const ACK = Uint8Array.of(AstmControl.ACK);
const NAK = Uint8Array.of(AstmControl.NAK);
const EOT = Uint8Array.of(AstmControl.EOT);

const latin1 = (text: string): Uint8Array => encodeAstmText(text, AstmCharset.latin1);
const frame = (fn: number, text: string, end: 'ETB' | 'ETX' = 'ETX'): Uint8Array =>
  buildAstmFrame({ frameNumber: fn, text: latin1(text), end });
const outgoing = (id: string, ...records: string[]): AstmOutgoingMessage => ({
  id,
  frames: records.map((r, i) => frame(i + 1, `${r}\r`)),
});

/** One line per action, like a line monitor: "→ ENQ", "→ frame 1 ETX H|\^&", "timer reply 15000". */
function lines(actions: readonly AstmLinkAction[]): string[] {
  return actions.map((action) => {
    switch (action.type) {
      case 'write': {
        const b = action.bytes;
        if (b.length === 1) return `→ ${NAMES[b[0] ?? 0] ?? '?'}`;
        const end = b[b.length - 5] === AstmControl.ETX ? 'ETX' : 'ETB';
        return `→ frame ${String.fromCharCode(b[1] ?? 0)} ${end} ${String.fromCharCode(...b.subarray(2, b.length - 5)).trimEnd()}`;
      }
      case 'start-timer':
        return `timer ${action.timer} ${action.ms}`;
      case 'cancel-timer':
        return `cancel ${action.timer}`;
      case 'message-received':
        return `received ${JSON.stringify(String.fromCharCode(...action.text))}`;
      case 'receive-ended':
        return `receive ended (${action.reason})`;
      case 'message-sent':
        return `sent ${action.id}`;
      case 'send-failed':
        return `failed ${action.id}: ${action.reason}`;
      case 'link-error':
        return `error ${action.code}`;
      case 'link-notice':
        return `notice ${action.code}`;
      default:
        return action satisfies never;
    }
  });
}

function link(config: Partial<AstmLinkConfig> = {}): {
  send: (m: AstmOutgoingMessage) => string[];
  bytes: (b: Uint8Array) => string[];
  timer: (t: 'reply' | 'receive' | 'retry') => string[];
  accept: () => string[];
  reject: () => string[];
  lost: () => string[];
  machine: AstmLink;
} {
  const machine = new AstmLink(config);
  let received = 0;
  const transcript = (actions: readonly AstmLinkAction[]): string[] => {
    for (const a of actions) if (a.type === 'message-received') received = a.receivedId;
    return lines(actions);
  };
  return {
    machine,
    send: (message) => transcript(machine.handle({ type: 'send-requested', message })),
    bytes: (bytes) => transcript(machine.handle({ type: 'bytes-received', bytes })),
    timer: (timer) => transcript(machine.handle({ type: 'timer-expired', timer })),
    accept: () => transcript(machine.handle({ type: 'message-accepted', receivedId: received })),
    reject: () => transcript(machine.handle({ type: 'message-rejected', receivedId: received })),
    lost: () => transcript(machine.handle({ type: 'connection-lost' })),
  };
}

describe('the host sending a message (establishment, transfer, termination)', () => {
  it('starts with ENQ and waits 15 s for the reply', () => {
    const host = link();
    expect(host.send(outgoing('m1', 'H|\\^&', 'L|1|N'))).toEqual(['→ ENQ', 'timer reply 15000']);
    expect(host.machine.phase).toBe('establishment');
  });

  it('sends each frame after the ACK of the one before, then EOT, and reports the message sent', () => {
    const host = link();
    host.send(outgoing('m1', 'H|\\^&', 'L|1|N'));
    expect(host.bytes(ACK)).toEqual(['→ frame 1 ETX H|\\^&', 'timer reply 15000']);
    expect(host.bytes(ACK)).toEqual(['→ frame 2 ETX L|1|N', 'timer reply 15000']);
    expect(host.bytes(ACK)).toEqual(['cancel reply', '→ EOT', 'sent m1']);
    expect(host.machine.phase).toBe('neutral');
  });

  it('takes NAK to ENQ as "busy": waits 10 s, then sends ENQ again', () => {
    const host = link();
    host.send(outgoing('m1', 'H|\\^&'));
    expect(host.bytes(NAK)).toEqual(['cancel reply', 'notice receiver-busy', 'timer retry 10000']);
    expect(host.timer('retry')).toEqual(['→ ENQ', 'timer reply 15000']);
  });

  it('gives up after the receiver stays busy for six ENQs', () => {
    const host = link();
    host.send(outgoing('m1', 'H|\\^&'));
    for (let i = 0; i < 5; i++) {
      host.bytes(NAK);
      host.timer('retry');
    }
    expect(host.bytes(NAK)).toContain('failed m1: receiver-busy');
    expect(host.machine.queued).toEqual([]);
  });

  it('sends EOT when nothing answers its ENQ within 15 s, and tries again after 10 s', () => {
    const host = link();
    host.send(outgoing('m1', 'H|\\^&'));
    expect(host.timer('reply')).toEqual(['→ EOT', 'timer retry 10000']);
    expect(host.timer('retry')).toEqual(['→ ENQ', 'timer reply 15000']);
  });

  it('sends a NAKed frame again with the same frame number', () => {
    const host = link();
    host.send(outgoing('m1', 'H|\\^&', 'L|1|N'));
    host.bytes(ACK);
    host.bytes(ACK);
    expect(host.bytes(NAK)).toEqual([
      'notice frame-retransmitted',
      '→ frame 2 ETX L|1|N',
      'timer reply 15000',
    ]);
    expect(host.bytes(ACK)).toContain('sent m1');
  });

  it('aborts with EOT after a frame fails six times, and goes on with the next message', () => {
    const host = link();
    host.send(outgoing('m1', 'H|\\^&'));
    host.send(outgoing('m2', 'H|\\^&'));
    host.bytes(ACK);
    for (let i = 0; i < 5; i++) expect(host.bytes(NAK)).toContain('→ frame 1 ETX H|\\^&');
    expect(host.bytes(NAK)).toEqual([
      'cancel reply',
      '→ EOT',
      'failed m1: too-many-naks',
      '→ ENQ',
      'timer reply 15000',
    ]);
  });

  it('sends EOT and reports failure when a frame is not answered within 15 s', () => {
    const host = link();
    host.send(outgoing('m1', 'H|\\^&'));
    host.bytes(ACK);
    expect(host.timer('reply')).toEqual(['cancel reply', '→ EOT', 'failed m1: no-reply']);
  });

  it('treats EOT in place of ACK (receiver interrupt) as ACK, finishes the message, then leaves the line free 15 s', () => {
    const host = link();
    host.send(outgoing('m1', 'H|\\^&', 'L|1|N'));
    host.send(outgoing('m2', 'H|\\^&'));
    host.bytes(ACK);
    expect(host.bytes(EOT)).toEqual([
      'notice receiver-interrupt',
      '→ frame 2 ETX L|1|N',
      'timer reply 15000',
    ]);
    expect(host.bytes(ACK)).toEqual(['cancel reply', '→ EOT', 'sent m1', 'timer retry 15000']);
    // The instrument takes the line meanwhile.
    expect(host.bytes(ENQ)).toEqual(['→ ACK', 'timer receive 30000']);
    expect(host.bytes(EOT)).toEqual(['cancel receive', 'receive ended (eot)']);
    expect(host.timer('retry')).toEqual(['→ ENQ', 'timer reply 15000']);
  });

  it('sends ENQ then EOT for a message with no frames', () => {
    const host = link();
    host.send({ id: 'empty', frames: [] });
    expect(host.bytes(ACK)).toEqual(['cancel reply', '→ EOT', 'sent empty']);
  });
});

describe('contention: both sides send ENQ at once', () => {
  it('the host (computer) yields, answers the instrument’s next ENQ, and tries again after 20 s', () => {
    const host = link();
    host.send(outgoing('reply', 'H|\\^&', 'L|1|I'));
    expect(host.bytes(ENQ)).toEqual(['cancel reply', 'notice contention', 'timer retry 20000']);
    expect(host.machine.phase).toBe('neutral');
    // The instrument waits at least 1 s and sends ENQ again; now it is answered.
    expect(host.bytes(ENQ)).toEqual(['→ ACK', 'timer receive 30000']);
    host.bytes(frame(1, 'H|\\^&\r'));
    host.accept();
    expect(host.bytes(EOT)).toEqual(['cancel receive', 'receive ended (eot)']);
    expect(host.timer('retry')).toEqual(['→ ENQ', 'timer reply 15000']);
  });

  it('as the instrument it has priority: it waits only 1 s before ENQ again', () => {
    const instrument = link({ role: 'instrument' });
    instrument.send(outgoing('results', 'H|\\^&'));
    expect(instrument.bytes(ENQ)).toContain('timer retry 1000');
  });

  it('the waits are configuration', () => {
    const host = link({ contentionRetryDelayMs: 25_000 });
    host.send(outgoing('m', 'H|\\^&'));
    expect(host.bytes(ENQ)).toContain('timer retry 25000');
  });
});

describe('the host receiving a message', () => {
  it('answers ENQ with ACK and waits 30 s for a frame', () => {
    const host = link();
    expect(host.bytes(ENQ)).toEqual(['→ ACK', 'timer receive 30000']);
    expect(host.machine.phase).toBe('receiving');
  });

  it('ACKs the ETX frame only once the message is accepted (stored)', () => {
    const host = link();
    host.bytes(ENQ);
    expect(host.bytes(frame(1, 'H|\\^&\r'))).toEqual(['timer receive 30000', 'received "H|\\\\^&\\r"']);
    expect(host.machine.phase).toBe('awaiting-acceptance');
    expect(host.accept()).toEqual(['timer receive 30000', '→ ACK']);
    expect(host.bytes(frame(2, 'L|1|N\r'))).toEqual(['timer receive 30000', 'received "L|1|N\\r"']);
  });

  it('joins ETB frames into one message, ACKing each ETB frame at once', () => {
    const host = link();
    host.bytes(ENQ);
    const frames = frameAstmMessage(latin1(`R|1|^^^X|${'7'.repeat(300)}\r`)).frames;
    expect(host.bytes(frames[0]!)).toEqual(['timer receive 30000', '→ ACK']);
    expect(host.bytes(frames[1]!)).toEqual([
      'timer receive 30000',
      `received "R|1|^^^X|${'7'.repeat(300)}\\r"`,
    ]);
  });

  it('NAKs the ETX frame when the message could not be stored, and takes the retransmission', () => {
    const host = link();
    host.bytes(ENQ);
    host.bytes(frame(1, 'H|\\^&\r'));
    expect(host.reject()).toEqual(['timer receive 30000', '→ NAK']);
    expect(host.bytes(frame(1, 'H|\\^&\r'))).toContain('received "H|\\\\^&\\r"');
    expect(host.accept()).toContain('→ ACK');
  });

  it('NAKs a frame with a bad checksum and accepts the retransmission', () => {
    const host = link();
    host.bytes(ENQ);
    const bad = frame(1, 'P|1\r');
    bad[bad.length - 3] = bad[bad.length - 3] === 0x30 ? 0x31 : 0x30;
    expect(host.bytes(bad)).toEqual(['timer receive 30000', 'error bad-frame', '→ NAK']);
    expect(host.bytes(frame(1, 'P|1\r'))).toContain('received "P|1\\r"');
  });

  it('NAKs a frame with a restricted control character in its text', () => {
    const host = link();
    host.bytes(ENQ);
    const text = latin1('1P|\x111\r\x03');
    const sum = text
      .reduce((a, b) => (a + b) & 0xff, 0)
      .toString(16)
      .toUpperCase()
      .padStart(2, '0');
    expect(host.bytes(latin1(`\x02${String.fromCharCode(...text)}${sum}\r\n`))).toContain('→ NAK');
  });

  it('NAKs a frame out of sequence', () => {
    const host = link();
    host.bytes(ENQ);
    expect(host.bytes(frame(3, 'P|1\r'))).toEqual([
      'timer receive 30000',
      'error frame-out-of-sequence',
      '→ NAK',
    ]);
    expect(host.machine.phase).toBe('receiving');
  });

  it('ACKs a repeated frame (its ACK was lost) without taking it twice', () => {
    const host = link();
    host.bytes(ENQ);
    host.bytes(frame(1, 'R|1|^^^X|', 'ETB'));
    expect(host.bytes(frame(1, 'R|1|^^^X|', 'ETB'))).toEqual([
      'timer receive 30000',
      'notice duplicate-frame',
      '→ ACK',
    ]);
    expect(host.bytes(frame(2, '5.4\r'))).toContain('received "R|1|^^^X|5.4\\r"');
  });

  it('ACKs a repeated last frame after the message was accepted, without delivering it again', () => {
    const host = link();
    host.bytes(ENQ);
    host.bytes(frame(1, 'H|\\^&\r'));
    host.accept();
    expect(host.bytes(frame(1, 'H|\\^&\r'))).toEqual([
      'timer receive 30000',
      'notice duplicate-frame',
      '→ ACK',
    ]);
  });

  it('takes frame numbers 1 … 7, 0, 1 in turn', () => {
    const host = link();
    host.bytes(ENQ);
    const received: string[] = [];
    for (let i = 0; i < 10; i++) {
      received.push(
        ...host.bytes(frame((i + 1) % 8, `R|${i + 1}\r`)).filter((l) => l.startsWith('received')),
      );
      host.accept();
    }
    expect(received).toHaveLength(10);
  });

  it('discards an incomplete message when nothing comes for 30 s', () => {
    const host = link();
    host.bytes(ENQ);
    host.bytes(frame(1, 'R|1|', 'ETB'));
    expect(host.timer('receive')).toEqual([
      'error receive-timeout',
      'error incomplete-message-discarded',
      'cancel receive',
      'receive ended (timeout)',
    ]);
    expect(host.machine.phase).toBe('neutral');
  });

  it('discards an incomplete message ended by EOT', () => {
    const host = link();
    host.bytes(ENQ);
    host.bytes(frame(1, 'R|1|', 'ETB'));
    expect(host.bytes(EOT)).toEqual([
      'error incomplete-message-discarded',
      'cancel receive',
      'receive ended (eot)',
    ]);
  });

  it('writes nothing for a decision that comes after the sender gave up', () => {
    const host = link();
    host.bytes(ENQ);
    host.bytes(frame(1, 'H|\\^&\r'));
    expect(host.bytes(EOT)).toEqual([
      'error sender-abandoned-message',
      'cancel receive',
      'receive ended (eot)',
    ]);
    expect(host.accept()).toEqual([]);
  });

  it('does not let a late decision about an abandoned message ACK the next message', () => {
    const machine = new AstmLink();
    const received = (actions: AstmLinkAction[]): number[] =>
      actions.flatMap((a) => (a.type === 'message-received' ? [a.receivedId] : []));
    machine.handle({ type: 'bytes-received', bytes: ENQ });
    const [first] = received(machine.handle({ type: 'bytes-received', bytes: frame(1, 'H|\\^&\r') }));
    machine.handle({ type: 'bytes-received', bytes: EOT });
    machine.handle({ type: 'bytes-received', bytes: ENQ });
    const [second] = received(machine.handle({ type: 'bytes-received', bytes: frame(1, 'H|\\^&\r') }));
    expect(second).not.toBe(first);
    expect(lines(machine.handle({ type: 'message-accepted', receivedId: first ?? 0 }))).toEqual([]);
    expect(lines(machine.handle({ type: 'message-accepted', receivedId: second ?? 0 }))).toContain('→ ACK');
  });

  it('starts over when the sender sends ENQ in the middle of a transfer', () => {
    const host = link();
    host.bytes(ENQ);
    host.bytes(frame(1, 'R|1|', 'ETB'));
    expect(host.bytes(ENQ)).toEqual([
      'error incomplete-message-discarded',
      'cancel receive',
      'receive ended (restarted)',
      '→ ACK',
      'timer receive 30000',
    ]);
    expect(host.bytes(frame(1, 'H|\\^&\r'))).toContain('received "H|\\\\^&\\r"');
  });

  it('reads frames however the bytes are split', () => {
    const host = link();
    const stream = latin1(`\x05${String.fromCharCode(...frame(1, 'H|\\^&\r'))}`);
    const out = [...stream].flatMap((b) => host.bytes(Uint8Array.of(b)));
    expect(out).toEqual(['→ ACK', 'timer receive 30000', 'timer receive 30000', 'received "H|\\\\^&\\r"']);
  });

  it('sends a reply queued during the instrument’s transfer right after its EOT (host query)', () => {
    const host = link();
    host.bytes(ENQ);
    host.bytes(frame(1, 'H|\\^&\r'));
    host.accept();
    expect(host.send(outgoing('reply', 'H|\\^&', 'L|1|I'))).toEqual([]);
    expect(host.bytes(EOT)).toEqual(['cancel receive', 'receive ended (eot)', '→ ENQ', 'timer reply 15000']);
  });
});

describe('odd input', () => {
  it('reports bytes outside a frame and ACK/NAK nobody asked for, and ignores a stray EOT', () => {
    const host = link();
    expect(host.bytes(latin1('xyz'))).toEqual(['error noise']);
    expect(host.bytes(ACK)).toEqual(['error unexpected-input']);
    expect(host.bytes(EOT)).toEqual([]);
    expect(host.bytes(frame(1, 'H\r'))).toEqual(['error unexpected-input']);
  });

  it('a frame cut short by EOT is reported and the EOT taken', () => {
    const host = link();
    host.bytes(ENQ);
    expect(host.bytes(latin1('\x021H|\\^'))).toEqual([]);
    expect(host.bytes(EOT)).toEqual(['error noise', 'cancel receive', 'receive ended (eot)']);
  });
});

describe('losing the connection', () => {
  it('fails every queued message and cancels every timer', () => {
    const host = link();
    host.send(outgoing('m1', 'H|\\^&'));
    host.send(outgoing('m2', 'H|\\^&'));
    expect(host.lost()).toEqual([
      'cancel reply',
      'cancel receive',
      'cancel retry',
      'failed m1: connection-lost',
      'failed m2: connection-lost',
    ]);
    expect(host.machine.phase).toBe('neutral');
  });
});
