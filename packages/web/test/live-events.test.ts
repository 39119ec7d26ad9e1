import { describe, expect, it } from 'vitest';
import { parseServerEvents, reconnectDelay } from '../src/live/sse.js';
import { clockSince } from '../src/live/use-now.js';

describe('server-sent events read from a fetch stream', () => {
  it('reads named events, joins data lines and skips keep-alive comments', () => {
    const { events, rest } = parseServerEvents(
      'event: ready\ndata: {"at":"x"}\nid: 0\n\n: keep-alive\n\nevent: changed\ndata: {"tables":\ndata: ["result"]}\n\n',
    );
    expect(events).toEqual([
      { event: 'ready', data: '{"at":"x"}' },
      { event: 'changed', data: '{"tables":\n["result"]}' },
    ]);
    expect(rest).toBe('');
  });

  it('keeps an event split across chunks until its blank line arrives', () => {
    const first = parseServerEvents('event: chan');
    expect(first.events).toEqual([]);
    const second = parseServerEvents(`${first.rest}ged\r\ndata: {}\r\n\r\nevent: cha`);
    expect(second.events).toEqual([{ event: 'changed', data: '{}' }]);
    expect(second.rest).toBe('event: cha');
  });

  it('backs off 1 s, 2 s, 4 s … and never waits more than 30 s', () => {
    expect([1, 2, 3, 4].map(reconnectDelay)).toEqual([1000, 2000, 4000, 8000]);
    expect(reconnectDelay(20)).toBe(30_000);
  });

  it('shows a clock as minutes and seconds since detection, never negative', () => {
    const detected = '2026-11-21T10:00:00.000Z';
    expect(clockSince(detected, Date.parse('2026-11-21T10:12:05.900Z'))).toBe('12:05');
    expect(clockSince(detected, Date.parse('2026-11-21T09:59:00.000Z'))).toBe('0:00');
  });
});
