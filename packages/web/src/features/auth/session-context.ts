import { createContext, useContext } from 'react';
import type { SessionView } from '@sotchart/contract';

export interface SessionState {
  /** `loading` until the first answer from the server; then signed in or out. */
  readonly status: 'loading' | 'signed-in' | 'signed-out';
  readonly session: SessionView | null;
  /** Re-reads the session (after sign-in or a password change); resolves with the new one. */
  readonly refresh: () => Promise<SessionView | null>;
  readonly signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSessionState(): SessionState {
  const state = useContext(SessionContext);
  if (state === null) throw new Error('useSessionState needs a <SessionProvider>');
  return state;
}

/** The signed-in session; only for screens behind <RequireSession>. */
export function useSession(): SessionView {
  const { session } = useSessionState();
  if (session === null) throw new Error('useSession needs a signed-in session');
  return session;
}

/** The clinic's IANA time zone, for showing instants. */
export function useClinicTimeZone(): string {
  return useSession().clinic.timeZone;
}
