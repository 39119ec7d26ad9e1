import { useState, type FormEvent } from 'react';
import { asProblem, fieldProblem, type Problem } from '../api/problem';

/**
 * A form's draft checked as it is typed: `check(draft, tried)` gives the problems per field, the empty
 * required ones only after a first try. A refusal from the server is kept with its messages per field and
 * the draft stays as typed; after a save the form starts empty again.
 */
export function useDraftForm<D extends object, F extends string>(
  empty: D,
  check: (draft: D, tried: boolean) => Partial<Record<F, string>>,
  save: (draft: D) => Promise<void>,
) {
  const [draft, setDraft] = useState<D>(empty);
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const errors = check(draft, tried);

  const set = <K extends keyof D>(field: K, value: D[K]) => setDraft((d) => ({ ...d, [field]: value }));
  const error = (field: F): string | undefined => errors[field] ?? fieldProblem(problem, field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(check(draft, true)).length > 0) return;
    setProblem(undefined);
    setBusy(true);
    try {
      await save(draft);
      setDraft(empty);
      setTried(false);
    } catch (caught) {
      setProblem(asProblem(caught));
    } finally {
      setBusy(false);
    }
  };

  return { draft, set, error, problem, busy, submit: (event: FormEvent) => void submit(event) };
}
