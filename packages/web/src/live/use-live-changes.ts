import { useEffect, useRef, useState } from 'react';
import { useSession } from '../auth/session';
import { parseServerEvents, reconnectDelay } from './sse';

export type LiveState = 'connecting' | 'live' | 'reconnecting';

/**
 * Follows `GET /api/events` (a bearer token, so fetch and a stream reader rather than EventSource) and
 * calls `onChange` on every `changed` event and on every (re)connection, so nothing is missed while the
 * stream was down. Reconnects with back-off. Returns the state of the stream, for the screen to show.
 */
export function useLiveChanges(onChange: () => void): LiveState {
  const { token } = useSession();
  const [state, setState] = useState<LiveState>('connecting');
  const latest = useRef(onChange);
  latest.current = onChange;

  useEffect(() => {
    const abort = new AbortController();
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const connect = async (): Promise<void> => {
      try {
        const response = await fetch('/api/events', {
          headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
          signal: abort.signal,
        });
        if (!response.ok || !response.body) throw new Error(`events answered ${response.status}`);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          const { events, rest } = parseServerEvents(buffer + value);
          buffer = rest;
          for (const event of events) {
            if (event.event === 'ready') {
              failures = 0;
              setState('live');
              latest.current();
            } else if (event.event === 'changed') latest.current();
          }
        }
        throw new Error('the event stream ended');
      } catch {
        if (abort.signal.aborted) return;
        failures += 1;
        setState('reconnecting');
        timer = setTimeout(() => void connect(), reconnectDelay(failures));
      }
    };
    void connect();
    return () => {
      abort.abort();
      if (timer) clearTimeout(timer);
    };
  }, [token]);

  return state;
}
