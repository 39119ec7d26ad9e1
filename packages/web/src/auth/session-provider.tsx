import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { api, configureAuth, done, ok } from '../api/client';
import { SessionContext, loadSession, storeSession, type Session, type SessionContextValue } from './session';

/** Keeps the session for this browser tab (sessionStorage), so a reload does not sign the user out. */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(() => loadSession());

  const forget = useCallback(() => {
    storeSession(undefined);
    configureAuth(undefined);
    setSession(undefined);
  }, []);

  // The token must be in place before any child renders and asks the API for data.
  configureAuth(session?.token, forget);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const reply = ok(await api.POST('/api/auth/login', { body: { username, password } }));
      const next: Session = { token: reply.token, expiresAt: reply.expiresAt, user: reply.user };
      storeSession(next);
      configureAuth(next.token, forget);
      setSession(next);
    },
    [forget],
  );

  const signOut = useCallback(async () => {
    try {
      done(await api.POST('/api/auth/logout'));
    } catch {
      // An unreachable server or an already lapsed token: the token expires at expiresAt anyway.
    } finally {
      forget();
    }
  }, [forget]);

  const value = useMemo<SessionContextValue>(
    () => ({ session, signIn, signOut }),
    [session, signIn, signOut],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
