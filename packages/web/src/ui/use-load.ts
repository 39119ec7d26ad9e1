import { useCallback, useEffect, useState } from 'react';
import { asProblem, type Problem } from '../api/problem';

export type Load<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly problem: Problem }
  | { readonly status: 'ready'; readonly data: T };

/**
 * Loads data for a screen and reloads it when `key` changes. A late answer for an older key is
 * dropped, so scanning a second accession quickly never shows the first one's data.
 */
export function useLoad<T>(
  key: string | undefined,
  load: (key: string) => Promise<T>,
): [Load<T>, () => void, (data: T) => void] {
  const [state, setState] = useState<Load<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (key === undefined) return;
    let current = true;
    setState({ status: 'loading' });
    load(key).then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'failed', problem: asProblem(error) }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; the key and the reload counter decide when to load.
  }, [key, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  const replace = useCallback((data: T) => setState({ status: 'ready', data }), []);
  return [state, reload, replace];
}
