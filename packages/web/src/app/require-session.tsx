import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSessionContext } from '../auth/session';

/** Screens behind sign-in: without a session the user goes to /login and comes back afterwards. */
export function RequireSession({ children }: { readonly children: ReactNode }) {
  const { session } = useSessionContext();
  const location = useLocation();
  if (!session) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return children;
}
