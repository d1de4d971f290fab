import { ErrorCode, type SessionView } from '@sotchart/contract';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, hasErrorCode } from '../../api/api-error';
import { authApi } from '../../api/auth-api';
import { onCsrfTokenMissing, onSessionExpired, setCsrfToken } from '../../api/http-client';
import { queryKeys } from '../../api/query-keys';
import { setClinicWording } from '../../i18n/clinic-wording';
import { applyUserLanguage, i18n } from '../../i18n/i18n';
import { forgetWorkingSet, sessionKeptOnDevice } from '../offline/working-set-queries';
import { loadSession } from './load-session';
import { ReauthDialog } from './reauth-dialog';
import { SessionContext, type SessionState } from './session-context';

interface Waiting {
  readonly promise: Promise<void>;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

function waiting(): Waiting {
  let resolve: () => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The server's session; today's session kept on the device when the server cannot be reached. */
async function sessionOrKept(): Promise<SessionView | null> {
  try {
    return await loadSession();
  } catch (error) {
    const kept = sessionKeptOnDevice();
    if (kept !== undefined && hasErrorCode(error, ErrorCode.NETWORK)) return kept;
    throw error;
  }
}

/**
 * Holds the signed-in session for the app. When a request finds the session expired, every such
 * request waits while a sign-in dialog opens over the screen; after sign-in they are retried, so
 * unsaved input survives. Signing in as someone else reloads the app from the start.
 */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const query = useQuery({
    queryKey: queryKeys.session,
    queryFn: sessionOrKept,
    retry: false,
    staleTime: Infinity,
  });
  const session = query.data ?? null;
  const pending = useRef<Waiting | null>(null);
  const signedIn = session !== null;
  const clinicId = session?.clinic.id;
  // A session kept on the device from before languages existed has no language: the device's then.
  const userLanguage = session?.user.language ?? null;

  // Signed in: the app in the user's language, with the clinic's own approved wording laid over it.
  // Signed out: the device's language again, and the bundled wording only.
  useEffect(() => {
    setClinicWording(signedIn);
    void applyUserLanguage(userLanguage).then(() => i18n.reloadResources());
  }, [signedIn, clinicId, userLanguage]);
  const [expired, setExpired] = useState(false);

  const refresh = useCallback(async () => {
    const next = await loadSession();
    queryClient.setQueryData(queryKeys.session, next);
    return next;
  }, [queryClient]);

  const signOut = useCallback(async () => {
    await authApi.logout().catch(() => undefined);
    setCsrfToken(null);
    setClinicWording(false);
    void i18n.reloadResources();
    queryClient.clear();
    queryClient.setQueryData(queryKeys.session, null);
    // A shared tablet keeps no one's patients once they sign out.
    await forgetWorkingSet();
    await navigate('/sign-in', { replace: true });
  }, [queryClient, navigate]);

  useEffect(() => {
    onCsrfTokenMissing(async () => {
      if (queryClient.getQueryData(queryKeys.session)) await refresh();
    });
    return () => onCsrfTokenMissing(null);
  }, [queryClient, refresh]);

  useEffect(() => {
    onSessionExpired(() => {
      if (pending.current === null) {
        pending.current = waiting();
        setExpired(true);
      }
      return pending.current.promise;
    });
    return () => onSessionExpired(null);
  }, []);

  const settle = (outcome: 'resumed' | 'gave-up') => {
    const current = pending.current;
    pending.current = null;
    setExpired(false);
    if (outcome === 'resumed') current?.resolve();
    else current?.reject(new ApiError(401, ErrorCode.UNAUTHENTICATED, i18n.t('signedOut', { ns: 'common' })));
  };

  const resume = async () => {
    const before = session?.user.id;
    const after = await refresh();
    if (after !== null && before !== undefined && after.user.id !== before) {
      // Someone else signed in: nothing of the previous user's screen or device data may stay.
      await forgetWorkingSet();
      window.location.assign('/patients');
      return;
    }
    settle('resumed');
  };

  const state = useMemo<SessionState>(
    () => ({
      status: query.isPending ? 'loading' : session === null ? 'signed-out' : 'signed-in',
      session,
      refresh,
      signOut,
    }),
    [query.isPending, session, refresh, signOut],
  );

  return (
    <SessionContext.Provider value={state}>
      {children}
      <Suspense fallback={null}>
        <ReauthDialog
          open={expired}
          email={session?.user.email ?? ''}
          onSignedIn={resume}
          onGiveUp={() => {
            settle('gave-up');
            void signOut();
          }}
        />
      </Suspense>
    </SessionContext.Provider>
  );
}
