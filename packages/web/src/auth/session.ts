import { createContext, useContext } from 'react';
import { rolesGrant, type Permission } from '@aliquot/domain';
import type { LoginReply } from '../api/types';

/** Who is signed in at this bench, with the token the API accepts. */
export interface Session {
  readonly token: string;
  readonly expiresAt: string;
  readonly user: LoginReply['user'];
}

export interface SessionContextValue {
  readonly session: Session | undefined;
  readonly signIn: (username: string, password: string) => Promise<void>;
  readonly signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export function useSessionContext(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSessionContext needs a SessionProvider above it');
  return value;
}

/** The signed-in session; only for screens behind RequireSession. */
export function useSession(): Session {
  const { session } = useSessionContext();
  if (!session) throw new Error('useSession is only for screens behind RequireSession');
  return session;
}

/** Whether the signed-in user's roles grant a permission (the server checks it again). */
export function useCan(permission: Permission): boolean {
  const { session } = useSessionContext();
  return session ? rolesGrant(session.user.roles, permission) : false;
}

const KEY = 'aliquot.session';

export function loadSession(now = Date.now()): Session | undefined {
  const text = sessionStorage.getItem(KEY);
  if (!text) return undefined;
  try {
    const session = JSON.parse(text) as Session;
    return Date.parse(session.expiresAt) > now ? session : undefined;
  } catch {
    return undefined;
  }
}

export function storeSession(session: Session | undefined): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}
