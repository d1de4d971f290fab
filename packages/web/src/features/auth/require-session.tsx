import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../../ui/loading';
import { ChangePasswordPage } from './change-password-page';
import { MainLayout } from './main-layout';
import { useSessionState } from './session-context';

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
        <ChangePasswordPage forced />
      </MainLayout>
    );
  }
  return (
    <MainLayout>
      <Outlet />
    </MainLayout>
  );
}
