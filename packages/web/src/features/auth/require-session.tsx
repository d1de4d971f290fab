import { lazy, Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../../ui/loading';
import { MainLayout } from './main-layout';
import { useSessionState } from './session-context';

// Out of the first download: only a user with a temporary password, or the account screen, needs it.
const ChangePasswordPage = lazy(() =>
  import('./change-password-page').then((m) => ({ default: m.ChangePasswordPage })),
);

/**
 * The gate in front of every signed-in screen: no session sends the user to sign-in (and back here
 * afterwards); a temporary password must be changed before anything else opens.
 */
export function RequireSession() {
  const { status, session } = useSessionState();
  const location = useLocation();
  if (status === 'loading') return <Loading />;
  if (session === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (session.user.mustChangePassword) {
    return (
      <MainLayout navigation={false}>
        <Suspense fallback={<Loading />}>
          <ChangePasswordPage forced />
        </Suspense>
      </MainLayout>
    );
  }
  return (
    <MainLayout>
      {/* The frame stays while a screen's catalogue is fetched. */}
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </MainLayout>
  );
}
