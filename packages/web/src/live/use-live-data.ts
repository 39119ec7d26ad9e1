import { useCallback, useEffect, useRef, useState } from 'react';
import { asProblem, type Problem } from '../api/problem';
import { useLiveChanges, type LiveState } from './use-live-changes';

export interface LiveData<T> {
  /** The last data loaded; kept on screen while a refetch runs or fails. */
  readonly data: T | undefined;
  /** Why the last load failed, if it did. */
  readonly problem: Problem | undefined;
  readonly live: LiveState;
  readonly reload: () => void;
}

/**
 * Loads a screen's data and loads it again whenever the server says the lab's work changed. One load
 * at a time: a change that arrives during a load is followed by one more load, not one per event.
 */
export function useLiveData<T>(load: () => Promise<T>): LiveData<T> {
  const [data, setData] = useState<T>();
  const [problem, setProblem] = useState<Problem>();
  const running = useRef(false);
  const again = useRef(false);
  const mounted = useRef(true);
  const loader = useRef(load);
  loader.current = load;

  const reload = useCallback(() => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    loader
      .current()
      .then(
        (next) => {
          if (!mounted.current) return;
          setData(next);
          setProblem(undefined);
        },
        (error: unknown) => mounted.current && setProblem(asProblem(error)),
      )
      .finally(() => {
        running.current = false;
        if (again.current && mounted.current) {
          again.current = false;
          reload();
        }
      });
  }, []);

  useEffect(() => {
    mounted.current = true;
    reload();
    return () => {
      mounted.current = false;
    };
  }, [reload]);

  const live = useLiveChanges(reload);
  return { data, problem, live, reload };
}
